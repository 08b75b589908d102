import DTIKit
#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What a folder holds: HTML pages, all files, and their bytes.
public struct TreeTally: Sendable, Hashable {
    public var pages = 0
    public var files = 0
    public var bytes = 0

    public init(pages: Int = 0, files: Int = 0, bytes: Int = 0) {
        self.pages = pages
        self.files = files
        self.bytes = bytes
    }

    /// Counts every regular file under `root` (symbolic links are not followed);
    /// files ending in `.html` are pages.
    public static func count(_ root: String) -> TreeTally {
        var tally = TreeTally()
        tally.add(root)
        return tally
    }

    private mutating func add(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            for name in FileSystem.list(path) ?? [] { add(path + "/" + name) }
        case S_IFREG:
            files += 1
            bytes += Int(info.st_size)
            if path.hasSuffix(".html") { pages += 1 }
        default:
            break
        }
    }
}

/// The folders the benchmark works in, and what they are made of.
public enum BenchFolders {
    /// Creates a fresh, private folder `<parent>/dti-bench-XXXXXX`.
    public static func makeTemporary(in parent: String) throws(FileSystemError) -> String {
        var template = Array((parent + "/dti-bench-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else { throw FileSystemError(path: parent, operation: "tạo thư mục tạm trong", code: errno) }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The file that marks a folder as made by dti-bench, holding its pid.
    public static let marker = ".dti-bench"

    /// Marks `folder` as made by this process.
    public static func mark(_ folder: String) throws(FileSystemError) {
        try FileSystem.write(Array("Made by dti-bench (pid \(getpid())); safe to delete.\n".utf8), to: folder + "/" + marker)
    }

    /// Removes `dti-bench-*` folders in `parent` left by runs that were killed
    /// (their marker names a process that is gone). Returns how many.
    @discardableResult
    public static func removeAbandoned(in parent: String) -> Int {
        var removed = 0
        for name in FileSystem.list(parent) ?? [] where name.hasPrefix("dti-bench-") {
            let folder = parent + "/" + name
            guard let bytes = FileSystem.read(folder + "/" + marker) else { continue }
            let text = String(decoding: bytes, as: UTF8.self)
            guard let start = text.range(of: "(pid ")?.upperBound,
                  let pid = Int32(text[start...].prefix(while: \.isNumber)), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
            FileSystem.removeTree(folder)
            removed += 1
        }
        return removed
    }

    /// Where the benchmark works by default: memory (`/dev/shm`) when it is a
    /// tmpfs with `minimumFreeBytes` free, so the figures measure dti rather
    /// than the disk; else `$TMPDIR`, else `/tmp`.
    public static func defaultParent(minimumFreeBytes: Int = 4_000_000_000, environment: [String: String]) -> String {
        if filesystemType("/dev/shm") == "tmpfs", let free = freeBytes("/dev/shm"), free >= minimumFreeBytes { return "/dev/shm" }
        if let tmp = environment["TMPDIR"], !tmp.isEmpty, FileSystem.isDirectory(tmp) {
            return tmp.count > 1 && tmp.hasSuffix("/") ? String(tmp.dropLast()) : tmp
        }
        return "/tmp"
    }

    /// Bytes available to this user on the filesystem of `path`.
    public static func freeBytes(_ path: String) -> Int? {
        var info = statvfs()
        guard statvfs(path, &info) == 0 else { return nil }
        return Int(info.f_bavail) * Int(info.f_frsize)
    }

    /// The kind of filesystem `path` is on (`tmpfs`, `ext4`, `xfs`, …), from
    /// the longest mount point in `/proc/mounts` that contains it.
    public static func filesystemType(_ path: String) -> String? {
        guard let absolute = FileSystem.realPath(path) else { return nil }
        guard let bytes = FileSystem.read("/proc/mounts") else { return nil }
        return filesystemType(of: absolute, mounts: String(decoding: bytes, as: UTF8.self))
    }

    /// The type of the longest mount point in a `/proc/mounts` text that
    /// contains `absolutePath`.
    public static func filesystemType(of absolutePath: String, mounts: String) -> String? {
        var best: (length: Int, type: String)?
        for line in mounts.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mountPoint = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let contains = mountPoint == "/" || absolutePath == mountPoint || absolutePath.hasPrefix(mountPoint + "/")
            if contains, mountPoint.count >= (best?.length ?? -1) { best = (mountPoint.count, String(fields[2])) }
        }
        return best?.type
    }

    /// Mean seconds to create, write (2 kB) and close one new file in `folder`,
    /// over `count` files that are removed again: how much of a build's time
    /// the filesystem itself takes per page.
    public static func fileCreateSeconds(in folder: String, count: Int = 200) -> Double? {
        let probe = folder + "/.dti-bench-probe"
        do { try FileSystem.makeDirectories(probe) } catch { return nil }
        defer { FileSystem.removeTree(probe) }
        let page = [UInt8](repeating: UInt8(ascii: "x"), count: 2048)
        let started = Clock.now()
        for i in 0..<count {
            do { try FileSystem.write(page, to: probe + "/\(i).html") } catch { return nil }
        }
        return (Clock.now() - started) / Double(count)
    }

    /// True when `executable` (a `dti` built by SwiftPM) is older than one of
    /// the DTIKit objects next to it, i.e. it was not relinked after DTIKit
    /// changed (`swift run dti-bench` builds only dti-bench).
    public static func isStale(_ executable: String) -> Bool {
        guard let built = FileSystem.signature(executable) else { return false }
        // Objects only: the compiler rewrites an object when its code changed,
        // while the module file also changes for edits that leave dti as is.
        let objects = FileSystem.dirname(of: executable) + "/DTIKit.build"
        return (FileSystem.list(objects) ?? []).contains { name in
            name.hasSuffix(".o") && (FileSystem.signature(objects + "/" + name)?.mtime ?? 0) > built.mtime
        }
    }
}
