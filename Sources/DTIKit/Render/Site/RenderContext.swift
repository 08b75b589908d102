/// Everything pages need, computed once before rendering starts, so that no
/// page does a search over units or tables (pages render in parallel and
/// there can be thousands of them). A class, because every closure of every
/// page captures it: a reference is one retain, a struct of this size was a
/// tenth of the build in copies.
final class RenderContext: Sendable {
    let model: SiteModel
    let theme: Theme
    let shell: PageShell
    /// For each table, each row's position in rank order.
    let rankPosition: [[Int]]
    /// Tables in the order the site lists them: newest period first, then group.
    let tablesNewestFirst: [Int]
    /// Frameworks by id.
    let frameworks: [String: Framework]
    /// Assessments by unit slug, oldest period first.
    let assessments: [String: [Assessment]]
    /// The tables of each (period, group) pillar view: table index by pillar.
    let pillarTables: [Pillar: [Int]]
    /// For each table, the same group's complete table of the latest earlier
    /// period, if any: found once here, since a search per ranking page grew
    /// with the square of the number of tables.
    let previousTable: [Int?]
    /// Colours and fonts of the images dti draws (cards, badges, icons).
    let cardStyle: CardStyle
    /// The interface words of this edition's language.
    let words: Catalogue
    /// The edition being rendered (its language and folder).
    let edition: Edition

    var site: SiteConfig { model.content.site }

    /// The context of one edition: `model` is the content as that edition
    /// shows it (see `Content.translated(to:)`); `words` its language's catalogue.
    init(model: SiteModel, theme: Theme, words: Catalogue? = nil, edition: Edition? = nil, editions: [Edition]? = nil) {
        self.model = model
        self.theme = theme
        let words = words ?? BuiltInCatalogues.load([.vietnamese]).catalogues[0]
        let edition = edition ?? Edition(language: words.language, isFirst: true)
        self.words = words
        self.edition = edition
        let pages = model.content.pages.map { ($0.title, Routes.page($0.name)) }
        // A theme font that cannot be opened stops the build before rendering
        // (SiteBuilder checks `CardFonts.load`); here it falls back to the built-in faces.
        let fonts = (try? CardFonts.load(from: theme).get()) ?? CardFonts.builtIn
        cardStyle = CardStyle(theme: theme, fonts: fonts)
        let images = model.content.site.shareCards ? SocialCards.pageImages(model, words: words, edition: edition.prefix) : [:]
        shell = PageShell(theme: theme, site: model.content.site, words: words, edition: edition, editions: editions ?? [edition],
                          extraNav: pages, images: images)
        rankPosition = model.tables.map { table in
            var positions = [Int](repeating: 0, count: table.table.rows.count)
            for (position, row) in table.rankOrder.enumerated() { positions[row] = position }
            return positions
        }
        tablesNewestFirst = model.tables.indices.sorted { a, b in
            let x = model.tables[a].table, y = model.tables[b].table
            return x.period != y.period ? x.period > y.period : x.group < y.group
        }
        frameworks = Dictionary(model.content.frameworks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var byUnit: [String: [Assessment]] = [:]
        for assessment in model.content.assessments { byUnit[assessment.unitSlug, default: []].append(assessment) }
        assessments = byUnit.mapValues { $0.sorted { $0.period < $1.period } }
        var pillarTables: [Pillar: [Int]] = [:]
        for index in tablesNewestFirst {
            for pillar in model.tables[index].measures.compactMap(\.pillar) { pillarTables[pillar, default: []].append(index) }
        }
        self.pillarTables = pillarTables
        previousTable = Self.previousTables(model, newestFirst: tablesNewestFirst)
    }

    /// Where the page at `route` sits in this edition (`en/` + route for English).
    func location(_ route: String) -> PageLocation { PageLocation(route: route, edition: edition.prefix) }

    /// Walks the tables oldest period first, remembering per group the latest
    /// complete table of an earlier period than the one being looked at.
    private static func previousTables(_ model: SiteModel, newestFirst: [Int]) -> [Int?] {
        var result = [Int?](repeating: nil, count: model.tables.count)
        var latestComplete: [String: (period: Period, index: Int)] = [:]   // by group, of periods already passed
        var pending: [(group: String, index: Int)] = []                     // complete tables of the current period
        var currentPeriod: Period?
        for index in newestFirst.reversed() {
            let table = model.tables[index].table
            if table.period != currentPeriod {
                for entry in pending { latestComplete[entry.group] = (currentPeriod!, entry.index) }
                pending = []
                currentPeriod = table.period
            }
            if let earlier = latestComplete[table.group], earlier.period < table.period { result[index] = earlier.index }
            if !table.isPartial { pending.append((table.group, index)) }
        }
        return result
    }

    /// The group mean of an index as a share of its maximum (0–1), if known.
    func meanShare(_ table: TableModel, _ position: Int) -> Double? {
        guard let stats = table.indexStatistics[position], let max = table.indexMaxima[position], max > 0 else { return nil }
        return stats.mean / max
    }

    /// The headline of an appearance for people: `206,45 / 245 điểm` or `DTI 0,6342`
    /// (`206.45 / 245 points` in English), in this edition's words.
    func headline(_ appearance: Appearance) -> String {
        var html = HTML(capacity: 32, words: words)
        headline(appearance, into: &html)
        return html.buffer.string
    }

    /// Writes the headline of an appearance as text, in the words of the
    /// page being written (ranking neighbours and history rows write tens
    /// of thousands of them: the DTI form is written without a string).
    func headline(_ appearance: Appearance, into html: inout HTML) {
        let table = model.tables[appearance.table]
        if let dti = table.table.rows[appearance.row].normalized(.dti) {
            html.raw("DTI ")
            html.published(dti)
        } else if table.table.hasScores, let total = table.results[appearance.row].total {
            let score = html.words.published(total)
            if let max = table.totalMax {
                html.text(.unitHeadlinePoints, ["score": score, "max": html.words.trimmed(max)])
            } else {
                html.text(.unitHeadlinePointsAlone, ["score": score])
            }
        } else {
            html.raw("–")
        }
    }
}
