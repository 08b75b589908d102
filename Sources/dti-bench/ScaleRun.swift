import DTIKit
import DTIBench

/// Where a run works and what it builds with.
struct BenchSetup {
    var work: String
    var theme: String
    /// The `dti` executable next to `dti-bench`.
    var dti: String
    var threads: Int?
    /// Keep every tree; otherwise each site is removed once measured, so that
    /// a large scale never holds two sites in memory (tmpfs) at once.
    var keep: Bool
    /// Full builds (each followed by a no-change rebuild) per way of building.
    var runs: Int
}

/// Runs one scale: generate, build in process (+ no-change rebuild), build
/// with `dti build` (+ no-change rebuild), printing as it goes.
func runScale(_ scale: Int, setup: BenchSetup) -> ScaleResult? {
    let plan = SyntheticContentPlan(scale: scale)
    let folder = setup.work + "/scale-\(scale)"
    FileSystem.removeTree(folder)
    say("")
    say("== scale \(scale): \(plan.provinces) provinces × (\(plan.departmentsPerProvince) departments + "
          + "\(Format.count(plan.communesPerProvince)) communes), \(plan.periods.count) periods (\(plan.periods.first!)–\(plan.periods.last!)) ==")

    let generated: SyntheticContentSummary
    do { generated = try SyntheticContent.write(plan, to: folder + "/Content") } catch {
        say("  generator FAILED: \(error)")
        return nil
    }
    say("  generated \(Format.count(plan.unitCount)) units, \(Format.count(generated.rankings)) rankings, "
          + "\(Format.count(generated.rows)) rows, \(Format.count(generated.files)) files, \(Format.megabytes(generated.bytes)) "
          + "in \(Format.seconds(generated.seconds)) → \(generated.root)")
    say("  injected \(generated.anomalies.count) anomalies (each must come back as one warning):")
    for anomaly in generated.anomalies { say("    \(anomaly.kind.rawValue)  \(anomaly.file):\(anomaly.line)  \(anomaly.unit)") }

    let inProcess = fastest(of: setup.runs, output: folder + "/Site-in-process") {
        buildInProcess(content: generated.root, output: folder + "/Site-in-process", setup: setup, expected: generated.anomalies)
    }
    printFigures(inProcess, rebuildLabel: "no-change rebuild")
    if !setup.keep { FileSystem.removeTree(folder + "/Site-in-process") }
    let subprocess = fastest(of: setup.runs, output: folder + "/Site-dti-build") {
        buildWithCLI(content: generated.root, output: folder + "/Site-dti-build", logFolder: folder, setup: setup)
    }
    printFigures(subprocess, rebuildLabel: "no-change rebuild")
    if inProcess.succeeded && subprocess.succeeded && inProcess.tally != subprocess.tally {
        say("  note: the two builds wrote different trees (\(Format.count(inProcess.tally.files)) vs "
              + "\(Format.count(subprocess.tally.files)) files, \(Format.count(inProcess.tally.bytes)) vs \(Format.count(subprocess.tally.bytes)) bytes)")
    }
    return ScaleResult(scale: scale, generated: generated, inProcess: inProcess, subprocess: subprocess)
}

/// Runs `measure` (one full build from an empty output, then its no-change
/// rebuilds) `runs` times and keeps the fastest full build's figures, with
/// every wall time and the highest peak RSS seen; rebuild: the fastest.
func fastest(of runs: Int, output: String, _ measure: () -> BuildFigures) -> BuildFigures {
    var best: BuildFigures?
    var walls: [Double] = [], rebuilds: [Double] = [], peak: (kilobytes: Int, note: String)?
    for _ in 0..<runs {
        FileSystem.removeTree(output)   // every run is a full build from nothing
        let figures = measure()
        guard figures.succeeded && figures.rebuildSucceeded else { return figures }
        walls.append(figures.wall)
        if let rebuild = figures.rebuildWall { rebuilds.append(rebuild) }
        if let rss = figures.peakRSSKilobytes, rss > peak?.kilobytes ?? -1 { peak = (rss, figures.peakNote) }
        if best == nil || figures.wall < best!.wall { best = figures }
    }
    var result = best!
    result.walls = walls
    result.rebuildWalls = rebuilds
    result.rebuildWall = rebuilds.min()
    result.peakRSSKilobytes = peak?.kilobytes
    result.peakNote = peak?.note ?? result.peakNote
    return result
}

