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

    private var words: Catalogue { context.words }

    var meta: PageMeta {
        return PageMeta(title: "\(table.title)", description: description, section: .rankings, scripts: ["compare-pick.js"])
    }

    /// The meta description: the table in one sentence, with its leader where it has scores.
    private var description: String {
        let group = words.groupName(table), period = words.periodInSentence(table.period)
        let count = String(table.rows.count), ranked = String(table.rankedCount)
        guard let first = model.rankOrder.first, let total = model.results[first].total else {
            return table.isPartial ? words(.rankingDescriptionPartial, ["group": group, "period": period, "count": count, "ranked": ranked])
                : words(.rankingDescription, ["group": group, "period": period, "count": count])
        }
        let leader = table.rows[first].name, points = words.published(total)
        return table.isPartial
            ? words(.rankingDescriptionPartialLeader, ["group": group, "period": period, "count": count, "ranked": ranked, "leader": leader, "total": points])
            : words(.rankingDescriptionLeader, ["group": group, "period": period, "count": count, "leader": leader, "total": points])
    }

    func render() -> [UInt8] {
        context.shell.render(meta, at: location, capacity: 32_768 + table.rows.count * 900) { html in
            let location = self.location
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navRankings], Routes.rankings),
                                    ("\(words.period(table.period)) · \(words.groupName(table))", nil)], location: location, into: &html)
            Components.pageHeader(table.title, lead: lead, site: context.site, location: location, into: &html)
            Components.source(table, framework: model.framework, location: location, into: &html)
            if !model.classCounts.isEmpty { ChartAdapters.classMix(model, idPrefix: "co-cau", into: &html) }
            Components.notes(model.notes, table: table, into: &html)

            html.element(.section, Attribute("aria-labelledby", "bang-xep-hang")) { html in
                html.element(.h2, .id("bang-xep-hang"), text: words[.rankingTableHeading])
                rankingTable(into: &html)
                downloads(into: &html)
                Citation.render(Citation.ranking(table, site: context.site, words: context.words, edition: context.edition.prefix), into: &html)
            }
            if table.hasScores && table.rows.count > 1 {
                html.element(.section, Attribute("aria-labelledby", "tong-diem")) { html in
                    html.element(.h2, .id("tong-diem"), text: words[.rankingTotalsHeading])
                    ChartAdapters.totals(model, location: location, idPrefix: "bd-tong", into: &html)
                }
            }
            if !table.isPartial && table.hasScores && table.rows.count > 1 {
                html.element(.section, Attribute("aria-labelledby", "phan-bo")) { html in
                    html.element(.h2, .id("phan-bo"), text: words[.rankingDistributionHeading])
                    ChartAdapters.distributions(model, idPrefix: "pb", into: &html)
                }
                html.element(.section, Attribute("aria-labelledby", "thong-ke")) { html in
                    html.element(.h2, .id("thong-ke"), text: words[.rankingStatisticsHeading])
                    statistics(into: &html)
                }
            }
            if let previous = previousTable, table.rows.count <= 40 {
                html.element(.section, Attribute("aria-labelledby", "thay-doi-hang")) { html in
                    html.element(.h2, .id("thay-doi-hang"), text: words[.rankingRankChangeHeading])
                    ChartAdapters.slope(context: context, tableIndex: tableIndex, previous: previous, location: location, idPrefix: "doi-hang", into: &html)
                }
            }
            pillarLinks(into: &html)
        }
    }

    /// The same group's complete table in the latest earlier period, if any.
    private var previousTable: Int? { context.previousTable[tableIndex] }

    /// `Năm 2022 · Sở, ban, ngành · 19 đơn vị · thang điểm 245`.
    private var lead: String {
        var text = "\(words.period(table.period)) · \(words.groupName(table)) · "
        text += table.isPartial ? words(.rankingLeadPartial, ["shown": String(table.rows.count), "ranked": String(table.rankedCount)])
            : words(.rankingUnitCount, ["count": String(table.rows.count)])
        if let max = model.totalMax, table.hasScores { text += " · " + words(.rankingLeadScale, ["max": words.trimmed(max)]) }
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
        Components.scrollTable(label: words(.rankingFullTableLabel, ["period": words.periodInSentence(table.period)]), into: &html) { html in
            html.element(.table, .class("ranking"), Attribute("data-sortable", "")) { html in
                html.element(.caption, text: words(.rankingTableCaption, ["title": table.title]))
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), Attribute("data-type", "number"), text: words[.rankingColumnRank])
                        html.element(.th, .scope("col"), Attribute("data-type", "text"), text: words[.rankingColumnUnit])
                        if table.hasParent { html.element(.th, .scope("col"), Attribute("data-type", "text"), text: words[.rankingColumnParent]) }
                        if table.hasScores {
                            html.element(.th, .scope("col"), Attribute("data-type", "number")) { html in
                                html.text(words[.rankingColumnTotal])
                                if let max = model.totalMax { html.raw(" "); html.element(.span, .class("max"), text: "(/ \(words.trimmed(max)))") }
                            }
                        }
                        if dti { html.element(.th, .scope("col"), Attribute("data-type", "number"), text: "DTI") }
                        if showsClass { html.element(.th, .scope("col"), Attribute("data-type", "class"), text: words[.rankingColumnClass]) }
                        if dti { html.element(.th, .scope("col"), Attribute("data-type", "number"), text: words(.rankingColumnMeasureRank, ["measure": NormalizedMeasure.dti.rawValue])) }
                        for measure in otherMeasures {
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: measure.rawValue)
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: words(.rankingColumnMeasureRank, ["measure": measure.rawValue]))
                        }
                        for column in indexLabels {
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), .title(column.name)) { html in
                                html.text(column.label)
                                if let max = column.max { html.raw(" "); html.element(.span, .class("max"), text: "(/ \(words.trimmed(max)))") }
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
                                if result.tied { html.element(.abbr, .title(words[.rankingTied]), text: "=") }
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
                                    if over { html.element(.span, .class("flag"), .title(words[.rankingOverMax]), text: " ⚠") }
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
        if value { html.element(.td, .class("num"), text: row.normalized(measure).map(words.published) ?? "–") }
        if rank { html.element(.td, .class("num"), text: row.normalizedRank(measure).map { "\($0.value)/\(table.rankedCount)" } ?? "–") }
    }

    /// A few units' rows of a larger ranking, one column per unit and one
    /// row per published column: the answer (rank, total, DTI, class) first.
    private func excerptTable(into html: inout HTML) {
        let rows = table.rows.indices
        Components.scrollTable(label: words(.rankingExcerptLabel, ["period": words.periodInSentence(table.period)]), into: &html) { html in
            html.element(.table, .class("unit-result")) { html in
                html.element(.caption, text: words(.rankingExcerptCaption, ["title": table.title, "shown": String(rows.count), "ranked": String(table.rankedCount)]))
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), text: words[.rankingExcerptColumn])
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
                    line(words[.rankingColumnRank]) { r, html in html.text(words.rank(model.shown(r).rank, of: table.rankedCount, tied: model.shown(r).tied)) }
                    if table.hasScores {
                        line(words[.rankingColumnTotal]) { r, html in Components.scoreWithMax(model.shown(r).total, max: model.totalMax, into: &html) }
                    }
                    for measure in table.normalizedMeasures {
                        line(measure == .dti ? "DTI" : "\(measure.rawValue) (\(measure.pillar.map(words.pillar) ?? ""))") { r, html in
                            html.text(table.rows[r].normalized(measure).map(words.published) ?? "–")
                            html.element(.span, .class("max"), text: " / 1")
                            if let rank = table.rows[r].normalizedRank(measure)?.value { html.element(.span, .class("sub"), text: words.rank(rank, of: table.rankedCount, inSentence: true)) }
                        }
                    }
                    if showsClass() {
                        line(words[.rankingColumnClass]) { r, html in Components.classBadge(model.shown(r).classLabel, into: &html) }
                    }
                    for (p, column) in indexLabels.enumerated() {
                        line(column.name) { r, html in
                            Components.scoreWithMax(table.rows[r].scores[p], max: column.max, into: &html)
                            if let rank = table.rows[r].indexRanks[p]?.value { html.element(.span, .class("sub"), text: words.rank(rank, of: table.rankedCount, inSentence: true)) }
                        }
                    }
                }
            }
        }
    }

    private func downloads(into html: inout HTML) {
        html.element(.p, .class("downloads")) { html in
            html.text(words[.rankingDownloads] + " ")
            html.element(.a, .href(location.link(Routes.rankingCSV(table))), Attribute("download", ""), text: "CSV")
            html.raw(" · ")
            html.element(.a, .href(location.link(Routes.rankingWorkbook(table))), Attribute("download", ""), text: "Excel")
            html.raw(" · ")
            html.element(.a, .href(location.link(Routes.rankingJSON(table))), Attribute("download", ""), text: "JSON")
            html.raw(" · ")
            html.element(.a, .href(location.link(Routes.openData, fragment: "tu-dien-du-lieu")), text: words[.rankingDataDictionary])
            if let framework = model.framework {
                html.raw(" · ")
                html.element(.a, .href(location.link(Routes.framework(framework.id))), text: words[.rankingScoringMethod])
            }
        }
    }

    private func statistics(into html: inout HTML) {
        Components.scrollTable(label: words[.rankingStatisticsLabel], into: &html) { html in
            html.element(.table, .class("stats")) { html in
                html.element(.caption, text: words(.rankingStatisticsCaption, ["count": String(table.rows.count)]))
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        let headings: [Word] = [.rankingStatIndex, .rankingColumnMax, .rankingStatMean, .rankingStatMedian,
                                                .rankingStatLowest, .rankingStatHighest, .rankingStatQ1, .rankingStatQ3]
                        for heading in headings.map({ words[$0] }) {
                            html.element(.th, .scope("col"), text: heading)
                        }
                    }
                }
                html.element(.tbody) { html in
                    var rows: [(String, Double?, Statistics?)] = indexLabels.enumerated().map { ($1.label, $1.max, model.indexStatistics[$0]) }
                    rows.append((words[.rankingColumnTotal], model.totalMax, model.totalStatistics))
                    for (label, max, stats) in rows {
                        guard let stats else { continue }
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: label)
                            html.element(.td, .class("num"), text: max.map { words.trimmed($0) } ?? "–")
                            // Computed statistics, two decimals each: their commas line up.
                            for value in [stats.mean, stats.median, stats.min, stats.max, stats.q1, stats.q3] {
                                html.element(.td, .class("num"), text: words.number(value, decimals: 2))
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
            html.text(words[.rankingPillarValues] + " ")
            for (i, pillar) in pillars.enumerated() {
                if i > 0 { html.raw(" · ") }
                html.element(.a, .href(location.link(Routes.pillarRanking(pillar, table))), text: words.pillar(pillar) + " (\(pillar.rawValue))")
            }
        }
    }
}
