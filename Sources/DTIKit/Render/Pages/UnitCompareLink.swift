/// "So sánh với…" on a unit page: a plain link to the comparison page with
/// the unit and its nearest peers already chosen, so it works (and can be
/// copied) without JavaScript; the comparison page builds the rest.
struct UnitCompareLink {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation

    /// The nearest peers in the unit's latest table, in rank order: the units
    /// just above and just below it, or the two nearest when it is first or
    /// last. Same table, so same framework: the comparison page accepts them.
    var peers: [RankingRow] {
        guard let latest = unit.appearances.last else { return [] }
        let table = context.model.tables[latest.table]
        let order = table.rankOrder
        let position = context.rankPosition[latest.table][latest.row]
        let wanted = position == 0 ? [1, 2] : position == order.count - 1 ? [position - 2, position - 1] : [position - 1, position + 1]
        return wanted.filter { order.indices.contains($0) }.map { table.table.rows[order[$0]] }
    }

    /// `so-sanh/?don-vi=<unit>,<peer>,<peer>` from this page.
    var href: String {
        location.link(Routes.compare) + "?don-vi=" + ([unit.slug] + peers.map(\.unitSlug)).joined(separator: ",")
    }

    func render(into html: inout HTML) {
        guard !unit.appearances.isEmpty else { return }
        let names = peers.map(\.name)
        let words = html.words
        html.element(.p, .class("compare-link")) { html in
            // `peers` holds at most two units: the one above and the one below.
            let text: String
            switch names.count {
            case 0: text = words(.compareLinkAny, ["unit": unit.name])
            case 1: text = words(.compareLinkOne, ["first": names[0]])
            default: text = words(.compareLinkTwo, ["first": names[0], "second": names[1]])
            }
            html.element(.a, .href(href), text: text + " →")
            if !names.isEmpty {
                html.element(.span, .class("muted"), text: " " + words[.compareLinkNote])
            }
        }
    }
}
