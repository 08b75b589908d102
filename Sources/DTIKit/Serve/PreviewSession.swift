#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What `dti serve` is asked for.
public struct ServeOptions: Sendable {
    public var content = "Content"
    public var theme = "Theme"
    public var host = "127.0.0.1"
    public var port = 8080
    /// A port given on the command line never moves to the next free one.
    public var portIsExplicit = false
    public var watch = true
    /// Poll file times instead of using inotify.
    public var poll = false
    public var pollInterval = 0.5
    /// Seconds of quiet before a batch of file events triggers a rebuild.
    public var quiet = 0.15
    /// Where the preview site is built; nil (the default) for a private
    /// folder made by `mkdtemp` and removed on exit (see `PrivateFolder`).
    /// A folder given here is emptied at start and removed on exit.
    public var workDirectory: String?
    public var server = HTTPServerConfiguration()
    public var maxEventStreams = 32
    public var heartbeat = 15.0

    public init() {}
}

/// A running preview: the first build, the server, the watcher and every
/// rebuild after it.
///
/// Builds go to a private folder (never the project's Site/): made with
/// `mkdtemp` under `$TMPDIR` or `/tmp`, mode 0700, checked to be a real
/// folder owned by this user, and removed when the preview stops. Its name
/// cannot be guessed, so nobody else can plant a folder or a link there
/// first. Builds use the same atomic swap as `dti build`, so a request sees either the old site or
/// the new one, never half of each. Browsers are told to reload only after
/// the swap; when a build fails the previous site stays on disk but every
/// page request gets the error page until a build succeeds again. Builds run
/// one at a time on the watcher's thread; a save during a build simply
/// triggers the next one.
public final class PreviewSession: @unchecked Sendable {
    public let options: ServeOptions
    public let events: EventHub
    public let site: PreviewSite
    public let server: HTTPServer
    public let workDirectory: String
    /// The work folder was made by this session (mkdtemp), not given.
    private let ownsWorkDirectory: Bool
    private var watcher: FileWatcher?
    private let builds = BuildSession()
    private let log: @Sendable (String) -> Void
    private let buildLock = NSLock()
    private var generation = 0
    private var lastSucceeded = false

    /// Makes the private work folder; fails when it cannot be made or is
    /// not safe to use.
    public init(options: ServeOptions, log: @escaping @Sendable (String) -> Void = { _ in }) throws(FileSystemError) {
        self.options = options
        self.log = log
        if let given = options.workDirectory {
            workDirectory = given
            ownsWorkDirectory = false
        } else {
            workDirectory = try PrivateFolder.make(prefix: "dti-serve-")
            ownsWorkDirectory = true
        }
        events = EventHub(capacity: options.maxEventStreams, heartbeat: options.heartbeat)
        let site = PreviewSite(root: workDirectory + "/Site", events: events)
        self.site = site
        server = HTTPServer(configuration: options.server, events: events) { site.handle($0) }
    }

    /// The address browsers should open.
    public var url: String {
        let shown: String
        switch options.host {
        case "0.0.0.0", "": shown = "127.0.0.1"
        case "::": shown = "[::1]"
        case let host where host.contains(":"): shown = "[\(host)]"
        default: shown = options.host
        }
        return "http://\(shown):\(server.port)/"
    }

    /// Binds the port, builds once, starts serving and watching. A failed
    /// first build is not fatal: the browser shows its errors.
    public func start() throws(HTTPServerError) {
        try server.bind(host: options.host, port: options.port,
                        searchNext: options.portIsExplicit || options.port == 0 ? 0 : 20)
        if !ownsWorkDirectory {
            FileSystem.removeTree(workDirectory)
            do { try FileSystem.makeDirectories(workDirectory) } catch { throw .socket("không tạo được \(workDirectory)") }
        }
        rebuild(changed: [])
        server.start()
        if options.watch {
            let watcher = FileWatcher(roots: [options.content, options.theme],
                                      mode: options.poll ? .poll(interval: options.pollInterval) : .inotify,
                                      quiet: options.quiet) { [weak self] changed in self?.rebuild(changed: changed) }
            try watcher.start()
            self.watcher = watcher
        }
    }

