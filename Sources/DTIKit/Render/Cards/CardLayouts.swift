/// The layouts of the 1200×630 social cards, as sketches (see CardSketch).
///
/// Every card has the portal's brand band at the top and its mark and name
/// in the header, then a big title (the unit, the ranking, or the portal)
/// that wraps to two lines and then shortens with "…" by whole words, a
/// line of context in words, and a body:
///
/// - unit: the headline number with its maximum, "Hạng x/N" with the class
///   as a labelled badge, the change since the previous comparable period
///   (▲/▼ and words, coloured), and a small bar chart of the main indices
///   against their maxima with the group mean marked;
/// - ranking: the leading units with their numbers, and the class mix as
///   labelled bars with counts;
/// - home: the portal's description and what it holds.
///
/// Text never relies on colour alone: every coloured thing carries words.
/// The words are the edition's (`words`): an English card is drawn with
/// English words and numbers, and its sketch carries its language.
struct CardLayout {
    static let width = 1200, height = 630
    static let margin = 64.0

    let style: CardStyle
    let words: Catalogue
    private(set) var sketch: CardSketch
    /// Where the body starts: 318 under a two-line title, 66 higher under one.
    var top = 318.0

    /// A blank card; `words` defaults to dti's Vietnamese, like any
    /// fragment drawn outside an edition.
    init(style: CardStyle, words: Catalogue) {
        self.style = style
        self.words = words
        sketch = CardSketch(width: Self.width, height: Self.height, background: .white, language: words.language.code)
    }

    var W: Double { Double(Self.width) }
    var M: Double { Self.margin }

    // MARK: - Cards

    /// A unit's card.
    static func unit(_ summary: UnitSummary, siteTitle: String, style: CardStyle) -> CardSketch {
        var card = CardLayout(style: style, words: summary.words)
        card.header(siteTitle)
        let last = card.title(summary.name)
        card.line(summary.context, size: 28, x: card.M, baseline: last + 50, maxWidth: card.W - 2 * card.M, color: style.muted)
        // The body sits under the title: higher when the name takes one line.
        card.top = last - 224 + 318

        // Left: the headline, the rank and class, the change.
        let left = card.M, leftWidth = 600 - card.M, top = card.top
        card.line(summary.headlineLabel, size: 24, x: left, baseline: top + 32, maxWidth: leftWidth, color: style.muted)
        let valueEnd = card.line(summary.headlineValue, bold: true, size: 84, x: left, baseline: top + 114, maxWidth: leftWidth, color: style.brand)
        if !summary.headlineDetail.isEmpty {
            card.line(summary.headlineDetail, size: 28, x: valueEnd + 14, baseline: top + 114, maxWidth: 600 - valueEnd - 14, color: style.muted)
        }
        let rankEnd = card.line(summary.rankText, bold: true, size: 38, x: left, baseline: top + 182, maxWidth: leftWidth, color: style.text)
        if let label = summary.classLabel { card.classBadge(label, x: rankEnd + 18, baseline: top + 182) }
        if let change = summary.change {
            let color: RGBAColor
            switch summary.changeTone {
            case .up: color = style.up
            case .down: color = style.down
            case .same, .neutral: color = style.muted
            }
            card.paragraph(change, size: 24, x: left, firstBaseline: top + 232, step: 32, maxWidth: leftWidth, maxLines: 2, color: color)
        }

        // Right: the main indices against their maxima.
        card.bars(summary.bars, heading: card.words[summary.bars.first?.max == "1" && summary.isDTI ? .cardBarsPillars : .cardBarsIndices])
        return card.sketch
    }

