import DTIKit
import DTIBench

/// What one way of building measured at one scale.
struct BuildFigures {
    /// `in process (SiteBuilder.build)` or `dti build (subprocess)`.
    var label: String
    var succeeded = false
    var wall = 0.0
    var usage = ResourceUsage(userSeconds: 0, systemSeconds: 0, maxRSSKilobytes: 0)
    var peakRSSKilobytes: Int?
    /// Where the peak comes from and what it includes.
    var peakNote = ""
    var tally = TreeTally()
    var steps: [(name: String, seconds: Double)] = []
    /// Warnings the build reported (in process only), and whether their kinds
    /// are exactly the injected anomalies'.
    var warnings: Int?
    var warningsAsExpected = true
    /// Every run's wall time, when there were several (`--runs`).
    var walls: [Double] = []
    var rebuildWall: Double?
    var rebuildWalls: [Double] = []
    var rebuildSucceeded = true
    /// What to show when something failed.
    var failure: [String] = []

    var peakRSSBytes: Int? { peakRSSKilobytes.map { $0 * 1024 } }
}

/// Everything measured at one scale.
struct ScaleResult {
    var scale: Int
    var generated: SyntheticContentSummary
    var inProcess: BuildFigures
    var subprocess: BuildFigures
    var succeeded: Bool { inProcess.succeeded && inProcess.rebuildSucceeded && subprocess.succeeded && subprocess.rebuildSucceeded }
}

/// Plain English formatting for the printed figures (dot decimals, comma thousands).
enum Format {
    static func seconds(_ value: Double) -> String { NumberFormat.data(value, decimals: 3).padded(3) + " s" }
    /// Milliseconds below a second, seconds above.
    static func duration(_ value: Double) -> String { value < 1 ? milliseconds(value) : seconds(value) }
    static func milliseconds(_ value: Double) -> String { NumberFormat.data(value * 1000, decimals: 1).padded(1) + " ms" }
    static func microseconds(_ value: Double) -> String { NumberFormat.data(value * 1e6, decimals: 0) + " µs" }
    static func megabytes(_ bytes: Int) -> String { NumberFormat.data(Double(bytes) / 1e6, decimals: 1).padded(1) + " MB" }
    static func rate(_ value: Double) -> String { value >= 100 ? count(Int(value.rounded())) : NumberFormat.data(value, decimals: 1) }
    static func ratio(_ value: Double) -> String { NumberFormat.data(value, decimals: 2).padded(2) + "×" }

    /// `20570` → `20,570`.
    static func count(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, digit) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return (value < 0 ? "-" : "") + out
    }

    /// `text` right-aligned in `width` characters.
    static func leftPadded(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `label` padded to a column, then the value.
    static func line(_ label: String, _ value: String, indent: Int = 4, width: Int = 20) -> String {
        String(repeating: " ", count: indent) + label + String(repeating: " ", count: max(1, width - label.count)) + value
    }
}

extension String {
    /// Pads a trimmed decimal back to `places` digits after the dot (`0.5` → `0.500`).
    func padded(_ places: Int) -> String {
        guard places > 0 else { return self }
        guard let dot = firstIndex(of: ".") else { return self + "." + String(repeating: "0", count: places) }
        let have = distance(from: index(after: dot), to: endIndex)
        return self + String(repeating: "0", count: max(0, places - have))
    }
}

/// `  (fastest of 3: 0.972 s, 1.010 s, 1.300 s)` when there were several runs.
private func runs(_ walls: [Double]) -> String {
    walls.count > 1 ? "  (fastest of \(walls.count): " + walls.map(Format.seconds).joined(separator: ", ") + ")" : ""
}

/// Prints the figures of one build, one per line, in the order the issue lists them.
func printFigures(_ figures: BuildFigures, rebuildLabel: String) {
    say("  \(figures.label)")
    guard figures.succeeded else {
        say(Format.line("result", "FAILED"))
        for line in figures.failure { say("    | " + line) }
        return
    }
    let cpu = figures.usage
    say(Format.line("wall", Format.seconds(figures.wall) + runs(figures.walls)))
    say(Format.line("CPU (user+sys)", Format.seconds(cpu.cpuSeconds) + "  (user " + Format.seconds(cpu.userSeconds)
                      + ", sys " + Format.seconds(cpu.systemSeconds) + "; " + Format.ratio(cpu.cpuSeconds / max(figures.wall, 1e-9)) + " of wall)"))
    say(Format.line("pages/s", Format.rate(Double(figures.tally.pages) / max(figures.wall, 1e-9))))
    say(Format.line("MB/s written", Format.rate(Double(figures.tally.bytes) / 1e6 / max(figures.wall, 1e-9))))
    say(Format.line("peak RSS", (figures.peakRSSBytes.map(Format.megabytes) ?? "unknown") + "  (" + figures.peakNote + ")"))
    say(Format.line("pages", Format.count(figures.tally.pages)))
    say(Format.line("bytes", Format.count(figures.tally.bytes) + " (" + Format.megabytes(figures.tally.bytes) + ") in "
                      + Format.count(figures.tally.files) + " files"))
    if let warnings = figures.warnings {
        say(Format.line("warnings", "\(warnings)" + (figures.warningsAsExpected ? " (exactly the injected anomalies)" : " (NOT the injected anomalies: see above)")))
    }
    if figures.steps.isEmpty { say(Format.line("steps", "(none reported)")) }
    for step in figures.steps { say(Format.line("step", Format.leftPadded(Format.milliseconds(step.seconds), 10) + "  " + step.name)) }
    if let rebuild = figures.rebuildWall {
        say(Format.line(rebuildLabel, figures.rebuildSucceeded ? Format.seconds(rebuild) + runs(figures.rebuildWalls) : "FAILED"))
        if !figures.rebuildSucceeded { for line in figures.failure { say("    | " + line) } }
    }
}
