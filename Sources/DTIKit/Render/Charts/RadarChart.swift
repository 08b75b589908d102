import Foundation

/// The shape of one unit's main indices (% of each maximum) against the
/// group mean. Always paired with a table.
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

    private static let center = (x: 180.0, y: 175.0), radius = 100.0

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

    /// The point of axis `i` at share `share`.
    func point(_ i: Int, _ share: Double) -> (x: Double, y: Double) {
        let r = Self.radius * Swift.max(0, Swift.min(share, 1.2))
        return (Self.center.x + r * directions[i].x, Self.center.y + r * directions[i].y)
    }

    func render(into html: inout HTML) {
        Chart.figure(id: id, title: title, description: description, summary: summary, height: 370, css: "chart chart-radar", into: &html, body: { html in
            // The rings, spokes, labels and legend depend only on the labels:
            // every unit of a group shares them, so they are drawn once.
            let scaffold = Self.scaffolds.value(for: axes.map(\.label)) { makeScaffold() }
            html.raw(scaffold.grid)
            // Data stays inside the outer ring (a published score above its maximum is drawn at 100%).
            if axes.allSatisfy({ $0.mean != nil }) {
                html.void(.polygon, .class("radar-mean"), Attribute("points", escaping: points(axes.indices.map { (i: $0, share: Swift.min(axes[$0].mean ?? 0, 1)) })), selfClosing: true)
            }
            html.void(.polygon, .class("radar-unit"), Attribute("points", escaping: points(axes.indices.map { (i: $0, share: Swift.min(axes[$0].value ?? 0, 1)) })), selfClosing: true)
            Chart.dots(axes.indices.map { point($0, Swift.min(axes[$0].value ?? 0, 1)) }, css: "radar-dot", into: &html)
            html.raw(scaffold.labels)
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head(["Chỉ số", "Đơn vị (% tối đa)", "Trung bình nhóm (% tối đa)"], into: &html)
                html.element(.tbody) { html in
                    for axis in axes {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: axis.label)
                            html.element(.td, .class("num"), text: axis.value.map { Components.percent($0, of: 1) } ?? "–")
                            html.element(.td, .class("num"), text: axis.mean.map { Components.percent($0, of: 1) } ?? "–")
                        }
                    }
                }
            }
        })
    }

    /// What the chart of every unit with these axis labels shares.
    struct Scaffold: Sendable {
        var grid: RawHTML
        var labels: RawHTML
    }

    private static let scaffolds = FragmentCache<[String], Scaffold>()

    /// Rings at 25, 50, 75 and 100 %, spokes, wrapped axis labels, legend.
    private func makeScaffold() -> Scaffold {
        var html = HTML(capacity: 2048)
        for ring in [0.25, 0.5, 0.75, 1.0] {
            html.void(.polygon, .class("grid"), Attribute("points", escaping: points(axes.indices.map { (i: $0, share: ring) })), selfClosing: true)
        }
        for i in axes.indices {
            let end = point(i, 1)
            html.void(.line, .class("grid"), Attribute("x1", number: Self.center.x), Attribute("y1", number: Self.center.y),
                      Attribute("x2", number: end.x), Attribute("y2", number: end.y), selfClosing: true)
        }
        let grid = RawHTML(trusted: html.buffer.bytes)
        html = HTML(capacity: 2048)
        for (i, axis) in axes.enumerated() {
            let at = point(i, 1.05)
            let anchor = abs(at.x - Self.center.x) < 8 ? "middle" : (at.x > Self.center.x ? "start" : "end")
            // Long Vietnamese labels wrap onto short lines instead of running off the edge.
            let lines = Self.wrap(axis.label, width: 11)
            let lineHeight = 15.0
            let below = at.y > Self.center.y + 8, above = at.y < Self.center.y - 8
            var y = at.y + (below ? 12 : (above ? -2 - lineHeight * Double(lines.count - 1) : 5 - lineHeight * Double(lines.count - 1) / 2))
            html.element(.text, Attribute("x", number: at.x), Attribute("y", number: y), Attribute("text-anchor", anchor)) { html in
                for (n, line) in lines.enumerated() {
                    if n == 0 { html.text(line); continue }
                    y += lineHeight
                    html.element(.tspan, Attribute("x", number: at.x), Attribute("y", number: y), text: line)
                }
            }
        }
        // Legend: solid for the unit, dashed for the group mean.
        html.void(.line, .class("radar-unit"), Attribute("x1", number: 20), Attribute("x2", number: 44), Attribute("y1", number: 355), Attribute("y2", number: 355), selfClosing: true)
        Chart.text("đơn vị", x: 50, y: 360, into: &html)
        html.void(.line, .class("radar-mean"), Attribute("x1", number: 150), Attribute("x2", number: 174), Attribute("y1", number: 355), Attribute("y2", number: 355), selfClosing: true)
        Chart.text("trung bình nhóm", x: 180, y: 360, into: &html)
        return Scaffold(grid: grid, labels: RawHTML(trusted: html.buffer.bytes))
    }

    /// Words of `label` greedily packed into lines of about `width` characters (at most 3 lines).
    static func wrap(_ label: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        for word in label.split(separator: " ") {
            let length = word.unicodeScalars.count
            if current.isEmpty { current = String(word); currentLength = length } else if currentLength + 1 + length <= width {
                current += " " + word
                currentLength += 1 + length
            } else {
                lines.append(current)
                current = String(word)
                currentLength = length
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > 3 { lines = Array(lines.prefix(2)) + [Chart.clip(lines.dropFirst(2).joined(separator: " "), width)] }
        return lines
    }

    private func points(_ list: [(i: Int, share: Double)]) -> ByteBuffer {
        var buffer = ByteBuffer(capacity: list.count * 16)
        for (n, item) in list.enumerated() {
            let p = point(item.i, item.share)
            buffer.appendPath(pieces: 4) { w in
                if n > 0 { w.command(" ") }
                w.coordinate(p.x); w.command(","); w.coordinate(p.y)
            }
        }
        return buffer
    }
}
