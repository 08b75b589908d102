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
        Components.scrollTable(label: label, into: &html) { html in
            html.element(.table, .class("history")) { html in
                html.element(.caption, text: "Mọi kỳ đánh giá của \(unit.name), mới nhất trước.")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in ["Kỳ và nhóm", "Kết quả", "Hạng", "Xếp loại", "Thay đổi"] { html.element(.th, .scope("col"), text: heading) }
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
        html.element(.tr) { html in
            html.element(.th, .scope("row")) { html in
                html.text(model.table.period.name)
                html.element(.span, .class("sub")) { $0.element(.a, .href(location.link(Routes.ranking(model.table))), text: Components.groupName(model.table)) }
            }
            html.element(.td, .class("num")) { context.headline(appearance, into: &$0) }
            html.element(.td, .class("num"), text: result.rank.map { "\($0)/\(model.table.rankedCount)" } ?? "–")
            html.element(.td) { Components.classBadge(result.classLabel, into: &$0) }
            html.element(.td) { html in
                // Against the previous period; when that one is of another
                // length, against the latest one of the same length, named.
                if let comparable = context.model.comparableChange(of: unit, at: appearance) {
                    html.text("so với " + context.model.tables[comparable.previous.table].table.period.nameInSentence + ": ")
                    Components.change(comparable, into: &html)
                } else if let change = context.model.change(of: unit, at: appearance) {
                    Components.change(change, into: &html)
                }
            }
        }
    }
}
