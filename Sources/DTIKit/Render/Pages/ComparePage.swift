/// `/so-sanh/`: 2–4 units of one framework side by side, chosen by name and
/// named in the address (`?don-vi=so-tu-phap,so-y-te`) so that a comparison
/// can be shared.
///
/// The page itself is static: `compare.js` reads the units' open data
/// (`du-lieu/don-vi/<slug>.json`) and the search index, and builds the
/// comparison into the `data-enhancement` block. Without JavaScript the page
/// says so and links to the ranking tables, which compare every unit of a
/// group.
struct ComparePage {
    let context: RenderContext
    var location: PageLocation { context.location(Routes.compare) }

    func render() -> [UInt8] {
        let meta = PageMeta(title: "So sánh đơn vị",
                            description: "Đặt 2 đến 4 đơn vị cùng bộ chỉ số cạnh nhau: tổng điểm, từng chỉ số so với điểm tối đa, trụ cột, thứ hạng và lịch sử.",
                            section: .units, scripts: ["search.js", "compare-view.js", "compare.js"])
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Đơn vị", Routes.units), ("So sánh", nil)], location: location, into: &html)
            Components.pageHeader("So sánh đơn vị",
                                  lead: "Đặt 2 đến 4 đơn vị cùng bộ chỉ số cạnh nhau: tổng điểm, từng chỉ số so với điểm tối đa, trụ cột, thứ hạng và lịch sử.",
                                  site: context.site, location: location, into: &html)
            html.element(.p, .class("no-js-hint notes"),
                         text: "Trang so sánh cần JavaScript để đọc dữ liệu của từng đơn vị và dựng bảng, nhưng trình duyệt đang không chạy JavaScript. Bảng xếp hạng bên dưới đã đặt mọi đơn vị của một nhóm cạnh nhau, với điểm từng chỉ số.")
            html.element(.div, .id("so-sanh"), .class("compare"), Attribute("data-enhancement", ""),
                         Attribute("data-root", location.link(Routes.home)), Attribute("data-index", location.link(Routes.searchIndex))) { _ in }
            rankings(into: &html)
        }
    }

    /// The latest complete table of each group: the comparison of all its units.
    private func rankings(into html: inout HTML) {
        html.element(.section, Attribute("aria-labelledby", "bang-xep-hang")) { html in
            html.element(.h2, .id("bang-xep-hang"), text: "So sánh mọi đơn vị của một nhóm")
            let latest = HomePage(context: context).latestPerGroup
            if latest.isEmpty {
                html.element(.p, text: "Chưa có bảng xếp hạng nào được công bố.")
            } else {
                html.element(.ul, .class("rankings")) { html in
                    for index in latest {
                        let table = context.model.tables[index].table
                        html.element(.li) { html in
                            html.element(.a, .href(location.link(Routes.ranking(table))), text: Components.groupName(table))
                            html.element(.span, .class("muted"), text: " – \(table.period.name), \(table.rows.count) đơn vị")
                        }
                    }
                }
            }
            html.element(.p) { $0.element(.a, .href(location.link(Routes.rankings)), text: "Tất cả bảng xếp hạng") }
        }
    }
}
