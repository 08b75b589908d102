import DTIKit
import Foundation

/// The command line of `dti-bench`.
public struct BenchOptions: Sendable, Hashable {
    /// The scales to run, in order: 1 and 10 unless `--scale` names one.
    public var scales: [Int] = [1, 10]
    /// Keep the generated trees and built sites, and print where they are.
    public var keep = false
    /// Work in this folder instead of a fresh temporary one (implies `keep`).
    public var output: String?
    /// Render threads for both builds; nil = the build's default.
    public var threads: Int?
    /// A theme folder to build with; nil = the built-in theme.
    public var theme: String?
    /// Full builds per way of building (each from an empty output, then a
    /// no-change rebuild); the fastest is shown, to see past other load.
    public var runs = 1
    public var help = false

    public init() {}

    /// True when both scale 1 and scale 10 run, so their ratio is measured.
    public var measuresRatio: Bool { scales.contains(1) && scales.contains(10) }

    static let specs: [OptionSpec] = [
        .value("scale", "S", "run only scale S (S × 100 communes per province); default: 1, then 10, and their ratio"),
        .flag("keep", "keep the generated Content trees and built sites, and print where they are"),
        .value("output", "DIR", "work in DIR (created; kept) instead of a fresh temporary folder"),
        .value("threads", "N", "render threads for both builds (default: the build's own, one per core)"),
        .value("runs", "N", "build N times each way and show the fastest (default 1; try 3 on a busy machine)"),
        .value("theme", "DIR", "theme folder to build with (default: the built-in theme)"),
        .flag("help", "print this help"),
    ]

    /// Parses the arguments (without the program name).
    public static func parse(_ arguments: [String]) throws(UsageError) -> BenchOptions {
        let parsed = try ArgumentParser.parse(arguments, options: specs)
        var options = BenchOptions()
        options.help = parsed.has("help")
        options.keep = parsed.has("keep")
        if let text = parsed.value("scale") {
            guard let scale = Int(text), scale >= 1, scale <= 1_000 else {
                throw UsageError(message: "`--scale` needs a whole number from 1 to 1000, got `\(text)`")
            }
            options.scales = [scale]
        }
        if let text = parsed.value("threads") {
            guard let threads = Int(text), threads >= 1 else {
                throw UsageError(message: "`--threads` needs a positive whole number, got `\(text)`")
            }
            options.threads = threads
        }
        if let text = parsed.value("runs") {
            guard let runs = Int(text), runs >= 1, runs <= 50 else {
                throw UsageError(message: "`--runs` needs a whole number from 1 to 50, got `\(text)`")
            }
            options.runs = runs
        }
        if let output = parsed.value("output") {
            guard !output.isEmpty else { throw UsageError(message: "`--output` needs a folder") }
            options.output = output
            options.keep = true
        }
        if let theme = parsed.value("theme") { options.theme = theme }
        return options
    }

    /// The `--help` text.
    public static var help: String {
        """
        dti-bench: the national-scale benchmark of dti.

        Generates a synthetic Content tree (34 provinces × (20 departments + S × 100
        communes), 5 periods, a few injected anomalies) in a temporary folder, then
        builds it twice: in process (SiteBuilder.build) and as `dti build` (the dti
        executable next to dti-bench), each followed by a rebuild with nothing
        changed. Prints wall and CPU time, pages/s, MB/s, peak RSS, page and byte
        counts and the time of each build step, then each target with PASS or MISS.

        Usage: dti-bench [--scale S] [--keep] [--output DIR] [--threads N] [--runs N] [--theme DIR]
          (build first: swift build -c release && .build/release/dti-bench)

        Options:
        \(ArgumentParser.help(for: specs))

        The work folder is in /dev/shm (memory) when it has room, so the figures
        measure dti and not the disk; use --output DIR to measure on a disk.
        MB = 10^6 bytes. Exit status: 0 when every build succeeded (a missed target
        is printed, not fatal), 1 when a build or the generator failed, 2 on usage.
        """
    }
}

/// The targets the figures are printed against.
public enum BenchTargets {
    /// Scale 1 full build, wall seconds (`dti build`).
    public static let fullBuildSeconds = 1.0
    /// Scale 1 full build, peak RSS in bytes (`dti build`, from wait4).
    public static let peakRSSBytes = 150_000_000
    /// Scale 10 wall time over scale 1 wall time.
    public static let scaleRatio = 11.0
    /// Rebuild with nothing changed, wall seconds.
    public static let noChangeRebuildSeconds = 0.2

    /// `PASS` or `MISS`.
    public static func verdict(_ met: Bool) -> String { met ? "PASS" : "MISS" }
}

/// Reads the step times `dti build` prints (`  đọc nội dung (1141 ms)`,
/// `  đọc giao diện (0,9 ms)`), so the subprocess's steps can be shown too.
public enum StepLog {
    /// Every `  <name> (<number> ms)` line, in order, as seconds.
    public static func parse(_ text: String) -> [(name: String, seconds: Double)] {
        var steps: [(String, Double)] = []
        for line in text.split(separator: "\n") {
            guard line.hasPrefix("  "), line.hasSuffix(" ms)"), let open = line.range(of: " (", options: .backwards) else { continue }
            let name = line[line.index(line.startIndex, offsetBy: 2)..<open.lowerBound]
            let number = line[open.upperBound..<line.index(line.endIndex, offsetBy: -4)]
            guard !name.isEmpty, let value = PublishedNumber.parse(String(number)) else { continue }
            steps.append((String(name), value.value / 1000))
        }
        return steps
    }
}
