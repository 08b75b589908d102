#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Watches folders recursively and reports changed paths in batches.
///
/// With inotify (the default), every folder gets a watch, and folders that
/// appear later (created, or moved in) get one as they appear. Atomic saves
/// (write a temporary file, then rename it over the old one) show up as
/// `IN_MOVED_TO`; editor and office temporary files are ignored. Events are
/// gathered until none has come for `quiet` seconds (at most `maxDelay`
/// after the first), then the batch is handed over, so that one save, which
/// is often several events, gives one rebuild. The polling mode compares
/// file sizes and times instead, for file systems without inotify (network
/// shares, some containers).
///
/// A root need not exist: the folder holding it is watched too (for that
/// one name only), so a root created after the start (`Theme/`, made to
/// override the built-in theme) is watched from then on, and a root that
/// is deleted or moved away is reported and watched again if it returns.
/// Polling finds such a root on its next scan.
public final class FileWatcher: @unchecked Sendable {
    public enum Mode: Sendable, Equatable {
        case inotify
        case poll(interval: Double)
    }

    public let roots: [String]
    public let mode: Mode
    public let quiet: Double
    public let maxDelay: Double
    private let onChange: @Sendable ([String]) -> Void
    private var wake: [Int32] = [-1, -1]
    private var inotifyFD: Int32 = -1
    private var watches: [Int32: String] = [:]
    /// For the folder holding each root: its watch, and the roots in it by name.
    private var rootsByParentWatch: [Int32: [String: String]] = [:]
    private var snapshot: [String: FileStamp] = [:]
    private let finished = DispatchSemaphore(value: 0)
    private var running = false

    public init(roots: [String], mode: Mode = .inotify, quiet: Double = 0.15, maxDelay: Double = 1.0,
                onChange: @escaping @Sendable ([String]) -> Void) {
        self.roots = roots.map { root in
            var trimmed = root
            while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
            return trimmed
        }
        self.mode = mode
        self.quiet = quiet
        self.maxDelay = maxDelay
        self.onChange = onChange
    }

    /// Sets up the watches and starts the watching thread.
    public func start() throws(HTTPServerError) {
        guard pipe(&wake) == 0 else { throw .socket("pipe: " + String(cString: strerror(errno))) }
        if mode == .inotify {
            inotifyFD = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            guard inotifyFD >= 0 else { throw .socket("inotify: " + String(cString: strerror(errno)) + "; thử --poll") }
            for root in roots {
                watchParent(of: root)
                addWatches(root)
            }
        } else {
            snapshot = scan()
        }
        running = true
        Thread { [self] in
            loop()
            finished.signal()
        }.start()
    }

    /// Stops watching; returns once the thread has ended (after a rebuild in
    /// progress, if any, has finished).
    public func stop() {
        guard running else { return }
        running = false
        var byte: UInt8 = 1
        _ = write(wake[1], &byte, 1)
        finished.wait()
        for fd in [wake[0], wake[1], inotifyFD] where fd >= 0 { close(fd) }
    }

    /// Editor, office and system temporary files, which never trigger a rebuild.
    public static func isIgnored(_ name: String) -> Bool {
        name.hasSuffix("~") || name.hasPrefix(".#") || name.hasPrefix(".~lock.") || name.hasPrefix("~$")
            || name == "4913" || name == ".DS_Store" || name.hasPrefix(".goutputstream")
            || [".swp", ".swx", ".swo", ".swpx", ".tmp", ".part", ".crdownload"].contains { name.hasSuffix($0) }
    }

    private func loop() {
        var pending = Set<String>()
        var first = 0.0, last = 0.0
        var nextScan = Clock.now()
        let interval: Double
        if case .poll(let seconds) = mode { interval = seconds } else { interval = .infinity }
        while true {
            let now = Clock.now()
            var wait = pending.isEmpty ? interval : min(last + quiet, first + maxDelay) - now
            if case .poll = mode { wait = min(wait, nextScan - now) }
            var fds = [pollfd(fd: wake[0], events: Int16(POLLIN), revents: 0),
                       pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, inotifyFD >= 0 ? 2 : 1, wait.isInfinite ? -1 : Int32(max(0, wait * 1000).rounded(.up)))
            if fds[0].revents != 0 { return }
            var changes: [String] = []
            if inotifyFD >= 0 && fds[1].revents != 0 { changes = readEvents() }
            if case .poll = mode, Clock.now() >= nextScan {
                let current = scan()
                changes += Self.differences(snapshot, current)
                snapshot = current
                nextScan = Clock.now() + interval
            }
            if !changes.isEmpty {
                if pending.isEmpty { first = Clock.now() }
                last = Clock.now()
                pending.formUnion(changes)
            }
            if !pending.isEmpty, Clock.now() >= min(last + quiet, first + maxDelay) {
                onChange(pending.sorted())
                pending.removeAll()
            }
        }
    }

    // MARK: inotify

