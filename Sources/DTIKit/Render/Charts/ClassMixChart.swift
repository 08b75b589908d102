/// How a group splits across the classes, as one stacked 100% bar. Each
/// segment is labelled with its class and count where it fits, and the
/// legend below names every class with its count: never colour alone.
struct ClassMixChart {
    var id: String
    var title: String
    var counts: [(label: String, count: Int)]

    func render(into html: inout HTML) {
        let total = counts.reduce(0) { $0 + $1.count }
        let nonEmpty = counts.filter { $0.count > 0 }
        let description = nonEmpty.map { "\($0.label): \($0.count)" }.joined(separator: ", ") + " (tổng \(total) đơn vị)."
        let legendRows = (counts.count + 1) / 2
        Chart.figure(id: id, title: title, description: description, summary: nil, height: 48 + Double(legendRows) * 22,
                     css: "chart chart-mix", into: &html, body: { html in
            var x = 4.0
            let span = 352.0
            for entry in counts where entry.count > 0 && total > 0 {
                let width = span * Double(entry.count) / Double(total)
                html.void(.rect, .class(Chart.classFill(entry.label)), Attribute("x", number: x), Attribute("y", number: 4),
                          Attribute("width", number: width), Attribute("height", number: 30), selfClosing: true)
                if width >= 22 {
                    Chart.text(String(entry.count), x: x + width / 2, y: 24, anchor: "middle", css: "on-" + Components.classCSS(entry.label), into: &html)
                }
                x += width
            }
            for (i, entry) in counts.enumerated() {
                let lx = 4 + Double(i % 2) * 180, ly = 58 + Double(i / 2) * 22
                html.void(.rect, .class(Chart.classFill(entry.label)), Attribute("x", number: lx), Attribute("y", number: ly - 12),
                          Attribute("width", number: 14), Attribute("height", number: 14), selfClosing: true)
                let share = total > 0 ? " (" + Components.percent(Double(entry.count), of: Double(total)) + ")" : ""
                Chart.text("\(entry.label): \(entry.count)\(share)", x: lx + 20, y: ly, into: &html)
            }
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head(["Xếp loại", "Số đơn vị", "Tỷ lệ"], into: &html)
                html.element(.tbody) { html in
                    for entry in counts {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: entry.label)
                            html.element(.td, .class("num"), text: String(entry.count))
                            html.element(.td, .class("num"), text: total > 0 ? Components.percent(Double(entry.count), of: Double(total)) : "–")
                        }
                    }
                }
            }
        })
    }
}

/// Ranks of the same units in two periods, one line per unit. Better or
/// worse is written (▲ 3, ▼ 2) and drawn solid or dashed, not only coloured.
struct RankSlopeChart {
    struct Line {
        var label: String
        var before: Int
        var after: Int
    }

    var id: String
    var title: String
    var before: String
    var after: String
    var count: Int
    var lines: [Line]

    func render(into html: inout HTML) {
        let rowHeight = 24.0
        let height = 40 + Double(max(count, 1)) * rowHeight
        let y = { (rank: Int) in 34 + Double(rank - 1) * rowHeight }
        let improved = lines.filter { $0.after < $0.before }.count, worsened = lines.filter { $0.after > $0.before }.count
        let description = "Thứ hạng \(lines.count) đơn vị giữa kỳ \(before) và \(after): \(improved) đơn vị tăng hạng, \(worsened) đơn vị giảm hạng."
        Chart.figure(id: id, title: title, description: description, summary: description, height: height, css: "chart chart-slope", into: &html, body: { html in
            Chart.text(before, x: 40, y: 16, anchor: "middle", css: "series-label", into: &html)
            Chart.text(after, x: 150, y: 16, anchor: "middle", css: "series-label", into: &html)
            for line in lines {
                let css = line.after < line.before ? "slope up" : (line.after > line.before ? "slope down" : "slope same")
                html.void(.line, .class(css), Attribute("x1", number: 40), Attribute("x2", number: 150),
                          Attribute("y1", number: y(line.before)), Attribute("y2", number: y(line.after)), selfClosing: true)
                Chart.text("\(line.before)", x: 32, y: y(line.before) + 5, anchor: "end", css: "value", into: &html)
                let change = line.after < line.before ? " ▲\(line.before - line.after)" : (line.after > line.before ? " ▼\(line.after - line.before)" : "")
                Chart.text("\(line.after) " + Chart.clip(line.label, 20) + change, x: 156, y: y(line.after) + 5, into: &html)
            }
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head(["Đơn vị", "Hạng \(before)", "Hạng \(after)", "Thay đổi"], into: &html)
                html.element(.tbody) { html in
                    for line in lines {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: line.label)
                            html.element(.td, .class("num"), text: String(line.before))
                            html.element(.td, .class("num"), text: String(line.after))
                            let change = line.before - line.after
                            html.element(.td, .class("num"), text: change > 0 ? "▲ \(change)" : (change < 0 ? "▼ \(-change)" : "="))
                        }
                    }
                }
            }
        })
    }
}
