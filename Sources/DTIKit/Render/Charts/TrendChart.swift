/// Lines across periods: DTI and the pillars (0–1), or a total against its
/// maximum. Series differ by marker shape and dash as well as colour; short
/// series names (`DTI`, `CQS`) are written at the right of the plot, level
/// with the line's last point (moved apart when values are close, with a
/// thin leader back to the point), and the legend under the plot names each
/// series with its latest value. A methodology break stops every line: a
/// dashed upright rule marks it, with its name on the chart and in the table.
/// Fluid (see `Chart`): the plot stretches, text stays 14 px.
struct TrendChart {
    struct Series {
        var name: String
        /// CSS class for the colour (`series-dti`, `series-cqs`, …).
        var css: String
        /// One value per period (nil = not published that period).
        var values: [Double?]
        /// Ranks to print beside the points, if known.
        var ranks: [Int?] = []
    }

    var id: String
    var title: String
    var description: String
    var summary: String?
    /// Axis labels, short, in the edition's words (`2022`, `6T 2023`; `6M 2023`).
    var periods: [String]
    /// The periods in words for the table (`6 tháng đầu năm 2023`).
    var periodNames: [String]
    var series: [Series]
    /// Top of the y axis (1 for normalized values).
    var maximum: Double
    /// Methodology breaks: index `i` means the periods before `i` and from `i`
    /// on were scored under different frameworks; the value says which, in
    /// the edition's words (`Catalogue.methodologyBreak`).
    var breaks: [Int: String] = [:]
    var decimals = 4

    /// Plot top and bottom in px.
    static let top: Double = 24, bottom: Double = 194
    /// The plot's left edge (room for the y labels) as a share of the width.
    static let left = 0.13
    /// Names at the line ends only when every name is this short.
    static let endLabelLength = 5

    private var endLabels: Bool { series.count > 1 && series.allSatisfy { Chart.length($0.name) <= Self.endLabelLength } }
    /// The plot's right edge: room for the end labels, or almost the full width.
    private var right: Double { endLabels ? 0.85 : 0.96 }

    /// Label positions moved apart (in order of height) to at least
    /// `gap` px, kept inside the plot.
    static func spread(_ labels: [(series: Int, x: Double, y: Double)], gap: Double = 14) -> [(series: Int, x: Double, y: Double)] {
        var sorted = labels.sorted { $0.y != $1.y ? $0.y < $1.y : $0.series < $1.series }
        for i in sorted.indices.dropFirst() where sorted[i].y < sorted[i - 1].y + gap {
            sorted[i].y = sorted[i - 1].y + gap
        }
        if let last = sorted.last, last.y > bottom + 5 {
            let shift = last.y - (bottom + 5)
            for i in sorted.indices { sorted[i].y -= shift }
        }
        return sorted
    }

    /// The periods named under the axis: every one when they are at least
    /// 44 px apart on the narrowest (288 px) chart; else every `step`-th and
    /// always the last, dropping the one before it when they would touch.
    static func labelledPeriods(_ count: Int, plotShare: Double) -> [Int] {
        guard count > 1 else { return Array(0..<count) }
        let spacing = 288 * plotShare / Double(count - 1)
        let step = Swift.max(1, Int((44 / spacing).rounded(.up)))
        var result = Array(stride(from: 0, to: count, by: step))
        if result.last != count - 1 {
            if let last = result.last, count - 1 - last < step { result.removeLast() }
            result.append(count - 1)
        }
        return result
    }

    /// The legend's lines: each series' text (name, latest value, its
    /// period when not the last, its rank), wrapped for the narrowest chart.
    private func legendLines(_ words: Catalogue) -> [[String]] {
        series.map { line in
            var text = line.name
            let last = line.values.indices.last { line.values[$0] != nil }
            if let last, let value = line.values[last] {
                let number = words.number(value, decimals: decimals)
                let rank = last < line.ranks.count ? line.ranks[last] : nil
                switch (last != periods.count - 1, rank) {
                case (false, nil): text = words(.chartTrendLegend, ["series": line.name, "value": number])
                case (true, nil): text = words(.chartTrendLegendAt, ["series": line.name, "value": number, "period": periods[last]])
                case (false, let rank?): text = words(.chartTrendLegendRank, ["series": line.name, "value": number, "rank": String(rank)])
                case (true, let rank?):
                    text = words(.chartTrendLegendAtRank, ["series": line.name, "value": number, "period": periods[last], "rank": String(rank)])
                }
            }
            return Chart.wrap(text, width: Chart.phoneCharacters - 5, maxLines: 2)
        }
    }

