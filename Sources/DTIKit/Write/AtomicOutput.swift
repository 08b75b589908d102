#if canImport(Glibc)
import Glibc
#endif

/// Step 5 of the pipeline: builds go into a fresh folder next to the output,
/// which is then swapped in with one rename. A failed or killed build leaves
/// the previous output whole; a reader of the output never sees half a site.
public struct AtomicOutput: Sendable {
    /// The final output folder (`Site`).
    public let destination: String
    /// The folder being written (`.Site.building-<pid>-<n>`), next to `destination`.
    public let staging: String

    /// Creates the staging folder next to `destination`, removing stale
    /// staging folders that killed builds left behind.
    public init(destination: String) throws(FileSystemError) {
        let trimmed = destination.count > 1 && destination.hasSuffix("/") ? String(destination.dropLast()) : destination
        self.destination = trimmed
        let parent = FileSystem.dirname(of: trimmed)
        let name = trimmed.split(separator: "/").last.map(String.init) ?? trimmed
        try FileSystem.makeDirectories(parent)
        let prefix = ".\(name).building-"
        for entry in FileSystem.list(parent) ?? [] where entry.hasPrefix(prefix) || entry.hasPrefix(".\(name).old-") {
            // Only remove leftovers of processes that are gone.
            let pidText = entry.dropFirst(entry.hasPrefix(prefix) ? prefix.count : ".\(name).old-".count).prefix(while: { $0 != "-" })
            if let pid = Int32(pidText), pid != getpid(), kill(pid, 0) != 0 {
                FileSystem.removeTree(parent + "/" + entry)
            }
        }
        let unique = AtomicOutput.counter.next()
        staging = parent + "/" + prefix + "\(getpid())-\(unique)"
        FileSystem.removeTree(staging)
        try FileSystem.makeDirectories(staging)
    }

    /// Swaps the staging folder in place of the destination. With Linux's
    /// `renameat2(RENAME_EXCHANGE)` the swap is one atomic step; elsewhere it
    /// falls back to two renames. The previous output is then removed.
    ///
    /// A `.gitkeep` in the previous output is carried over, so that a
    /// tracked placeholder survives builds.
    public func commit() throws(FileSystemError) {
        let keep = destination + "/.gitkeep"
        if FileSystem.isFile(keep), let bytes = FileSystem.read(keep) {
            try FileSystem.write(bytes, to: staging + "/.gitkeep")
        }
        if FileSystem.isDirectory(destination) {
            if AtomicOutput.exchange(staging, destination) {
                FileSystem.removeTree(staging)   // now holds the previous output
                return
            }
            let old = FileSystem.dirname(of: destination) + "/." + (destination.split(separator: "/").last.map(String.init) ?? "Site")
                + ".old-\(getpid())-\(AtomicOutput.counter.next())"
            guard rename(destination, old) == 0 else { throw FileSystemError(path: destination, operation: "đổi tên", code: errno) }
            guard rename(staging, destination) == 0 else {
                let code = errno
                _ = rename(old, destination)
                throw FileSystemError(path: staging, operation: "đổi tên", code: code)
            }
            FileSystem.removeTree(old)
        } else {
            FileSystem.removeTree(destination)   // a stray file of that name
            guard rename(staging, destination) == 0 else { throw FileSystemError(path: staging, operation: "đổi tên", code: errno) }
        }
    }

    /// Throws the staging folder away (after a failed build).
    public func discard() { FileSystem.removeTree(staging) }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// `renameat2(…, RENAME_EXCHANGE)`, looked up at run time because the
    /// Glibc module does not export it.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let function = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 1 << 1
        return function(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }

    private static let counter = Counter()
}

/// A thread-safe increasing number, for unique folder names.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLockPrimitive()
    func next() -> Int { lock.locked { value += 1; return value } }
}

/// A tiny mutex on Glibc, heap-allocated so its address is stable.
final class NSLockPrimitive: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }
    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }
    func locked<T>(_ body: () throws -> T) rethrows -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
