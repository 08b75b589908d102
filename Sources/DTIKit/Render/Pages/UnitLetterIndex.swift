/// The letter index at the top of `/don-vi/`: one link per letter heading of
/// the A–Z list, so that a reader who arrives from the search box without
/// JavaScript reaches any unit in two taps.
enum UnitLetterIndex {
    /// The heading a unit's name falls under in the A–Z list, and that
    /// heading's id: by Vietnamese letter (`Đà Nẵng` → `Đ`, `chu-dd`), a name
    /// that starts with no letter under `#` (see `VietnameseCollation.initial`).
    static func heading(forName name: String) -> (label: String, id: String) {
        let initial = VietnameseCollation.initial(name)
        return (initial.heading, "chu-" + initial.id)
    }

    /// A `<nav>` linking every distinct heading of `names` (already in list order).
    static func render(names: [String], into html: inout HTML) {
        var seen = Set<String>()
        let headings = names.map(heading(forName:)).filter { seen.insert($0.id).inserted }
        guard headings.count > 1 else { return }
        html.element(.nav, .class("letters"), .ariaLabel(html.words[.indexLettersLabel])) { html in
            html.element(.ul) { html in
                for heading in headings {
                    html.element(.li) { $0.element(.a, .href("#" + heading.id), text: heading.label) }
                }
            }
        }
    }
}
