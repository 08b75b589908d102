import Foundation

/// The shape of one unit's main indices (% of each maximum) against the
/// group mean (dashed, as the mean is on every chart). Always paired with a
/// table. The axes carry the indices' full names, as the bar chart does,
/// wrapped onto short lines; the rings at 50 % and 100 % are labelled.
///
/// The one chart with a fixed shape (see `Chart`): a 320-unit viewBox drawn
/// 1:1 where the column allows and scaled to ≥ 90 % on a 320 px phone, so
/// its 14-unit text is 12,6–14 px. The drawing is as tall as its labels
/// need: no empty band above or below it.
struct RadarChart {
    struct Axis {
        var label: String
        /// Share of the maximum, 0–1.
        var value: Double?
        var mean: Double?
    }

    var id: String
    var title: String
    var description: String
    var summary: String?
    var axes: [Axis]

    static let width: Double = 320, radius: Double = 72, labelWidth = 11
    private static let lineHeight: Double = 15

    /// The direction of each axis (the first points up), computed once.
    private let directions: [(x: Double, y: Double)]

    init(id: String, title: String, description: String, summary: String?, axes: [Axis]) {
        self.id = id
        self.title = title
        self.description = description
        self.summary = summary
        self.axes = axes
        directions = axes.indices.map { i in
            let angle = -Double.pi / 2 + 2 * Double.pi * Double(i) / Double(axes.count)
            return (cos(angle), sin(angle))
        }
    }

    /// The point of axis `i` at share `share`, around the centre at height `centerY`.
    func point(_ i: Int, _ share: Double, centerY: Double) -> (x: Double, y: Double) {
        let r = Self.radius * Swift.max(0, Swift.min(share, 1.2))
        return (Self.width / 2 + r * directions[i].x, centerY + r * directions[i].y)
    }

