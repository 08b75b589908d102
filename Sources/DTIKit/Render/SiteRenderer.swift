import Dispatch
import Foundation

/// Totals of what a render wrote.
public struct WriteTotals: Sendable {
    public var pages = 0
    public var files = 0
    public var bytes = 0
    /// Every file written, relative to the output folder.
    var paths: [String] = []
    /// The size and modification time of each file in `paths`, read as it
    /// was written, from which the output fingerprint is made without a walk.
    var stamps: [FileStamp] = []
}

/// One file of the site and how to produce it.
enum OutputJob: Sendable {
    case home, rankingIndex, ranking(Int), unitIndex, unit(Int)
    case pillarOverview, pillar(Pillar), pillarRanking(Pillar, Int)
    case methodologyIndex, framework(Int), contentPage(Int), notFound
    case rankingCSV(Int), rankingJSON(Int), unitJSON(Int)

    var isPage: Bool {
        switch self {
        case .rankingCSV, .rankingJSON, .unitJSON: return false
        default: return true
        }
    }
}

/// Step 4 of the pipeline: renders every file of the site into a folder.
///
/// Files are independent, so they are rendered and written in parallel by a
/// fixed number of workers that take jobs in order; each file's bytes depend
/// only on the model, so the output is byte-identical with one thread or many.
/// Data files go first, since the open-data page lists their checksums.
struct SiteRenderer {
    let model: SiteModel
    let theme: Theme

    /// Renders every file into `directory`. `fresh` says the folder is new and
    /// empty, so files are created without first looking for old ones.
    func write(to directory: String, fresh: Bool = false, threads: Int?,
               steps: BuildSteps = BuildSteps(log: { _ in })) -> Result<WriteTotals, FileSystemError> {
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let context = steps.measure("chuẩn bị trang") { RenderContext(model: model, theme: theme) }
        let data = dataJobs()
        let pages = pageJobs(context)
        // No folders are made beforehand: each is made by the first file
        // written into it (thousands of unit folders, made in parallel).

        let writer = ParallelWriter(directory: directory, workers: workers, fresh: fresh,
                                    knownChecksums: PreviousChecksums.take(from: directory + "/" + Routes.checksums))
        let dataFiles = steps.measure("dựng và ghi dữ liệu mở") { writer.run(data) { job in (path(job, context), render(job, context)) } }
        steps.measure("dựng và ghi trang") { writer.run(pages) { job in (path(job, context), render(job, context)) } }

        // Files that list the others.
        steps.measure("ghi mục lục, sơ đồ trang và tài nguyên") { writeIndexes(writer, context: context, dataFiles: dataFiles, pages: pages) }
        return writer.result
    }

    private func writeIndexes(_ writer: ParallelWriter, context: RenderContext, dataFiles: [PublishedFile], pages: [OutputJob]) {
        let published = dataFiles.sorted { $0.path < $1.path }
        var byPath: [String: PublishedFile] = [:]
        for file in published { byPath[file.path] = file }
        let files = SiteFiles(context: context)
        var pagePaths = pages.map { path($0, context) }.filter { $0 != "404.html" }.map { String($0.dropLast("index.html".count)) }
        pagePaths.append(Routes.openData)
        let sitemapPaths = pagePaths, filesByPath = byPath
        // Independent of each other, so rendered in parallel; written in this order.
        let indexes: [(path: String, page: Bool, render: @Sendable () -> [UInt8])] = [
            (Routes.openData + "index.html", true, { OpenDataPage(context: context, files: filesByPath).render() }),
            (Routes.checksums, false, { OpenDataPage.checksums(published) }),
            (Routes.dataIndexJSON, false, { OpenDataPage.catalogue(published, context: context) }),
            ("sitemap.xml", false, { files.sitemap(pagePaths: sitemapPaths) }),
            ("robots.txt", false, { files.robots() }),
            ("feed.xml", false, { files.feed() }),
        ]
        let rendered = ResultSlots<[UInt8]>(count: indexes.count)
        DispatchQueue.concurrentPerform(iterations: indexes.count) { i in rendered.set(i, indexes[i].render()) }
        writer.write(zip(indexes, rendered.values).map { ($0.path, $1, $0.page) }
                     + [("assets/" + ScriptAsset.name, Array(ScriptAsset.source.utf8), false)]
                     + theme.assets.map { ("assets/" + $0.name, $0.bytes, false) })
    }

