import DTIKit
import DTIBench
#if canImport(Glibc)
import Glibc
#endif

/// Prints every target with the figure it is judged on and PASS or MISS.
///
/// The judged figures are those of `dti build` (what a user runs); the
/// in-process figures are shown beside them for comparison. A missed target
/// is printed, never fatal.
func printTargets(_ results: [ScaleResult], options: BenchOptions) {
    say("")
    say("== targets (judged on `dti build`; in process in brackets) ==")
    func row(_ name: String, _ figure: String, _ target: String, _ verdict: String) {
        let name = name + String(repeating: " ", count: max(1, 44 - name.count))
        let figure = figure + String(repeating: " ", count: max(1, 26 - figure.count))
        let target = target + String(repeating: " ", count: max(1, 12 - target.count))
        say("  " + name + figure + target + verdict)
    }
    let one = results.first { $0.scale == 1 }
    if let one {
        let cli = one.subprocess, own = one.inProcess
        if cli.succeeded {
            row("scale 1 full build, wall", Format.seconds(cli.wall) + " [" + (own.succeeded ? Format.seconds(own.wall) : "failed") + "]",
                "≤ " + Format.seconds(BenchTargets.fullBuildSeconds), BenchTargets.verdict(cli.wall <= BenchTargets.fullBuildSeconds))
            let peak = cli.peakRSSBytes ?? Int.max
            row("scale 1 full build, peak RSS", (cli.peakRSSBytes.map(Format.megabytes) ?? "unknown")
                + " [" + (own.peakRSSBytes.map(Format.megabytes) ?? "unknown") + "]",
                "≤ " + Format.megabytes(BenchTargets.peakRSSBytes), BenchTargets.verdict(peak <= BenchTargets.peakRSSBytes))
        } else {
            row("scale 1 full build", "build failed", "", "MISS")
        }
        if let rebuild = cli.rebuildWall, cli.rebuildSucceeded {
            row("scale 1 no-change rebuild, wall", Format.duration(rebuild) + " [" + (own.rebuildWall.map(Format.duration) ?? "–") + "]",
                "≤ " + Format.milliseconds(BenchTargets.noChangeRebuildSeconds),
                BenchTargets.verdict(rebuild <= BenchTargets.noChangeRebuildSeconds))
        } else {
            row("scale 1 no-change rebuild", "not measured", "", "MISS")
        }
    } else {
        say("  scale 1 was not run (--scale): the full-build, peak-RSS and rebuild targets are defined at scale 1")
    }
    if options.measuresRatio, let one, let ten = results.first(where: { $0.scale == 10 }) {
        if one.subprocess.succeeded && ten.subprocess.succeeded && one.subprocess.wall > 0 {
            let ratio = ten.subprocess.wall / one.subprocess.wall
            let own = one.inProcess.wall > 0 && ten.inProcess.succeeded ? Format.ratio(ten.inProcess.wall / one.inProcess.wall) : "–"
            row("scale 10 wall / scale 1 wall", Format.ratio(ratio) + " [" + own + "]",
                "≤ " + Format.ratio(BenchTargets.scaleRatio), BenchTargets.verdict(ratio <= BenchTargets.scaleRatio))
            if one.subprocess.usage.cpuSeconds > 0 {
                let cpu = ten.subprocess.usage.cpuSeconds / one.subprocess.usage.cpuSeconds
                say("    (not judged) CPU-time ratio " + Format.ratio(cpu) + ": less sensitive to other load on the machine than wall time")
            }
        } else {
            row("scale 10 wall / scale 1 wall", "a build failed", "", "MISS")
        }
    } else if !options.measuresRatio {
        say("  scale 10 / scale 1 ratio: not measured (--scale runs one scale)")
    }
    for result in results where result.scale != 1 {
        let cli = result.subprocess
        if cli.succeeded {
            say("  scale \(result.scale) (not judged): full build \(Format.seconds(cli.wall)), peak RSS "
                  + (cli.peakRSSBytes.map(Format.megabytes) ?? "unknown")
                  + (cli.rebuildWall.map { ", no-change rebuild " + Format.duration($0) } ?? ""))
        }
    }
}

/// Writes to standard error.
enum FileHandleOutput {
    static func error(_ text: String) {
        var line = text + "\n"
        line.withUTF8 { buffer in _ = write(2, buffer.baseAddress, buffer.count) }
    }
}

/// The variables the benchmark reads from its environment.
func environmentVariables() -> [String: String] {
    var variables: [String: String] = [:]
    if let tmpdir = getenv("TMPDIR") { variables["TMPDIR"] = String(cString: tmpdir) }
    return variables
}

/// Prints one line to standard output at once (unbuffered, so progress shows
/// while a long scale runs, even through a pipe).
func say(_ text: String) {
    var line = text + "\n"
    line.withUTF8 { buffer in
        var done = 0
        while done < buffer.count {
            let n = write(1, buffer.baseAddress! + done, buffer.count - done)
            if n <= 0 { if n < 0 && errno == EINTR { continue }; return }
            done += n
        }
    }
}
