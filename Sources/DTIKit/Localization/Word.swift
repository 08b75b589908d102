/// Every word of the interface, as a key into the catalogues
/// (`i18n/vi.conf`, `i18n/en.conf`): page code asks for `words[.navHome]`.
///
/// The raw value is the key as written in the catalogue files. A new word
/// is added here and to every built-in catalogue (a test checks both ways).
public enum Word: String, CaseIterable, Sendable {
    // Page shell
    case skipLink = "shell.skip_link"
    case navLabel = "nav.label"
    case navHome = "nav.home"
    case navRankings = "nav.rankings"
    case navUnits = "nav.units"
    case navPillars = "nav.pillars"
    case navMethodology = "nav.methodology"
    case navData = "nav.data"
    case languageSwitch = "shell.language_switch"
    case footerContact = "footer.contact"
    case footerPublished = "footer.published_as_is"
    case footerOpenData = "footer.open_data"
    case footerMethodology = "footer.methodology"
    case footerFeed = "footer.feed"
    case footerSitemap = "footer.sitemap"
    case feedTitle = "feed.title"

    // Periods
    case periodYear = "period.year"
    case periodYearInSentence = "period.year_in_sentence"
    case periodFirstMonths = "period.first_months"
    case periodFirstMonthsInSentence = "period.first_months_in_sentence"
    case periodFirstHalf = "period.first_half"
    case periodFirstHalfInSentence = "period.first_half_in_sentence"
    case periodQuarter = "period.quarter"
    case periodQuarterInSentence = "period.quarter_in_sentence"

    // Measures, pillars, groups of indices, classes, groups of units
    case measureDTI = "measure.dti"
    case pillarCQS = "pillar.cqs"
    case pillarKTS = "pillar.kts"
    case pillarXHS = "pillar.xhs"
    case indexGroupFoundation = "index_group.foundation"
    case indexGroupActivity = "index_group.activity"
    case classExcellent = "class.excellent"
    case classGood = "class.good"
    case classFair = "class.fair"
    case classAverage = "class.average"
    case classWeak = "class.weak"
    case groupDepartments = "group.so_ban_nganh"
    case groupVerticalAgencies = "group.nganh_doc"
    case groupDistricts = "group.ubnd_huyen"
    case groupCommunes = "group.ubnd_xa"
    case groupProvinces = "group.tinh_thanh_pho"
    case groupMinistries = "group.bo_nganh"

    // Time axis
    case methodologyBreak = "change.methodology_break"
    case spansDiffer = "change.spans_differ"

    // Shared pieces: ranks, changes, sources, notes
    case rankNone = "rank.none"
    case rankNoneInSentence = "rank.none_in_sentence"
    case rankOf = "rank.of"
    case rankOfInSentence = "rank.of_in_sentence"
    case rankTiedOf = "rank.tied_of"
    case rankTiedOfInSentence = "rank.tied_of_in_sentence"
    case rankAlone = "rank.alone"
    case rankAloneInSentence = "rank.alone_in_sentence"
    case rankTiedAlone = "rank.tied_alone"
    case rankTiedAloneInSentence = "rank.tied_alone_in_sentence"
    case rankUp = "change.rank_up"
    case rankDown = "change.rank_down"
    case rankSame = "change.rank_same"
    case changePoints = "change.points"
    case changeDTI = "change.dti"
    case changeClass = "change.class"
    case notPublished = "common.not_published"
    case breadcrumbsLabel = "common.breadcrumbs"
    case sourceLabel = "source.label"
    case sourceNone = "source.none"
    case sourcePublished = "source.published"
    case sourceFramework = "source.framework"
    case notesHeading = "notes.heading"
    case notesIntro = "notes.intro"
    case notesRow = "notes.row"
    case unitNotesHeading = "unit_notes.heading"
    case unitNotesIntro = "unit_notes.intro"
    case unitNotesRow = "unit_notes.row"

    // == Theme scripts (js.*) ==

    // == Rankings, home, index, pillar and compare pages ==

    // == Unit pages ==

    // == Charts and share cards ==

    // == Methodology, open data, workbooks, feed, search index ==

    /// The position of the word in `allCases`, for array lookups.
    public var index: Int { Self.indices[self]! }
    private static let indices: [Word: Int] = Dictionary(uniqueKeysWithValues: allCases.enumerated().map { ($1, $0) })
}
