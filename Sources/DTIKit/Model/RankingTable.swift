/// The published normalized values of national tables: DTI and the three pillars, each 0–1.
public enum NormalizedMeasure: String, Sendable, Hashable, CaseIterable {
    case dti = "DTI", cqs = "CQS", kts = "KTS", xhs = "XHS"

    /// The pillar this measure is, or nil for DTI.
    public var pillar: Pillar? { Pillar(rawValue: rawValue) }

    public init(_ pillar: Pillar) { self = NormalizedMeasure(rawValue: pillar.rawValue)! }

    /// Position in `allCases`, used to index fixed-size arrays.
    public var position: Int {
        switch self { case .dti: return 0; case .cqs: return 1; case .kts: return 2; case .xhs: return 3 }
    }

    public var title: String { pillar?.title ?? "Chỉ số DTI" }

    /// The name in open data files: `dti`, `cqs`, `kts`, `xhs`.
    public var dataKey: String {
        switch self { case .dti: return "dti"; case .cqs: return "cqs"; case .kts: return "kts"; case .xhs: return "xhs" }
    }

    /// The name of its rank in open data files: `dti_rank`, …
    public var dataRankKey: String {
        switch self { case .dti: return "dti_rank"; case .cqs: return "cqs_rank"; case .kts: return "kts_rank"; case .xhs: return "xhs_rank" }
    }
}

/// A rank as published, with the cell it came from.
public struct PublishedRank: Sendable, Hashable {
    public var value: Int
    public var line: Int
    public var column: Int
}

/// One row of a published ranking table: one unit's result.
/// A class, not a struct: a row is read by many pages (its unit's page, its
/// table's pages, its peers' pages) and a struct copy retained and released
/// seven strings and arrays each time. Its fields are constants, set once by
/// the loader, which is what makes sharing it between threads safe.
public final class RankingRow: @unchecked Sendable {
    /// The CSV line of the row.
    public let line: Int
    /// The unit's name exactly as this table publishes it (NFC).
    public let name: String
    public let nameColumn: Int
    /// The parent unit as the table publishes it (its `Huyện`, `Tỉnh` or
    /// `Đơn vị cấp trên` column), which qualifies the name: the same commune
    /// name in two districts is two units. Nil when the table has no such column.
    public let parent: String?
    /// The unit's slug, its identity across tables and periods. Set once, by
    /// `UnitIdentityResolver`, after every table is read and before the row
    /// is shared between threads; empty until then.
    public internal(set) var unitSlug: String
    /// Scores aligned with `RankingTable.indexCodes`; nil = not published.
    public let scores: [PublishedNumber?]
    public let total: PublishedNumber?
    /// The class as published (`TB`), and where.
    public let classText: String?
    public let classColumn: Int
    public let rank: PublishedRank?
    /// Published per-index ranks aligned with `RankingTable.indexCodes`.
    public let indexRanks: [PublishedRank?]
    /// Published normalized values, indexed by `NormalizedMeasure.position`.
    public let normalized: [PublishedNumber?]
    public let normalizedRanks: [PublishedRank?]

    public init(line: Int, name: String, nameColumn: Int, parent: String? = nil, unitSlug: String = "", scores: [PublishedNumber?], total: PublishedNumber?, classText: String?, classColumn: Int, rank: PublishedRank?, indexRanks: [PublishedRank?], normalized: [PublishedNumber?], normalizedRanks: [PublishedRank?]) {
        self.line = line
        self.name = name
        self.nameColumn = nameColumn
        self.parent = parent
        self.unitSlug = unitSlug
        self.scores = scores
        self.total = total
        self.classText = classText
        self.classColumn = classColumn
        self.rank = rank
        self.indexRanks = indexRanks
        self.normalized = normalized
        self.normalizedRanks = normalizedRanks
    }

    public func normalized(_ measure: NormalizedMeasure) -> PublishedNumber? { normalized[measure.position] }
    public func normalizedRank(_ measure: NormalizedMeasure) -> PublishedRank? { normalizedRanks[measure.position] }

    /// The published class in its standard spelling (`TB` → `Trung bình`).
    public var classLabel: String? { classText.map(ClassLabel.canonical) }
}

