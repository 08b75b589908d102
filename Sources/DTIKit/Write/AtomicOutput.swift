#if canImport(Glibc)
import Glibc
#endif

/// Step 5 of the pipeline: a build is written into a staging folder, which
/// is then swapped in with one atomic rename. A failed or killed build
/// leaves the previous output whole; a reader of the output never sees half
/// a site.
///
/// The staging folder is `.dti/<name>.next` beside the output (see
/// `OutputLocation`). After a swap it holds the previous output, and the
/// next build reuses it: anything the new build will not write is removed
/// first, files whose bytes are unchanged are left alone and changed ones
/// are rewritten in place, so the result is exactly what a clean build
/// writes. Reusing the folder keeps the file system from freeing and
/// reallocating thousands of inodes on every build, which on ext4 costs
/// more than rendering the pages. The price is a second copy of the site on
/// disk, beside it and hidden.
///
/// Nothing here follows a symbolic link: the bookkeeping folder must be a
/// real folder, a link at the staging folder's or the lock's place is
/// replaced (the link, not what it points to), the sweep and every removal
/// unlink links instead of entering them, and the output itself must not
/// be a link (`OutputGuard` refuses it, and `commit` checks again).
public final class AtomicOutput: @unchecked Sendable {
    /// The final output folder (`Site`).
    public let destination: String
    /// Where the output and its bookkeeping are.
    public let location: OutputLocation
    /// The folder being written (`.dti/Site.next`).
    public let staging: String
    /// True when the staging folder was created empty by this build (the
    /// first build into this destination): files can be created without
    /// looking for old ones, and there is nothing to clean up.
    public let stagingIsNew: Bool
    private let lockFD: Int32
    private var locked = true

    /// Prepares the bookkeeping and staging folders and takes a lock, so
    /// that two builds into the same output wait for each other.
    public init(destination: String) throws(FileSystemError) {
        let location = OutputLocation(destination)
        self.location = location
        self.destination = location.path
        try FileSystem.makeDirectories(location.parent)
        try Self.makeRealFolder(location.bookkeeping)
        lockFD = try Self.openLock(location.lock)
        flock(lockFD, LOCK_EX)
        location.removeLegacyLeftovers()
        staging = location.staging
        var info = stat()
        let found = lstat(staging, &info) == 0
        stagingIsNew = !found || (info.st_mode & S_IFMT) != S_IFDIR
        if stagingIsNew {
            if found { unlink(staging) }    // a link or a file where the folder belongs: the entry itself goes
            do { try Self.makeRealFolder(staging) } catch {
                flock(lockFD, LOCK_UN)
                close(lockFD)
                throw error
            }
        }
    }