    /// A ranking's card: its leaders and its class mix.
    static func ranking(_ face: RankingCardFace, siteTitle: String, style: CardStyle, words: Catalogue) -> CardSketch {
        var card = CardLayout(style: style, words: words)
        card.header(siteTitle)
        let last = card.title(face.title)
        card.line(face.context, size: 28, x: card.M, baseline: last + 50, maxWidth: card.W - 2 * card.M, color: style.muted)
        card.top = last - 224 + 318
        let top = card.top
        let listRight = face.classes.isEmpty ? card.W - card.M : 700
        card.line(words[.cardLeaders], size: 24, x: card.M, baseline: top + 32, maxWidth: 300, color: style.muted)
        for (i, leader) in face.leaders.prefix(5).enumerated() {
            let baseline = top + 78 + Double(i) * 46
            let rankWidth = card.measure(leader.rank, bold: true, size: 26)
            card.line(leader.rank, bold: true, size: 26, x: card.M + 40 - rankWidth, baseline: baseline, maxWidth: 60, color: style.text)
            let valueWidth = card.measure(leader.value, bold: true, size: 26)
            card.line(leader.value, bold: true, size: 26, x: listRight - valueWidth, baseline: baseline, maxWidth: 200, color: style.brand)
            card.line(leader.name, size: 26, x: card.M + 56, baseline: baseline, maxWidth: listRight - valueWidth - 24 - card.M - 56, color: style.text)
        }
        guard !face.classes.isEmpty else { return card.sketch }
        card.line(words[.cardClasses], size: 24, x: 760, baseline: top + 32, maxWidth: 300, color: style.muted)
        let most = Double(face.classes.map(\.count).max() ?? 1)
        for (i, entry) in face.classes.prefix(6).enumerated() {
            let top = top + 50 + Double(i) * 40
            card.line(words.className(entry.label), size: 22, x: 760, baseline: top + 26, maxWidth: 140, color: style.text)
            let colors = style.classColors(entry.label)
            let length = entry.count > 0 ? Swift.max(4, 170 * Double(entry.count) / Swift.max(most, 1)) : 0
            card.sketch.rect(x: 910, y: top + 8, width: 170, height: 22, color: style.surface)
            if length > 0 { card.sketch.rect(x: 910, y: top + 8, width: length.rounded(), height: 22, color: colors.fill) }
            let count = String(entry.count)
            card.line(count, bold: true, size: 22, x: card.W - card.M - card.measure(count, bold: true, size: 22), baseline: top + 26, maxWidth: 60, color: style.text)
        }
        return card.sketch
    }

    /// The home page's card: the portal, its description and what it holds.
    static func home(_ face: HomeCardFace, siteTitle: String, style: CardStyle, words: Catalogue) -> CardSketch {
        var card = CardLayout(style: style, words: words)
        card.sketch.rect(x: 0, y: 0, width: card.W, height: 12, color: style.brand)
        card.mark(x: card.M, y: 64, side: 72)
        if let publisher = face.publisher {
            card.paragraph(publisher, size: 26, x: card.M + 96, firstBaseline: 94, step: 32, maxWidth: card.W - 2 * card.M - 96,
                           maxLines: 2, color: style.muted)
        }
        let titleLines = card.paragraph(siteTitle, bold: true, size: 58, x: card.M, firstBaseline: 240, step: 70,
                                        maxWidth: card.W - 2 * card.M, maxLines: 2, color: style.text)
        if let description = face.description {
            card.paragraph(description, size: 28, x: card.M, firstBaseline: 240 + Double(titleLines) * 70 - 8, step: 40,
                           maxWidth: card.W - 2 * card.M, maxLines: titleLines > 1 ? 2 : 3, color: style.muted)
        }
        card.sketch.rect(x: card.M, y: 532, width: card.W - 2 * card.M, height: 2, color: style.rule)
        card.line(face.facts, bold: true, size: 30, x: card.M, baseline: 582, maxWidth: card.W - 2 * card.M, color: style.brand)
        return card.sketch
    }

    // MARK: - Parts

    /// The brand band, the mark and the portal's name.
    mutating func header(_ siteTitle: String) {
        sketch.rect(x: 0, y: 0, width: W, height: 12, color: style.brand)
        mark(x: M, y: 40, side: 44)
        line(siteTitle, size: 26, x: M + 60, baseline: 71, maxWidth: W - 2 * M - 60, color: style.muted)
    }

    /// dti's mark in the brand colour: a rounded square with three rising
    /// bars (the shape of the built-in favicon.svg).
    mutating func mark(x: Double, y: Double, side: Double) {
        sketch.roundedRect(x: x, y: y, width: side, height: side, radius: side * 8 / 36, color: style.brand)
        let unit = side / 36
        for (column, top) in [(8.0, 18.0), (15.0, 13.0), (22.0, 9.0)] {
            sketch.rect(x: x + column * unit, y: y + top * unit, width: 4 * unit, height: (25 - top) * unit, color: .white)
        }
    }

    /// The big title, at most two lines; returns the last line's baseline.
    mutating func title(_ text: String) -> Double {
        let count = paragraph(text, bold: true, size: 56, x: M, firstBaseline: 158, step: 66, maxWidth: W - 2 * M, maxLines: 2, color: style.text)
        return 158 + Double(max(count, 1) - 1) * 66
    }