/// A ranking table as published: `rankings/<period>/<group>.csv` and its `.conf`.
/// A class for the same reason as `RankingRow`: pages keep looking at their
/// table; its fields are constants, set once by the loader.
public final class RankingTable: @unchecked Sendable {
    public let period: Period
    public let group: String
    public let file: String
    public let confFile: String
    /// The framework the scores are measured against; optional only for
    /// tables that publish normalized values alone.
    public let frameworkID: String?
    public let title: String
    public let groupName: String?
    /// The group's name for people: `group_name` from the .conf, else the
    /// standard name of a standard group (`so-ban-nganh` → `Sở, ban, ngành`),
    /// else the group as written. Worked out once: pages ask for it per row.
    public let shownGroupName: String
    public let source: String?
    public let sourceURL: String?
    public let published: String?
    public let note: String?
    /// The methodology the table was scored under, when its framework is not
    /// in Content/ (`methodology = QĐ 1726/QĐ-BTTTT`): tells two periods
    /// apart as a methodology break.
    public let methodology: String?
    /// `title_en`, `group_name_en`, `source_en`, `note_en`.
    public let translations: Translations
    /// How many units were ranked in all, when the table lists only some.
    public let of: Int?
    /// The main indices that have a column, in framework order.
    public let indexCodes: [IndexCode]
    public let hasTotal: Bool
    public let hasClass: Bool
    public let hasRank: Bool
    /// The normalized measures that have a column.
    public let normalizedMeasures: [NormalizedMeasure]
    public let rows: [RankingRow]
    /// True when the table has a parent column (`Huyện`, `Tỉnh`, …) filled on some row.
    public let hasParent: Bool
    /// The worksheet read when `file` is a workbook: row and column numbers
    /// of the rows and numbers are that sheet's (`SourceLocation.sheet`).
    public let sourceSheet: String?
    /// The line (or worksheet row) of the header, its last when it spans two:
    /// the row at `line` is row `line - headerLine` of the table.
    public let headerLine: Int

    public init(period: Period, group: String, file: String, confFile: String, frameworkID: String?, title: String, groupName: String?, source: String?, sourceURL: String?, published: String?, note: String?, methodology: String? = nil, translations: Translations = Translations(), of: Int?, indexCodes: [IndexCode], hasTotal: Bool, hasClass: Bool, hasRank: Bool, normalizedMeasures: [NormalizedMeasure], rows: [RankingRow],
                sourceSheet: String? = nil, headerLine: Int = 1) {
        self.period = period
        self.group = group
        self.file = file
        self.confFile = confFile
        self.frameworkID = frameworkID
        self.title = title
        self.groupName = groupName
        self.shownGroupName = groupName ?? Self.standardGroupNames[group] ?? group
        self.source = source
        self.sourceURL = sourceURL
        self.published = published
        self.note = note
        self.methodology = methodology
        self.translations = translations
        self.of = of
        self.indexCodes = indexCodes
        self.hasTotal = hasTotal
        self.hasClass = hasClass
        self.hasRank = hasRank
        self.normalizedMeasures = normalizedMeasures
        self.rows = rows
        hasParent = rows.contains { $0.parent != nil }
        self.sourceSheet = sourceSheet
        self.headerLine = headerLine
    }

    /// `2022/so-ban-nganh`.
    public var id: String { period.label + "/" + group }

    /// True when `of` says more units were ranked than the table lists.
    public var isPartial: Bool { (of ?? rows.count) > rows.count }
    /// The number of units ranked: `of`, or the number of rows.
    public var rankedCount: Int { max(of ?? rows.count, rows.count) }
    /// True when the table gives index scores (not only normalized values).
    public var hasScores: Bool { !indexCodes.isEmpty }

    /// Names of the groups DTI reports use (see Content/README.md).
    static let standardGroupNames: [String: String] = [
        "so-ban-nganh": "Sở, ban, ngành", "nganh-doc": "Ngành dọc", "ubnd-huyen": "UBND cấp huyện",
        "ubnd-xa": "UBND cấp xã", "tinh-thanh-pho": "Tỉnh, thành phố", "bo-nganh": "Bộ, ngành",
    ]
}