    /// What the charts of every unit ranked in the same periods share.
    struct Axes: Sendable {
        /// Everything the axes show: the labels (already in the edition's
        /// number and period forms) and the language, so that an edition
        /// never gets another's axes.
        struct Key: Hashable, Sendable {
            var language: String, gridLabels: [String], periods: [String], endLabels: Bool
        }
        /// The gridlines, in the plot's units.
        let grid: RawHTML
        /// The gridlines' labels and the period names under the axis.
        let labels: RawHTML
        /// Where each period's marks go, as a percentage of the width.
        let xText: [String]

        init(periods: [String], gridLabels: [String], shares: [Double], right: Double) {
            xText = shares.map(Chart.percent)
            var d = ByteBuffer(capacity: 64)
            var html = HTML(capacity: 512)
            for (n, fraction) in [0.0, 0.5, 1.0].enumerated() {
                let gy = TrendChart.bottom - (TrendChart.bottom - TrendChart.top) * fraction
                d.appendPath(pieces: 5) { p in p.command("M"); p.coordinate(0); p.command(" "); p.coordinate(gy); p.command("h1000") }
                Chart.text(gridLabels[n], share: TrendChart.left - 0.01, y: gy + 5, anchor: "end", css: "value", into: &html)
            }
            // Period names under the axis; with many periods only every few, so that they never touch on a phone.
            for i in TrendChart.labelledPeriods(periods.count, plotShare: right - TrendChart.left) {
                html.element(.text, Attribute("x", xText[i]), Attribute("y", number: TrendChart.bottom + 20), Attribute("text-anchor", "middle"), text: periods[i])
            }
            labels = RawHTML(trusted: html.buffer.bytes)
            var gridHTML = HTML(capacity: 128)
            gridHTML.void(.path, .class("grid"), Attribute("d", escaping: d), selfClosing: true)
            grid = RawHTML(trusted: gridHTML.buffer.bytes)
        }
    }

    private static let axes = FragmentCache<Axes.Key, Axes>()

    /// Marker shapes per series: circle, square, triangle, diamond.
    private static let shapes: [(name: String, path: StaticString)] = [
        ("m0", "M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0z"), ("m1", "M-4-4h8v8h-8z"),
        ("m2", "M0-5l5 9h-10z"), ("m3", "M0-5.5l5.5 5.5-5.5 5.5-5.5-5.5z"),
    ]

