/// `/don-vi/<slug>/`: one unit's permalink, holding its whole history.
///
/// Top to bottom it answers: where does the unit stand (headline), why
/// (indices against maxima and the group), and how it compares and changes
/// (pillars, ranks, peers, history). Sections live in `UnitSections`.
final class UnitPage {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation

    init(context: RenderContext, unitIndex: Int) {
        self.context = context
        unit = context.model.units[unitIndex]
        location = PageLocation(path: Routes.unit(unit.slug))
    }

    func render() -> [UInt8] {
        guard let latest = unit.appearances.last else { return renderWithoutResults() }
        return ResultsPage(context: context, unit: unit, location: location, latest: latest).render()
    }

    /// A successor that no table ranks yet: what it was formed from, and each predecessor's history.
    private func renderWithoutResults() -> [UInt8] {
        let names = unit.predecessors.compactMap { context.model.unit($0.from)?.name }
        let meta = PageMeta(title: unit.shownName,
                            description: "\(unit.shownName): chưa có kết quả đánh giá chuyển đổi số trên cổng này"
                                + (names.isEmpty ? "." : "; gồm các đơn vị đã sáp nhập: \(names.joined(separator: ", ")), với lịch sử xếp hạng của từng đơn vị."),
                            section: .units)
        return context.shell.render(meta, at: location) { html in
            let lineage = UnitLineage(context: context, unit: unit, location: location)
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Đơn vị", Routes.units), (unit.name, nil)], location: location, into: &html)
            Components.pageHeader(unit.name, lead: unit.parent.map { "Thuộc " + $0 }, site: context.site, location: location, into: &html)
            lineage.notice(into: &html)
            lineage.withoutResults(into: &html)
            lineage.predecessors(into: &html)
            UnitShare(context: context, unit: unit, location: location).render(into: &html)
        }
    }
}

/// The page of a unit with results: its latest result first, then why, then over time.
private struct ResultsPage {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation
    let latest: Appearance
    var latestTable: TableModel { context.model.tables[latest.table] }

    var meta: PageMeta {
        let table = latestTable.table
        let result = latestTable.results[latest.row]
        // Built by appending into reserved strings: the interpolations and
        // concatenations this replaced made a dozen temporary strings a page.
        var summary = String()
        summary.reserveCapacity(96)
        summary += "DTI "; summary += table.period.nameInSentence; summary += ": "
        summary += context.headline(latest)
        summary += ", "
        summary += Components.rankText(result.rank, of: table.rankedCount, tied: result.tied, lowercase: true)
        if let label = result.classLabel { summary += ", xếp loại "; summary += label }
        var description = String()
        description.reserveCapacity(unit.name.utf8.count + summary.utf8.count + 160)
        description += unit.shownName; description += " – "; description += summary
        description += " ("; description += Components.groupName(table); description += ")."
        var first = true
        for pillar in [Pillar.cqs, .kts, .xhs] {
            let measure = NormalizedMeasure(pillar)
            guard table.normalizedMeasures.contains(measure) || latestTable.measures.contains(measure),
                  let value = latestTable.normalized(measure, row: latest.row) else { continue }
            description += first ? " " : ", "
            first = false
            description += pillar.rawValue; description += " "; description += NumberFormat.display(value, decimals: 4)
            if let rank = latestTable.normalizedRank(measure, row: latest.row) { description += " (hạng "; description += String(rank); description += ")" }
        }
        if !first { description += "." }
        if unit.appearances.count > 1 { description += " Lịch sử "; description += String(unit.appearances.count); description += " kỳ đánh giá." }
        var title = String()
        title.reserveCapacity(unit.name.utf8.count + summary.utf8.count + 2)
        title += unit.shownName; title += ": "; title += summary
        return PageMeta(title: title, description: description, section: .units)
    }

    func render() -> [UInt8] {
        context.shell.render(meta, at: location, capacity: 40_000) { html in
            let sections = UnitSections(context: context, unit: unit, location: location)
            let lineage = UnitLineage(context: context, unit: unit, location: location)
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Đơn vị", Routes.units), (unit.name, nil)], location: location, into: &html)
            Components.pageHeader(unit.name, lead: unit.parent.map { "Thuộc " + $0 }, site: context.site, location: location, into: &html)
            lineage.notice(into: &html)
            sections.headline(into: &html)
            Components.unitNotes(latestTable.notes(forRow: latest.row), row: latestTable.table.rows[latest.row], table: latestTable.table, into: &html)
            if latestTable.table.hasScores {
                sections.indices(into: &html)
                sections.shape(into: &html)
            }
            sections.pillars(into: &html)
            sections.peers(into: &html)
            sections.history(into: &html)
            lineage.predecessors(into: &html)
            sections.assessments(into: &html)
            printSource(into: &html)
            sections.share(into: &html)
        }
    }

    /// On paper only: where the numbers come from, the page's address and
    /// (filled in by the script when printing) the date it was printed.
    private func printSource(into html: inout HTML) {
        let table = latestTable.table
        html.element(.p, .class("print-only source")) { html in
            html.element(.strong, text: "Nguồn số liệu: ")
            html.text(table.source ?? table.title)
            if let published = table.published { html.text(" (công bố " + published + ")") }
            html.raw(". Trang in từ ")
            html.text(context.site.baseURL)
            html.text(location.path)
            html.raw(".")
            html.element(.span, Attribute("data-print-date", ""), text: "")
        }
    }
}
