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
    /// A job of another edition than the first (`en/`), by its position in the editions.
    indirect case inEdition(Int, OutputJob)

    /// An HTML page: every job but the data files and the listings that are not pages.
    var isPage: Bool {
        switch self {
        case .listing(_, let page): return page
        case .inEdition(_, let job): return job.isPage
        case .unitBadge, .socialCard: return false
        default: return !isData
        }
    }

    /// A page that repeats another and is not listed in the sitemap (`noindex`).
    var isUnlisted: Bool {
        switch self {
        case .unitEmbed, .unitPrint, .notFound: return true
        case .inEdition(_, let job): return job.isUnlisted
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

