/// Horizontal bars, for anything with long Vietnamese labels.
///
/// Labels sit above their bar and are never rotated. Axes start at 0. In
/// `.ownMaximum` mode each bar is scaled to its own maximum ("72,73 / 100");
/// in `.sharedMaximum` all bars share one scale (totals of a ranking,
/// coloured by class, which is also written as text).
struct BarChart {
    struct Row {
        var label: String
        var value: Double
        /// The value as people should read it (published precision, decimal comma).
        var display: String
        var max: Double
        var classLabel: String?
        /// Group mean and best, drawn as grey and black ticks.
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
    /// Column heading for the value in the table (`Điểm`, `Tổng điểm`).
    var valueHeading = "Điểm"
    /// When false, the caller shows the same numbers in an adjacent table.
    var includeTable = true

    private static let left: Double = 4, barWidth: Double = 352
    private var compact: Bool { rows.count > 24 }
    private var rowHeight: Double { compact ? 30 : 44 }

    func render(into html: inout HTML) {
        let height = Double(rows.count) * rowHeight + (hasMarkers ? 26 : 6)
        Chart.figure(id: id, title: title, description: description, summary: summary, height: height, into: &html, body: { html in
            // Shapes of one kind share one path (tracks, bars of one class,
            // markers): a row costs two <text> elements and a few bytes of path.
            var tracks = ByteBuffer(capacity: rows.count * 24)
            // Bars by colour: one path per class level, in order of first use.
            var bars = [ByteBuffer?](repeating: nil, count: Self.barClasses.count)
            var barOrder: [Int] = []
            var means = ByteBuffer(capacity: 64), bests = ByteBuffer(capacity: 64)
            let barHeight: Double = compact ? 9 : 14
            for (i, row) in rows.enumerated() {
                let top = Double(i) * rowHeight
                let max = scaleMax(row)
                let share = max > 0 ? Swift.max(0, Swift.min(row.value / max, 1)) : 0
                let barTop = top + (compact ? 17 : 20)
                var valueText: String
                switch scale {
                case .ownMaximum: valueText = row.display + " / " + NumberFormat.displayTrimmed(row.max)
                case .sharedMaximum: valueText = row.display
                }
                if let cls = row.classLabel { valueText += " · " + ClassLabel.canonical(cls) }
                // About 7,5 units a character at 14 units: the label gets what the value leaves.
                let room = Swift.max(12, 45 - Chart.length(valueText) - 2)
                Chart.text(Chart.clip(row.label, room), x: Self.left, y: top + 14, into: &html)
                Chart.text(valueText, x: Self.left + Self.barWidth, y: top + 14, anchor: "end", css: "value", into: &html)
                Self.rectangle(x: Self.left, y: barTop, width: Self.barWidth, height: barHeight, into: &tracks)
                let slot = row.classLabel.map { ClassLabel.level($0) ?? Self.otherClass } ?? Self.noClass
                if bars[slot] == nil { bars[slot] = ByteBuffer(capacity: rows.count * 24); barOrder.append(slot) }
                Self.rectangle(x: Self.left, y: barTop, width: share * Self.barWidth, height: barHeight, into: &bars[slot]!)
                if max > 0, let mean = row.mean { Self.tick(x: Self.left + Swift.min(mean / max, 1) * Self.barWidth, top: barTop - 3, height: barHeight + 6, into: &means) }
                if max > 0, let best = row.best { Self.tick(x: Self.left + Swift.min(best / max, 1) * Self.barWidth, top: barTop - 3, height: barHeight + 6, into: &bests) }
            }
            html.void(.path, .class("track"), Attribute("d", escaping: tracks), selfClosing: true)
            for slot in barOrder { html.void(.path, .class(Self.barClasses[slot]), Attribute("d", escaping: bars[slot]!), selfClosing: true) }
            if means.count > 0 { html.void(.path, .class("mark-mean"), Attribute("d", escaping: means), selfClosing: true) }
            if bests.count > 0 { html.void(.path, .class("mark-best"), Attribute("d", escaping: bests), selfClosing: true) }
            if hasMarkers {
                let y = Double(rows.count) * rowHeight + 16
                var mean = ByteBuffer(capacity: 16), best = ByteBuffer(capacity: 16)
                Self.tick(x: 8, top: y - 11, height: 14, into: &mean)
                Self.tick(x: 150, top: y - 11, height: 14, into: &best)
                html.void(.path, .class("mark-mean"), Attribute("d", escaping: mean), selfClosing: true)
                Chart.text("trung bình nhóm", x: 16, y: y, into: &html)
                html.void(.path, .class("mark-best"), Attribute("d", escaping: best), selfClosing: true)
                Chart.text("cao nhất nhóm", x: 158, y: y, into: &html)
            }
        }, table: includeTable ? { html in table(into: &html) } : nil)
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
            var headings = ["", valueHeading, "Tối đa", "Tỷ lệ"]
            if rows.contains(where: { $0.mean != nil }) { headings.append("TB nhóm") }
            if rows.contains(where: { $0.best != nil }) { headings.append("Cao nhất") }
            if rows.contains(where: { $0.classLabel != nil }) { headings.append("Xếp loại") }
            Chart.head(headings, into: &html)
            html.element(.tbody) { html in
                for row in rows {
                    html.element(.tr) { html in
                        html.element(.th, .scope("row"), text: row.label)
                        html.element(.td, .class("num"), text: row.display)
                        html.element(.td, .class("num"), text: NumberFormat.displayTrimmed(scaleMax(row)))
                        html.element(.td, .class("num"), text: Components.percent(row.value, of: scaleMax(row)))
                        if headings.contains("TB nhóm") { html.element(.td, .class("num"), text: row.mean.map { NumberFormat.displayTrimmed($0) } ?? "–") }
                        if headings.contains("Cao nhất") { html.element(.td, .class("num"), text: row.best.map { NumberFormat.displayTrimmed($0) } ?? "–") }
                        if headings.contains("Xếp loại") { html.element(.td, text: row.classLabel.map(ClassLabel.canonical) ?? "") }
                    }
                }
            }
        }
    }
}
