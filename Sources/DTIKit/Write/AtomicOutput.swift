#if canImport(Glibc)
import Glibc
#endif

/// Step 5 of the pipeline: a build is written into a staging folder next to
/// the output, which is then swapped in with one atomic rename. A failed or
/// killed build leaves the previous output whole; a reader of the output
/// never sees half a site.
///
/// The staging folder is `.<name>.next` (for `Site`: `.Site.next`). After a
/// swap it holds the previous output, and the next build reuses it: files
/// whose bytes are unchanged are left alone, changed ones are rewritten in
/// place, and anything the new build did not produce is removed, so the
/// result is exactly what a clean build writes. Reusing the folder keeps the
/// file system from freeing and reallocating thousands of inodes on every
/// build, which on ext4 costs more than rendering the pages. The price is a
/// second copy of the site on disk, beside it and hidden.
public final class AtomicOutput: @unchecked Sendable {
    /// The final output folder (`Site`).
    public let destination: String
    /// The folder being written (`.Site.next`), next to `destination`.
    public let staging: String
    /// True when the staging folder was created empty by this build (the
    /// first build into this destination): files can be created without
    /// looking for old ones, and there is nothing to clean up.
    public let stagingIsNew: Bool
    private let lockFD: Int32
    private var locked = true

    /// Prepares the staging folder and takes a lock, so that two builds into
    /// the same output wait for each other.
    public init(destination: String) throws(FileSystemError) {
        let trimmed = destination.count > 1 && destination.hasSuffix("/") ? String(destination.dropLast()) : destination
        self.destination = trimmed
        let parent = FileSystem.dirname(of: trimmed)
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        try FileSystem.makeDirectories(parent)
        let lockPath = parent + "/.\(name).lock"
        lockFD = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard lockFD >= 0 else { throw FileSystemError(path: lockPath, operation: "mở khoá", code: errno) }
        flock(lockFD, LOCK_EX)
        // Leftovers of the previous scheme, or of builds killed mid-swap.
        for entry in FileSystem.list(parent) ?? [] where entry.hasPrefix(".\(name).building-") || entry.hasPrefix(".\(name).old-") {
            FileSystem.removeTree(parent + "/" + entry)
        }
        staging = parent + "/.\(name).next"
        stagingIsNew = !FileSystem.isDirectory(staging)
        if stagingIsNew {
            FileSystem.removeTree(staging)
            try FileSystem.makeDirectories(staging)
        }
    }

    /// Removes from the staging folder every file and folder not in `keep`
    /// (paths relative to the folder), so that it holds exactly this build.
    public func removeEverythingExcept(_ keep: Set<String>) {
        let folders = Set(keep.flatMap { path -> [String] in
            var result: [String] = []
            var current = path
            while let slash = current.lastIndex(of: "/") {
                current = String(current[..<slash])
                result.append(current)
            }
            return result
        })
        func sweep(_ relative: String) {
            let path = relative.isEmpty ? staging : staging + "/" + relative
            guard let dir = opendir(path) else { return }
            var entries: [(name: String, isDirectory: Bool)] = []
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix(while: { $0 != 0 }), as: UTF8.self) }
                if name == "." || name == ".." { continue }
                let type = entry.pointee.d_type
                let isDirectory = type == UInt8(DT_DIR) || (type == UInt8(DT_UNKNOWN) && FileSystem.isDirectory(path + "/" + name))
                entries.append((name, isDirectory))
            }
            closedir(dir)
            for entry in entries {
                let child = relative.isEmpty ? entry.name : relative + "/" + entry.name
                if entry.isDirectory {
                    if folders.contains(child) { sweep(child) } else { FileSystem.removeTree(staging + "/" + child) }
                } else if !keep.contains(child) {
                    unlink(staging + "/" + child)
                }
            }
        }
        sweep("")
    }

    /// Swaps the staging folder in place of the destination. With Linux's
    /// `renameat2(RENAME_EXCHANGE)` the swap is one atomic step, and the
    /// previous output becomes the next build's staging folder; elsewhere it
    /// falls back to two renames.
    ///
    /// A `.gitkeep` in the previous output is carried over, so that a
    /// tracked placeholder survives builds.
    public func commit() throws(FileSystemError) {
        defer { unlockNow() }
        if FileSystem.isDirectory(destination) {
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
        } else {
            FileSystem.removeTree(destination)   // a stray file of that name
            guard rename(staging, destination) == 0 else { throw FileSystemError(path: staging, operation: "đổi tên", code: errno) }
        }
    }

    /// The files to carry over from the previous output (`.gitkeep`), relative paths.
    public func carriedOver() -> [(path: String, bytes: [UInt8])] {
        guard let bytes = FileSystem.read(destination + "/.gitkeep") else { return [] }
        return [(".gitkeep", bytes)]
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