    private static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY
                                     | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches `folder` and every folder under it; returns the files found
    /// (for a folder that just appeared, they may have been written before
    /// its watch existed). Only real folders are entered, never a symlink
    /// to one (`ln -s . Content/a` made this loop), and the depth is capped
    /// (`TreeWalk.maximumDepth`, which also ends a loop made by a bind mount).
    @discardableResult
    private func addWatches(_ folder: String, depth: Int = 0) -> [String] {
        guard depth < TreeWalk.maximumDepth else { return [] }
        let wd = inotify_add_watch(inotifyFD, folder, Self.mask)
        guard wd >= 0 else { return [] }
        watches[wd] = folder
        var files: [String] = []
        for name in FileSystem.list(folder) ?? [] where !name.hasPrefix(".") {
            let path = folder + "/" + name
            if FileSystem.isRealDirectory(path) { files += addWatches(path, depth: depth + 1) }
            else if !Self.isIgnored(name) { files.append(path) }
        }
        return files
    }

    /// Watches the folder holding `root` for entries named like the root
    /// appearing or going away.
    private func watchParent(of root: String) {
        let parent = FileSystem.dirname(of: root)
        let name = root.split(separator: "/").last.map(String.init) ?? root
        guard name != "." && name != "..", FileSystem.isDirectory(parent) else { return }
        // Watching a folder twice gives the same descriptor: the same mask keeps both uses working.
        let wd = inotify_add_watch(inotifyFD, parent, Self.mask)
        guard wd >= 0 else { return }
        rootsByParentWatch[wd, default: [:]][name] = root
    }

    /// A root appeared (created, moved in) or went away (deleted, moved
    /// out): returns what to report. A root that is a folder now is
    /// watched with everything in it; the watches of one that went away
    /// are dropped, since they may follow the folder elsewhere.
    private func rootChanged(_ root: String) -> [String] {
        for (wd, folder) in watches where folder == root || folder.hasPrefix(root + "/") {
            inotify_rm_watch(inotifyFD, wd)
            watches[wd] = nil
        }
        guard FileSystem.isDirectory(root) else { return [root] }
        return [root] + addWatches(root)
    }

    private func readEvents() -> [String] {
        var changes: [String] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = read(inotifyFD, &buffer, buffer.count)
            if count <= 0 { break }
            buffer.withUnsafeBytes { raw in
                var offset = 0
                while offset + 16 <= count {
                    let wd = raw.loadUnaligned(fromByteOffset: offset, as: Int32.self)
                    let mask = raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self)
                    let length = Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                    let nameBytes = raw[(offset + 16)..<min(count, offset + 16 + length)].prefix { $0 != 0 }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    offset += 16 + length
                    if mask & UInt32(IN_Q_OVERFLOW) != 0 { changes.append(contentsOf: roots); continue }
                    if mask & UInt32(IN_IGNORED) != 0 { watches[wd] = nil; rootsByParentWatch[wd] = nil; continue }
                    if let root = rootsByParentWatch[wd]?[name],
                       mask & UInt32(IN_CREATE | IN_MOVED_TO | IN_DELETE | IN_MOVED_FROM) != 0 {
                        changes.append(contentsOf: rootChanged(root))
                        continue
                    }
                    guard let folder = watches[wd] else { continue }
                    let path = name.isEmpty ? folder : folder + "/" + name
                    if !name.isEmpty && Self.isIgnored(name) { continue }
                    if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 && !name.hasPrefix(".") {
                        changes.append(contentsOf: addWatches(path))
                    }
                    changes.append(path)
                }
            }
        }
        return changes
    }

    // MARK: polling

    struct FileStamp: Equatable {
        var size: Int, seconds: Int, nanoseconds: Int, inode: UInt
    }

    /// Every file under the roots (hidden folders skipped), with a symlink
    /// to a file stamped as its target; symlinks to folders are not
    /// followed (see `TreeWalk`).
    private func scan() -> [String: FileStamp] {
        var result: [String: FileStamp] = [:]
        for root in roots {
            TreeWalk.walk(root) { entry in
                let name = entry.relative.split(separator: "/").last.map(String.init) ?? entry.relative
                var info = entry.info
                if let link = entry.link {
                    guard let resolved = link.resolved, (resolved.st_mode & S_IFMT) != S_IFDIR else { return false }
                    info = resolved
                }
                if (info.st_mode & S_IFMT) == S_IFDIR { return !name.hasPrefix(".") }
                guard !Self.isIgnored(name) else { return false }
                result[root + "/" + entry.relative] = FileStamp(size: Int(info.st_size), seconds: Int(info.st_mtim.tv_sec),
                                                                 nanoseconds: Int(info.st_mtim.tv_nsec), inode: UInt(info.st_ino))
                return false
            }
        }
        return result
    }

    static func differences(_ old: [String: FileStamp], _ new: [String: FileStamp]) -> [String] {
        var changed = new.compactMap { old[$0.key] == $0.value ? nil : $0.key }
        changed += old.keys.filter { new[$0] == nil }
        return changed.sorted()
    }
}
