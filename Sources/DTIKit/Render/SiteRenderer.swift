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
    case methodologyIndex, framework(Int), contentPage(Int), notFound, compare
    case rankingCSV(Int), rankingJSON(Int), unitJSON(Int), rankingWorkbook(Int)
    /// A unit's badge (`the-hieu.svg`), embed card page and A4 card page.
    case unitBadge(Int), unitEmbed(Int), unitPrint(Int)
    /// A social card image (PNG), written in a run of its own (see `SocialCards`).
    case socialCard(SocialCardJob)
    /// A file that lists the others (the open-data page, checksums, the
    /// catalogue, sitemap, feed, robots.txt) or an asset, by its position in
    /// `SiteRenderer.listings`; `page` when it is an HTML page.
    case listing(Int, page: Bool)

    /// An HTML page: every job but the data files and the listings that are not pages.
    var isPage: Bool {
        switch self {
        case .listing(_, let page): return page
        case .unitBadge, .socialCard: return false
        default: return !isData
        }
    }

    /// A page that repeats another and is not listed in the sitemap (`noindex`).
    var isUnlisted: Bool {
        switch self {
        case .unitEmbed, .unitPrint, .notFound: return true
        default: return false
        }
    }

    /// Open data: published with a checksum in SHA256SUMS.
    var isData: Bool {
        switch self {
        case .rankingCSV, .rankingJSON, .unitJSON, .rankingWorkbook: return true
        default: return false
        }
    }
}

/// A file rendered from the list of the others, with its path.
struct Listing: Sendable {
    var path: String
    var page: Bool
    var render: @Sendable () -> [UInt8]
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
    /// Where drawn social cards are kept between builds (`.dti/Site.cards`);
    /// nil draws every card.
    var cardCache: CardCache? = nil

    /// Renders every file into `directory`. `fresh` says the folder is new and
    /// empty, so files are created without first looking for old ones.
    /// `prepare`, when given, is called with the path of every file about to
    /// be written (relative, in no particular order) before the first is
    /// written, so that a reused folder can be cleared of everything else.
    func write(to directory: String, fresh: Bool = false, threads: Int?,
               steps: BuildSteps = BuildSteps(log: { _ in }),
               prepare: (([String]) -> Void)? = nil) -> Result<WriteTotals, FileSystemError> {
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let context = steps.measure("chuẩn bị trang") { RenderContext(model: model, theme: theme) }
        let data = dataJobs()
        let pages = pageJobs(context)
        let pagePaths = pages.map { path($0, context) }
        let cards = model.content.site.shareCards ? SocialCards.jobs(model).map(OutputJob.socialCard) : []
        prepare?(data.map { path($0, context) } + listingPaths + pagePaths + cards.map { path($0, context) })
        // No folders are made beforehand: each is made by the first file
        // written into it (thousands of unit folders, made in parallel).

        let writer = ParallelWriter(directory: directory, workers: workers, fresh: fresh,
                                    knownChecksums: PreviousChecksums.take(from: directory + "/" + Routes.checksums))
        let dataFiles = steps.measure("dựng và ghi dữ liệu mở") { writer.run(data) { job in (path(job, context), render(job, context)) } }
        // The files that list the others need only the data files' checksums
        // and the page paths, so they go first in the page run instead of
        // after it, where they kept one core waiting.
        let listedPages = zip(pages, pagePaths).filter { $0.0.isPage && !$0.0.isUnlisted }.map(\.1)
        let listings = listings(context: context, dataFiles: dataFiles, dataOrder: data.map { path($0, context) }, pagePaths: listedPages)
        let listingJobs = listings.indices.map { OutputJob.listing($0, page: listings[$0].page) }
        steps.measure("dựng và ghi trang, mục lục và tài nguyên") {
            writer.run(listingJobs + pages) { job in
                if case .listing(let i, _) = job { return (listings[i].path, listings[i].render()) }
                return (path(job, context), render(job, context))
            }
        }
        if !cards.isEmpty {
            // Social cards last, in a run of their own, so their cost shows as a step.
            let painter = SocialCards(style: context.cardStyle, cache: cardCache)
            let started = Clock.now()
            writer.run(cards) { job in
                guard case .socialCard(let card) = job else { return (path(job, context), render(job, context)) }
                return (path(job, context), painter.png(card, context: context))
            }
            steps.record("ảnh thẻ chia sẻ: \(painter.drawn) vẽ mới, \(painter.reused) lấy lại", Clock.now() - started)
            if case .success = writer.result { cardCache?.prune() }
        }
        return writer.result
    }

    /// The paths of the files `listings` renders, in the same order.
    private var listingPaths: [String] {
        [Routes.openData + "index.html", Routes.checksums, Routes.dataIndexJSON, "sitemap.xml", "robots.txt", "feed.xml", Routes.searchIndex]
            + theme.assets.map { "assets/" + $0.name } + drawnIcons.map { "assets/" + $0.name }
    }

    /// The PNG icons dti draws: those the theme does not bring itself.
    private var drawnIcons: [(name: String, side: Int, fullBleed: Bool)] {
        SiteIcons.icons.filter { icon in !theme.assets.contains { $0.name == icon.name } }
    }

