#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Repeated builds in one process (`dti serve`, the benchmark).
///
/// Before building, the session takes a signature of every input file (path,
/// size, modification time) plus the options. When it matches the last
/// successful build and the output folder is still the one that build swapped
/// in, nothing can have changed, so the build is skipped and the previous
/// report returned: the output is, by construction, byte-identical to a
/// clean build. Any change rebuilds everything (a full build is fast), so no
/// page can ever be stale.
///
/// A persistent session (`dti build`) also keeps what it knows in a state
/// file in `.dti/` beside the output (see `BuildState`), so that a new
/// process can skip too: it compares the input signature and a fingerprint
/// of every output file, so an output touched by hand is always rebuilt.
public final class BuildSession: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (signature: [UInt8], output: OutputIdentity, report: BuildReport)?
    private let persistent: Bool

    /// - Parameter persistent: keep the state beside the output between processes.
    public init(persistent: Bool = false) { self.persistent = persistent }

    /// Builds, or skips when nothing changed since the last successful build.
    /// `skipped` tells which happened.
    public func build(_ options: BuildOptions, log: (String) -> Void = { _ in }) -> (report: BuildReport, skipped: Bool) {
        let started = Clock.now()
        let inputs = InputSignature(options)
        log("  đọc dấu vân tay đầu vào (\(Clock.milliseconds(Clock.now() - started)))")
        lock.lock()
        let previous = last
        lock.unlock()
        func skipped(_ report: BuildReport) -> (report: BuildReport, skipped: Bool) {
            var report = report
            report.seconds = Clock.now() - started
            report.steps = [("không có thay đổi", report.seconds)]
            log("  không có thay đổi: Site/ đã khớp với nội dung (\(Clock.milliseconds(report.seconds)))")
            return (report, true)
        }
        if let previous, previous.signature == inputs.digest, OutputIdentity(options.output) == previous.output {
            return skipped(previous.report)
        }
        let statePath = BuildState.path(for: options.output)
        if persistent, let state = BuildState.read(from: statePath), state.inputs == inputs.digest,
           let outputs = BuildState.fingerprint(of: options.output), outputs == state.outputs {
            return skipped(state.report)
        }
        let report = SiteBuilder.build(options, log: log)
        // Only a signature that can be trusted is kept (see `InputSignature.isRacy`):
        // a racy one is confirmed by a second signature taken once the racy
        // window has passed (at most 50 ms of waiting, and only right after a
        // save), so that whether the next build skips never depends on how
        // fast this one was.
        let trusted = report.succeeded && (!inputs.isRacy || inputs.confirmedAfterWindow(options))
        lock.lock()
        if trusted, let identity = OutputIdentity(options.output) {
            last = (inputs.digest, identity, report)
        } else {
            last = nil
        }
        lock.unlock()
        // The state goes into `.dti/` only when that is a real folder (a link there is refused, never written through).
        if persistent, OutputLocation.isPlain(OutputLocation(options.output).bookkeeping, folder: true) {
            let started = Clock.now()
            if trusted, let outputs = report.outputFingerprint ?? BuildState.fingerprint(of: options.output) {
                BuildState(inputs: inputs.digest, outputs: outputs, report: report).write(to: statePath)
                log("  ghi trạng thái bản dựng (\(Clock.milliseconds(Clock.now() - started)))")
            } else {
                unlink(statePath)
            }
        }
        return (report, false)
    }

    /// Forgets the last build, so the next one runs in full.
    public func invalidate() {
        lock.lock(); last = nil; lock.unlock()
    }
}

/// A digest of the options and of every input file's path, size and
/// modification time (content and theme folders, walked in sorted order),
/// plus the program itself.
///
/// File times are coarse (the kernel's clock tick), so a file saved twice
/// within one tick keeps its time. A signature taken within `racyWindow` of
/// the newest file time is therefore *racy* (as git calls it): the file could
/// change again without the signature noticing. A racy signature is only
/// kept if a second signature taken after the build is identical and no
/// longer racy; otherwise the next build runs in full.
struct InputSignature {
    static let racyWindow = 50_000_000  // ns
    let digest: [UInt8]
    /// The newest modification time seen, and when the walk started (ns).
    let newest: Int
    let takenAt: Int

    var isRacy: Bool { newest >= takenAt - Self.racyWindow }

    /// Whether this later signature shows the same inputs and is itself safe.
    func confirms(_ earlier: InputSignature) -> Bool { digest == earlier.digest && !isRacy }

    /// Waits until the newest input is older than the racy window, then
    /// takes a second signature: true when it shows the same inputs.
    func confirmedAfterWindow(_ options: BuildOptions) -> Bool {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let wait = newest + Self.racyWindow + 1_000_000 - (Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec))
        if wait > 0 { usleep(useconds_t(min(wait, Self.racyWindow * 2) / 1000)) }
        return InputSignature(options).confirms(self)
    }

    init(_ options: BuildOptions) {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        takenAt = Int(now.tv_sec) * 1_000_000_000 + Int(now.tv_nsec)
        var buffer = ByteBuffer(capacity: 64 * 1024)
        buffer.append("dti \(DTICommandLine.version)\n\(options.content)\n\(options.theme)\n\(options.output)\n\(options.baseURL ?? "")\n\(options.strict)\n")
        // The program itself: a rebuilt dti (same version, new code) must not skip.
        var exe = stat()
        if stat("/proc/self/exe", &exe) == 0 {
            buffer.append("exe|\(exe.st_size)|\(exe.st_mtim.tv_sec).\(exe.st_mtim.tv_nsec)\n")
        }
        var newest = 0
        for root in [options.content, options.theme] { Self.walk(root, "", newest: &newest, into: &buffer) }
        self.newest = newest
        digest = SHA256.hash(buffer.bytes)
    }

    /// Records every file under `root`: path, size and time. A symlink is
    /// recorded by its text (and, for a file, what it leads to) and never
    /// followed into a folder, since `ln -s . Content/a` made this walk loop
    /// for ever (see `TreeWalk`).
    private static func walk(_ root: String, _ relative: String, newest: inout Int, into buffer: inout ByteBuffer) {
        TreeWalk.walk(root) { entry in
            var info = entry.info
            if let link = entry.link {
                buffer.append(entry.relative + "|->" + link.target + "\n")
                guard let resolved = link.resolved, (resolved.st_mode & S_IFMT) != S_IFDIR else { return false }
                info = resolved
            }
            guard (info.st_mode & S_IFMT) != S_IFDIR else { return true }
            let time = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
            newest = max(newest, time)
            buffer.append(entry.relative)
            buffer.append(UInt8(ascii: "|"))
            buffer.append(Int(info.st_size))
            buffer.append(UInt8(ascii: "|"))
            buffer.append(time)
            buffer.append(UInt8(ascii: "\n"))
            return false
        }
    }
}

/// Which folder is at a path (device and inode), to notice that an output
/// folder was replaced or deleted behind the session's back.
struct OutputIdentity: Equatable {
    let device: UInt
    let inode: UInt

    init?(_ path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        device = UInt(info.st_dev)
        inode = UInt(info.st_ino)
    }
}
