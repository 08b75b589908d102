/// A unit's every period as a table, newest first: period (with its group
/// under it, so that a phone shows the result and the rank without
/// scrolling), result, rank, class and the change since the previous
/// comparable period (or why there is none). On the unit's own page, and under each predecessor on a
/// successor's page, where it stays the predecessor's own.
struct UnitHistoryTable {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation

    func render(label: String, into html: inout HTML) {
        let words = html.words
        Components.scrollTable(label: label, into: &html) { html in
            html.element(.table, .class("history")) { html in
                html.element(.caption, text: words(.historyCaption, ["unit": unit.name]))
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in [Word.historyColumnPeriod, .historyColumnResult, .unitColumnRank, .historyColumnClass, .historyColumnChange] {
                            html.element(.th, .scope("col"), text: words[heading])
                        }
                    }
                }
                html.element(.tbody) { html in
                    for appearance in unit.appearances.reversed() { row(appearance, into: &html) }
                }
            }
        }
    }

    private func row(_ appearance: Appearance, into html: inout HTML) {
        let model = context.model.tables[appearance.table]
        let result = model.shown(appearance.row)
        let words = html.words
        html.element(.tr) { html in
            html.element(.th, .scope("row")) { html in
                html.text(words.period(model.table.period))
                html.element(.span, .class("sub")) { $0.element(.a, .href(location.link(Routes.ranking(model.table))), text: words.groupName(model.table)) }
            }
            html.element(.td, .class("num")) { context.headline(appearance, into: &$0) }
            html.element(.td, .class("num"),
                         text: result.rank.map { words(.unitRankCell, ["rank": String($0), "count": String(model.table.rankedCount)]) } ?? "–")
            html.element(.td) { Components.classBadge(result.classLabel, into: &$0) }
            html.element(.td) { html in
                // Against the previous period; when that one is of another
                // length, against the latest one of the same length, named.
                if let comparable = context.model.comparableChange(of: unit, at: appearance) {
                    let period = context.model.tables[comparable.previous.table].table.period
                    html.text(words(.historyComparedWith, ["period": words.periodInSentence(period)]) + " ")
                    Components.change(comparable, into: &html)
                } else if let change = context.model.change(of: unit, at: appearance) {
                    Components.change(change, into: &html)
                }
            }
        }
    }
}
