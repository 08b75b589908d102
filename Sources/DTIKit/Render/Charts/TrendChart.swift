/// Lines across periods: DTI and the pillars (0–1), or a total against its
/// maximum. Series differ by marker shape and dash as well as colour, and
/// each is named at its last point. A methodology break stops every line:
/// a dashed upright rule marks it, with its name on the chart and in the table.
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
    /// Axis labels, short (`2022`, `6T 2023`).
    var periods: [String]
    /// The periods in words for the table and the legend (`6 tháng đầu năm 2023`).
    var periodNames: [String]
    var series: [Series]
    /// Top of the y axis (1 for normalized values).
    var maximum: Double
    /// Methodology breaks: index `i` means the periods before `i` and from `i`
    /// on were scored under different frameworks; the value says which.
    var breaks: [Int: String] = [:]
    var decimals = 4

    private static let left: Double = 40, right: Double = 292, top: Double = 14, bottom: Double = 214

    /// Label positions moved apart (in order of height) to at least
    /// `gap` units, kept inside the plot.
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

    /// Gridlines and period labels, by grid labels then periods.
    private static let axes = FragmentCache<[String], RawHTML>()

    func render(into html: inout HTML) {
        let legendHeight = Double(series.count) * 20
        Chart.figure(id: id, title: title, description: description, summary: summary, height: Self.bottom + 40 + legendHeight,
                     into: &html, body: { html in
            let x = { (i: Int) in periods.count == 1 ? (Self.left + Self.right) / 2 : Self.left + (Self.right - Self.left) * Double(i) / Double(periods.count - 1) }
            let y = { (v: Double) in Self.bottom - (Self.bottom - Self.top) * Swift.max(0, Swift.min(v / maximum, 1)) }
            // Gridlines at 0, ½ and the maximum, and the periods: the same for
            // every unit ranked in the same periods, so drawn once.
            let gridLabels = [0.0, 0.5, 1.0].map { NumberFormat.displayTrimmed(maximum * $0, decimals: 2) }
            html.raw(Self.axes.value(for: gridLabels + periods) {
                var axes = HTML(capacity: 1024)
                for (n, fraction) in [0.0, 0.5, 1.0].enumerated() {
                    let gy = Self.bottom - (Self.bottom - Self.top) * fraction
                    axes.void(.line, .class("grid"), Attribute("x1", number: Self.left), Attribute("x2", number: Self.right),
                              Attribute("y1", number: gy), Attribute("y2", number: gy), selfClosing: true)
                    Chart.text(gridLabels[n], x: Self.left - 6, y: gy + 5, anchor: "end", css: "value", into: &axes)
                }
                for (i, period) in periods.enumerated() {
                    Chart.text(period, x: x(i), y: Self.bottom + 20, anchor: "middle", into: &axes)
                }
                return RawHTML(trusted: axes.buffer.bytes)
            })
            // End labels, spread apart vertically so that close values never overlap.
            for (i, _) in breaks.sorted(by: { $0.key < $1.key }) {
                let bx = (x(i - 1) + x(i)) / 2
                html.void(.line, .class("break-rule"), Attribute("x1", number: bx), Attribute("x2", number: bx),
                          Attribute("y1", number: Self.top - 4), Attribute("y2", number: Self.bottom), selfClosing: true)
                Chart.text("Đổi bộ chỉ số", x: bx, y: Self.top + 10, anchor: "middle", css: "break-label", into: &html)
            }
            var ends: [(series: Int, x: Double, y: Double)] = []
            for (s, line) in series.enumerated() {
                let indexed = line.values.enumerated().compactMap { i, v in v.map { (i: i, p: (x(i), y($0))) } }
                let points = indexed.map(\.p)
                var d = ByteBuffer(capacity: 64)
                var drawn = 0
                for (n, point) in indexed.enumerated() {
                    // A new segment after a break between this point and the one before.
                    let joins = n > 0 && !breaks.keys.contains { $0 > indexed[n - 1].i && $0 <= point.i }
                    if joins { drawn += 1 }
                    d.appendPath(pieces: 4) { w in w.command(joins ? "L" : "M"); w.coordinate(point.p.0); w.command(" "); w.coordinate(point.p.1) }
                }
                if drawn > 0 { html.void(.path, .class("trend " + line.css + " dash-\(s % 4)"), Attribute("d", escaping: d), selfClosing: true) }
                for p in points { marker(s, at: p, css: line.css, into: &html) }
                if let last = points.last { ends.append((s, last.0 + 8, last.1 + 5)) }
            }
            for end in Self.spread(ends) {
                Chart.text(series[end.series].name, x: end.x, y: end.y, css: "series-label", into: &html)
            }
            // Legend: marker and name for each series.
            for (s, line) in series.enumerated() {
                let ly = Self.bottom + 44 + Double(s) * 20
                marker(s, at: (12, ly - 5), css: line.css, into: &html)
                let last = line.values.indices.last { line.values[$0] != nil }
                var text = line.name
                if let last, let value = line.values[last] {
                    text += ": " + NumberFormat.display(value, decimals: decimals) + " (" + periods[last] + ")"
                    if last < line.ranks.count, let rank = line.ranks[last] { text += ", hạng \(rank)" }
                }
                Chart.text(text, x: 24, y: ly, into: &html)
            }
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head(["Kỳ"] + series.map(\.name) + (breaks.isEmpty ? [] : ["Ghi chú"]), into: &html)
                html.element(.tbody) { html in
                    for (i, period) in periodNames.enumerated() {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: period)
                            for line in series {
                                var cell = line.values[i].map { NumberFormat.display($0, decimals: decimals) } ?? "–"
                                if i < line.ranks.count, let rank = line.ranks[i] { cell += " (hạng \(rank))" }
                                html.element(.td, .class("num"), text: cell)
                            }
                            if !breaks.isEmpty { html.element(.td, text: breaks[i] ?? "") }
                        }
                    }
                }
            }
        })
    }

    /// Distinct marker shapes per series: circle, square, triangle, diamond.
    private func marker(_ series: Int, at p: (Double, Double), css: String, into html: inout HTML) {
        let css = "marker " + css
        switch series % 4 {
        case 0:
            html.void(.circle, .class(css), Attribute("cx", number: p.0), Attribute("cy", number: p.1), Attribute("r", number: 4.5), selfClosing: true)
        case 1:
            html.void(.rect, .class(css), Attribute("x", number: p.0 - 4), Attribute("y", number: p.1 - 4), Attribute("width", number: 8), Attribute("height", number: 8), selfClosing: true)
        case 2:
            html.void(.polygon, .class(css), Attribute("points", "\(coordinate(p.0)),\(coordinate(p.1 - 5)) \(coordinate(p.0 + 5)),\(coordinate(p.1 + 4)) \(coordinate(p.0 - 5)),\(coordinate(p.1 + 4))"), selfClosing: true)
        default:
            html.void(.polygon, .class(css), Attribute("points", "\(coordinate(p.0)),\(coordinate(p.1 - 5)) \(coordinate(p.0 + 5)),\(coordinate(p.1)) \(coordinate(p.0)),\(coordinate(p.1 + 5)) \(coordinate(p.0 - 5)),\(coordinate(p.1))"), selfClosing: true)
        }
    }

    private func coordinate(_ value: Double) -> String { NumberFormat.data(value, decimals: 2) }
}