    func render(into html: inout HTML) {
        let words = html.words
        let legend = legendLines(words)
        let legendHeight = legend.reduce(0.0) { $0 + Double($1.count) * Chart.lineHeight + 4 }
        let height = Self.bottom + 34 + legendHeight
        let left = Self.left, right = self.right
        // x as a share of the chart's width, and in the plot's own units.
        let t = { (i: Int) in periods.count == 1 ? 0.5 : Double(i) / Double(periods.count - 1) }
        let share = { (i: Int) in left + (right - left) * t(i) }
        let y = { (v: Double) in Self.bottom - (Self.bottom - Self.top) * Swift.max(0, Swift.min(v / maximum, 1)) }
        // The axes (gridlines at 0, ½ and the maximum, their labels, the
        // period names, where the marks go) are the same for every unit
        // ranked in the same periods: made once.
        let gridLabels = [0.0, 0.5, 1.0].map { words.trimmed(maximum * $0, decimals: 2) }
        let key = Axes.Key(language: words.language.code, gridLabels: gridLabels, periods: periods, endLabels: endLabels)
        let axes = Self.axes.value(for: key) {
            Axes(periods: periods, gridLabels: gridLabels, shares: periods.indices.map(share), right: right)
        }
        let xText = axes.xText
        Chart.figure(id: id, title: title, description: description, summary: summary, size: .fluid(height: height),
                     into: &html, body: { html in
            Chart.defineMarks(id, Array(Self.shapes.prefix(Swift.min(series.count, 4))), into: &html)
            Chart.plot(from: left, to: right, height: height, into: &html) { html in
                html.raw(axes.grid)
                for (i, _) in breaks.sorted(by: { $0.key < $1.key }) {
                    let bx = (t(i - 1) + t(i)) / 2 * Chart.plotWidth
                    var d = ByteBuffer(capacity: 32)
                    d.appendPath(pieces: 6) { p in p.command("M"); p.coordinate(bx); p.command(" "); p.coordinate(Self.top - 4); p.command("V"); p.coordinate(Self.bottom) }
                    html.void(.path, .class("break-rule"), Attribute("d", escaping: d), selfClosing: true)
                }
                for (s, line) in series.enumerated() {
                    let indexed = line.values.enumerated().compactMap { i, v in v.map { (i: i, x: t(i) * Chart.plotWidth, y: y($0)) } }
                    var d = ByteBuffer(capacity: 64)
                    var drawn = 0
                    for (n, point) in indexed.enumerated() {
                        // A new segment after a break between this point and the one before.
                        let joins = n > 0 && !breaks.keys.contains { $0 > indexed[n - 1].i && $0 <= point.i }
                        if joins { drawn += 1 }
                        d.appendPath(pieces: 4) { w in w.command(joins ? "L" : "M"); w.coordinate(point.x); w.command(" "); w.coordinate(point.y) }
                    }
                    if drawn > 0 { html.void(.path, .class("trend " + line.css + " dash-\(s % 4)"), Attribute("d", escaping: d), selfClosing: true) }
                }
            }
            html.raw(axes.labels)
            for (i, _) in breaks.sorted(by: { $0.key < $1.key }) {
                Chart.text(words[.chartTrendBreakLabel], share: (share(i - 1) + share(i)) / 2, y: Self.top - 10, anchor: "middle", css: "break-label", into: &html)
            }
            var ends: [(series: Int, x: Double, y: Double)] = []
            for (s, line) in series.enumerated() {
                let markerCSS = "marker " + line.css, shape = "#" + id + "-" + Self.shapes[s % 4].name
                for (i, value) in line.values.enumerated() {
                    guard let value else { continue }
                    Chart.mark(shape, x: xText[i], y: y(value), css: markerCSS, into: &html)
                }
                if let last = line.values.indices.last(where: { line.values[$0] != nil }), let value = line.values[last] {
                    ends.append((s, share(last), y(value) + 5))
                }
            }
            if endLabels {
                for end in Self.spread(ends, gap: 16) {
                    let pointY = ends.first { $0.series == end.series }.map { $0.y - 5 } ?? end.y
                    if abs(end.y - 5 - pointY) > 2 {
                        html.void(.line, .class("leader"), Attribute("x1", Chart.percent(end.x)), Attribute("y1", number: pointY),
                                  Attribute("x2", Chart.percent(right + 0.01)), Attribute("y2", number: end.y - 5), selfClosing: true)
                    }
                    Chart.text(series[end.series].name, share: right + 0.015, y: end.y, css: "series-label", into: &html)
                }
            }
            // Legend: line sample, marker and name with the latest value.
            var ly = Self.bottom + 34 + 14
            for (s, line) in series.enumerated() {
                html.void(.line, .class("trend " + line.css + " dash-\(s % 4)"), Attribute("x1", number: 0), Attribute("x2", number: 24),
                          Attribute("y1", number: ly - 5), Attribute("y2", number: ly - 5), selfClosing: true)
                Chart.mark("#" + id + "-" + Self.shapes[s % 4].name, x: "12", y: ly - 5, css: "marker " + line.css, into: &html)
                for (n, text) in legend[s].enumerated() {
                    Chart.text(text, x: 32, y: ly + Double(n) * Chart.lineHeight, into: &html)
                }
                ly += Double(legend[s].count) * Chart.lineHeight + 4
            }
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head([words[.chartHeadingPeriod]] + series.map(\.name) + (breaks.isEmpty ? [] : [words[.chartHeadingNote]]), into: &html)
                html.element(.tbody) { html in
                    for (i, period) in periodNames.enumerated() {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: period)
                            for line in series {
                                var cell = line.values[i].map { words.number($0, decimals: decimals) } ?? "–"
                                if i < line.ranks.count, let rank = line.ranks[i] { cell = words(.chartTrendCellRank, ["value": cell, "rank": String(rank)]) }
                                html.element(.td, .class("num"), text: cell)
                            }
                            if !breaks.isEmpty { html.element(.td, text: breaks[i] ?? "") }
                        }
                    }
                }
            }
        })
    }
}