    private func dataJobs() -> [OutputJob] {
        model.tables.indices.flatMap { [OutputJob.rankingCSV($0), .rankingJSON($0)] } + model.units.indices.map { .unitJSON($0) }
    }

    private func pageJobs(_ context: RenderContext) -> [OutputJob] {
        var jobs: [OutputJob] = [.home, .rankingIndex, .unitIndex, .pillarOverview, .methodologyIndex, .notFound]
        jobs += Pillar.allCases.map { .pillar($0) }
        jobs += model.content.frameworks.indices.map { .framework($0) }
        jobs += model.content.pages.indices.map { .contentPage($0) }
        jobs += model.tables.indices.map { .ranking($0) }
        for pillar in Pillar.allCases { jobs += (context.pillarTables[pillar] ?? []).map { .pillarRanking(pillar, $0) } }
        jobs += model.units.indices.map { .unit($0) }
        return jobs
    }

    func path(_ job: OutputJob, _ context: RenderContext) -> String {
        switch job {
        case .home: return "index.html"
        case .rankingIndex: return Routes.rankings + "index.html"
        case .ranking(let i): return Routes.ranking(model.tables[i].table) + "index.html"
        case .unitIndex: return Routes.units + "index.html"
        case .unit(let i): return Routes.unit(model.units[i].slug) + "index.html"
        case .pillarOverview: return Routes.pillars + "index.html"
        case .pillar(let p): return Routes.pillar(p) + "index.html"
        case .pillarRanking(let p, let i): return Routes.pillarRanking(p, model.tables[i].table) + "index.html"
        case .methodologyIndex: return Routes.methodology + "index.html"
        case .framework(let i): return Routes.framework(model.content.frameworks[i].id) + "index.html"
        case .contentPage(let i): return Routes.page(model.content.pages[i].name) + "index.html"
        case .notFound: return "404.html"
        case .rankingCSV(let i): return Routes.rankingCSV(model.tables[i].table)
        case .rankingJSON(let i): return Routes.rankingJSON(model.tables[i].table)
        case .unitJSON(let i): return Routes.unitJSON(model.units[i].slug)
        }
    }

    func render(_ job: OutputJob, _ context: RenderContext) -> [UInt8] {
        switch job {
        case .home: return HomePage(context: context).render()
        case .rankingIndex: return RankingIndexPage(context: context).render()
        case .ranking(let i): return RankingPage(context: context, tableIndex: i).render()
        case .unitIndex: return UnitIndexPage(context: context).render()
        case .unit(let i): return UnitPage(context: context, unitIndex: i).render()
        case .pillarOverview: return PillarPages(context: context).overview()
        case .pillar(let p): return PillarPages(context: context).pillarPage(p)
        case .pillarRanking(let p, let i): return PillarPages(context: context).pillarRanking(p, tableIndex: i)
        case .methodologyIndex: return MethodologyPages(context: context).index()
        case .framework(let i): return MethodologyPages(context: context).frameworkPage(model.content.frameworks[i])
        case .contentPage(let i): return ContentPageView(context: context, page: model.content.pages[i]).render()
        case .notFound: return NotFoundPage(context: context).render()
        case .rankingCSV(let i): return OpenDataFiles(context: context).rankingCSV(i)
        case .rankingJSON(let i): return OpenDataFiles(context: context).rankingJSON(i)
        case .unitJSON(let i): return OpenDataFiles(context: context).unitJSON(i)
        }
    }
}

/// Writes files from several threads, collecting totals, checksums and the first error.
final class ParallelWriter: @unchecked Sendable {
    private let directory: String
    private let workers: Int
    /// The folder was empty: create files without looking for old ones.
    private let fresh: Bool
    private let lock = NSLock()
    private var totals = WriteTotals()
    private var failure: FileSystemError?

    /// Checksums of the files already in the folder, by path (see `PreviousChecksums`).
    let knownChecksums: [String: String]

    init(directory: String, workers: Int, fresh: Bool = false, knownChecksums: [String: String] = [:]) {
        self.directory = directory
        self.workers = workers
        self.fresh = fresh
        self.knownChecksums = knownChecksums
    }

