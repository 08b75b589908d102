/// A unit's lineage on its page: where a predecessor went, and, on a
/// successor's page, each predecessor's own history, clearly apart from the
/// successor's (never added to it, never joined to its trend).
struct UnitLineage {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation

    /// On a predecessor's page, under its name: where it went, since when and
    /// under which decision, in one sentence (so that each language orders it its own way).
    func notice(into html: inout HTML) {
        guard let first = unit.successors.first else { return }
        let words = html.words
        let date = Self.date(first, words: words)
        html.element(.aside, .class("lineage notes"), .ariaLabel(words[.lineageNoticeLabel])) { html in
            html.element(.p) { html in
                let successors = unit.successors.compactMap { link in link.to.flatMap { context.model.unit($0) } }
                let sentence: Word
                switch (successors.count, first.basis != nil) {
                case (0, false): sentence = .lineageEnded
                case (0, true): sentence = .lineageEndedBasis
                case (1, false): sentence = .lineageMerged
                case (1, true): sentence = .lineageMergedBasis
                case (_, false): sentence = .lineageSplit
                case (_, true): sentence = .lineageSplitBasis
                }
                html.sentence(sentence, ["date": date, "basis": first.basis ?? ""], elements: ["units": { html in
                    for (n, successor) in successors.enumerated() {
                        if n > 0 { html.text(n == successors.count - 1 ? " " + words[.lineageAnd] + " " : ", ") }
                        html.element(.a, .href(location.link(Routes.unit(successor.slug))), text: successor.shownName)
                    }
                }])
                if !unit.appearances.isEmpty { html.text(" " + words(.lineageResultsBefore, ["unit": unit.name])) }
            }
        }
    }

    /// On a successor's page: each predecessor with its date, basis, link and history.
    func predecessors(into html: inout HTML) {
        guard !unit.predecessors.isEmpty else { return }
        let words = html.words
        html.element(.section, Attribute("aria-labelledby", "tien-than")) { html in
            html.element(.h2, .id("tien-than"), text: words(.lineagePredecessorsHeading, ["unit": unit.name]))
            html.element(.p, .class("muted"), text: words(.lineagePredecessorsApart, ["unit": unit.name]))
            for link in unit.predecessors {
                guard let predecessor = context.model.unit(link.from) else { continue }
                html.element(.h3) { $0.element(.a, .href(location.link(Routes.unit(predecessor.slug))), text: predecessor.shownName) }
                let date = Self.date(link, words: words)
                let merged = link.basis.map { words(.lineageMergedOnBasis, ["date": date, "basis": $0]) } ?? words(.lineageMergedOn, ["date": date])
                html.element(.p, text: merged + (link.note.map { " " + $0 } ?? ""))
                if !predecessor.appearances.isEmpty {
                    UnitHistoryTable(context: context, unit: predecessor, location: location)
                        .render(label: words(.lineageHistoryLabel, ["unit": predecessor.name]), into: &html)
                }
            }
        }
    }

    /// The body of a successor that no table ranks yet.
    func withoutResults(into html: inout HTML) {
        html.element(.p, .class("headline-context"), text: html.words(.lineageNoResults, ["unit": unit.name]))
    }

    /// The date a step took effect, as the language writes dates: `1/7/2025`,
    /// `1 July 2025`. Read from its ISO form; the date as loaded if that
    /// cannot be read (it always can: the loader wrote it).
    static func date(_ link: LineageLink, words: Catalogue) -> String {
        let parts = link.sinceISO.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return link.since }
        return words(.lineageDate, ["day": String(parts[2]), "month": words[months[parts[1] - 1]], "year": String(parts[0])])
    }

    /// The months by number, as `lineage.date` names them.
    private static let months: [Word] = [.lineageMonth1, .lineageMonth2, .lineageMonth3, .lineageMonth4, .lineageMonth5, .lineageMonth6,
                                         .lineageMonth7, .lineageMonth8, .lineageMonth9, .lineageMonth10, .lineageMonth11, .lineageMonth12]
}
