/// Horizontal bars, for anything with long Vietnamese labels.
///
/// Each row is its label (never rotated, never cut: it wraps onto a second
/// line where the narrowest phone needs it), the value with its maximum
/// ("72,73 / 100", "187,390 / 245 · Khá"; in English "72.73 / 100",
/// "187.390 / 245 · Fair") at the right, and the bar across
/// the full width under them. Axes start at 0. In `.ownMaximum` mode each bar
/// is scaled to its own maximum; in `.sharedMaximum` all bars share one scale
/// (totals of a ranking, coloured by class, which is also written as text).
/// The chart is fluid (see `Chart`): text is 14 px at every width.
struct BarChart {
    struct Row {
        var label: String
        var value: Double
        /// The value as people should read it (published precision, the
        /// edition's decimal separator: made by the page, see `ChartAdapters`).
        var display: String
        var max: Double
        var classLabel: String?
        /// Group mean and best, drawn as a grey dashed and a black solid tick.
        var mean: Double?
        var best: Double?
    }

    enum Scale { case ownMaximum, sharedMaximum(Double) }

    var id: String
    var title: String
    var description: String
    var summary: String?
    var rows: [Row]
    var scale: Scale
    /// Column headings for the label and the value in the table (`Đơn vị`,
    /// `Tổng điểm`); nil for the catalogue's words for an index and its score.
    var labelHeading: String? = nil
    var valueHeading: String? = nil
    /// When false, the caller shows the same numbers in an adjacent table.
    var includeTable = true
    /// When true the value is followed by its maximum (`/ 245`); false where
    /// the value is not a score (points a framework gives an index).
    var showsMaximum = true

    private var compact: Bool { rows.count > 24 }
    private var barHeight: Double { compact ? 10 : 14 }
    private var rowGap: Double { compact ? 8 : 14 }

    /// Where one row's parts go, in px from the top of the chart.
    struct RowLayout {
        /// The label's lines when it wraps; empty when it is one line as it is.
        var lines: [String]
        /// The value as written (`valueText`).
        var value: String
        /// True when the value does not fit after the last label line on a phone.
        var valueOnOwnLine: Bool
        var top: Double
        var barTop: Double
    }

    /// The value as written at the end of the row, in the edition's
    /// language; `sharedMax` is the shared maximum's text, made once for the chart.
    func valueText(_ row: Row, sharedMax: String? = nil, words: Catalogue) -> String {
        var text = String()
        text.reserveCapacity(40)
        text += row.display
        if showsMaximum { text += " / "; text += sharedMax ?? words.trimmed(scaleMax(row)) }
        if let cls = row.classLabel { text += " · "; text += words.className(ClassLabel.canonical(cls)) }
        return text
    }

    /// The rows laid out top to bottom, and the height they take (the
    /// values written as `words` writes numbers and classes).
    func layout(words: Catalogue) -> (rows: [RowLayout], height: Double) {
        var result: [RowLayout] = []
        result.reserveCapacity(rows.count)
        var top = 0.0
        var sharedMax: String?
        if case .sharedMaximum(let max) = scale { sharedMax = words.trimmed(max) }
        for row in rows {
            // Most labels fit one line: no wrapping work for them.
            let labelLength = Chart.length(row.label)
            let lines = labelLength <= Chart.phoneCharacters ? [] : Chart.wrap(row.label, width: Chart.phoneCharacters, maxLines: 3)
            let value = valueText(row, sharedMax: sharedMax, words: words)
            let lastLength = lines.last.map(Chart.length) ?? labelLength
            let onOwnLine = lastLength + 2 + Chart.length(value) > Chart.phoneCharacters
            let textLines = Double(Swift.max(lines.count, 1) + (onOwnLine ? 1 : 0))
            let barTop = top + textLines * Chart.lineHeight + 4
            result.append(RowLayout(lines: lines, value: value, valueOnOwnLine: onOwnLine, top: top, barTop: barTop))
            top = barTop + barHeight + rowGap
        }
        return (result, top)
    }