    /// Rebuilds after `changed` paths, then tells the browsers: `css` when
    /// only stylesheets in Theme/ changed and the site was already good,
    /// `reload` otherwise. Nothing is sent when nothing really changed.
    public func rebuild(changed: [String]) {
        buildLock.lock()
        defer { buildLock.unlock() }
        var buildOptions = BuildOptions(content: options.content, theme: options.theme, output: workDirectory + "/Site")
        buildOptions.baseURL = url
        let started = Clock.now()
        let (report, skipped) = builds.build(buildOptions)
        if skipped && lastSucceeded { return }
        generation += 1
        // Name what was saved; temporary files of atomic saves are gone by now.
        let existing = changed.filter { FileSystem.isFile($0) }
        let names = (existing.isEmpty ? changed : existing).map { TerminalText.visible(FileSystem.relative($0, to: options.content, options.theme)) }
        let what = names.isEmpty ? "" : " sau khi sửa " + names.prefix(3).joined(separator: ", ") + (names.count > 3 ? ", …" : "")
        if report.succeeded {
            let cssOnly = lastSucceeded && !changed.isEmpty && changed.allSatisfy { $0.hasSuffix(".css") && $0.hasPrefix(options.theme + "/") }
            site.setFailure(nil)
            lastSucceeded = true
            events.publish(cssOnly ? "css" : "reload", generation: generation)
            let warnings = report.diagnostics.warnings.count
            log("✓ Dựng xong\(what): \(report.pages) trang, \(warnings) cảnh báo, \(Clock.milliseconds(Clock.now() - started))"
                + (cssOnly ? "; cập nhật CSS tại chỗ" : "; trình duyệt tự tải lại"))
        } else {
            site.setFailure(report.diagnostics)
            lastSucceeded = false
            events.publish("reload", generation: generation)
            for line in report.diagnostics.report() { log(line) }
            log("✗ Dựng không thành công\(what): \(report.diagnostics.summary). Trình duyệt hiện trang lỗi cho tới khi sửa xong.")
        }
    }

    /// Stops watching and serving, waits for every thread, and removes the
    /// preview folder.
    public func stop() {
        watcher?.stop()
        server.stop()
        FileSystem.removeTree(workDirectory)
    }
}

/// A folder only this user can enter, for files nobody else should see
/// or tamper with while dti works in them.
enum PrivateFolder {
    /// Makes `$TMPDIR/<prefix>XXXXXX` (or under `/tmp`) with `mkdtemp`:
    /// a fresh, unpredictable name, mode 0700. Checks that what is there
    /// is a real folder (not a link) owned by this user with no access for
    /// others, and returns its path.
    static func make(prefix: String) throws(FileSystemError) -> String {
        var base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
        if base.isEmpty || !base.hasPrefix("/") || !FileSystem.isDirectory(base) { base = "/tmp" }
        while base.count > 1 && base.hasSuffix("/") { base.removeLast() }
        var template = Array((base + "/" + prefix + "XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) != nil }
        guard made else { throw FileSystemError(path: base + "/" + prefix + "XXXXXX", operation: "tạo thư mục riêng", code: errno) }
        let path = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, info.st_uid == geteuid(), info.st_mode & 0o077 == 0 else {
            throw FileSystemError(path: path, operation: "dùng làm thư mục riêng (không phải thư mục chỉ người dùng này vào được)", code: EPERM)
        }
        return path
    }
}

extension FileSystem {
    /// `path` relative to the first of `roots` that contains it, prefixed by
    /// that root's last component (`Content/rankings/2022/x.csv`).
    static func relative(_ path: String, to roots: String...) -> String {
        for root in roots where path.hasPrefix(root + "/") {
            let name = root.split(separator: "/").last.map(String.init) ?? root
            return name + "/" + path.dropFirst(root.count + 1)
        }
        return path
    }
}
