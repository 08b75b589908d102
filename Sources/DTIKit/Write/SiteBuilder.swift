import Foundation

/// What `dti build` (and `dti serve`, and the benchmark) asks for.
public struct BuildOptions: Sendable {
    public var content: String
    public var theme: String
    public var output: String
    /// Overrides `base_url` from `site.conf`.
    public var baseURL: String?
    /// Warnings fail the build.
    public var strict: Bool
    /// Render threads; nil = one per core.
    public var threads: Int?
    /// Overrides `share_cards` from `site.conf` (tests build without the
    /// images, which take seconds in a debug build); nil = as the site says.
    public var shareCards: Bool?

    public init(content: String = "Content", theme: String = "Theme", output: String = "Site",
                baseURL: String? = nil, strict: Bool = false, threads: Int? = nil, shareCards: Bool? = nil) {
        self.content = content
        self.theme = theme
        self.output = output
        self.baseURL = baseURL
        self.strict = strict
        self.threads = threads
        self.shareCards = shareCards
    }
}

/// The outcome of a build.
public struct BuildReport: Sendable {
    public var diagnostics: DiagnosticList
    public var succeeded: Bool
    /// HTML pages written.
    public var pages: Int
    /// All files written (pages, data, feeds, assets).
    public var files: Int
    public var bytes: Int
    public var seconds: Double
    /// Named steps and how long each took, in order.
    public var steps: [(name: String, seconds: Double)]
    /// The fingerprint of the output (see `BuildState.fingerprint`), made
    /// from what the build wrote; nil when the build failed.
    var outputFingerprint: [UInt8]? = nil
}

/// The whole pipeline: load → validate → compute → render → write.
public enum SiteBuilder {
    /// Runs a build. Progress lines go to `log`; diagnostics are in the report.
    public static func build(_ options: BuildOptions, log: (String) -> Void = { _ in }) -> BuildReport {
        // The steps keep `log` only while this build runs.
        var leftovers: Leftovers?
        let report = withoutActuallyEscaping(log) { log in run(options, steps: BuildSteps(log: log), leftovers: &leftovers) }
        leftovers?.releaseInBackground()
        return report
    }

