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
    /// Every edition after the first (`en/`): its language's catalogue and
    /// the content as it shows it. The first edition is `model`, in `words`.
    var words: Catalogue? = nil
    var otherEditions: [(edition: Edition, model: SiteModel, words: Catalogue)] = []

    /// The render context of every edition, the first one first.
    func contexts() -> [RenderContext] {
        let first = words ?? BuiltInCatalogues.load([.vietnamese]).catalogues[0]
        let editions = [Edition(language: first.language, isFirst: true)] + otherEditions.map(\.edition)
        return [RenderContext(model: model, theme: theme, words: first, edition: editions[0], editions: editions)]
            + otherEditions.map { RenderContext(model: $0.model, theme: theme, words: $0.words, edition: $0.edition, editions: editions) }
    }

    /// Renders every file into `directory`. `fresh` says the folder is new and
    /// empty, so files are created without first looking for old ones.
    /// `prepare`, when given, is called with the path of every file about to
    /// be written (relative, in no particular order) before the first is
    /// written, so that a reused folder can be cleared of everything else.
    func write(to directory: String, fresh: Bool = false, threads: Int?,
               steps: BuildSteps = BuildSteps(log: { _ in }),
               prepare: (([String]) -> Void)? = nil) -> Result<WriteTotals, FileSystemError> {
        let workers = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        let contexts = steps.measure(BuildStepName.preparePages) { self.contexts() }
        let context = contexts[0]
        let data = dataJobs()
        // Every edition's pages, the first edition's unwrapped.
        let pages = contexts.indices.flatMap { e in pageJobs(contexts[e]).map { e == 0 ? $0 : .inEdition(e, $0) } }
        let pagePaths = pages.map { path($0, contexts) }
        // Every edition's cards, in its own words.
        let cards = !model.content.site.shareCards ? [] : contexts.indices.flatMap { e in
            SocialCards.jobs(contexts[e].model).map { e == 0 ? OutputJob.socialCard($0) : .inEdition(e, .socialCard($0)) }
        }
        prepare?(data.map { path($0, contexts) } + listingPaths(contexts) + pagePaths + cards.map { path($0, contexts) })
        // No folders are made beforehand: each is made by the first file
        // written into it (thousands of unit folders, made in parallel).

        let writer = ParallelWriter(directory: directory, workers: workers, fresh: fresh,
                                    knownChecksums: PreviousChecksums.take(from: directory + "/" + Routes.checksums))
        let dataFiles = steps.measure(BuildStepName.dataFiles) { writer.run(data) { job in (path(job, contexts), render(job, contexts)) } }
        // The files that list the others need only the data files' checksums
        // and the page paths, so they go first in the page run instead of
        // after it, where they kept one core waiting.
        let listedPages = zip(pages, pagePaths).filter { $0.0.isPage && !$0.0.isUnlisted }.map(\.1)
        let listings = listings(contexts: contexts, dataFiles: dataFiles, dataOrder: data.map { path($0, contexts) }, pagePaths: listedPages)
        let listingJobs = listings.indices.map { OutputJob.listing($0, page: listings[$0].page) }
        steps.measure(BuildStepName.pages) {
            writer.run(listingJobs + pages) { job in
                if case .listing(let i, _) = job { return (listings[i].path, listings[i].render()) }
                return (path(job, contexts), render(job, contexts))
            }
        }
        if !cards.isEmpty {
            // Social cards last, in a run of their own, so their cost shows as a step.
            let painter = SocialCards(style: context.cardStyle, cache: cardCache)
            let started = Clock.now()
            writer.run(cards) { job in
                switch job {
                case .socialCard(let card): return (path(job, contexts), painter.png(card, context: context))
                case .inEdition(let e, .socialCard(let card)): return (path(job, contexts), painter.png(card, context: contexts[e]))
                default: return (path(job, contexts), render(job, contexts))
                }
            }
            steps.record(BuildStepName.shareCards(drawn: painter.drawn, reused: painter.reused), Clock.now() - started)
            if case .success = writer.result { cardCache?.prune() }
        }
        return writer.result
    }

    /// What each edition lists for itself (its open-data page, feed and
    /// search index), by path in the edition.
    private static let editionListings = [Routes.openData + "index.html", "feed.xml", Routes.searchIndex]

    /// The paths of the files `listings` renders, in the same order.
    private func listingPaths(_ contexts: [RenderContext]) -> [String] {
        [Routes.checksums, Routes.dataIndexJSON, "sitemap.xml", "robots.txt"]
            + contexts.flatMap { context in Self.editionListings.map { context.edition.prefix + $0 } }
            + contexts.map { WordsScript.path($0.words.language) }
            + theme.assets.map { "assets/" + $0.name } + drawnIcons.map { "assets/" + $0.name }
    }

    /// The PNG icons dti draws: those the theme does not bring itself.
    private var drawnIcons: [(name: String, side: Int, fullBleed: Bool)] {
        SiteIcons.icons.filter { icon in !theme.assets.contains { $0.name == icon.name } }
    }

    /// The files that list the others, and the assets (at `listingPaths`):
    /// SHA256SUMS, the catalogue, the sitemap of every edition's pages and
    /// robots.txt once; each edition's open-data page, feed and search index;
    /// each language's words for the scripts; the theme's assets and icons.
    /// Data files and pages are listed in the order of their jobs: periods in
    /// their true order (`2024-q1` before `2024-6t`), which sorting the paths
    /// as text would not give.
    private func listings(contexts: [RenderContext], dataFiles: [PublishedFile], dataOrder: [String], pagePaths: [String]) -> [Listing] {
        let context = contexts[0]
        var position: [String: Int] = [:]
        for (i, path) in dataOrder.enumerated() { position[path] = i }
        let published = dataFiles.sorted { (position[$0.path] ?? Int.max, $0.path) < (position[$1.path] ?? Int.max, $1.path) }
        var byPath: [String: PublishedFile] = [:]
        for file in published { byPath[file.path] = file }
        var sitemap = pagePaths.filter { $0 != "404.html" }.map { String($0.dropLast("index.html".count)) }
        sitemap += contexts.map { $0.edition.prefix + Routes.openData }
        let sitemapPaths = sitemap, filesByPath = byPath
        var listings = [
            Listing(path: Routes.checksums, page: false, render: { OpenDataPage.checksums(published) }),
            Listing(path: Routes.dataIndexJSON, page: false, render: { OpenDataPage.catalogue(published, context: context) }),
            Listing(path: "sitemap.xml", page: false, render: { SiteFiles(context: context).sitemap(pagePaths: sitemapPaths) }),
            Listing(path: "robots.txt", page: false, render: { SiteFiles(context: context).robots() }),
        ]
        for edition in contexts {
            let prefix = edition.edition.prefix
            listings += [
                Listing(path: prefix + Routes.openData + "index.html", page: true, render: { OpenDataPage(context: edition, files: filesByPath, workbookWords: context.words).render() }),
                Listing(path: prefix + "feed.xml", page: false, render: { SiteFiles(context: edition).feed() }),
                Listing(path: prefix + Routes.searchIndex, page: false, render: { SearchIndex(context: edition).render() }),
            ]
        }
        listings += contexts.map { edition in Listing(path: WordsScript.path(edition.words.language), page: false, render: { WordsScript.render(edition.words, edition: edition.edition) }) }
        listings += theme.assets.map { asset in Listing(path: "assets/" + asset.name, page: false, render: { asset.bytes }) }
        listings += drawnIcons.map { icon in
            Listing(path: "assets/" + icon.name, page: false, render: { SiteIcons.png(side: icon.side, fullBleed: icon.fullBleed, brand: context.cardStyle.brand) })
        }
        assert(listings.map(\.path) == listingPaths(contexts), "listingPaths must name exactly the listings")
        return listings
    }

    private func dataJobs() -> [OutputJob] {
        model.tables.indices.flatMap { [OutputJob.rankingCSV($0), .rankingWorkbook($0), .rankingJSON($0)] } + model.units.indices.map { .unitJSON($0) }
    }

    private func pageJobs(_ context: RenderContext) -> [OutputJob] {
        let model = context.model
        // Each edition has its 404 page (a server may serve `en/404.html` for `/en/`).
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

    /// Where a job's file goes: an edition's pages under its folder (`en/`).
    func path(_ job: OutputJob, _ contexts: [RenderContext]) -> String {
        if case .inEdition(let e, let inner) = job { return contexts[e].edition.prefix + path(inner, contexts[e]) }
        return path(job, contexts[0])
    }

    func render(_ job: OutputJob, _ contexts: [RenderContext]) -> [UInt8] {
        if case .inEdition(let e, let inner) = job { return render(inner, contexts[e]) }
        // A workbook is shared by the editions and speaks each of their languages.
        if case .rankingWorkbook(let i) = job { return RankingWorkbook(editions: contexts, tableIndex: i).bytes() }
        return render(job, contexts[0])
    }

    private func path(_ job: OutputJob, _ context: RenderContext) -> String {
        let model = context.model
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
        case .listing, .inEdition: preconditionFailure("listings carry their own path; editions are unwrapped above")
        }
    }

    private func render(_ job: OutputJob, _ context: RenderContext) -> [UInt8] {
        let model = context.model
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
        case .rankingWorkbook(let i): return RankingWorkbook(editions: [context], tableIndex: i).bytes()
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
        case .listing, .inEdition: preconditionFailure("listings render themselves; editions are unwrapped above")
        }
    }
}

