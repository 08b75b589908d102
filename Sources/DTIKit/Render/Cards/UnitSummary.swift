/// A unit's latest result in words and numbers, worked out once and shown
/// alike by its social card, badge, embed page, printed card and page
/// description: the headline with its maximum, the rank of N, the class,
/// the change since the previous comparable period, and the main indices.
///
/// The change follows the unit page's rules: between periods of different
/// length the latest period of the same length is used (nothing if there is
/// none), and across a methodology break only the rank moves: no point
/// difference is given, and the break is named.
///
/// A summary speaks its edition's language: it keeps the catalogue it was
/// made with (`words`), so its texts (numbers with the edition's decimal
/// separator, `Hạng 13/19` or `Rank 13 of 19`) and the sentences made from
/// it later (alt text, page title, description) are all in one language.
struct UnitSummary: Sendable {
    /// How a change reads: better, worse, the same, or nothing to compare.
    enum Tone: Sendable { case up, down, same, neutral }

    /// One bar: a main index (or pillar) against its maximum.
    struct Bar: Sendable {
        /// The short label (`ATTT`), for the card.
        var label: String
        /// The full name (`An toàn thông tin`), for pages.
        var name: String
        /// `40` (the score as published), `0,7235` for a pillar.
        var value: String
        /// `40`, `1`.
        var max: String
        /// value / max, clamped to 0…1.
        var share: Double
        /// The group mean as a share of the maximum, when known.
        var meanShare: Double?
        /// The group mean itself (`31,2`), when known.
        var mean: String?
    }

    /// A pillar's 0–1 value and its rank.
    struct PillarValue: Sendable {
        var title: String
        /// The title inside a sentence (`chính quyền số`, `digital government`).
        var inSentence: String
        var value: String
        var rank: String?
    }

    /// The edition's words, for the sentences made from the summary.
    let words: Catalogue
    var name: String
    var parent: String?
    var period: Period
    var groupName: String
    /// `Tổng điểm` or `Chỉ số DTI`.
    var headlineLabel: String
    /// Whether the headline is the published DTI (0–1) rather than points.
    let isDTI: Bool
    /// `206,45` or `0,6342`.
    var headlineValue: String
    /// `/ 245 điểm`, or for DTI the points behind it (`634,24 / 1000 điểm`), or empty.
    var headlineDetail: String
    var rankText: String
    /// The same in a sentence: `hạng 13/19`, `đồng hạng 2/19`.
    var rankInSentence: String
    var classLabel: String?
    /// `▲ 3 bậc, +12,5 điểm so với năm 2021`, or nil when there is nothing before.
    var change: String?
    var changeTone: Tone
    /// The same in plain words for a sentence: `tăng 3 bậc và 12,5 điểm so với năm 2021`.
    var changeWords: String?
    /// Whether `changeWords` says a move (up, down or the same) rather than a first appearance.
    var changeWordsMove: Bool
    var rank: Int?
    var rankedCount: Int
    var tied: Bool
    /// The maximum of the points headline (`245`), when it is points.
    var headlineMax: String?
    var bars: [Bar]
    var pillars: [PillarValue]
    /// The ranking's source and the framework's legal basis, as published.
    var source: String?
    var legalBasis: String?
    var published: String?

    /// Nil for a unit no table ranks.
    init?(context: RenderContext, unit: UnitModel) {
        guard let latest = unit.appearances.last else { return nil }
        self.init(context: context, unit: unit, latest: latest)
    }

