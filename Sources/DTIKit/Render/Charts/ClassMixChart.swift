/// How a group splits across the classes, as one stacked 100% bar. Each
/// segment is labelled with its count where it fits, and the legend under it
/// (an HTML list, so it wraps at any width) names every class with its count
/// and share: never colour alone. `counts` holds the labels as published
/// (their colour); the words are the edition's class names.
struct ClassMixChart {
    var id: String
    var title: String
    var counts: [(label: String, count: Int)]

    func render(into html: inout HTML) {
        let words = html.words
        let total = counts.reduce(0) { $0 + $1.count }
        let nonEmpty = counts.filter { $0.count > 0 }
        let description = words(.chartClassMixDesc, ["counts": nonEmpty.map { "\(words.className($0.label)): \($0.count)" }.joined(separator: ", "),
                                                     "total": String(total)])
        Chart.figure(id: id, title: title, description: description, summary: nil, size: .fluid(height: 38),
                     css: "chart chart-mix", into: &html, body: { html in
            var start = 0.0
            for entry in counts where entry.count > 0 && total > 0 {
                let share = Double(entry.count) / Double(total)
                html.void(.rect, .class(Chart.classFill(entry.label)), Attribute("x", Chart.percent(start)), Attribute("y", number: 4),
                          Attribute("width", Chart.percent(share)), Attribute("height", number: 30), selfClosing: true)
                // A count fits a segment of 26 px on the narrowest (288 px) chart.
                if share >= 0.09 {
                    Chart.text(String(entry.count), share: start + share / 2, y: 24, anchor: "middle", css: "on-" + Components.classCSS(entry.label), into: &html)
                }
                start += share
            }
        }, legend: { html in
            for entry in counts {
                html.element(.li) { html in
                    html.element(.span, .class("swatch " + Components.classCSS(entry.label)), text: "")
                    html.text("\(words.className(entry.label)): \(entry.count)")
                    if total > 0 { html.text(" (" + words.percent(Double(entry.count), of: Double(total)) + ")") }
                }
            }
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head([words[.chartHeadingClass], words[.chartHeadingUnits], words[.chartHeadingShare]], into: &html)
                html.element(.tbody) { html in
                    for entry in counts {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: words.className(entry.label))
                            html.element(.td, .class("num"), text: String(entry.count))
                            html.element(.td, .class("num"), text: total > 0 ? words.percent(Double(entry.count), of: Double(total)) : "–")
                        }
                    }
                }
            }
        })
    }
}

/// Ranks of the same units in two periods, one line per unit. Better or
/// worse is written (▲ 3, ▼ 2) and drawn solid or dashed, not only coloured.
/// Names are whole where the column is wide (40rem and up); on a phone a
/// second, shortened copy is shown instead (`label-short` / `label-full`).
struct RankSlopeChart {
    struct Line {
        var label: String
        var before: Int
        var after: Int
    }

    var id: String
    var title: String
    /// The two periods' short names, in the edition's words (`2021`, `6T 2023`).
    var before: String
    var after: String
    var count: Int
    var lines: [Line]

    /// Where the rank axes and the names start, in px.
    private static let left: Double = 30, right: Double = 110, names: Double = 116
    /// Characters of a name that fit after `names` on the narrowest chart, and on a 40rem one.
    static let shortRoom = 22, wideRoom = 60

    func render(into html: inout HTML) {
        let rowHeight = 24.0
        let height = 40 + Double(max(count, 1)) * rowHeight
        let y = { (rank: Int) in 34 + Double(rank - 1) * rowHeight }
        let improved = lines.filter { $0.after < $0.before }.count, worsened = lines.filter { $0.after > $0.before }.count
        let words = html.words
        let description = words(.chartSlopeDesc, ["count": String(lines.count), "before": before, "after": after,
                                                  "improved": String(improved), "worsened": String(worsened)])
        Chart.figure(id: id, title: title, description: description, summary: description, size: .fluid(height: height), css: "chart chart-slope", into: &html, body: { html in
            Chart.text(before, x: Self.left - 6, y: 16, anchor: "end", css: "series-label", into: &html)
            Chart.text(after, x: Self.names, y: 16, css: "series-label", into: &html)
            for line in lines {
                let css = line.after < line.before ? "slope up" : (line.after > line.before ? "slope down" : "slope same")
                html.void(.line, .class(css), Attribute("x1", number: Self.left), Attribute("x2", number: Self.right),
                          Attribute("y1", number: y(line.before)), Attribute("y2", number: y(line.after)), selfClosing: true)
                Chart.text("\(line.before)", x: Self.left - 6, y: y(line.before) + 5, anchor: "end", css: "value", into: &html)
                let change = line.after < line.before ? " ▲\(line.before - line.after)" : (line.after > line.before ? " ▼\(line.after - line.before)" : "")
                let prefix = "\(line.after) "
                let room = Self.shortRoom - Chart.length(prefix + change)
                if Chart.length(line.label) <= room {
                    Chart.text(prefix + line.label + change, x: Self.names, y: y(line.after) + 5, into: &html)
                } else {
                    Chart.text(prefix + Chart.clip(line.label, room) + change, x: Self.names, y: y(line.after) + 5, css: "label-short", into: &html)
                    Chart.text(prefix + Chart.clip(line.label, Self.wideRoom) + change, x: Self.names, y: y(line.after) + 5, css: "label-full", into: &html)
                }
            }
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head([words[.chartHeadingUnit], words(.chartHeadingRankIn, ["period": before]), words(.chartHeadingRankIn, ["period": after]),
                            words[.chartHeadingChange]], into: &html)
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
