/// Every URL of the portal, in one place. URL words are Vietnamese without
/// diacritics. Paths are relative to the site root; a page path ends in `/`
/// and is written as `<path>index.html`.
public enum Routes {
    public static let home = ""
    public static let rankings = "xep-hang/"
    public static let units = "don-vi/"
    public static let pillars = "tru-cot/"
    public static let methodology = "phuong-phap/"
    public static let openData = "du-lieu/"
    /// Side-by-side comparison of 2–4 units (built in the browser from their open data).
    public static let compare = "so-sanh/"
    /// The site search index (`SearchIndex`), fetched by `search.js` on first use.
    public static let searchIndex = "tim-kiem/chi-muc.json"

    public static func ranking(_ table: RankingTable) -> String { ranking(period: table.period.label, group: table.group) }
    public static func ranking(period: String, group: String) -> String { "xep-hang/\(period)/\(group)/" }
    public static func unit(_ slug: String) -> String { "don-vi/\(slug)/" }
    public static func pillar(_ pillar: Pillar) -> String { "tru-cot/\(pillar.slug)/" }
    public static func pillarRanking(_ pillar: Pillar, _ table: RankingTable) -> String {
        "tru-cot/\(pillar.slug)/\(table.period.label)/\(table.group)/"
    }
    public static func framework(_ id: String) -> String { "phuong-phap/\(id)/" }
    public static func page(_ name: String) -> String { "\(name)/" }

    // Open data files.
    public static func rankingCSV(_ table: RankingTable) -> String { "du-lieu/xep-hang/\(table.period.label)/\(table.group).csv" }
    public static func rankingJSON(_ table: RankingTable) -> String { "du-lieu/xep-hang/\(table.period.label)/\(table.group).json" }
    public static func rankingWorkbook(_ table: RankingTable) -> String { "du-lieu/xep-hang/\(table.period.label)/\(table.group).xlsx" }
    public static func unitJSON(_ slug: String) -> String { "du-lieu/don-vi/\(slug).json" }
    public static let checksums = "du-lieu/SHA256SUMS"
    public static let dataIndexJSON = "du-lieu/index.json"

    /// First path words that content pages may not use: every first
    /// segment the site generates (its sections, `assets/`, `404.html`,
    /// `sitemap.xml`, `feed.xml`, `robots.txt`, `index.html`), and those kept
    /// for features to come (`en/` for English, `so-sanh/` to compare,
    /// `tim-kiem/` to search, `nhung/` for embeds).
    public static let reserved: Set<String> = ["xep-hang", "don-vi", "tru-cot", "phuong-phap", "du-lieu", "assets",
                                               "404", "sitemap", "feed", "robots", "index",
                                               "en", "so-sanh", "tim-kiem", "nhung"]
}

/// Where a page sits, so that it can link anywhere with relative URLs that
/// work at the site root and under a sub-path (`https://…/dti/`).
///
/// A page belongs to an edition (`""` for the first language, `"en/"` for
/// English); its links to other pages stay in that edition, while links to
/// what all editions share (assets, open data files, the sitemap) go to the
/// site's root: see `isShared(_:)`.
public struct PageLocation: Sendable {
    /// The page's own path from the site root (`en/don-vi/so-tu-phap/`).
    public let path: String
    /// The edition's folder: `""` or `"en/"`.
    public let edition: String
    /// `../` repeated to reach the site root; empty at the root.
    public let toRoot: String
    /// `../` repeated to reach the edition's root.
    public let toEdition: String
    /// For pages served at any URL (404.html): link with the absolute base path instead.
    public let absoluteBase: String?

    /// How many folders below the site root the page is.
    public let depth: Int

    /// A page at `route` (`don-vi/so-tu-phap/`) in the edition `edition`.
    public init(route: String, edition: String = "", absoluteBase: String? = nil) {
        path = edition + route
        self.edition = edition
        self.absoluteBase = absoluteBase
        depth = path.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) }
        toRoot = String(repeating: "../", count: depth)
        toEdition = String(repeating: "../", count: depth - edition.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "/") ? 1 : 0) })
    }

    /// A page at a path from the site root, in the first edition.
    public init(path: String, absoluteBase: String? = nil) { self.init(route: path, absoluteBase: absoluteBase) }

    /// Files every edition shares: assets, open data files (not the open
    /// data page), the sitemap and robots.txt.
    public static func isShared(_ route: String) -> Bool {
        route.hasPrefix("assets/") || (route.hasPrefix(Routes.openData) && !route.hasSuffix("/"))
            || route == "sitemap.xml" || route == "robots.txt"
    }

    /// A link to `target` (a route) from this page: in the page's edition,
    /// unless every edition shares it.
    public func link(_ target: String) -> String {
        let shared = Self.isShared(target)
        if let absoluteBase { return absoluteBase + (shared ? "" : edition) + target }
        let relative = (shared ? toRoot : toEdition) + target
        return relative.isEmpty ? "./" : relative
    }

    /// A link to a fragment on another page (`#` + id appended).
    public func link(_ target: String, fragment: String) -> String { link(target) + "#" + fragment }

    /// A link to this page's twin in another edition (`""` or `"en/"`).
    public func twin(in other: String) -> String {
        let route = String(path.dropFirst(edition.count))
        if let absoluteBase { return absoluteBase + other + route }
        let relative = toRoot + other + route
        return relative.isEmpty ? "./" : relative
    }
}