    func render(into html: inout HTML) {
        let (layout, rowsHeight) = self.layout(words: html.words)
        let height = rowsHeight + (hasMarkers ? 24 : 0)
        Chart.figure(id: id, title: title, description: description, summary: summary, size: .fluid(height: height), into: &html, body: { html in
            // Shapes of one kind share one path (tracks, bars of one class,
            // markers), drawn in the stretched plot: a row costs its texts
            // and a few bytes of path.
            Chart.plot(height: height, into: &html) { html in
                var tracks = ByteBuffer(capacity: rows.count * 24)
                // Bars by colour: one path per class level, in order of first use.
                var bars = [ByteBuffer?](repeating: nil, count: Self.barClasses.count)
                var barOrder: [Int] = []
                var means = ByteBuffer(capacity: 64), bests = ByteBuffer(capacity: 64)
                for (row, place) in zip(rows, layout) {
                    let max = scaleMax(row)
                    let share = max > 0 ? Swift.max(0, Swift.min(row.value / max, 1)) : 0
                    Self.rectangle(x: 0, y: place.barTop, width: Chart.plotWidth, height: barHeight, into: &tracks)
                    let slot = row.classLabel.map { ClassLabel.level($0) ?? Self.otherClass } ?? Self.noClass
                    if bars[slot] == nil { bars[slot] = ByteBuffer(capacity: rows.count * 24); barOrder.append(slot) }
                    Self.rectangle(x: 0, y: place.barTop, width: share * Chart.plotWidth, height: barHeight, into: &bars[slot]!)
                    if max > 0, let mean = row.mean { Self.tick(x: Swift.min(mean / max, 1) * Chart.plotWidth, top: place.barTop - 3, height: barHeight + 6, into: &means) }
                    if max > 0, let best = row.best { Self.tick(x: Swift.min(best / max, 1) * Chart.plotWidth, top: place.barTop - 3, height: barHeight + 6, into: &bests) }
                }
                html.void(.path, .class("track"), Attribute("d", escaping: tracks), selfClosing: true)
                for slot in barOrder { html.void(.path, .class(Self.barClasses[slot]), Attribute("d", escaping: bars[slot]!), selfClosing: true) }
                if means.count > 0 { html.void(.path, .class("mark-mean"), Attribute("d", escaping: means), selfClosing: true) }
                if bests.count > 0 { html.void(.path, .class("mark-best"), Attribute("d", escaping: bests), selfClosing: true) }
            }
            for (row, place) in zip(rows, layout) {
                var y = place.top + 14
                if place.lines.isEmpty { Chart.text(row.label, x: 0, y: y, into: &html) }
                for (n, line) in place.lines.enumerated() {
                    if n > 0 { y += Chart.lineHeight }
                    Chart.text(line, x: 0, y: y, into: &html)
                }
                if place.valueOnOwnLine { y += Chart.lineHeight }
                Chart.text(place.value, share: 1, y: y, anchor: "end", css: "value", into: &html)
            }
            if hasMarkers { legend(y: rowsHeight + 14, into: &html) }
        }, table: includeTable ? { html in table(into: &html) } : nil)
    }

    /// The marks the chart uses, named: grey dashed for the mean, black for the best.
    private func legend(y: Double, into html: inout HTML) {
        var x = 0.0
        for (present, css, name) in [(rows.contains { $0.mean != nil }, "mark-mean", html.words[.chartLegendGroupMean]),
                                     (rows.contains { $0.best != nil }, "mark-best", html.words[.chartLegendGroupBest])] where present {
            html.void(.line, .class(css), Attribute("x1", number: x + 4), Attribute("x2", number: x + 4),
                      Attribute("y1", number: y - 12), Attribute("y2", number: y + 3), selfClosing: true)
            Chart.text(name, x: x + 12, y: y, into: &html)
            x += 150
        }
    }

    /// The fill class of a bar by class level (`ClassLabel.level`), then for
    /// a label outside the five levels, then for no class at all: the names
    /// `Chart.classFill` gives, looked up by number once per row.
    private static let barClasses = ([0, 1, 2, 3, 4, nil] as [Int?]).map { "fill-" + Components.classCSS(level: $0) } + ["fill-bar"]
    private static let otherClass = 5, noClass = 6

    private var hasMarkers: Bool { rows.contains { $0.mean != nil || $0.best != nil } }

    private func scaleMax(_ row: Row) -> Double {
        switch scale {
        case .ownMaximum: return row.max
        case .sharedMaximum(let max): return max
        }
    }

    /// `M x y h w v h h −w z`: a rectangle as path data.
    static func rectangle(x: Double, y: Double, width: Double, height: Double, into d: inout ByteBuffer) {
        guard width > 0 else { return }
        d.appendPath(pieces: 10) { p in
            p.command("M"); p.coordinate(x); p.command(" "); p.coordinate(y)
            p.command("h"); p.coordinate(width); p.command("v"); p.coordinate(height); p.command("h"); p.coordinate(-width)
            p.command("z")
        }
    }

    /// `M x y v h`: a vertical tick (the mean is drawn grey and dashed, the best solid black).
    static func tick(x: Double, top: Double, height: Double, into d: inout ByteBuffer) {
        d.appendPath(pieces: 6) { p in p.command("M"); p.coordinate(x); p.command(" "); p.coordinate(top); p.command("v"); p.coordinate(height) }
    }

    private func table(into html: inout HTML) {
        html.element(.table) { html in
            html.element(.caption, text: title)
            let words = html.words
            let means = rows.contains { $0.mean != nil }, bests = rows.contains { $0.best != nil }, classes = rows.contains { $0.classLabel != nil }
            var headings = [labelHeading ?? words[.chartHeadingIndex], valueHeading ?? words[.chartHeadingScore],
                            words[.chartHeadingMax], words[.chartHeadingShare]]
            if means { headings.append(words[.chartHeadingGroupMean]) }
            if bests { headings.append(words[.chartHeadingGroupBest]) }
            if classes { headings.append(words[.chartHeadingClass]) }
            Chart.head(headings, into: &html)
            html.element(.tbody) { html in
                for row in rows {
                    html.element(.tr) { html in
                        html.element(.th, .scope("row"), text: row.label)
                        html.element(.td, .class("num"), text: row.display)
                        html.element(.td, .class("num"), text: words.trimmed(scaleMax(row)))
                        html.element(.td, .class("num"), text: words.percent(row.value, of: scaleMax(row)))
                        if means { html.element(.td, .class("num"), text: row.mean.map { words.trimmed($0) } ?? "–") }
                        if bests { html.element(.td, .class("num"), text: row.best.map { words.trimmed($0) } ?? "–") }
                        if classes { html.element(.td, text: row.classLabel.map { words.className(ClassLabel.canonical($0)) } ?? "") }
                    }
                }
            }
        }
    }
}