    /// The summary of `latest`, the unit's latest appearance. Without
    /// `bars` the index bars are left empty: the unit page's title and
    /// description do not need them, and with share cards off that is all
    /// a summary is made for.
    init(context: RenderContext, unit: UnitModel, latest: Appearance, bars withBars: Bool = true) {
        let model = context.model, words = context.words
        let table = model.tables[latest.table]
        let row = table.table.rows[latest.row]
        let result = table.results[latest.row]
        self.words = words
        name = unit.name
        parent = unit.parent
        period = table.table.period
        groupName = words.groupName(table.table)
        isDTI = row.normalized(.dti) != nil
        if let dti = row.normalized(.dti) {
            headlineLabel = words[.measureDTI]
            headlineValue = words.published(dti)
            if table.table.hasScores, let total = result.total, let max = table.totalMax {
                headlineDetail = words(.cardHeadlinePointsOf, ["total": words.published(total), "max": words.trimmed(max)])
            } else {
                headlineDetail = words[.cardHeadlineScale]
            }
        } else if table.table.hasScores, let total = result.total {
            headlineMax = table.totalMax.map { words.trimmed($0) }
            headlineLabel = words[.cardHeadlineTotal]
            headlineValue = words.published(total)
            headlineDetail = table.totalMax.map { words(.cardHeadlineMaxPoints, ["max": words.trimmed($0)]) } ?? words[.cardHeadlinePoints]
        } else {
            headlineLabel = words[.cardHeadlineResult]
            headlineValue = "–"
            headlineDetail = ""
        }
        rankText = words.rank(result.rank, of: table.table.rankedCount, tied: result.tied)
        rankInSentence = words.rank(result.rank, of: table.table.rankedCount, tied: result.tied, inSentence: true)
        classLabel = result.classLabel
        rank = result.rank
        rankedCount = table.table.rankedCount
        tied = result.tied
        (change, changeTone, changeWords, changeWordsMove) = Self.change(context: context, unit: unit, latest: latest)
        bars = withBars ? Self.bars(context: context, table: table, row: latest.row) : []
        pillars = [Pillar.cqs, .kts, .xhs].compactMap { pillar in
            let measure = NormalizedMeasure(pillar)
            guard table.table.normalizedMeasures.contains(measure) || table.measures.contains(measure),
                  let value = table.normalized(measure, row: latest.row) else { return nil }
            let rank = table.normalizedRank(measure, row: latest.row).map { "\($0)/\(table.table.rankedCount)" }
            let inSentence = words[pillar == .cqs ? .cardPillarCQSInSentence : pillar == .kts ? .cardPillarKTSInSentence : .cardPillarXHSInSentence]
            return PillarValue(title: words.pillar(pillar), inSentence: inSentence,
                               value: row.normalized(measure).map(words.published) ?? words.number(value, decimals: 4), rank: rank)
        }
        source = table.table.source
        legalBasis = table.framework?.legalBasis
        published = table.table.published
    }

    /// The change since the previous comparable period, in words, its
    /// tone, the same in a sentence, and whether that sentence says a move.
    static func change(context: RenderContext, unit: UnitModel, latest: Appearance) -> (String?, Tone, String?, Bool) {
        let model = context.model, words = context.words
        guard var change = model.change(of: unit, at: latest) else {
            return unit.appearances.count == 1 ? (words[.cardChangeFirst], .neutral, words[.cardChangeFirstInSentence], false) : (nil, .neutral, nil, false)
        }
        if change.spansDiffer {
            guard let comparable = model.comparableChange(of: unit, at: latest), !comparable.spansDiffer else { return (nil, .neutral, nil, false) }
            change = comparable
        }
        var parts: [String] = [], moves: [String] = []
        var tone = Tone.neutral
        if let places = change.rank {
            let count: KeyValuePairs<String, String> = ["places": String(abs(places))]
            parts.append(places > 0 ? words(.rankUp, count) : places < 0 ? words(.rankDown, count) : words[.cardChangeSame])
            moves.append(places > 0 ? words(.cardChangeUpWords, count) : places < 0 ? words(.cardChangeDownWords, count) : words[.cardChangeSameWords])
            tone = places > 0 ? .up : places < 0 ? .down : .same
        }
        // Across a methodology break points are not subtracted: the rank alone moves.
        if change.methodologyBreak == nil, let delta = change.score {
            let decimals = change.scoreIsNormalized ? 4 : 2
            parts.append(words(change.scoreIsNormalized ? .changeDTI : .changePoints, ["change": words.signed(delta, decimals: decimals)]))
            let size = words.trimmed(abs(delta), decimals: decimals)
            if size != "0" {
                let move: Word = change.scoreIsNormalized ? (delta > 0 ? .cardChangeUpDTI : .cardChangeDownDTI)
                                                          : (delta > 0 ? .cardChangeUpPoints : .cardChangeDownPoints)
                moves.append(words(move, ["size": size]))
            }
            if change.rank == nil { tone = delta > 0.00001 ? .up : delta < -0.00001 ? .down : .same }
        }
        guard !parts.isEmpty else { return (nil, .neutral, nil, false) }
        let before = words.periodInSentence(model.tables[change.previous.table].table.period)
        let broken = change.methodologyBreak != nil
        let text = words(broken ? .cardChangeSinceBreak : .cardChangeSince, ["change": parts.joined(separator: ", "), "period": before])
        let sentence = words(broken ? .cardChangeWordsSinceBreak : .cardChangeWordsSince, ["change": moves.joined(separator: ", "), "period": before])
        return (text, tone, sentence, !moves.isEmpty)
    }