    /// The class as a badge: its name in the edition's words on the
    /// colour of the label as published.
    mutating func classBadge(_ label: String, x: Double, baseline: Double) {
        let colors = style.classColors(label)
        let name = words.className(label)
        let textWidth = min(measure(name, bold: true, size: 26), 300)
        sketch.roundedRect(x: x, y: baseline - 36, width: textWidth + 32, height: 46, radius: 8, color: colors.fill)
        line(name, bold: true, size: 26, x: x + 16, baseline: baseline - 4, maxWidth: 300, color: colors.text)
    }

    /// Index bars in the right column: label, bar against the maximum with
    /// the group mean marked, and `value/max`.
    mutating func bars(_ bars: [UnitSummary.Bar], heading: String) {
        guard !bars.isEmpty else { return }
        let left = 648.0, right = W - M
        line(heading, size: 22, x: left, baseline: top + 32, maxWidth: right - left, color: style.muted)
        let shown = bars.prefix(9)
        // Rows share the space down to 30 px above the bottom edge.
        let rowHeight = min(46, (Double(Self.height) - 30 - top - 50) / Double(shown.count))
        let barX = 848.0, barWidth = 170.0
        for (i, bar) in shown.enumerated() {
            let middle = top + 50 + (Double(i) + 0.5) * rowHeight
            line(bar.label, size: 20, x: left, baseline: middle + 7, maxWidth: barX - left - 12, color: style.text)
            sketch.rect(x: barX, y: (middle - 7).rounded(), width: barWidth, height: 14, color: style.surface)
            let length = (barWidth * bar.share).rounded()
            if length > 0 { sketch.rect(x: barX, y: (middle - 7).rounded(), width: length, height: 14, color: style.brand) }
            if let mean = bar.meanShare {
                sketch.rect(x: (barX + barWidth * min(max(mean, 0), 1) - 1).rounded(), y: (middle - 11).rounded(), width: 2, height: 22,
                            color: style.meanMarker)
            }
            let value = bar.value + "/" + bar.max
            let valueWidth = measure(value, bold: false, size: 20)
            line(value, size: 20, x: right - valueWidth, baseline: middle + 7, maxWidth: right - barX - barWidth, color: style.text)
        }
    }

    // MARK: - Text

    func measure(_ text: String, bold: Bool, size: Double) -> Double {
        (bold ? style.fonts.bold : style.fonts.regular).measure(CardSketch.drawable(text), size: size)
    }

    /// One line, shortened with "…" to fit; returns where it ends.
    @discardableResult
    mutating func line(_ text: String, bold: Bool = false, size: Double, x: Double, baseline: Double, maxWidth: Double,
                       color: RGBAColor) -> Double {
        guard maxWidth > 0 else { return x }
        let font = bold ? style.fonts.bold : style.fonts.regular
        guard let fitted = TextLayout.lines(CardSketch.drawable(text), font: font, size: size, maxWidth: maxWidth, maxLines: 1).first else { return x }
        sketch.text(fitted, bold: bold, size: size, x: x, baseline: baseline, color: color)
        return x + font.measure(fitted, size: size)
    }

    /// Text wrapped to at most `maxLines` lines; returns how many it took.
    @discardableResult
    mutating func paragraph(_ text: String, bold: Bool = false, size: Double, x: Double, firstBaseline: Double, step: Double,
                            maxWidth: Double, maxLines: Int, color: RGBAColor) -> Int {
        let font = bold ? style.fonts.bold : style.fonts.regular
        let lines = TextLayout.lines(CardSketch.drawable(text), font: font, size: size, maxWidth: maxWidth, maxLines: maxLines)
        for (i, line) in lines.enumerated() {
            sketch.text(line, bold: bold, size: size, x: x, baseline: firstBaseline + Double(i) * step, color: color)
        }
        return lines.count
    }
}

/// What a ranking's card shows.
struct RankingCardFace: Sendable {
    var title: String
    var context: String
    /// The first units in rank order: `1`, name, `233,06` (`233.06`).
    var leaders: [(rank: String, name: String, value: String)]
    /// The class labels as published (their colour) and how many units have each.
    var classes: [(label: String, count: Int)]
}

/// What the home page's card shows.
struct HomeCardFace: Sendable {
    var publisher: String?
    var description: String?
    /// `34 đơn vị · 7 bảng xếp hạng · năm 2020 – năm 2022`.
    var facts: String
}
