/// `/xep-hang/`: every published table, newest period first.
struct RankingIndexPage {
    let context: RenderContext
    var location: PageLocation { context.location(Routes.rankings) }

    func render() -> [UInt8] {
        let meta = PageMeta(title: "Bảng xếp hạng", description: "Tất cả bảng xếp hạng chuyển đổi số đã công bố, theo kỳ và nhóm đơn vị.",
                            section: .rankings)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Xếp hạng", nil)], location: location, into: &html)
            Components.pageHeader("Bảng xếp hạng", lead: "\(context.model.tables.count) bảng, mới nhất trước.", site: context.site, location: location, into: &html)
            var period: Period?
            for index in context.tablesNewestFirst {
                let model = context.model.tables[index]
                let table = model.table
                if table.period != period {
                    if period != nil { html.raw("</ul>\n") }
                    html.element(.h2, .id("ky-\(table.period)"), text: table.period.name)
                    html.raw("<ul class=\"rankings\">")
                    period = table.period
                }
                html.element(.li) { html in
                    html.element(.a, .href(location.link(Routes.ranking(table))), text: Components.groupName(table))
                    html.element(.span, .class("muted"), text: " – \(table.title); "
                                 + (table.isPartial ? "\(table.rows.count)/\(table.rankedCount) đơn vị" : "\(table.rows.count) đơn vị"))
                }
            }
            if period != nil { html.raw("</ul>\n") }
        }
    }
}

/// `/don-vi/`: every unit A–Z, with its latest result. The search box's
/// fallback without JavaScript; with it, the list filters as you type.
struct UnitIndexPage {
    let context: RenderContext
    var location: PageLocation { context.location(Routes.units) }

    /// Units in Vietnamese alphabetical order (`VietnameseCollation`: letters,
    /// then tones, then case), then by slug; with the search key each `li`
    /// carries for the filter (the name without marks, `so tu phap`).
    var sortedUnits: [(index: Int, key: String)] {
        let units = context.model.units
        let order = VietnameseCollation.ranks(units.map(\.name))
        return units.indices.sorted { a, b in order[a] < order[b] }
            .map { ($0, SlugTransliteration.key(units[$0].name)) }
    }

    func render() -> [UInt8] {
        let units = context.model.units
        let meta = PageMeta(title: "Đơn vị từ A đến Z", description: "Danh sách \(units.count) đơn vị có kết quả đánh giá chuyển đổi số, mỗi đơn vị một trang riêng.",
                            section: .units)
        let sorted = sortedUnits
        return context.shell.render(meta, at: location, capacity: 16_384 + units.count * 220) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Đơn vị", nil)], location: location, into: &html)
            Components.pageHeader("Đơn vị từ A đến Z", lead: "\(units.count) đơn vị. Mỗi đơn vị có một đường dẫn cố định chứa toàn bộ lịch sử xếp hạng.",
                                  site: context.site, location: location, into: &html)
            UnitLetterIndex.render(names: sorted.map { units[$0.index].name }, into: &html)
            html.element(.form, .class("search"), Attribute("action", "./"), Attribute("method", "get"), .role("search")) { html in
                html.element(.label, Attribute("for", "loc-don-vi"), text: "Lọc theo tên")
                html.void(.input, .id("loc-don-vi"), Attribute("type", "search"), Attribute("name", "q"), Attribute("data-filter", "danh-sach-don-vi"),
                          Attribute("autocomplete", "off"))
                html.element(.button, Attribute("type", "submit"), text: "Lọc")
            }
            html.element(.p, .class("muted no-js-hint"), text: "Không có JavaScript: dùng chức năng tìm trong trang (Ctrl+F) của trình duyệt.")
            var letter: String?
            var open = false
            html.raw("<div id=\"danh-sach-don-vi\">")
            for (index, key) in sorted {
                let unit = units[index]
                // Sections by Vietnamese letter: D and Đ, O, Ô and Ơ apart.
                let initial = UnitLetterIndex.heading(forName: unit.name)
                if initial.label != letter {
                    if open { html.raw("</ul>") }
                    html.element(.h2, .id(initial.id), text: initial.label)
                    html.raw("<ul class=\"units\">")
                    open = true
                    letter = initial.label
                }
                html.element(.li, Attribute("data-name", key)) { html in
                    html.element(.a, .href(location.link(Routes.unit(unit.slug))), text: unit.shownName)
                    if let latest = unit.appearances.last {
                        let table = context.model.tables[latest.table]
                        html.element(.span, .class("muted"), text: " – \(Components.groupName(table.table)) \(table.table.period.nameInSentence): "
                                     + Components.rankText(table.results[latest.row].rank, of: table.table.rankedCount, lowercase: true))
                    } else {
                        html.element(.span, .class("muted"), text: " – chưa có kết quả đánh giá")
                    }
                    // Where a unit that no longer exists went: `đã sáp nhập vào …`.
                    if let link = unit.successors.first {
                        let successors = unit.successors.compactMap { $0.to.flatMap { context.model.unit($0) } }
                        html.element(.span, .class("lineage")) { html in
                            if successors.isEmpty {
                                html.text(" · đã chấm dứt hoạt động từ \(link.since)")
                            } else {
                                html.text(successors.count > 1 ? " · đã được chia, nhập vào " : " · đã sáp nhập vào ")
                                for (n, successor) in successors.enumerated() {
                                    if n > 0 { html.text(", ") }
                                    html.element(.a, .href(location.link(Routes.unit(successor.slug))), text: successor.shownName)
                                }
                                html.text(" từ \(link.since)")
                            }
                        }
                    }
                }
            }
            if open { html.raw("</ul>") }
            html.raw("</div>")
        }
    }
}

/// `/<name>/`: a free-text page from `pages/<name>.md`.
struct ContentPageView {
    let context: RenderContext
    let page: ContentPage

    func render() -> [UInt8] {
        let location = context.location(Routes.page(page.name))
        let firstParagraph = page.markdown.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingASCIISpacesSubstring.isEmpty }
        let description = firstParagraph.map { String($0).trimmingASCIISpaces() } ?? page.title
        return context.shell.render(PageMeta(title: page.title, description: String(description.prefix(200))), at: location) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), (page.title, nil)], location: location, into: &html)
            html.element(.article, .class("prose")) { html in
                Markdown.render(page.markdown, into: &html, printURL: context.site.baseURL + location.path)
            }
        }
    }
}

/// `/404.html`: served for any missing path, so its links are absolute from the base path.
struct NotFoundPage {
    let context: RenderContext

    func render() -> [UInt8] {
        let location = PageLocation(route: "404.html", edition: context.edition.prefix, absoluteBase: context.site.basePath)
        let meta = PageMeta(title: "Không tìm thấy trang", description: "Trang bạn tìm không có hoặc đã được chuyển.")
        return context.shell.render(meta, at: location) { html in
            html.element(.h1, text: "Không tìm thấy trang")
            html.element(.p, text: "Đường dẫn này không có trên cổng thông tin. Có thể tên đơn vị đã đổi, hoặc đường dẫn bị gõ sai.")
            html.element(.ul) { html in
                html.element(.li) { $0.element(.a, .href(location.link(Routes.home)), text: "Về trang chủ") }
                html.element(.li) { $0.element(.a, .href(location.link(Routes.units)), text: "Tìm đơn vị trong danh sách A–Z") }
                html.element(.li) { $0.element(.a, .href(location.link(Routes.rankings)), text: "Xem tất cả bảng xếp hạng") }
            }
        }
    }
}

extension Substring {
    var trimmingASCIISpacesSubstring: String { String(self).trimmingASCIISpaces() }
}
