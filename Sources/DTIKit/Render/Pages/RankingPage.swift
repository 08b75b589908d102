/// `/xep-hang/<period>/<group>/`: one published table, exactly as published,
/// with its notes, charts, group statistics, source and downloads.
final class RankingPage {
    let context: RenderContext
    let tableIndex: Int
    let model: TableModel
    let table: RankingTable
    let location: PageLocation

    init(context: RenderContext, tableIndex: Int) {
        self.context = context
        self.tableIndex = tableIndex
        model = context.model.tables[tableIndex]
        table = model.table
        location = PageLocation(path: Routes.ranking(table))
    }

    var meta: PageMeta {
        let group = Components.groupName(table)
        var description = "Bảng xếp hạng chuyển đổi số \(group) \(table.period.nameInSentence): \(table.rows.count) đơn vị"
        if table.isPartial { description += " trong tổng số \(table.rankedCount)" }
        if let first = model.rankOrder.first, let total = model.results[first].total {
            description += "; dẫn đầu: \(table.rows[first].name) (\(total.display) điểm)"
        }
        return PageMeta(title: "\(table.title)", description: description + ".", section: .rankings, scripts: ["compare-pick.js"])
    }

    func render() -> [UInt8] {
        context.shell.render(meta, at: location, capacity: 32_768 + table.rows.count * 900) { html in
            let location = self.location
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Xếp hạng", Routes.rankings),
                                    ("\(table.period.name) · \(Components.groupName(table))", nil)], location: location, into: &html)
            Components.pageHeader(table.title, lead: lead, site: context.site, location: location, into: &html)
            Components.source(table, framework: model.framework, location: location, into: &html)
            if !model.classCounts.isEmpty { ChartAdapters.classMix(model, idPrefix: "co-cau", into: &html) }
            Components.notes(model.notes, table: table, into: &html)