    var result: Result<WriteTotals, FileSystemError> {
        lock.lock(); defer { lock.unlock() }
        if let failure { return .failure(failure) }
        return .success(totals)
    }

    private var nextJob = 0
    private var checksums: [PublishedFile] = []

    /// Hands out job indices in order, one at a time.
    private func takeJob() -> Int {
        lock.lock(); defer { lock.unlock() }
        let index = nextJob
        nextJob += 1
        return index
    }

    /// Renders and writes `jobs` on `workers` threads; returns each data file's checksum entry.
    @discardableResult
    func run(_ jobs: [OutputJob], _ produce: @Sendable (OutputJob) -> (String, [UInt8])) -> [PublishedFile] {
        lock.lock(); nextJob = 0; checksums = []; lock.unlock()
        DispatchQueue.concurrentPerform(iterations: min(workers, max(1, jobs.count))) { _ in
            var local = WriteTotals()
            var localFiles: [PublishedFile] = []
            while true {
                let index = self.takeJob()
                guard index < jobs.count, !self.failed else { break }
                let job = jobs[index]
                let (path, bytes) = produce(job)
                var changed = true
                var stamp = FileStamp()
                do throws(FileSystemError) {
                    changed = try self.store(bytes, at: path, stamp: &stamp)
                } catch {
                    self.fail(error)
                    break
                }
                local.files += 1
                local.bytes += bytes.count
                local.paths.append(path)
                local.stamps.append(stamp)
                if job.isPage { local.pages += 1 } else {
                    // A file left byte-identical keeps the checksum the previous build computed for it.
                    let known = changed ? nil : self.knownChecksums[path]
                    localFiles.append(PublishedFile(path: path, bytes: bytes.count, sha256: known ?? SHA256.hex(bytes)))
                }
            }
            self.lock.lock()
            self.totals.files += local.files
            self.totals.bytes += local.bytes
            self.totals.pages += local.pages
            self.totals.paths += local.paths
            self.totals.stamps += local.stamps
            self.checksums += localFiles
            self.lock.unlock()
        }
        lock.lock(); defer { lock.unlock() }
        return checksums
    }

    /// Writes a few files on the calling thread.
    func write(_ items: [(path: String, bytes: [UInt8], page: Bool)]) {
        for item in items where !failed {
            var stamp = FileStamp()
            do { try store(item.bytes, at: item.path, stamp: &stamp) } catch { fail(error); return }
            lock.lock()
            totals.paths.append(item.path)
            totals.stamps.append(stamp)
            totals.files += 1
            totals.bytes += item.bytes.count
            if item.page { totals.pages += 1 }
            lock.unlock()
        }
    }

    /// Writes one file: created outright in a fresh folder, else rewritten
    /// only if its bytes changed. Returns whether anything was written.
    @discardableResult
    private func store(_ bytes: [UInt8], at path: String, stamp: inout FileStamp) throws(FileSystemError) -> Bool {
        let target = directory + "/" + path
        guard fresh else { return try FileSystem.writeIfChanged(bytes, to: target, stamp: &stamp, makingFolders: true) }
        // A page's folder is nearly always its own and not made yet: make it
        // first instead of failing to open (if it exists, or its parent does
        // not, the write sorts that out).
        if path.hasSuffix("/index.html") { mkdir(FileSystem.dirname(of: target), 0o755) }
        try FileSystem.write(bytes, to: target, stamp: &stamp, makingFolders: true)
        return true
    }

    private var failed: Bool { lock.lock(); defer { lock.unlock() }; return failure != nil }
    private func fail(_ error: FileSystemError) { lock.lock(); if failure == nil { failure = error }; lock.unlock() }
}

/// The checksums a previous build wrote into the folder being rebuilt.
///
/// They are read and the file is removed before anything is written: if
/// this build is killed, the folder holds no checksum file that could
/// disagree with its half-rewritten data, and the next build hashes afresh.
enum PreviousChecksums {
    static func take(from path: String) -> [String: String] {
        guard let bytes = FileSystem.read(path) else { return [:] }
        unlink(path)
        var result: [String: String] = [:]
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") {
            guard line.count > 66 else { continue }
            let hash = String(line.prefix(64))
            result[Routes.openData + line.dropFirst(66)] = hash
        }
        return result
    }
}
