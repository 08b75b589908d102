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
        location = context.location(Routes.unit(unit.slug))
    }

    func render() -> [UInt8] {
        guard let latest = unit.appearances.last else { return renderWithoutResults() }
        return ResultsPage(context: context, unit: unit, location: location, latest: latest).render()
    }

    /// A successor that no table ranks yet: what it was formed from, and each predecessor's history.
    private func renderWithoutResults() -> [UInt8] {
        let words = context.words
        let names = unit.predecessors.compactMap { context.model.unit($0.from)?.name }
        let description = names.isEmpty
            ? words(.unitDescriptionNoResults, ["unit": unit.shownName])
            : words(.unitDescriptionNoResultsMerged, ["unit": unit.shownName, "units": names.joined(separator: ", ")])
        let meta = PageMeta(title: unit.shownName, description: description, section: .units)
        return context.shell.render(meta, at: location) { html in
            let lineage = UnitLineage(context: context, unit: unit, location: location)
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navUnits], Routes.units), (unit.name, nil)], location: location, into: &html)
            Components.pageHeader(unit.name, lead: unit.parent.map { words(.unitParent, ["parent": $0]) }, site: context.site, location: location, into: &html)
            lineage.notice(into: &html)
            lineage.withoutResults(into: &html)
            lineage.predecessors(into: &html)
            UnitShare(context: context, unit: unit, location: location, summary: nil).render(into: &html)
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

    /// Title and description in plain words from the unit's summary (the
    /// same one its social card, badge and A4 card show), and its card.
    func meta(_ summary: UnitSummary) -> PageMeta {
        PageMeta(title: summary.pageTitle(shownName: unit.shownName),
                 description: summary.pageDescription(shownName: unit.shownName, periods: unit.appearances.count),
                 section: .units, image: context.site.shareCards ? SocialCards.unitImage(summary, slug: unit.slug, edition: context.edition.prefix) : nil)
    }

    func render() -> [UInt8] {
        let summary = UnitSummary(context: context, unit: unit, latest: latest, bars: false)
        return context.shell.render(meta(summary), at: location, capacity: 40_000) { html in
            let sections = UnitSections(context: context, unit: unit, location: location)
            let lineage = UnitLineage(context: context, unit: unit, location: location)
            Components.breadcrumbs([(html.words[.navHome], Routes.home), (html.words[.navUnits], Routes.units), (unit.name, nil)],
                                   location: location, into: &html)
            Components.pageHeader(unit.name, lead: unit.parent.map { context.words(.unitParent, ["parent": $0]) }, site: context.site,
                                  location: location, into: &html)
            lineage.notice(into: &html)
            sections.headline(into: &html)
            Components.unitNotes(latestTable.notes(forRow: latest.row), row: latestTable.table.rows[latest.row], table: latestTable.table, into: &html)
            if latestTable.table.hasScores {
                sections.indices(into: &html)
                sections.shape(into: &html)
            }
            sections.pillars(into: &html)
            sections.peers(into: &html)
            UnitCompareLink(context: context, unit: unit, location: location).render(into: &html)
            sections.history(into: &html)
            lineage.predecessors(into: &html)
            sections.assessments(into: &html)
            printSource(into: &html)
            UnitShare(context: context, unit: unit, location: location, summary: summary).render(into: &html)
        }
    }

    /// On paper only: where the numbers come from, the page's address and
    /// (filled in by the script when printing) the date it was printed.
    private func printSource(into html: inout HTML) {
        let table = latestTable.table
        html.element(.p, .class("print-only source")) { html in
            html.element(.strong, text: html.words[.unitPrintSource] + " ")
            html.text(table.source ?? table.title)
            if let published = table.published { html.text(" " + html.words(.sourcePublished, ["date": published])) }
            html.text(". " + html.words(.unitPrintedFrom, ["url": context.site.baseURL + location.path]))
            html.element(.span, Attribute("data-print-date", ""), text: "")
        }
    }
}