/// One component's assessment for one unit: `assessments/<period>/<unit>.csv`.
public struct AssessmentItem: Sendable, Hashable {
    public var code: IndexCode
    public var assessment: String
    public var recommendation: String
    public var score: String?
    public var line: Int
}

/// The component-level assessment of one unit in one period.
public struct Assessment: Sendable {
    public var period: Period
    public var unitSlug: String
    public var file: String
    public var items: [AssessmentItem]
}

/// A row of `units.csv`: one unit's identity across years and tables.
public struct UnitRecord: Sendable, Hashable {
    public var slug: String
    /// True when the slug was written in the `slug` column (pinned), not derived from the name.
    public var slugIsPinned: Bool = false
    public var name: String
    /// The parent unit (`parent` column), for names that recur under different parents.
    public var parent: String? = nil
    public var group: String?
    public var aliases: [String]
    public var website: String?
    public var line: Int
    /// `name_en` column.
    public var translations = Translations()
}

/// `site.conf`: the portal's settings.
public struct SiteConfig: Sendable {
    public var title: String
    /// The public address, always ending in `/` (may contain a sub-path).
    public var baseURL: String
    public var publisher: String?
    public var contact: String?
    public var language: String
    public var description: String?
    /// The slug of the province whose national standing the home page shows.
    public var province: String?
    /// The licence of the open data (`license`; CC BY 4.0 when not given).
    public var license: DataLicense = .ccBy4
    /// Whether the site has its share cards (`share_cards`, on unless `no`):
    /// a 1200×630 social card image for every unit, ranking and the home
    /// page, and for every unit a badge, an embed card and an A4 card. They
    /// cost per unit (the images most), so a very large portal may turn
    /// them off; see SocialCards.
    public var shareCards: Bool = true
    /// What site.conf says (`share_cards = yes | no | auto`); `shareCards`
    /// is the outcome, settled once the units are known (see `SiteModel.build`).
    public var shareCardsChoice: ShareCardsChoice = .auto
    /// The languages of the portal (`languages = vi, en`), the first at the
    /// root, each other one an edition under `/<code>/`.
    public var languages: [Language] = [.vietnamese]
    /// `title_en`, `publisher_en`, `description_en`, `contact_en`.
    public var translations = Translations()

    public init(title: String, baseURL: String, publisher: String? = nil, contact: String? = nil,
                language: String = "vi", description: String? = nil, province: String? = nil) {
        self.title = title
        self.baseURL = baseURL
        self.publisher = publisher
        self.contact = contact
        self.language = language
        self.description = description
        self.province = province
    }

    /// The path part of `baseURL` (`/` or `/dti/`).
    public var basePath: String {
        guard let schemeEnd = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }
}

/// A free-text page: `pages/<name>.md`.
public struct ContentPage: Sendable {
    public var name: String
    public var title: String
    public var markdown: String
    public var file: String
    /// The page in other languages (`pages/<name>.en.md`), by language code.
    public var editions: [String: ContentPage] = [:]
}

/// Everything in `Content/`, loaded and sorted.
public struct Content: Sendable {
    public var root: String
    public var site: SiteConfig
    /// Frameworks by id, sorted by id.
    public var frameworks: [Framework]
    /// Rankings sorted by period (`Period` order), then group.
    public var rankings: [RankingTable]
    public var assessments: [Assessment]
    public var units: [UnitRecord]
    /// Every unit named by a table, in order of first appearance (see `UnitIdentityResolver`).
    public var unitIdentities: [UnitIdentity] = []
    /// Mergers, splits and dissolutions from `lineage.csv`.
    public var lineage: [LineageLink] = []
    public var pages: [ContentPage]

    public func framework(_ id: String?) -> Framework? {
        guard let id else { return nil }
        return frameworks.first { $0.id == id }
    }
}

/// `share_cards` in site.conf. `auto` (the default) draws the cards for a
/// portal of up to `SocialCards.automaticLimit` units with results: every
/// provincial and national DTI portal. Above that, the first build would
/// draw thousands of images (about 2 ms each, 33 kB each, cached after),
/// so they are drawn only when asked for with `yes`, and `dti build` says so.
public enum ShareCardsChoice: String, Sendable {
    case yes, no, auto
}
