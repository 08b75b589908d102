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
        location = context.location(Routes.ranking(table))
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

    /// True when the table shows a class column (read once per table: it looks at every row).
    private func showsClass() -> Bool { table.hasClass || model.results.contains(where: { $0.classLabel != nil }) }

    /// The published table, its rows in the published order and its answer
    /// first: rank, unit, total (and DTI), class, then the other normalized
    /// values and every index (the downloads keep the published columns).
    /// An excerpt of a few units from a larger ranking (the province's row
    /// of the national table) is turned on its side: one row per column.
    private func rankingTable(into html: inout HTML) {
        if table.isPartial && table.rows.count <= 3 { return excerptTable(into: &html) }
        let measures = table.normalizedMeasures
        let dti = measures.contains(.dti)
        let otherMeasures = measures.filter { $0 != .dti }
        // Number columns that mix decimals line up on the comma.
        let showsClass = showsClass()
        let totals = NumberColumn(published: table.rows.indices.map { model.shown($0).total })
        let scoreColumns = table.indexCodes.indices.map { p in NumberColumn(published: table.rows.map { $0.scores[p] }) }
        Components.scrollTable(label: "Bảng xếp hạng đầy đủ \(table.period.nameInSentence)", into: &html) { html in
            html.element(.table, .class("ranking"), Attribute("data-sortable", "")) { html in
                html.element(.caption, text: "\(table.title) – các hàng đúng thứ tự công bố. Chạm vào tiêu đề cột để sắp xếp (khi trình duyệt bật JavaScript).")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), Attribute("data-type", "number"), text: "Hạng")
                        html.element(.th, .scope("col"), Attribute("data-type", "text"), text: "Đơn vị")
                        if table.hasParent { html.element(.th, .scope("col"), Attribute("data-type", "text"), text: "Đơn vị cấp trên") }
                        if table.hasScores {
                            html.element(.th, .scope("col"), Attribute("data-type", "number")) { html in
                                html.text("Tổng điểm")
                                if let max = model.totalMax { html.raw(" "); html.element(.span, .class("max"), text: "(/ \(NumberFormat.displayTrimmed(max)))") }
                            }
                        }
                        if dti { html.element(.th, .scope("col"), Attribute("data-type", "number"), text: "DTI") }
                        if showsClass { html.element(.th, .scope("col"), Attribute("data-type", "class"), text: "Xếp loại") }
                        if dti { html.element(.th, .scope("col"), Attribute("data-type", "number"), text: "Hạng DTI") }
                        for measure in otherMeasures {
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: measure.rawValue)
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: "Hạng \(measure.rawValue)")
                        }
                        for column in indexLabels {
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), .title(column.name)) { html in
                                html.text(column.label)
                                if let max = column.max { html.raw(" "); html.element(.span, .class("max"), text: "(/ \(NumberFormat.displayTrimmed(max)))") }
                            }
                        }
                    }
                }
                html.element(.tbody) { html in
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
                            if table.hasScores {
                                html.element(.td, .class("num total")) { html in
                                    totals.write(published: result.total, into: &html)
                                }
                            }
                            if dti { normalizedCells(.dti, row: row, rank: false, into: &html) }
                            if showsClass {
                                html.element(.td, Attribute("data-value", result.classLabel.flatMap(ClassLabel.level).map(String.init) ?? "9")) { html in
                                    Components.classBadge(result.classLabel, into: &html)
                                }
                            }
                            if dti { normalizedCells(.dti, row: row, value: false, into: &html) }
                            for measure in otherMeasures { normalizedCells(measure, row: row, into: &html) }
                            // By position, reading each score in place: copying the
                            // optional numbers out went through a generic copy per cell.
                            for p in row.scores.indices {
                                let over = row.scores[p].map { s in model.indexMaxima[p].map { s.value > $0 + 1e-9 } ?? false } ?? false
                                html.element(.td, .class(over ? "num flagged" : "num")) { html in
                                    scoreColumns[p].write(published: row.scores[p], into: &html)
                                    if over { html.element(.span, .class("flag"), .title("Vượt điểm tối đa"), text: " ⚠") }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// A normalized value (as published) and its rank of the ranked count.
    private func normalizedCells(_ measure: NormalizedMeasure, row: RankingRow, value: Bool = true, rank: Bool = true, into html: inout HTML) {
        if value { html.element(.td, .class("num"), text: row.normalized(measure)?.display ?? "–") }
        if rank { html.element(.td, .class("num"), text: row.normalizedRank(measure).map { "\($0.value)/\(table.rankedCount)" } ?? "–") }
    }

    /// A few units' rows of a larger ranking, one column per unit and one
    /// row per published column: the answer (rank, total, DTI, class) first.
    private func excerptTable(into html: inout HTML) {
        let rows = table.rows.indices
        Components.scrollTable(label: "Kết quả \(table.period.nameInSentence)", into: &html) { html in
            html.element(.table, .class("unit-result")) { html in
                html.element(.caption, text: "\(table.title) – trích \(rows.count) trong \(table.rankedCount) đơn vị được xếp hạng, như văn bản công bố.")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), text: "Cột")
                        for r in rows {
                            html.element(.th, .scope("col")) { $0.element(.a, .href(location.link(Routes.unit(table.rows[r].unitSlug))), text: table.rows[r].name) }
                        }
                    }
                }
                html.element(.tbody) { html in
                    func line(_ heading: String, _ cell: (Int, inout HTML) -> Void) {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: heading)
                            for r in rows { html.element(.td, .class("num")) { cell(r, &$0) } }
                        }
                    }
                    line("Hạng") { r, html in html.text(Components.rankText(model.shown(r).rank, of: table.rankedCount, tied: model.shown(r).tied)) }
                    if table.hasScores {
                        line("Tổng điểm") { r, html in Components.scoreWithMax(model.shown(r).total, max: model.totalMax, into: &html) }
                    }
                    for measure in table.normalizedMeasures {
                        line(measure == .dti ? "DTI" : "\(measure.rawValue) (\(measure.pillar?.title ?? ""))") { r, html in
                            html.text(table.rows[r].normalized(measure)?.display ?? "–")
                            html.element(.span, .class("max"), text: " / 1")
                            if let rank = table.rows[r].normalizedRank(measure)?.value { html.element(.span, .class("sub"), text: "hạng \(rank)/\(table.rankedCount)") }
                        }
                    }
                    if showsClass() {
                        line("Xếp loại") { r, html in Components.classBadge(model.shown(r).classLabel, into: &html) }
                    }
                    for (p, column) in indexLabels.enumerated() {
                        line(column.name) { r, html in
                            Components.scoreWithMax(table.rows[r].scores[p], max: column.max, into: &html)
                            if let rank = table.rows[r].indexRanks[p]?.value { html.element(.span, .class("sub"), text: "hạng \(rank)/\(table.rankedCount)") }
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
        Components.scrollTable(label: "Bảng thống kê điểm của nhóm", into: &html) { html in
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
                            // Computed statistics, two decimals each: their commas line up.
                            for value in [stats.mean, stats.median, stats.min, stats.max, stats.q1, stats.q3] {
                                html.element(.td, .class("num"), text: NumberFormat.display(value, decimals: 2))
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