    private static func run(_ options: BuildOptions, steps: BuildSteps, leftovers: inout Leftovers?) -> BuildReport {
        let started = Clock.now()
        var report = BuildReport(diagnostics: DiagnosticList(), succeeded: false, pages: 0, files: 0, bytes: 0, seconds: 0, steps: [])
        func finish() -> BuildReport {
            report.seconds = Clock.now() - started
            report.steps = steps.recorded
            return report
        }
        func step<T>(_ name: String, _ body: () -> T) -> T { steps.measure(name, body) }

        // The output is checked first: nothing is read or written for an output that would lose files.
        if let refusal = OutputGuard.refusal(for: options) {
            report.diagnostics.append(refusal)
            return finish()
        }

        // 1. Load.
        let (loaded, loadDiagnostics) = step(BuildStepName.readContent) { ContentLoader.load(from: options.content) }
        report.diagnostics.append(contentsOf: loadDiagnostics.items)
        guard var content = loaded, !loadDiagnostics.hasErrors else { return finish() }
        if let base = options.baseURL {
            guard let url = SafeURL.web(base) else {
                report.diagnostics.append(.error(SourceLocation(file: "--base-url"), "địa chỉ phải là http(s) đầy đủ: `\(base)`",
                                                 hint: "Ví dụ --base-url https://dti.haugiang.gov.vn/", kind: "bad-option"))
                return finish()
            }
            content.site.baseURL = url.hasSuffix("/") ? url : url + "/"
        }
        if let shareCards = options.shareCards { content.site.shareCardsChoice = shareCards ? .yes : .no }
        let theme: Theme
        switch step(BuildStepName.readTheme, { Theme.load(from: options.theme) }) {
        case .success(let loadedTheme): theme = loadedTheme
        case .failure(let error):
            report.diagnostics.append(contentsOf: error.diagnostics)
            return finish()
        }
        // The fonts images are drawn with (badges and icons always, cards when on).
        if case .failure(let error) = CardFonts.load(from: theme, themeFolder: options.theme) {
            report.diagnostics.append(contentsOf: error.diagnostics)
            return finish()
        }

        // The interface words of every language, the theme's overrides laid over dti's.
        let (catalogues, catalogueProblems) = theme.catalogues(content.site.languages)
        report.diagnostics.append(contentsOf: catalogueProblems)
        if catalogueProblems.contains(where: { $0.severity == .error }) { return finish() }

        // 2–3. Validate and compute.
        let model = step(BuildStepName.compute) { SiteModel.build(content) }
        // Each further edition: the content as that language shows it (its
        // findings are the first edition's, so they are not reported twice).
        let otherEditions = model.content.site.languages.count < 2 ? [] : step(BuildStepName.otherEditions) {
            Edition.all(model.content.site).dropFirst().enumerated().map { i, edition in
                (edition: edition, model: SiteModel.build(model.content.translated(to: edition.language)), words: catalogues[i + 1])
            }
        }
        leftovers = Leftovers(model)
        report.diagnostics.append(contentsOf: model.diagnostics)
        if options.strict && !report.diagnostics.warnings.isEmpty {
            report.diagnostics.append(.error(SourceLocation(file: options.content), "có cảnh báo và đang chạy với --strict",
                                             hint: "Sửa các cảnh báo ở trên, hoặc bỏ --strict.", kind: "strict"))
            return finish()
        }

        // 4–5. Render and write, into a staging folder swapped in at the end.
        let output: AtomicOutput
        do { output = try AtomicOutput(destination: options.output) } catch {
            report.diagnostics.append(.error(SourceLocation(file: options.output), error.description, kind: "output"))
            return finish()
        }
        let extras = output.extraFiles()
        let written = { () -> Result<WriteTotals, FileSystemError> in
            // A reused staging folder is first cleared of everything this build
            // will not write (and of any link), so no write can go through a link.
            let cache = model.content.site.shareCards ? CardCache(path: output.location.cards) : nil
            let result = SiteRenderer(model: model, theme: theme, cardCache: cache, words: catalogues[0], otherEditions: otherEditions)
                .write(to: output.staging, fresh: output.stagingIsNew, threads: options.threads, steps: steps,
                       prepare: output.stagingIsNew ? nil : { planned in
                           step(BuildStepName.removeOldFiles) { output.removeEverythingExcept(Set(planned + extras.map(\.path))) }
                       })
            guard case .success(var totals) = result else { return result }
            // The marker and a carried-over .gitkeep: in the fingerprint, not in the counts.
            for extra in extras {
                var stamp = FileStamp()
                do throws(FileSystemError) {
                    try FileSystem.writeIfChanged(extra.bytes, to: output.staging + "/" + extra.path, stamp: &stamp)
                } catch { return .failure(error) }
                totals.paths.append(extra.path)
                totals.stamps.append(stamp)
            }
            return .success(totals)
        }()
        switch written {
        case .failure(let error):
            output.discard()
            report.diagnostics.append(.error(SourceLocation(file: options.output), error.description, kind: "output"))
            return finish()
        case .success(let totals):
            report.pages = totals.pages
            report.files = totals.files
            report.bytes = totals.bytes
            // Renaming the folder keeps every file's size and time, so this is
            // what a walk of the output will find after the swap.
            report.outputFingerprint = step(BuildStepName.fingerprint) { BuildState.fingerprint(paths: totals.paths, stamps: totals.stamps) }
        }
        let swapStarted = Clock.now()
        do { try output.commit() } catch {
            report.diagnostics.append(.error(SourceLocation(file: options.output), error.description, kind: "output"))
            return finish()
        }
        steps.record(BuildStepName.swap, Clock.now() - swapStarted)
        report.succeeded = true
        return finish()
    }
}

/// The model of a build, released on another thread once the build is
/// done: freeing tens of thousands of rows, strings and results one by one
/// was the last thing every build did on a single core.
final class Leftovers: @unchecked Sendable {
    private var model: SiteModel?
    private let lock = NSLock()

    init(_ model: SiteModel) { self.model = model }

    /// Drops the model on a background thread (the caller keeps no other reference).
    func releaseInBackground() {
        DispatchQueue.global(qos: .utility).async {
            self.lock.lock()
            let model = self.model
            self.model = nil
            self.lock.unlock()
            withExtendedLifetime(model) {}
        }
    }
}

/// The named steps of a build and how long each took, logged as they end
/// (`  đọc nội dung (120 ms)`), which is what `dti-bench` reads back.
final class BuildSteps: @unchecked Sendable {
    private let log: (String) -> Void
    private(set) var recorded: [(name: String, seconds: Double)] = []

    init(log: @escaping (String) -> Void) { self.log = log }

    /// Runs `body` as the step `name`.
    @discardableResult
    func measure<T>(_ name: String, _ body: () -> T) -> T {
        let started = Clock.now()
        let value = body()
        record(name, Clock.now() - started)
        return value
    }

    func record(_ name: String, _ seconds: Double) {
        recorded.append((name, seconds))
        log("  \(name) (\(Clock.milliseconds(seconds)))")
    }
}

/// Monotonic time in seconds.
public enum Clock {
    public static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// `1234 ms`, `12,3 ms`.
    public static func milliseconds(_ seconds: Double) -> String {
        let ms = seconds * 1000
        return (ms >= 100 ? NumberFormat.displayTrimmed(ms, decimals: 0) : NumberFormat.displayTrimmed(ms, decimals: 1)) + " ms"
    }
}
