/// Dot distributions as small multiples: one strip per index, every unit a
/// dot on a 0–maximum axis, with the group mean and median marked. The
/// statistics table of the page carries the same numbers; each strip's own
/// table lists the values.
struct StripChart {
    struct Strip {
        var label: String
        var max: Double
        var values: [Double]
        var mean: Double
        var median: Double
        /// A unit to point out (its value), if any.
        var highlight: Double?
    }

    var id: String
    var title: String
    var description: String
    var summary: String?
    var strips: [Strip]

    private static let left: Double = 6, span: Double = 348, stripHeight: Double = 58

    func render(into html: inout HTML) {
        let height = Double(strips.count) * Self.stripHeight + 24
        Chart.figure(id: id, title: title, description: description, summary: summary, height: height, into: &html, body: { html in
            for (i, strip) in strips.enumerated() {
                let top = Double(i) * Self.stripHeight
                let axisY = top + 36
                let x = { (v: Double) in Self.left + (strip.max > 0 ? Swift.max(0, Swift.min(v / strip.max, 1)) : 0) * Self.span }
                Chart.text(Chart.clip(strip.label, 34), x: Self.left, y: top + 15, into: &html)
                Chart.text("0–" + NumberFormat.displayTrimmed(strip.max), x: Self.left + Self.span, y: top + 15, anchor: "end", css: "value", into: &html)
                html.void(.line, .class("axis"), Attribute("x1", number: Self.left), Attribute("x2", number: Self.left + Self.span),
                          Attribute("y1", number: axisY), Attribute("y2", number: axisY), selfClosing: true)
                Chart.dots(strip.values.map { (x($0), axisY) }, css: "strip-dot", into: &html)
                for (value, css) in [(strip.mean, "mark-mean"), (strip.median, "mark-median")] {
                    html.void(.line, .class(css), Attribute("x1", number: x(value)), Attribute("x2", number: x(value)),
                              Attribute("y1", number: axisY - 10), Attribute("y2", number: axisY + 10), selfClosing: true)
                }
                if let highlight = strip.highlight {
                    html.void(.circle, .class("strip-highlight"), Attribute("cx", number: x(highlight)), Attribute("cy", number: axisY),
                              Attribute("r", number: 6), selfClosing: true)
                }
            }
            let y = Double(strips.count) * Self.stripHeight + 14
            html.void(.line, .class("mark-mean"), Attribute("x1", number: 10), Attribute("x2", number: 10), Attribute("y1", number: y - 11), Attribute("y2", number: y + 3), selfClosing: true)
            Chart.text("trung bình", x: 16, y: y, into: &html)
            html.void(.line, .class("mark-median"), Attribute("x1", number: 120), Attribute("x2", number: 120), Attribute("y1", number: y - 11), Attribute("y2", number: y + 3), selfClosing: true)
            Chart.text("trung vị", x: 126, y: y, into: &html)
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head(["Chỉ số", "Số đơn vị", "Trung bình", "Trung vị", "Thấp nhất", "Cao nhất", "Tối đa"], into: &html)
                html.element(.tbody) { html in
                    for strip in strips {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: strip.label)
                            html.element(.td, .class("num"), text: String(strip.values.count))
                            for value in [strip.mean, strip.median, strip.values.min() ?? 0, strip.values.max() ?? 0, strip.max] {
                                html.element(.td, .class("num"), text: NumberFormat.displayTrimmed(value))
                            }
                        }
                    }
                }
            }
        })
    }
}
