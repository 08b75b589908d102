/// A unit's lineage on its page: where a predecessor went, and, on a
/// successor's page, each predecessor's own history, clearly apart from the
/// successor's (never added to it, never joined to its trend).
struct UnitLineage {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation

    /// On a predecessor's page, under its name: where it went and since when.
    func notice(into html: inout HTML) {
        guard !unit.successors.isEmpty else { return }
        let date = unit.successors[0].since
        html.element(.aside, .class("lineage notes"), .ariaLabel("Đơn vị đã thay đổi")) { html in
            html.element(.p) { html in
                let successors = unit.successors.compactMap { link in link.to.flatMap { context.model.unit($0) } }
                if successors.isEmpty {
                    html.text("Đơn vị này đã chấm dứt hoạt động từ ngày \(date).")
                } else {
                    html.text(successors.count > 1 ? "Đơn vị này đã được chia, nhập vào " : "Đơn vị này đã sáp nhập vào ")
                    for (n, successor) in successors.enumerated() {
                        if n > 0 { html.text(n == successors.count - 1 ? " và " : ", ") }
                        html.element(.a, .href(location.link(Routes.unit(successor.slug))), text: successor.shownName)
                    }
                    html.text(" từ ngày \(date).")
                }
                if let basis = unit.successors[0].basis { html.text(" Căn cứ: \(basis).") }
                if !unit.appearances.isEmpty { html.text(" Kết quả dưới đây là của \(unit.name) trước ngày đó.") }
            }
        }
    }

    /// On a successor's page: each predecessor with its date, basis, link and history.
    func predecessors(into html: inout HTML) {
        guard !unit.predecessors.isEmpty else { return }
        html.element(.section, Attribute("aria-labelledby", "tien-than")) { html in
            html.element(.h2, .id("tien-than"), text: "Các đơn vị đã sáp nhập vào \(unit.name)")
            html.element(.p, .class("muted"), text: "Kết quả của từng đơn vị dưới đây là của riêng đơn vị đó, trước ngày sáp nhập: "
                         + "không cộng vào và không nối với kết quả của \(unit.name).")
            for link in unit.predecessors {
                guard let predecessor = context.model.unit(link.from) else { continue }
                html.element(.h3) { $0.element(.a, .href(location.link(Routes.unit(predecessor.slug))), text: predecessor.shownName) }
                html.element(.p, text: "Sáp nhập từ ngày \(link.since)" + (link.basis.map { "; căn cứ: \($0)" } ?? "") + "."
                             + (link.note.map { " " + $0 } ?? ""))
                if !predecessor.appearances.isEmpty {
                    UnitHistoryTable(context: context, unit: predecessor, location: location)
                        .render(label: "Lịch sử xếp hạng của \(predecessor.name)", into: &html)
                }
            }
        }
    }

    /// The body of a successor that no table ranks yet.
    func withoutResults(into html: inout HTML) {
        html.element(.p, .class("headline-context"), text: "Chưa có kết quả đánh giá của \(unit.name) trên cổng này.")
    }
}