    /// Makes `path` a folder, or checks that it already is one; a link
    /// there is an error, never followed.
    private static func makeRealFolder(_ path: String) throws(FileSystemError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw FileSystemError(path: path, operation: "tạo thư mục", code: errno) }
        var info = stat()
        guard lstat(path, &info) == 0 else { throw FileSystemError(path: path, operation: "tạo thư mục", code: errno) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw FileSystemError(path: path, operation: "dùng làm thư mục (đây là liên kết hay tệp; hãy xoá nó)", code: ENOTDIR)
        }
    }

    /// Opens (creating) the lock file without following a link; a link
    /// at its place is replaced.
    private static func openLock(_ path: String) throws(FileSystemError) -> Int32 {
        let flags = O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW
        var fd = open(path, flags, 0o644)
        if fd < 0 && errno == ELOOP {
            unlink(path)
            fd = open(path, flags, 0o644)
        }
        guard fd >= 0 else { throw FileSystemError(path: path, operation: "mở khoá", code: errno) }
        return fd
    }

    /// Removes from the staging folder every file and folder not in `keep`
    /// (paths relative to the folder), and every symbolic link, so that it
    /// holds nothing but files and folders this build will write.
    ///
    /// Walked with directory descriptors: a folder is entered with
    /// `openat(O_NOFOLLOW)` and entries are removed with `unlinkat`, so no
    /// link anywhere in the staging folder is ever followed.
    public func removeEverythingExcept(_ keep: Set<String>) {
        var folders = Set<String>()
        for path in keep {
            var current = Substring(path)
            while let slash = current.lastIndex(of: "/") {
                current = current[..<slash]
                guard folders.insert(String(current)).inserted else { break }
            }
        }
        func sweep(_ fd: Int32, _ relative: String) {
            guard let dir = fdopendir(fd) else { close(fd); return }
            defer { closedir(dir) }
            let parent = dirfd(dir)
            // Read first, then act: removing entries while reading a folder may skip some.
            // The type comes from the entry itself (a link is DT_LNK), so nothing is stat'ed.
            var entries: [(name: String, type: UInt8)] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
                if name != "." && name != ".." { entries.append((name, entry.pointee.d_type)) }
            }
            for (name, type) in entries {
                let child = relative.isEmpty ? name : relative + "/" + name
                var kind = type
                if kind == UInt8(DT_UNKNOWN) {      // file systems that do not say: ask, without following
                    var info = stat()
                    guard fstatat(parent, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                    let mode = info.st_mode & S_IFMT
                    kind = mode == S_IFDIR ? UInt8(DT_DIR) : mode == S_IFREG ? UInt8(DT_REG) : UInt8(DT_UNKNOWN)
                }
                if kind == UInt8(DT_DIR) {
                    if folders.contains(child) {
                        let sub = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                        if sub >= 0 { sweep(sub, child) }
                    } else {
                        FileSystem.removeEntry(name, in: parent)
                    }
                } else if kind != UInt8(DT_REG) || !keep.contains(child) {
                    unlinkat(parent, name, 0)       // a stale file, a link, anything else
                }
            }
        }
        let top = open(staging, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if top >= 0 { sweep(top, "") }
    }

    /// Swaps the staging folder in place of the destination. With Linux's
    /// `renameat2(RENAME_EXCHANGE)` the swap is one atomic step, and the
    /// previous output becomes the next build's staging folder; elsewhere it
    /// falls back to two renames.
    public func commit() throws(FileSystemError) {
        defer { unlockNow() }
        var info = stat()
        guard lstat(destination, &info) == 0 else {
            guard rename(staging, destination) == 0 else { throw FileSystemError(path: staging, operation: "đổi tên", code: errno) }
            return
        }
        // `OutputGuard` refuses these before the build; checked again here, where it matters.
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            throw FileSystemError(path: destination, operation: "thay thư mục kết quả (đây là liên kết hay tệp)", code: ENOTDIR)
        }
        if AtomicOutput.exchange(staging, destination) { return }
        let old = staging + ".old"
        FileSystem.removeTree(old)
        guard rename(destination, old) == 0 else { throw FileSystemError(path: destination, operation: "đổi tên", code: errno) }
        guard rename(staging, destination) == 0 else {
            let code = errno
            _ = rename(old, destination)
            throw FileSystemError(path: staging, operation: "đổi tên", code: code)
        }
        _ = rename(old, staging)
    }

    /// The files written beside the rendered site, relative paths: the
    /// marker that tells later builds the folder is dti's, and a `.gitkeep`
    /// carried over from the previous output, so that a tracked placeholder
    /// survives builds.
    public func extraFiles() -> [(path: String, bytes: [UInt8])] {
        var files = [(OutputGuard.marker, Array(OutputGuard.markerText.utf8))]
        if let bytes = FileSystem.read(destination + "/.gitkeep") { files.append((".gitkeep", bytes)) }
        return files
    }

    /// Gives up after a failed build. The staging folder is kept as the next
    /// build's starting point; the destination was never touched.
    public func discard() { unlockNow() }

    private func unlockNow() {
        guard locked else { return }
        locked = false
        flock(lockFD, LOCK_UN)
        close(lockFD)
    }

    deinit { unlockNow() }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time because the
    /// Glibc module does not export it.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return function(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }
}
