/// The letter index at the top of `/don-vi/`: one link per letter heading of
/// the A–Z list, so that a reader who arrives from the search box without
/// JavaScript reaches any unit in two taps.
enum UnitLetterIndex {
    /// The heading a unit's sort key falls under, and that heading's id:
    /// `sở tư pháp` → (`S`, `chu-s`); a key that starts with no letter goes under `#`.
    static func heading(forKey key: String) -> (label: String, id: String) {
        let first = String(key.prefix(1)).uppercased()
        return first.isEmpty ? ("#", "chu-khac") : (first, "chu-" + first.lowercased())
    }

    /// A `<nav>` linking every distinct heading of `keys` (already in list order).
    static func render(keys: [String], into html: inout HTML) {
        var seen = Set<String>()
        let headings = keys.map(heading(forKey:)).filter { seen.insert($0.id).inserted }
        guard headings.count > 1 else { return }
        html.element(.nav, .class("letters"), .ariaLabel("Chữ cái đầu của tên đơn vị")) { html in
            html.element(.ul) { html in
                for heading in headings {
                    html.element(.li) { $0.element(.a, .href("#" + heading.id), text: heading.label) }
                }
            }
        }
    }
}
