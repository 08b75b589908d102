/// `/don-vi/<slug>/`: one unit's permalink, holding its whole history.
///
/// Top to bottom it answers: where does the unit stand (headline), why
/// (indices against maxima and the group), and how it compares and changes
/// (pillars, ranks, peers, history). Sections live in `UnitSections`.
final class UnitPage {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation
    let latest: Appearance
    let latestTable: TableModel

    init(context: RenderContext, unitIndex: Int) {
        self.context = context
        unit = context.model.units[unitIndex]
        location = PageLocation(path: Routes.unit(unit.slug))
        latest = unit.appearances.last!
        latestTable = context.model.tables[latest.table]
    }

    var meta: PageMeta {
        let table = latestTable.table
        let result = latestTable.results[latest.row]
        var summary = "DTI \(table.period): " + context.headline(latest)
        summary += ", " + Components.rankText(result.rank, of: table.rankedCount, tied: result.tied, lowercase: true)
        if let label = result.classLabel { summary += ", xếp loại \(label)" }
        var description = "\(unit.name) – \(summary) (\(Components.groupName(table)))."
        let pillars: [String] = [Pillar.cqs, .kts, .xhs].compactMap { pillar in
            let measure = NormalizedMeasure(pillar)
            guard table.normalizedMeasures.contains(measure) || latestTable.measures.contains(measure),
                  let value = latestTable.normalized(measure, row: latest.row) else { return nil }
            let rank = latestTable.normalizedRank(measure, row: latest.row).map { " (hạng \($0))" } ?? ""
            return "\(pillar.rawValue) \(NumberFormat.display(value, decimals: 4))\(rank)"
        }
        if !pillars.isEmpty { description += " " + pillars.joined(separator: ", ") + "." }
        if unit.appearances.count > 1 { description += " Lịch sử \(unit.appearances.count) kỳ đánh giá." }
        return PageMeta(title: "\(unit.name): \(summary)", description: description, section: .units)
    }

    func render() -> [UInt8] {
        context.shell.render(meta, at: location, capacity: 40_000) { html in
            let sections = UnitSections(context: context, unit: unit, location: location)
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Đơn vị", Routes.units), (unit.name, nil)], location: location, into: &html)
            Components.pageHeader(unit.name, site: context.site, location: location, into: &html)
            sections.headline(into: &html)
            if latestTable.table.hasScores {
                sections.indices(into: &html)
                sections.radar(into: &html)
            }
            sections.pillars(into: &html)
            sections.strengths(into: &html)
            sections.peers(into: &html)
            sections.history(into: &html)
            sections.assessments(into: &html)
            sections.share(into: &html)
        }
    }
}
