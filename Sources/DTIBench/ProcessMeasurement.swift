import DTIKit
#if canImport(Glibc)
import Glibc
#endif

/// CPU time and peak memory of a process, from `getrusage` or `wait4`.
public struct ResourceUsage: Sendable, Hashable {
    /// CPU seconds in user mode, all threads.
    public var userSeconds: Double
    /// CPU seconds in the kernel on the process's behalf, all threads.
    public var systemSeconds: Double
    /// `ru_maxrss`: peak resident set size in kilobytes (Linux counts KiB).
    public var maxRSSKilobytes: Int

    public init(userSeconds: Double, systemSeconds: Double, maxRSSKilobytes: Int) {
        self.userSeconds = userSeconds
        self.systemSeconds = systemSeconds
        self.maxRSSKilobytes = maxRSSKilobytes
    }

    /// User plus system time.
    public var cpuSeconds: Double { userSeconds + systemSeconds }

    init(_ usage: rusage) {
        userSeconds = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
        systemSeconds = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        maxRSSKilobytes = Int(usage.ru_maxrss)
    }

    /// The CPU time spent between `earlier` and `self` (peak RSS is not a delta: `self`'s is kept).
    public func since(_ earlier: ResourceUsage) -> ResourceUsage {
        ResourceUsage(userSeconds: userSeconds - earlier.userSeconds, systemSeconds: systemSeconds - earlier.systemSeconds,
                      maxRSSKilobytes: maxRSSKilobytes)
    }
}

/// Measurements of the running process itself (Linux).
public enum ProcessMeasurement {
    /// `getrusage(RUSAGE_SELF)`: CPU time of every thread so far, and `ru_maxrss`.
    public static func selfUsage() -> ResourceUsage {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return ResourceUsage(usage)
    }

    /// The value in kB of a `/proc/<pid>/status` field such as `VmHWM` or `VmRSS`.
    public static func statusField(_ name: String, in status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix(name + ":") {
            let digits = line.dropFirst(name.count + 1).filter { $0 != " " && $0 != "\t" }
            guard digits.hasSuffix("kB") else { return nil }
            return Int(digits.dropLast(2))
        }
        return nil
    }

    /// `VmHWM` of this process in kB: the peak resident set size since it
    /// started, or since the last successful `resetPeakRSS()`.
    public static func peakRSSKilobytes() -> Int? {
        guard let bytes = FileSystem.read("/proc/self/status") else { return nil }
        return statusField("VmHWM", in: String(decoding: bytes, as: UTF8.self))
    }

    /// `VmRSS` of this process in kB: what is resident now.
    public static func currentRSSKilobytes() -> Int? {
        guard let bytes = FileSystem.read("/proc/self/status") else { return nil }
        return statusField("VmRSS", in: String(decoding: bytes, as: UTF8.self))
    }

    /// Resets `VmHWM` to the current RSS by writing `5` to
    /// `/proc/self/clear_refs` (Linux 4.0 and later), so that a later peak
    /// belongs to what ran after the reset. Returns false when not permitted;
    /// the peak then includes everything the process did before.
    @discardableResult
    public static func resetPeakRSS() -> Bool {
        let fd = open("/proc/self/clear_refs", O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var five = UInt8(ascii: "5")
        return write(fd, &five, 1) == 1
    }

    /// The path of the running executable (`/proc/self/exe`), or nil.
    public static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Busy and total jiffies of all CPUs from the first line of `/proc/stat`
    /// (`cpu user nice system idle iowait irq softirq steal …`); idle and
    /// iowait are not busy.
    public static func cpuJiffies(_ stat: String) -> (busy: Int, total: Int)? {
        guard let line = stat.split(separator: "\n").first, line.hasPrefix("cpu ") else { return nil }
        let values = line.split(separator: " ").dropFirst().compactMap { Int($0) }
        guard values.count >= 4 else { return nil }
        let total = values.prefix(8).reduce(0, +)
        let idle = values[3] + (values.count > 4 ? values[4] : 0)
        return (total - idle, total)
    }

    /// The fraction (0–1) of all CPUs that were busy during the next `seconds`,
    /// while this process sleeps: how much else the machine is doing.
    public static func busyFraction(over seconds: Double = 0.5) -> Double? {
        func sample() -> (busy: Int, total: Int)? {
            FileSystem.read("/proc/stat").flatMap { cpuJiffies(String(decoding: $0, as: UTF8.self)) }
        }
        guard let before = sample() else { return nil }
        usleep(UInt32(seconds * 1e6))
        guard let after = sample(), after.total > before.total else { return nil }
        return Double(after.busy - before.busy) / Double(after.total - before.total)
    }

    /// Online CPU cores.
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

/// The outcome of running a program to completion.
public struct SubprocessResult: Sendable {
    /// The exit code, when the program exited (rather than being killed).
    public var exitCode: Int32?
    /// The signal that killed it, if one did.
    public var signal: Int32?
    /// Wall seconds from spawn to reap.
    public var seconds: Double
    /// The child's own CPU time and `ru_maxrss`, from `wait4`.
    public var usage: ResourceUsage

    public var succeeded: Bool { exitCode == 0 }

    /// `exit 0`, `exit 1`, `killed by signal 9`.
    public var status: String {
        if let exitCode { return "exit \(exitCode)" }
        return "killed by signal \(signal ?? 0)"
    }
}

/// Runs a program with `posix_spawn` and reaps it with `wait4`, which gives
/// the child's own resource usage: CPU time and peak RSS of that one run,
/// unaffected by anything else this process did or ran.
public enum Subprocess {
    /// Runs `executable` with `arguments`, its standard output and error
    /// appended to `logFile`, and waits for it.
    public static func run(_ executable: String, _ arguments: [String], logFile: String) throws(FileSystemError) -> SubprocessResult {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, logFile, O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        // The child starts with default signal handling, whatever this process ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let started = Clock.now()
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        guard code == 0 else { throw FileSystemError(path: executable, operation: "chạy", code: code) }

        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw FileSystemError(path: executable, operation: "chờ tiến trình", code: errno) }
        }
        let seconds = Clock.now() - started
        let signal = status & 0x7F
        return SubprocessResult(exitCode: signal == 0 ? (status >> 8) & 0xFF : nil, signal: signal == 0 ? nil : signal,
                                seconds: seconds, usage: ResourceUsage(usage))
    }
}
