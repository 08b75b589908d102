import Foundation

/// An image a page offers for link previews (`og:image`).
public struct SocialImage: Sendable, Equatable {
    /// The image's path from the site root (`don-vi/so-tu-phap/the-chia-se.png`).
    public var path: String
    /// What the image shows, for `og:image:alt`.
    public var alt: String
    public var width = CardLayout.width
    public var height = CardLayout.height
}

/// Which social card one output file is.
enum SocialCardJob: Sendable, Hashable {
    case unit(Int), ranking(Int), home
}

/// The social cards of a site: one for the home page, for every ranking
/// and for every unit with results, each at `<page>the-chia-se.png`; and
/// drawing them, through the cache.
///
/// Drawing is the one part of a build that costs per unit (a few
/// milliseconds a card, see README), so cards are skipped when unchanged
/// (`CardCache`) and a portal may turn them off (`share_cards = no`).
/// Canvases are reused from a pool so that each worker thread rasterises
/// a glyph once per build, not once per card.
final class SocialCards: @unchecked Sendable {
    /// The file name of every card, in its page's folder.
    static let fileName = "the-chia-se.png"

    /// With `share_cards = auto` (the default), cards are drawn for portals
    /// of up to this many units with results: a province with its communes,
    /// or the national portal, has a few hundred. A synthetic national
    /// dataset of 4,000 units (the benchmark) would draw 4,000 images on its
    /// first build, so it asks for them with `yes`.
    public static let automaticLimit = 2000

    let style: CardStyle
    let cache: CardCache?
    private let lock = NSLock()
    private var canvases: [RGBACanvas] = []
    private(set) var drawn = 0
    private(set) var reused = 0

    init(style: CardStyle, cache: CardCache?) {
        self.style = style
        self.cache = cache
    }

    /// The route of the card of the page at `page` (`don-vi/x/` → `don-vi/x/the-chia-se.png`).
    static func path(forPage page: String) -> String { page + fileName }

    /// Every card of the site, home first, then rankings, then units with results.
    static func jobs(_ model: SiteModel) -> [SocialCardJob] {
        [.home] + model.tables.indices.map { .ranking($0) }
            + model.units.indices.filter { !model.units[$0].appearances.isEmpty }.map { .unit($0) }
    }

    static func pagePath(_ job: SocialCardJob, model: SiteModel) -> String {
        switch job {
        case .home: return Routes.home
        case .ranking(let i): return Routes.ranking(model.tables[i].table)
        case .unit(let i): return Routes.unit(model.units[i].slug)
        }
    }

    static func path(_ job: SocialCardJob, model: SiteModel) -> String { path(forPage: pagePath(job, model: model)) }

    /// The card's picture as drawing steps, in the words of `context`'s edition.
    func sketch(_ job: SocialCardJob, context: RenderContext) -> CardSketch {
        let site = context.site, words = context.words
        switch job {
        case .home: return CardLayout.home(Self.homeFace(context.model, words: words), siteTitle: site.title, style: style, words: words)
        case .ranking(let i):
            return CardLayout.ranking(Self.rankingFace(context.model, tableIndex: i, words: words), siteTitle: site.title, style: style, words: words)
        case .unit(let i):
            guard let summary = UnitSummary(context: context, unit: context.model.units[i]) else {
                return CardLayout.home(Self.homeFace(context.model, words: words), siteTitle: site.title, style: style, words: words)
            }
            return CardLayout.unit(summary, siteTitle: site.title, style: style)
        }
    }

    /// The PNG of a card: from the cache when it holds this picture, else drawn (and cached).
    func png(_ job: SocialCardJob, context: RenderContext) -> [UInt8] {
        let sketch = sketch(job, context: context)
        let digest = sketch.digest(fonts: style.fonts)
        if let cached = cache?.image(for: digest, width: sketch.width, height: sketch.height) {
            lock.lock(); reused += 1; lock.unlock()
            return cached
        }
        let canvas = takeCanvas()
        let bytes = sketch.png(on: canvas, fonts: style.fonts)
        lock.lock(); canvases.append(canvas); drawn += 1; lock.unlock()
        cache?.store(bytes, for: digest)
        return bytes
    }

    private func takeCanvas() -> RGBACanvas {
        lock.lock(); defer { lock.unlock() }
        return canvases.popLast() ?? RGBACanvas(width: CardLayout.width, height: CardLayout.height, background: .white)
    }

    // MARK: - Faces and alt text

    static func rankingFace(_ site: SiteModel, tableIndex: Int, words: Catalogue) -> RankingCardFace {
        let model = site.tables[tableIndex]
        let table = model.table
        let leaders = model.rankOrder.prefix(5).map { r -> (rank: String, name: String, value: String) in
            let result = model.results[r]
            let value = (table.rows[r].normalized(.dti) ?? result.total).map(words.published) ?? "–"
            return (result.rank.map(String.init) ?? "–", table.rows[r].name, value)
        }
        let context = words(.cardRankingContext, ["period": words.period(table.period), "count": String(table.rankedCount)])
        return RankingCardFace(title: words.groupName(table), context: context, leaders: leaders, classes: model.classCounts.filter { $0.count > 0 })
    }

    static func homeFace(_ model: SiteModel, words: Catalogue) -> HomeCardFace {
        let ranked = model.units.filter { !$0.appearances.isEmpty }.count
        var facts = words(.cardHomeFacts, ["units": String(ranked), "tables": String(model.tables.count)])
        let periods = model.periodsNewestFirst
        if let newest = periods.first, let oldest = periods.last {
            let span = newest == oldest ? words.period(newest) : words.period(oldest) + " – " + words.periodInSentence(newest)
            facts = words(.cardHomeFactsPeriods, ["units": String(ranked), "tables": String(model.tables.count), "periods": span])
        }
        return HomeCardFace(publisher: model.content.site.publisher, description: model.content.site.description, facts: facts)
    }

    /// The image of every page that has its own card but builds its meta
    /// elsewhere (home and rankings), by page path, with alt text in the
    /// edition's words; units carry theirs.
    static func pageImages(_ model: SiteModel, words: Catalogue, edition: String = "") -> [String: SocialImage] {
        var home = homeImage(model, words: words)
        home.path = edition + home.path
        var images: [String: SocialImage] = [edition + Routes.home: home]
        for i in model.tables.indices {
            let table = model.tables[i].table
            let page = Routes.ranking(table)
            let face = rankingFace(model, tableIndex: i, words: words)
            let period = words.periodInSentence(table.period), count = String(table.rankedCount)
            let alt: String
            if let first = face.leaders.first {
                alt = words(.cardRankingAltLeader, ["table": face.title, "period": period, "count": count, "leader": first.name, "value": first.value])
            } else {
                alt = words(.cardRankingAlt, ["table": face.title, "period": period, "count": count])
            }
            images[edition + page] = SocialImage(path: edition + path(forPage: page), alt: alt)
        }
        return images
    }

    static func homeImage(_ model: SiteModel, words: Catalogue) -> SocialImage {
        SocialImage(path: path(forPage: Routes.home),
                    alt: words(.cardHomeAlt, ["site": model.content.site.title, "facts": homeFace(model, words: words).facts]))
    }

    /// The unit's card, described in the summary's own words.
    static func unitImage(_ summary: UnitSummary, slug: String, edition: String = "") -> SocialImage {
        SocialImage(path: edition + path(forPage: Routes.unit(slug)), alt: summary.words(.cardUnitAlt, ["sentence": summary.sentence]))
    }
}