    /// The main indices against their maxima; for a table without index
    /// scores, the three pillars on their 0–1 scale.
    static func bars(context: RenderContext, table: TableModel, row: Int) -> [Bar] {
        let words = context.words
        let scores = table.table.rows[row].scores
        var bars: [Bar] = []
        for p in table.table.indexCodes.indices {
            guard let score = scores[p], let max = table.indexMaxima[p], max > 0 else { continue }
            bars.append(Bar(label: table.indexLabels[p], name: table.indexNames[p], value: words.published(score), max: words.trimmed(max),
                            share: Swift.max(0, Swift.min(1, score.value / max)), meanShare: context.meanShare(table, p),
                            mean: table.indexStatistics[p].map { words.trimmed($0.mean) }))
        }
        if !bars.isEmpty { return bars }
        for pillar in [Pillar.cqs, .kts, .xhs] {
            let measure = NormalizedMeasure(pillar)
            guard let value = table.normalized(measure, row: row) else { continue }
            let mean = table.normalizedStatistics[measure.position]?.mean
            bars.append(Bar(label: words.pillar(pillar), name: words.pillar(pillar), value: words.number(value, decimals: 4), max: "1",
                            share: Swift.max(0, Swift.min(1, value)), meanShare: mean, mean: mean.map { words.number($0, decimals: 4) }))
        }
        return bars
    }

    /// `Năm 2022 · Sở, ban, ngành tỉnh`, with the parent unit first when there is one.
    var context: String {
        (parent.map { $0 + " · " } ?? "") + words.period(period) + " · " + groupName
    }

    /// The badge's left part: `DTI 2022`, `DTI 6 tháng đầu năm 2023`.
    var badgeSubject: String {
        if case .year = period.span { return words(.cardBadgeSubjectYear, ["year": String(period.year)]) }
        return words(.cardBadgeSubject, ["period": words.period(period)])
    }

    /// The badge's right part: `Hạng 13/19 · Tốt`.
    var badgeStatus: String { rankText + (className.map { " · " + $0 } ?? "") }

    /// The class as the edition names it (`Tốt`, `Good`), if any.
    var className: String? { classLabel.map(words.className) }

    /// One plain sentence for alt text: `Sở Tư pháp, năm 2022: 206,45 / 245
    /// điểm, hạng 13/19, xếp loại Tốt`.
    var sentence: String {
        var parts: [String] = []
        if headlineValue != "–" { parts.append(isDTI ? words(.cardSentenceDTI, ["value": headlineValue]) : headlineValue + " " + headlineDetail) }
        parts.append(rankInSentence)
        if let className { parts.append(words(.cardClassInSentence, ["class": className])) }
        return words(.cardSentence, ["unit": name, "period": words.periodInSentence(period), "result": parts.joined(separator: ", ")])
    }

    /// The page title: the name, shortened by whole words if need be, then
    /// what must stay: `Sở Tư pháp: hạng 13/19, Tốt (DTI năm 2022)`, ≤ 70 characters.
    func pageTitle(shownName: String) -> String {
        let result = rankText + (className.map { ", " + $0 } ?? "")
        return PageTitle.fitted(shownName, keeping: words(.cardPageTitleKept, ["result": result, "period": words.periodInSentence(period)]))
    }

    /// The page description in plain words: the result (with its rank and
    /// class), the change, the pillar ranks, and what the page holds; each
    /// clause one phrase of the catalogue.
    func pageDescription(shownName: String, periods: Int) -> String {
        let opening: KeyValuePairs<String, String> = ["period": words.period(period), "unit": shownName, "value": headlineValue, "max": headlineMax ?? ""]
        var clauses: [String]
        if isDTI {
            clauses = [words(.cardDescriptionDTI, opening)]
        } else if headlineValue != "–" {
            clauses = [words(headlineMax == nil ? .cardDescriptionPointsNoMax : .cardDescriptionPoints, opening)]
        } else {
            clauses = [words(.cardDescriptionListed, opening)]
        }
        if let rank {
            clauses.append(words(tied ? .cardDescriptionRankTied : .cardDescriptionRank,
                                 ["rank": String(rank), "count": String(rankedCount), "group": groupName]))
        }
        if let className { clauses.append(words(.cardClassInSentence, ["class": className])) }
        var text = clauses.joined(separator: ", ") + "."
        if let changeWords, changeWordsMove {
            text += " " + changeWords.prefix(1).uppercased() + changeWords.dropFirst() + "."
        }
        let ranked = pillars.compactMap { pillar in
            pillar.rank.map { words(.cardDescriptionPillarRank, ["pillar": pillar.inSentence, "rank": String($0.prefix { $0 != "/" })]) }
        }
        if !ranked.isEmpty { text += " " + words(.cardDescriptionPillars, ["ranks": ranked.joined(separator: ", ")]) }
        text += " " + (periods > 1 ? words(.cardDescriptionPagePeriods, ["periods": String(periods)]) : words[.cardDescriptionPage])
        return text
    }
}