    func render(into html: inout HTML) {
        // The rings, spokes, labels and legend depend only on the labels
        // and the edition's words: every unit of a group shares them, so
        // they are drawn once per language.
        let words = html.words
        let legend = ScaffoldWords(words)
        let scaffold = Self.scaffolds.value(for: ScaffoldKey(labels: axes.map(\.label), words: legend)) { makeScaffold(legend) }
        let cy = scaffold.centerY
        Chart.figure(id: id, title: title, description: description, summary: summary, size: .fixed(width: Self.width, height: scaffold.height),
                     css: "chart chart-radar", into: &html, body: { html in
            html.raw(scaffold.grid)
            // Data stays inside the outer ring (a published score above its maximum is drawn at 100%).
            if axes.allSatisfy({ $0.mean != nil }) {
                html.void(.polygon, .class("radar-mean"), Attribute("points", escaping: points(axes.indices.map { (i: $0, share: Swift.min(axes[$0].mean ?? 0, 1)) }, centerY: cy)), selfClosing: true)
            }
            html.void(.polygon, .class("radar-unit"), Attribute("points", escaping: points(axes.indices.map { (i: $0, share: Swift.min(axes[$0].value ?? 0, 1)) }, centerY: cy)), selfClosing: true)
            Chart.dots(axes.indices.map { point($0, Swift.min(axes[$0].value ?? 0, 1), centerY: cy) }, css: "radar-dot", into: &html)
            html.raw(scaffold.labels)
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head([words[.chartHeadingIndex], words[.chartHeadingUnitShare], words[.chartHeadingMeanShare]], into: &html)
                html.element(.tbody) { html in
                    for axis in axes {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: axis.label)
                            html.element(.td, .class("num"), text: axis.value.map { words.percent($0, of: 1) } ?? "–")
                            html.element(.td, .class("num"), text: axis.mean.map { words.percent($0, of: 1) } ?? "–")
                        }
                    }
                }
            }
        })
    }

    /// What the chart of every unit with these axis labels shares, and where its centre is.
    struct Scaffold: Sendable {
        var grid: RawHTML
        var labels: RawHTML
        var centerY: Double
        var height: Double
    }

    /// The words a scaffold writes: the rings' labels and the legend, in
    /// one edition's language (a theme may change them, so the texts
    /// themselves, not only the language, are part of the cache key).
    struct ScaffoldWords: Hashable, Sendable {
        var language: String
        var rings: [String]
        var unit: String
        var mean: String

        init(_ words: Catalogue) {
            language = words.language.code
            rings = [0.5, 1.0].map { words.percent($0, of: 1) }
            unit = words[.chartLegendUnit]
            mean = words[.chartLegendGroupMean]
        }
    }

    /// A scaffold is the same for the same axis labels in the same words.
    struct ScaffoldKey: Hashable, Sendable {
        var labels: [String]
        var words: ScaffoldWords
    }

    private static let scaffolds = FragmentCache<ScaffoldKey, Scaffold>()

    /// One axis label: its wrapped lines, anchor and first baseline, with the centre at 0.
    private func label(_ i: Int) -> (lines: [String], x: Double, y: Double, anchor: String) {
        let at = point(i, 1.1, centerY: 0)
        let anchor = abs(at.x - Self.width / 2) < 8 ? "middle" : (at.x > Self.width / 2 ? "start" : "end")
        let lines = Self.wrap(axes[i].label, width: Self.labelWidth)
        let below = at.y > 8, above = at.y < -8
        let spread = Self.lineHeight * Double(lines.count - 1)
        let y = at.y + (below ? 12 : (above ? -2 - spread : 5 - spread / 2))
        return (lines, at.x, y, anchor)
    }

    /// Rings at 25, 50, 75 and 100 % (50 and 100 labelled), spokes, wrapped
    /// axis labels and the legend, with the height they all need.
    private func makeScaffold(_ words: ScaffoldWords) -> Scaffold {
        let labels = axes.indices.map(label)
        // Highest label top and lowest baseline, relative to the centre.
        let top = labels.map { $0.y - 12 }.min() ?? -Self.radius
        let lowest = labels.map { $0.y + Self.lineHeight * Double($0.lines.count - 1) + 4 }.max() ?? Self.radius
        let cy = 4 - Swift.min(top, -Self.radius - 18)
        let legendY = cy + Swift.max(lowest, Self.radius) + 24
        var html = HTML(capacity: 2048)
        for ring in [0.25, 0.5, 0.75, 1.0] {
            html.void(.polygon, .class("grid"), Attribute("points", escaping: points(axes.indices.map { (i: $0, share: ring) }, centerY: cy)), selfClosing: true)
        }
        for i in axes.indices {
            let end = point(i, 1, centerY: cy)
            html.void(.line, .class("grid"), Attribute("x1", number: Self.width / 2), Attribute("y1", number: cy),
                      Attribute("x2", number: end.x), Attribute("y2", number: end.y), selfClosing: true)
        }
        let grid = RawHTML(trusted: html.buffer.bytes)
        html = HTML(capacity: 2048)
        // Drawn over the data, with a white halo, so that a full score does not hide them.
        for (ring, text) in zip([0.5, 1.0], words.rings) {
            Chart.text(text, x: Self.width / 2 - 4, y: cy - Self.radius * ring + 13, anchor: "end", css: "ring-label", into: &html)
        }
        for label in labels {
            var y = label.y + cy
            html.element(.text, Attribute("x", number: label.x), Attribute("y", number: y), Attribute("text-anchor", label.anchor)) { html in
                for (n, line) in label.lines.enumerated() {
                    if n == 0 { html.text(line); continue }
                    y += Self.lineHeight
                    html.element(.tspan, Attribute("x", number: label.x), Attribute("y", number: y), text: line)
                }
            }
        }
        // Legend: solid for the unit, dashed for the group mean.
        html.void(.line, .class("radar-unit"), Attribute("x1", number: 4), Attribute("x2", number: 28), Attribute("y1", number: legendY - 5), Attribute("y2", number: legendY - 5), selfClosing: true)
        Chart.text(words.unit, x: 34, y: legendY, into: &html)
        html.void(.line, .class("radar-mean"), Attribute("x1", number: 120), Attribute("x2", number: 144), Attribute("y1", number: legendY - 5), Attribute("y2", number: legendY - 5), selfClosing: true)
        Chart.text(words.mean, x: 150, y: legendY, into: &html)
        return Scaffold(grid: grid, labels: RawHTML(trusted: html.buffer.bytes), centerY: cy, height: legendY + 6)
    }

    /// Words of `label` greedily packed into lines of about `width` characters (at most 3 lines).
    static func wrap(_ label: String, width: Int) -> [String] {
        Chart.wrap(label, width: width, maxLines: 3)
    }

    private func points(_ list: [(i: Int, share: Double)], centerY: Double) -> ByteBuffer {
        var buffer = ByteBuffer(capacity: list.count * 16)
        for (n, item) in list.enumerated() {
            let p = point(item.i, item.share, centerY: centerY)
            buffer.appendPath(pieces: 4) { w in
                if n > 0 { w.command(" ") }
                w.coordinate(p.x); w.command(","); w.coordinate(p.y)
            }
        }
        return buffer
    }
}