    /// The open-data page, SHA256SUMS, the catalogue, sitemap, robots.txt,
    /// the feed and the assets (at `listingPaths`). Data files and pages are
    /// listed in the order of their jobs: periods in their true order
    /// (`2024-q1` before `2024-6t`), which sorting the paths as text would not give.
    private func listings(context: RenderContext, dataFiles: [PublishedFile], dataOrder: [String], pagePaths: [String]) -> [Listing] {
        var position: [String: Int] = [:]
        for (i, path) in dataOrder.enumerated() { position[path] = i }
        let published = dataFiles.sorted { (position[$0.path] ?? Int.max, $0.path) < (position[$1.path] ?? Int.max, $1.path) }
        var byPath: [String: PublishedFile] = [:]
        for file in published { byPath[file.path] = file }
        let files = SiteFiles(context: context)
        var sitemap = pagePaths.filter { $0 != "404.html" }.map { String($0.dropLast("index.html".count)) }
        sitemap.append(Routes.openData)
        let sitemapPaths = sitemap, filesByPath = byPath
        let listings = [
            Listing(path: Routes.openData + "index.html", page: true, render: { OpenDataPage(context: context, files: filesByPath).render() }),
            Listing(path: Routes.checksums, page: false, render: { OpenDataPage.checksums(published) }),
            Listing(path: Routes.dataIndexJSON, page: false, render: { OpenDataPage.catalogue(published, context: context) }),
            Listing(path: "sitemap.xml", page: false, render: { files.sitemap(pagePaths: sitemapPaths) }),
            Listing(path: "robots.txt", page: false, render: { files.robots() }),
            Listing(path: "feed.xml", page: false, render: { files.feed() }),
            Listing(path: Routes.searchIndex, page: false, render: { SearchIndex(context: context).render() }),
        ] + theme.assets.map { asset in Listing(path: "assets/" + asset.name, page: false, render: { asset.bytes }) }
          + drawnIcons.map { icon in
              Listing(path: "assets/" + icon.name, page: false, render: { SiteIcons.png(side: icon.side, fullBleed: icon.fullBleed, brand: context.cardStyle.brand) })
          }
        assert(listings.map(\.path) == listingPaths, "listingPaths must name exactly the listings")
        return listings
    }

    private func dataJobs() -> [OutputJob] {
        model.tables.indices.flatMap { [OutputJob.rankingCSV($0), .rankingWorkbook($0), .rankingJSON($0)] } + model.units.indices.map { .unitJSON($0) }
    }

    private func pageJobs(_ context: RenderContext) -> [OutputJob] {
        var jobs: [OutputJob] = [.home, .rankingIndex, .unitIndex, .pillarOverview, .methodologyIndex, .notFound, .compare]
        jobs += Pillar.allCases.map { .pillar($0) }
        jobs += model.content.frameworks.indices.map { .framework($0) }
        jobs += model.content.pages.indices.map { .contentPage($0) }
        jobs += model.tables.indices.map { .ranking($0) }
        for pillar in Pillar.allCases { jobs += (context.pillarTables[pillar] ?? []).map { .pillarRanking(pillar, $0) } }
        jobs += model.units.indices.map { .unit($0) }
        // Each unit with results: its badge, embed card and A4 card (share cards, unless turned off).
        for i in model.units.indices where model.content.site.shareCards && !model.units[i].appearances.isEmpty {
            jobs += [.unitBadge(i), .unitEmbed(i), .unitPrint(i)]
        }
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
        case .compare: return Routes.compare + "index.html"
        case .rankingCSV(let i): return Routes.rankingCSV(model.tables[i].table)
        case .rankingJSON(let i): return Routes.rankingJSON(model.tables[i].table)
        case .rankingWorkbook(let i): return Routes.rankingWorkbook(model.tables[i].table)
        case .unitJSON(let i): return Routes.unitJSON(model.units[i].slug)
        case .unitBadge(let i): return UnitBadge.path(model.units[i].slug)
        case .unitEmbed(let i): return UnitEmbedPage.path(model.units[i].slug) + "index.html"
        case .unitPrint(let i): return UnitPrintPage.path(model.units[i].slug) + "index.html"
        case .socialCard(let card): return SocialCards.path(card, model: model)
        case .listing: preconditionFailure("a listing carries its own path")
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
        case .compare: return ComparePage(context: context).render()
        case .rankingCSV(let i): return OpenDataFiles(context: context).rankingCSV(i)
        case .rankingJSON(let i): return OpenDataFiles(context: context).rankingJSON(i)
        case .rankingWorkbook(let i): return RankingWorkbook(context: context, tableIndex: i).bytes()
        case .unitJSON(let i): return OpenDataFiles(context: context).unitJSON(i)
        case .unitBadge(let i), .unitEmbed(let i), .unitPrint(let i):
            let unit = model.units[i]
            guard let summary = UnitSummary(context: context, unit: unit) else { return [] }
            switch job {
            case .unitBadge: return UnitBadge(summary: summary, style: context.cardStyle).render()
            case .unitEmbed: return UnitEmbedPage(context: context, unit: unit, summary: summary).render()
            default: return UnitPrintPage(context: context, unit: unit, summary: summary).render()
            }
        case .socialCard(let card): return SocialCards(style: context.cardStyle, cache: nil).png(card, context: context)
        case .listing: preconditionFailure("a listing renders itself")
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
                if job.isPage { local.pages += 1 }
                if job.isData {
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
