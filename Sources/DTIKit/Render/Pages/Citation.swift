/// "Trích dẫn": how to cite a ranking or a unit's results, in the form
/// Vietnamese reports cite web sources: who published it, what, where, and
/// when the reader looked (`Nguồn: …, “…”, <địa chỉ>, truy cập ngày …/…/…`).
///
/// The access date is the reader's, so it is left for them to fill in: a
/// date written at build time would be wrong the next day, and the site
/// must be byte-identical from one build to the next.
enum Citation {
    /// The placeholder for the reader's access date.
    static let accessDate = "…/…/…"

    /// The citation of a ranking table.
    static func ranking(_ table: RankingTable, site: SiteConfig) -> String {
        sentence(site: site, what: "“\(table.title)”", path: Routes.ranking(table))
    }

    /// The citation of a unit's page (its results in every period).
    static func unit(_ unit: UnitModel, site: SiteConfig) -> String {
        sentence(site: site, what: "“Kết quả chuyển đổi số: \(unit.shownName)”", path: Routes.unit(unit.slug))
    }

    private static func sentence(site: SiteConfig, what: String, path: String) -> String {
        let publisher = site.publisher.map { $0 + ", " } ?? ""
        return "Nguồn: \(publisher)\(what), \(site.title), \(site.baseURL + path), truy cập ngày \(accessDate)."
    }

    /// The citation as a paragraph of a page, with the note about the date.
    static func render(_ text: String, into html: inout HTML) {
        html.element(.p, .class("citation")) { html in
            html.element(.strong, text: "Trích dẫn: ")
            html.text(text)
            html.element(.span, .class("muted"), text: " (thay \(accessDate) bằng ngày bạn truy cập)")
        }
    }
}
