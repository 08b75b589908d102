#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file given by a user could not be read.
public enum FileReadFailure: Error, Equatable, Sendable {
    /// Nothing at that path.
    case missing
    /// Something that is not a regular file: a folder, a FIFO, a socket, a
    /// device. Never opened for reading, so a FIFO cannot block the run.
    case notRegular(kind: String)
    /// A regular file larger than the cap; it is never read whole.
    case tooLarge(size: Int, limit: Int)
    /// The system refused (permissions, I/O error), with `errno`.
    case unreadable(code: Int32)
}

/// Reading untrusted trees (Content/, Theme/) without hanging on special
/// files, without reading huge files whole, and without following
/// symlinks out of the tree.
extension FileSystem {
    /// The largest content file read (64 MiB): far above any real table,
    /// page or `.conf` (the national tables are a few hundred kB), and low
    /// enough that a mistaken file cannot take gigabytes of memory.
    public static let maximumContentFileBytes = 64 << 20

    /// The whole regular file at `path`, or why not.
    ///
    /// The path is checked with `stat` first and opened with `O_NONBLOCK`
    /// (so that a FIFO swapped in between cannot block), then checked again
    /// on the open descriptor; only a regular file of at most `limit` bytes
    /// is read.
    public static func readRegularFile(_ path: String, limit: Int = maximumContentFileBytes) -> Result<[UInt8], FileReadFailure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(errno == ENOENT || errno == ENOTDIR ? .missing : .unreadable(code: errno)) }
        if let failure = refusal(info, limit: limit) { return .failure(failure) }
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return .failure(errno == ENOENT ? .missing : .unreadable(code: errno)) }
        defer { close(fd) }
        // The same checks on the open file: one swapped in after the stat is still refused.
        guard fstat(fd, &info) == 0 else { return .failure(.unreadable(code: errno)) }
        if let failure = refusal(info, limit: limit) { return .failure(failure) }
        guard let bytes = readAll(fd, expected: Int(info.st_size), limit: limit) else {
            var now = stat()
            if fstat(fd, &now) == 0, Int(now.st_size) > limit { return .failure(.tooLarge(size: Int(now.st_size), limit: limit)) }
            return .failure(.unreadable(code: EIO))
        }
        return .success(bytes)
    }

    /// Why a file with this `stat` is not read, or nil when it may be.
    static func refusal(_ info: stat, limit: Int) -> FileReadFailure? {
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else { return .notRegular(kind: kindName(type)) }
        guard Int(info.st_size) <= limit else { return .tooLarge(size: Int(info.st_size), limit: limit) }
        return nil
    }

    /// A file type in the words messages use.
    static func kindName(_ type: mode_t) -> String {
        switch type {
        case S_IFDIR: return "thư mục"
        case S_IFIFO: return "ống FIFO"
        case S_IFSOCK: return "socket"
        case S_IFCHR, S_IFBLK: return "tệp thiết bị"
        case S_IFLNK: return "liên kết"
        default: return "tệp đặc biệt"
        }
    }

    /// Whether `path`, once every symlink in it is resolved (`realpath`),
    /// is `root` itself or lies inside it (root also resolved). False when
    /// either does not exist, so a dangling link is never "inside".
    ///
    /// Symlinks inside the tree to files inside the tree are fine; one whose
    /// target leaves the tree (`pages/leak.md -> /etc/passwd`) is not.
    public static func resolvesInside(root: String, path: String) -> Bool {
        guard let realRoot = realPath(root), let real = realPath(path) else { return false }
        return real == realRoot || real.hasPrefix(realRoot == "/" ? "/" : realRoot + "/")
    }

    /// Whether `path` itself is a folder: a symlink to a folder is not
    /// (`lstat`), so that walks never follow links into loops.
    public static func isRealDirectory(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    // `exists(_:)` (anything at a path, a dangling link included) is in FileSystem.swift.

    /// The text of a symlink (`readlink`), or nil when `path` is not one.
    public static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(path, &buffer, buffer.count - 1)
        guard count >= 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}

/// A walk over a folder tree that never follows a symlink into a folder
/// and never enters the same folder twice, so that links pointing up
/// (`ln -s . Content/a`), into each other or out of the tree cannot make it
/// loop or wander; its depth is capped too.
public enum TreeWalk {
    /// Folders deeper than this are not entered (Content/ uses three levels).
    public static let maximumDepth = 32

    /// One entry met on the walk.
    public struct Entry {
        /// The path relative to the walk's root (`rankings/2022/so.csv`).
        public var relative: String
        /// `lstat` of the entry itself.
        public var info: stat
        /// For a symlink: its text and the `stat` of what it leads to (nil when dangling).
        public var link: (target: String, resolved: stat?)?
    }

    /// Calls `visit` for every entry under `root` in sorted order, each
    /// folder before its contents; a folder is entered when `visit` returns
    /// true for it (the value is ignored for other entries).
    public static func walk(_ root: String, visit: (Entry) -> Bool) {
        var seen = Set<FolderIdentity>()
        var info = stat()
        guard stat(root, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return }
        seen.insert(FolderIdentity(info))
        walk(root, "", depth: 0, seen: &seen, visit: visit)
    }

    private static func walk(_ root: String, _ relative: String, depth: Int,
                             seen: inout Set<FolderIdentity>, visit: (Entry) -> Bool) {
        let folder = relative.isEmpty ? root : root + "/" + relative
        guard depth < maximumDepth, let names = FileSystem.list(folder) else { return }
        for name in names {
            let child = relative.isEmpty ? name : relative + "/" + name
            var info = stat()
            guard lstat(root + "/" + child, &info) == 0 else { continue }
            var entry = Entry(relative: child, info: info, link: nil)
            if (info.st_mode & S_IFMT) == S_IFLNK {
                var resolved = stat()
                let ok = stat(root + "/" + child, &resolved) == 0
                entry.link = (FileSystem.linkTarget(root + "/" + child) ?? "", ok ? resolved : nil)
            }
            let enter = visit(entry)
            if enter, (info.st_mode & S_IFMT) == S_IFDIR, seen.insert(FolderIdentity(info)).inserted {
                walk(root, child, depth: depth + 1, seen: &seen, visit: visit)
            }
        }
    }

    /// A folder by device and inode (a bind mount can make a real loop).
    struct FolderIdentity: Hashable {
        let device: UInt64, inode: UInt64
        init(_ info: stat) { device = UInt64(info.st_dev); inode = UInt64(info.st_ino) }
    }
}