/// A build in this process through a `BuildSession` (as `dti serve` runs
/// them): wall clock, `getrusage(RUSAGE_SELF)` deltas, and VmHWM after
/// resetting it just before the build; then a rebuild with nothing changed.
func buildInProcess(content: String, output: String, setup: BenchSetup, expected: [SyntheticAnomaly]) -> BuildFigures {
    var figures = BuildFigures(label: "in process (SiteBuilder.build)")
    let options = BuildOptions(content: content, theme: setup.theme, output: output, threads: setup.threads)
    let residentBefore = ProcessMeasurement.currentRSSKilobytes()
    let reset = ProcessMeasurement.resetPeakRSS()
    let before = ProcessMeasurement.selfUsage()
    let started = Clock.now()
    // One session, as in `dti serve`: the rebuild below finds nothing changed.
    let session = BuildSession()
    let report = session.build(options).report
    figures.wall = Clock.now() - started
    figures.usage = ProcessMeasurement.selfUsage().since(before)
    figures.peakRSSKilobytes = ProcessMeasurement.peakRSSKilobytes()
    let baseline = residentBefore.map { " of which " + Format.megabytes($0 * 1024) + " already resident before it" } ?? ""
    figures.peakNote = reset
        ? "VmHWM, reset just before the build;" + baseline
        : "VmHWM; could not be reset, so it includes the generator and everything before"
    figures.succeeded = report.succeeded
    figures.steps = report.steps
    figures.tally = TreeTally(pages: report.pages, files: report.files, bytes: report.bytes)
    let warnings = report.diagnostics.warnings
    figures.warnings = warnings.count
    figures.warningsAsExpected = warnings.map(\.kind).sorted() == expected.map(\.kind.rawValue).sorted()
    if report.succeeded && !figures.warningsAsExpected {
        say("  unexpected warnings from the in-process build:")
        for line in report.diagnostics.report().prefix(20) { say("    | " + line) }
    }
    guard report.succeeded else {
        figures.failure = Array(report.diagnostics.report().prefix(20)) + ["(\(report.diagnostics.summary))"]
        return figures
    }
    let rebuildStarted = Clock.now()
    let rebuild = session.build(options).report
    figures.rebuildWall = Clock.now() - rebuildStarted
    figures.rebuildSucceeded = rebuild.succeeded
    if !rebuild.succeeded { figures.failure = Array(rebuild.diagnostics.report().prefix(20)) }
    return figures
}

/// `dti build` as a child process: wall clock, and CPU time and `ru_maxrss`
/// of the child alone from `wait4`. Pages and bytes are counted in the output.
func buildWithCLI(content: String, output: String, logFolder: String, setup: BenchSetup) -> BuildFigures {
    var figures = BuildFigures(label: "dti build (subprocess: \(setup.dti))")
    var arguments = ["build", "--content", content, "--theme", setup.theme, "--output", output]
    if let threads = setup.threads { arguments += ["--threads", String(threads)] }
    let log = logFolder + "/dti-build.log", rebuildLog = logFolder + "/dti-rebuild.log"
    FileSystem.removeTree(log)
    FileSystem.removeTree(rebuildLog)
    let run: SubprocessResult
    do { run = try Subprocess.run(setup.dti, arguments, logFile: log) } catch {
        figures.failure = ["\(error)"]
        return figures
    }
    let logText = FileSystem.read(log).map { String(decoding: $0, as: UTF8.self) } ?? ""
    figures.succeeded = run.succeeded
    figures.wall = run.seconds
    figures.usage = run.usage
    figures.peakRSSKilobytes = run.usage.maxRSSKilobytes
    figures.peakNote = "ru_maxrss of the child, from wait4"
    figures.steps = StepLog.parse(logText)
    guard run.succeeded else {
        figures.failure = ["\(run.status); the last lines of \(log):"] + logText.split(separator: "\n").suffix(20).map(String.init)
        return figures
    }
    figures.tally = TreeTally.count(output)
    do {
        let rebuild = try Subprocess.run(setup.dti, arguments, logFile: rebuildLog)
        figures.rebuildWall = rebuild.seconds
        figures.rebuildSucceeded = rebuild.succeeded
        if !rebuild.succeeded {
            let text = FileSystem.read(rebuildLog).map { String(decoding: $0, as: UTF8.self) } ?? ""
            figures.failure = ["\(rebuild.status); the last lines of \(rebuildLog):"] + text.split(separator: "\n").suffix(20).map(String.init)
        }
    } catch {
        figures.rebuildSucceeded = false
        figures.failure = ["\(error)"]
    }
    return figures
}
