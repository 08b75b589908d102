#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Small, fast file-system calls on raw paths, so that reading content and
/// writing thousands of pages never goes through `Data` or `FileManager`.
public enum FileSystem {
    /// The whole file as bytes, or nil when it cannot be opened or is not a
    /// regular file. Opened with `O_NONBLOCK`, so that a FIFO or a device
    /// at `path` is refused at once instead of blocking the caller.
    public static func read(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return readAll(fd, expected: Int(info.st_size), limit: Int.max)
    }

    /// Reads an open regular file to its end: `expected` bytes (its size
    /// when opened), then whatever it grew by. Nil on a read error or when
    /// it holds more than `limit` bytes.
    static func readAll(_ fd: Int32, expected: Int, limit: Int) -> [UInt8]? {
        var result = [UInt8](repeating: 0, count: max(0, min(expected, limit)))
        var done = 0
        while done < result.count {
            let n = result.withUnsafeMutableBytes { raw in
                Glibc.read(fd, raw.baseAddress! + done, raw.count - done)
            }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { result.removeSubrange(done...); break }
            done += n
        }
        // A file that grew while reading: read the rest. The probe is a
        // small stack buffer, since nearly every file ends where fstat said
        // (a 64 kB array per read was zeroed, faulted in and thrown away).
        let complete = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 4096) { chunk -> Bool in
            while true {
                let n = Glibc.read(fd, chunk.baseAddress!, chunk.count)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return true }
                if result.count + n > limit { return false }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: chunk[0..<n]))
            }
        }
        return complete ? result : nil
    }

    /// Writes `bytes` to a new file at `path`, replacing any file there.
    public static func write(_ bytes: [UInt8], to path: String) throws(FileSystemError) {
        var stamp = FileStamp()
        try write(bytes, to: path, stamp: &stamp)
    }

    /// Writes `bytes` to a new file at `path` and reports its size and
    /// modification time, read from the open file (no second path lookup).
    /// With `makingFolders`, missing folders on the way are made, so that a
    /// site's thousands of one-page folders are made by the threads writing
    /// them (a file standing where a folder belongs is an error).
    /// A symbolic link at `path` is replaced by the file, never written
    /// through: what it points to is left alone.
    public static func write(_ bytes: [UInt8], to path: String, stamp: inout FileStamp,
                             makingFolders: Bool = false) throws(FileSystemError) {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW
        var fd = open(path, flags, 0o644)
        if fd < 0 && errno == ELOOP {
            unlink(path)
            fd = open(path, flags, 0o644)
        }
        if fd < 0 && makingFolders && (errno == ENOENT || errno == ENOTDIR) {
            try makeDirectories(dirname(of: path))
            fd = open(path, flags, 0o644)
        }
        guard fd >= 0 else { throw FileSystemError(path: path, operation: "mở để ghi", code: errno) }
        defer { stamp = FileStamp(fd); close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { raw in Glibc.write(fd, raw.baseAddress! + done, raw.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, operation: "ghi", code: errno)
            }
            done += n
        }
    }

    /// Writes `bytes` to `path` unless the file already holds exactly these
    /// bytes. An existing file is rewritten in place (same inode); a folder
    /// or a symbolic link in the way is removed (a link is never written
    /// through). Returns whether anything was written.
    @discardableResult
    public static func writeIfChanged(_ bytes: [UInt8], to path: String) throws(FileSystemError) -> Bool {
        var stamp = FileStamp()
        return try writeIfChanged(bytes, to: path, stamp: &stamp)
    }

    /// `writeIfChanged`, also reporting the file's size and modification time.
    @discardableResult
    public static func writeIfChanged(_ bytes: [UInt8], to path: String, stamp: inout FileStamp,
                                      makingFolders: Bool = false) throws(FileSystemError) -> Bool {
        let fd = open(path, O_RDWR | O_CLOEXEC | O_NOFOLLOW)
        if fd < 0 {
            if errno == EISDIR { removeTree(path) }
            if errno == ELOOP { unlink(path) }
            try write(bytes, to: path, stamp: &stamp, makingFolders: makingFolders)
            return true
        }
        defer { stamp = FileStamp(fd); close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw FileSystemError(path: path, operation: "đọc thông tin", code: errno) }
        if Int(info.st_size) == bytes.count {
            var existing = [UInt8](repeating: 0, count: bytes.count)
            var done = 0
            while done < existing.count {
                let n = existing.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + done, $0.count - done) }
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { break }
                done += n
            }
            if done == bytes.count, bytes.count == 0 || existing.withUnsafeBytes({ a in bytes.withUnsafeBytes { b in memcmp(a.baseAddress!, b.baseAddress!, b.count) == 0 } }) {
                return false
            }
        }
        guard ftruncate(fd, 0) == 0 else { throw FileSystemError(path: path, operation: "ghi", code: errno) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.pwrite(fd, $0.baseAddress! + done, $0.count - done, off_t(done)) }
            if n < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: path, operation: "ghi", code: errno)
            }
            done += n
        }
        return true
    }

    /// Names in a directory (no `.`/`..`), sorted by their bytes, so that
    /// every listing is deterministic. Nil when it is not a directory.
    public static func list(_ path: String) -> [String]? {
        guard let dir = opendir(path) else { return nil }
        defer { closedir(dir) }
        return names(in: dir)
    }

    /// The sorted names (no `.`/`..`) of an open directory stream.
    static func names(in dir: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted(by: bytesPrecede)
    }

    /// Byte order of the UTF-8 encodings (memcmp), the order of every listing.
    public static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        a.withUTF8Bytes { x in b.withUTF8Bytes { y in bytesPrecede(x, y) } }
    }

    /// Byte order (memcmp of the common part, then the shorter first).
    static func bytesPrecede(_ x: UnsafeBufferPointer<UInt8>, _ y: UnsafeBufferPointer<UInt8>) -> Bool {
        let common = min(x.count, y.count)
        if common > 0 {
            let order = memcmp(x.baseAddress!, y.baseAddress!, common)
            if order != 0 { return order < 0 }
        }
        return x.count < y.count
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Whether anything is at `path` (a link counts, even one pointing nowhere).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    public static func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Creates a directory and its missing parents.
    /// Several threads may make the same folder at once: one wins, the
    /// others find it there. Nothing is ever removed: a file standing where
    /// a folder belongs is an error (`ENOTDIR`), so a mistyped path cannot
    /// cost anyone a file.
    public static func makeDirectories(_ path: String) throws(FileSystemError) {
        if isDirectory(path) { return }
        let parent = dirname(of: path)
        if !parent.isEmpty && parent != path && parent != "/" && parent != "." { try makeDirectories(parent) }
        if mkdir(path, 0o755) != 0 {
            guard errno == EEXIST else { throw FileSystemError(path: path, operation: "tạo thư mục", code: errno) }
            guard isDirectory(path) else { throw FileSystemError(path: path, operation: "tạo thư mục", code: ENOTDIR) }
        }
    }

    /// Removes a file or a directory tree; missing paths are fine.
    ///
    /// A symbolic link is removed itself, never followed, wherever it is in
    /// the tree: folders are opened with `O_NOFOLLOW` relative to their
    /// parent's descriptor and entries removed with `unlinkat`, so a link
    /// planted (or swapped in) anywhere cannot lead the removal outside the
    /// tree.
    public static func removeTree(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { unlink(path); return }
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else { if errno == ELOOP || errno == ENOTDIR { unlink(path) }; return }
        removeContents(of: fd)
        rmdir(path)
    }

    /// Removes everything inside the open folder `fd` (closed afterwards),
    /// never following a symbolic link.
    static func removeContents(of fd: Int32) {
        guard let dir = fdopendir(fd) else { close(fd); return }
        defer { closedir(dir) }
        let parent = dirfd(dir)
        for name in names(in: dir) { removeEntry(name, in: parent) }
    }

    /// Removes the entry `name` of the open folder `parent`: a file or a
    /// link with `unlinkat`, a folder after its contents.
    static func removeEntry(_ name: String, in parent: Int32) {
        if unlinkat(parent, name, 0) == 0 { return }
        guard errno == EISDIR || errno == EPERM else { return }   // EPERM: what Linux says for a folder
        let child = openat(parent, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { return }
        removeContents(of: child)
        unlinkat(parent, name, AT_REMOVEDIR)
    }

    /// The directory part of a path (`a/b/c` → `a/b`).
    public static func dirname(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of a path without its extension.
    public static func stem(of name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
        return String(base[..<dot])
    }

    /// The current working directory.
    public static var currentDirectory: String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return "." }
        return String(decoding: buffer.prefix(while: { $0 != 0 }).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `path` as absolute, resolving it against the current directory.
    /// The canonical path, every symlink resolved (`realpath(3)`); nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : currentDirectory + "/" + path
    }

    /// Modification time and size, for change detection.
    public static func signature(_ path: String) -> (mtime: Int, size: Int)? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return (Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec), Int(info.st_size))
    }
}

/// A failed file-system call, with the path and the system's reason.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        "không thể \(operation) \(path): \(String(cString: strerror(code)))"
    }
}

/// A file's size and modification time, as the output fingerprint records them.
public struct FileStamp: Sendable, Hashable {
    public var size = 0
    public var seconds = 0
    public var nanoseconds = 0

    public init() {}

    /// The stamp of an open file; zeros if it cannot be read.
    init(_ fd: Int32) {
        var info = stat()
        if fstat(fd, &info) == 0 { self.init(info) } else { self.init() }
    }

    init(_ info: stat) {
        size = Int(info.st_size)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }
}