            html.element(.section, Attribute("aria-labelledby", "bang-xep-hang")) { html in
                html.element(.h2, .id("bang-xep-hang"), text: "Bảng xếp hạng")
                rankingTable(into: &html)
                downloads(into: &html)
                Citation.render(Citation.ranking(table, site: context.site), into: &html)
            }
            if table.hasScores && table.rows.count > 1 {
                html.element(.section, Attribute("aria-labelledby", "tong-diem")) { html in
                    html.element(.h2, .id("tong-diem"), text: "Tổng điểm theo đơn vị")
                    ChartAdapters.totals(model, location: location, idPrefix: "bd-tong", into: &html)
                }
            }
            if !table.isPartial && table.hasScores && table.rows.count > 1 {
                html.element(.section, Attribute("aria-labelledby", "phan-bo")) { html in
                    html.element(.h2, .id("phan-bo"), text: "Phân bố điểm từng chỉ số")
                    ChartAdapters.distributions(model, idPrefix: "pb", into: &html)
                }
                html.element(.section, Attribute("aria-labelledby", "thong-ke")) { html in
                    html.element(.h2, .id("thong-ke"), text: "Thống kê của nhóm")
                    statistics(into: &html)
                }
            }
            if let previous = previousTable, table.rows.count <= 40 {
                html.element(.section, Attribute("aria-labelledby", "thay-doi-hang")) { html in
                    html.element(.h2, .id("thay-doi-hang"), text: "Thay đổi thứ hạng so với kỳ trước")
                    ChartAdapters.slope(context: context, tableIndex: tableIndex, previous: previous, location: location, idPrefix: "doi-hang", into: &html)
                }
            }
            pillarLinks(into: &html)
        }
    }

    /// The same group's complete table in the latest earlier period, if any.
    private var previousTable: Int? { context.previousTable[tableIndex] }

    private var lead: String {
        var text = "\(table.period.name) · \(Components.groupName(table)) · "
        text += table.isPartial ? "\(table.rows.count) trong \(table.rankedCount) đơn vị được xếp hạng" : "\(table.rows.count) đơn vị"
        if let max = model.totalMax, table.hasScores { text += " · thang điểm \(NumberFormat.displayTrimmed(max))" }
        return text
    }

    private var indexLabels: [(label: String, name: String, max: Double?)] {
        table.indexCodes.indices.map { p in (model.indexLabels[p], model.indexNames[p], model.indexMaxima[p]) }
    }

    private func rankingTable(into html: inout HTML) {
        Components.scrollTable(label: "Bảng xếp hạng \(table.period.nameInSentence)", into: &html) { html in
            html.element(.table, .class("ranking"), Attribute("data-sortable", "")) { html in
                html.element(.caption, text: "\(table.title) – đúng thứ tự công bố. Chạm vào tiêu đề cột để sắp xếp (khi trình duyệt bật JavaScript).")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), Attribute("data-type", "number"), text: "Hạng")
                        html.element(.th, .scope("col"), Attribute("data-type", "text"), text: "Đơn vị")
                        if table.hasParent { html.element(.th, .scope("col"), Attribute("data-type", "text"), text: "Đơn vị cấp trên") }
                        for column in indexLabels {
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), .title(column.name)) { html in
                                html.text(column.label)
                                if let max = column.max { html.element(.span, .class("max"), text: " (\(NumberFormat.displayTrimmed(max)))") }
                            }
                        }
                        if table.hasScores {
                            html.element(.th, .scope("col"), Attribute("data-type", "number")) { html in
                                html.text("Tổng điểm")
                                if let max = model.totalMax { html.element(.span, .class("max"), text: " (\(NumberFormat.displayTrimmed(max)))") }
                            }
                        }
                        for measure in table.normalizedMeasures {
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: measure.rawValue)
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: "Hạng \(measure.rawValue)")
                        }
                        if table.hasClass || model.results.contains(where: { $0.classLabel != nil }) {
                            html.element(.th, .scope("col"), Attribute("data-type", "class"), text: "Xếp loại")
                        }
                    }
                }
                html.element(.tbody) { html in
                    let showClass = table.hasClass || model.results.contains(where: { $0.classLabel != nil })
                    for (r, row) in table.rows.enumerated() {
                        let result = model.shown(r)
                        html.element(.tr) { html in
                            html.element(.td, .class("num"), result.rank.map { Attribute("data-value", integer: $0) } ?? Attribute("data-value", "")) { html in
                                if let rank = result.rank { html.integer(rank) } else { html.raw("–") }
                                if result.tied { html.element(.abbr, .title("đồng hạng"), text: "=") }
                            }
                            html.element(.th, .scope("row")) { html in
                                html.element(.a, .href(location.link(Routes.unit(row.unitSlug))), text: row.name)
                            }
                            if table.hasParent { html.element(.td, text: row.parent ?? "–") }
                            // By position, reading each score in place: copying the
                            // optional numbers out went through a generic copy per cell.
                            for p in row.scores.indices {
                                let over = row.scores[p].map { s in model.indexMaxima[p].map { s.value > $0 + 1e-9 } ?? false } ?? false
                                html.element(.td, .class(over ? "num flagged" : "num")) { html in
                                    if let digits = row.scores[p]?.text { html.published(digits: digits) } else { html.raw("–") }
                                    if over { html.element(.span, .class("flag"), .title("Vượt điểm tối đa"), text: " ⚠") }
                                }
                            }
                            if table.hasScores {
                                html.element(.td, .class("num total"), text: result.total?.display ?? "–")
                            }
                            for measure in table.normalizedMeasures {
                                let value = row.normalized(measure)
                                html.element(.td, .class("num"), text: value?.display ?? "–")
                                let rank = row.normalizedRank(measure)?.value
                                html.element(.td, .class("num"), text: rank.map { "\($0)/\(table.rankedCount)" } ?? "–")
                            }
                            if showClass {
                                html.element(.td, Attribute("data-value", result.classLabel.flatMap(ClassLabel.level).map(String.init) ?? "9")) { html in
                                    Components.classBadge(result.classLabel, into: &html)
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private func downloads(into html: inout HTML) {
        html.element(.p, .class("downloads")) { html in
            html.text("Tải bảng này: ")
            html.element(.a, .href(location.link(Routes.rankingCSV(table))), Attribute("download", ""), text: "CSV")
            html.raw(" · ")
            html.element(.a, .href(location.link(Routes.rankingWorkbook(table))), Attribute("download", ""), text: "Excel")
            html.raw(" · ")
            html.element(.a, .href(location.link(Routes.rankingJSON(table))), Attribute("download", ""), text: "JSON")
            html.raw(" · ")
            html.element(.a, .href(location.link(Routes.openData, fragment: "tu-dien-du-lieu")), text: "Từ điển dữ liệu")
            if let framework = model.framework {
                html.raw(" · ")
                html.element(.a, .href(location.link(Routes.framework(framework.id))), text: "Phương pháp tính điểm")
            }
        }
    }

    private func statistics(into html: inout HTML) {
        Components.scrollTable(label: "Thống kê của nhóm", into: &html) { html in
            html.element(.table, .class("stats")) { html in
                html.element(.caption, text: "Thống kê điểm của \(table.rows.count) đơn vị (tứ phân vị nội suy tuyến tính, như QUARTILE.INC của Excel)")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in ["Chỉ số", "Điểm tối đa", "Trung bình", "Trung vị", "Thấp nhất", "Cao nhất", "Tứ phân vị 1", "Tứ phân vị 3"] {
                            html.element(.th, .scope("col"), text: heading)
                        }
                    }
                }
                html.element(.tbody) { html in
                    var rows: [(String, Double?, Statistics?)] = indexLabels.enumerated().map { ($1.label, $1.max, model.indexStatistics[$0]) }
                    rows.append(("Tổng điểm", model.totalMax, model.totalStatistics))
                    for (label, max, stats) in rows {
                        guard let stats else { continue }
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: label)
                            html.element(.td, .class("num"), text: max.map { NumberFormat.displayTrimmed($0) } ?? "–")
                            for value in [stats.mean, stats.median, stats.min, stats.max, stats.q1, stats.q3] {
                                html.element(.td, .class("num"), text: NumberFormat.displayTrimmed(value, decimals: 2))
                            }
                        }
                    }
                }
            }
        }
    }

    private func pillarLinks(into html: inout HTML) {
        let pillars = model.measures.compactMap(\.pillar)
        guard !pillars.isEmpty else { return }
        html.element(.p, .class("related")) { html in
            html.text("Giá trị trụ cột của bảng này: ")
            for (i, pillar) in pillars.enumerated() {
                if i > 0 { html.raw(" · ") }
                html.element(.a, .href(location.link(Routes.pillarRanking(pillar, table))), text: pillar.title + " (\(pillar.rawValue))")
            }
        }
    }
}
