/// A unit's latest result in words and numbers, worked out once and shown
/// alike by its social card, badge, embed page, printed card and page
/// description: the headline with its maximum, the rank of N, the class,
/// the change since the previous comparable period, and the main indices.
///
/// The change follows the unit page's rules: between periods of different
/// length the latest period of the same length is used (nothing if there is
/// none), and across a methodology break only the rank moves: no point
/// difference is given, and the break is named.
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
        /// The title inside a sentence (`chính quyền số`).
        var inSentence: String
        var value: String
        var rank: String?
    }

    var name: String
    var parent: String?
    var period: Period
    var groupName: String
    /// `Tổng điểm` or `Chỉ số DTI`.
    var headlineLabel: String
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
        let model = context.model
        let table = model.tables[latest.table]
        let row = table.table.rows[latest.row]
        let result = table.results[latest.row]
        name = unit.name
        parent = unit.parent
        period = table.table.period
        groupName = Components.groupName(table.table)
        if let dti = row.normalized(.dti) {
            headlineLabel = "Chỉ số DTI"
            headlineValue = dti.display
            if table.table.hasScores, let total = result.total, let max = table.totalMax {
                headlineDetail = total.display + " / " + NumberFormat.displayTrimmed(max) + " điểm"
            } else {
                headlineDetail = "trên thang 0–1"
            }
        } else if table.table.hasScores, let total = result.total {
            headlineMax = table.totalMax.map { NumberFormat.displayTrimmed($0) }
            headlineLabel = "Tổng điểm"
            headlineValue = total.display
            headlineDetail = table.totalMax.map { "/ " + NumberFormat.displayTrimmed($0) + " điểm" } ?? "điểm"
        } else {
            headlineLabel = "Kết quả"
            headlineValue = "–"
            headlineDetail = ""
        }
        rankText = Components.rankText(result.rank, of: table.table.rankedCount, tied: result.tied)
        rankInSentence = Components.rankText(result.rank, of: table.table.rankedCount, tied: result.tied, lowercase: true)
        classLabel = result.classLabel
        rank = result.rank
        rankedCount = table.table.rankedCount
        tied = result.tied
        (change, changeTone, changeWords) = Self.change(context: context, unit: unit, latest: latest)
        bars = withBars ? Self.bars(context: context, table: table, row: latest.row) : []
        pillars = [Pillar.cqs, .kts, .xhs].compactMap { pillar in
            let measure = NormalizedMeasure(pillar)
            guard table.table.normalizedMeasures.contains(measure) || table.measures.contains(measure),
                  let value = table.normalized(measure, row: latest.row) else { return nil }
            let rank = table.normalizedRank(measure, row: latest.row).map { "\($0)/\(table.table.rankedCount)" }
            let inSentence = pillar == .cqs ? "chính quyền số" : pillar == .kts ? "kinh tế số" : "xã hội số"
            return PillarValue(title: pillar.title, inSentence: inSentence, value: row.normalized(measure)?.display ?? NumberFormat.display(value, decimals: 4), rank: rank)
        }
        source = table.table.source
        legalBasis = table.framework?.legalBasis
        published = table.table.published
    }

    /// The change since the previous comparable period, in words, and its tone.
    static func change(context: RenderContext, unit: UnitModel, latest: Appearance) -> (String?, Tone, String?) {
        let model = context.model
        guard var change = model.change(of: unit, at: latest) else {
            return unit.appearances.count == 1 ? ("Lần đầu có trong bảng xếp hạng", .neutral, "lần đầu có trong bảng xếp hạng") : (nil, .neutral, nil)
        }
        if change.spansDiffer {
            guard let comparable = model.comparableChange(of: unit, at: latest), !comparable.spansDiffer else { return (nil, .neutral, nil) }
            change = comparable
        }
        var parts: [String] = [], words: [String] = []
        var tone = Tone.neutral
        if let places = change.rank {
            parts.append(places > 0 ? "▲ \(places) bậc" : places < 0 ? "▼ \(-places) bậc" : "Giữ nguyên hạng")
            words.append(places > 0 ? "tăng \(places) bậc" : places < 0 ? "giảm \(-places) bậc" : "giữ nguyên hạng")
            tone = places > 0 ? .up : places < 0 ? .down : .same
        }
        // Across a methodology break points are not subtracted: the rank alone moves.
        if change.methodologyBreak == nil, let delta = change.score {
            let decimals = change.scoreIsNormalized ? 4 : 2
            let unitName = change.scoreIsNormalized ? " DTI" : " điểm"
            parts.append(NumberFormat.signedDisplay(delta, decimals: decimals) + unitName)
            let size = NumberFormat.displayTrimmed(abs(delta), decimals: decimals)
            if size != "0" { words.append((delta > 0 ? "tăng " : "giảm ") + size + unitName) }
            if change.rank == nil { tone = delta > 0.00001 ? .up : delta < -0.00001 ? .down : .same }
        }
        guard !parts.isEmpty else { return (nil, .neutral, nil) }
        let before = " so với " + model.tables[change.previous.table].table.period.nameInSentence
        var text = parts.joined(separator: ", ") + before
        var sentence = words.joined(separator: ", ") + before
        if change.methodologyBreak != nil {
            text += " (bộ chỉ số thay đổi)"
            sentence += " (bộ chỉ số đã thay đổi nên không so sánh điểm)"
        }
        return (text, tone, sentence)
    }

    /// The main indices against their maxima; for a table without index
    /// scores, the three pillars on their 0–1 scale.
    static func bars(context: RenderContext, table: TableModel, row: Int) -> [Bar] {
        let scores = table.table.rows[row].scores
        var bars: [Bar] = []
        for p in table.table.indexCodes.indices {
            guard let score = scores[p], let max = table.indexMaxima[p], max > 0 else { continue }
            bars.append(Bar(label: table.indexLabels[p], name: table.indexNames[p], value: score.display, max: NumberFormat.displayTrimmed(max),
                            share: Swift.max(0, Swift.min(1, score.value / max)), meanShare: context.meanShare(table, p),
                            mean: table.indexStatistics[p].map { NumberFormat.displayTrimmed($0.mean) }))
        }
        if !bars.isEmpty { return bars }
        for pillar in [Pillar.cqs, .kts, .xhs] {
            let measure = NormalizedMeasure(pillar)
            guard let value = table.normalized(measure, row: row) else { continue }
            let mean = table.normalizedStatistics[measure.position]?.mean
            bars.append(Bar(label: pillar.title, name: pillar.title, value: NumberFormat.display(value, decimals: 4), max: "1",
                            share: Swift.max(0, Swift.min(1, value)), meanShare: mean, mean: mean.map { NumberFormat.display($0, decimals: 4) }))
        }
        return bars
    }

    /// `Năm 2022 · Sở, ban, ngành tỉnh`, with the parent unit first when there is one.
    var context: String {
        (parent.map { $0 + " · " } ?? "") + period.name + " · " + groupName
    }

    /// The badge's left part: `DTI 2022`, `DTI 6 tháng đầu năm 2023`.
    var badgeSubject: String {
        if case .year = period.span { return "DTI \(period.year)" }
        return "DTI " + period.name
    }

    /// The badge's right part: `Hạng 13/19 · Tốt`.
    var badgeStatus: String { rankText + (classLabel.map { " · " + $0 } ?? "") }

    /// One plain sentence for alt text: `Sở Tư pháp, năm 2022: 206,45 / 245
    /// điểm, hạng 13/19, xếp loại Tốt`.
    var sentence: String {
        var parts: [String] = []
        if headlineValue != "–" { parts.append(isDTI ? "DTI " + headlineValue : headlineValue + " " + headlineDetail) }
        parts.append(rankInSentence)
        if let classLabel { parts.append("xếp loại " + classLabel) }
        return name + ", " + period.nameInSentence + ": " + parts.joined(separator: ", ")
    }

    /// The page title: the name, shortened by whole words if need be, then
    /// what must stay: `Sở Tư pháp: hạng 13/19, Tốt (DTI năm 2022)`, ≤ 70 characters.
    func pageTitle(shownName: String) -> String {
        let result = rankText + (classLabel.map { ", " + $0 } ?? "")
        return PageTitle.fitted(shownName, keeping: ": " + result + " (DTI " + period.nameInSentence + ")")
    }

    /// The page description in plain words: the result, the change, the
    /// pillar ranks, and what the page holds.
    func pageDescription(shownName: String, periods: Int) -> String {
        var text = period.name + ", " + shownName
        if isDTI {
            text += " đạt chỉ số chuyển đổi số (DTI) " + headlineValue
        } else if headlineValue != "–" {
            text += " đạt " + headlineValue + (headlineMax.map { " trên " + $0 } ?? "") + " điểm chuyển đổi số"
        } else {
            text += " có trong bảng xếp hạng chuyển đổi số"
        }
        if let rank {
            text += ", đứng thứ \(rank)" + (tied ? " (đồng hạng)" : "") + " trong \(rankedCount) đơn vị (" + groupName + ")"
        }
        if let classLabel { text += ", xếp loại " + classLabel }
        text += "."
        if let changeWords, changeWords.hasPrefix("tăng") || changeWords.hasPrefix("giảm") || changeWords.hasPrefix("giữ") {
            text += " " + changeWords.prefix(1).uppercased() + changeWords.dropFirst() + "."
        }
        let ranked = pillars.compactMap { pillar in pillar.rank.map { pillar.inSentence + " thứ " + $0.prefix { $0 != "/" } } }
        if !ranked.isEmpty { text += " Theo trụ cột: " + ranked.joined(separator: ", ") + "." }
        text += periods > 1 ? " Trang có điểm từng chỉ số và kết quả \(periods) kỳ đánh giá." : " Trang có điểm từng chỉ số."
        return text
    }

    /// Whether the headline is the published DTI (0–1) rather than points.
    var isDTI: Bool { headlineLabel == "Chỉ số DTI" }
}
