/// "Trích dẫn": how to cite a ranking or a unit's results, in the form
/// reports cite web sources: who published it, what, where, and when the
/// reader looked (`Nguồn: …, “…”, <địa chỉ>, truy cập ngày …/…/…`; in
/// English `…, “…”, <address>, accessed …/…/…`).
///
/// The access date is the reader's, so it is left for them to fill in: a
/// date written at build time would be wrong the next day, and the site
/// must be byte-identical from one build to the next.
///
/// The words come from `words`, and the address is
/// the page in `edition` (`""` for the first language, `"en/"`), so that an
/// English page cites itself in English; open data files and workbooks,
/// shared by the editions, cite in the first language.
enum Citation {
    /// The placeholder for the reader's access date.
    static let accessDate = "…/…/…"

    /// The citation of a ranking table.
    static func ranking(_ table: RankingTable, site: SiteConfig, words: Catalogue, edition: String) -> String {
        sentence(site: site, title: table.title, path: edition + Routes.ranking(table), words: words)
    }

    /// The citation of a unit's page (its results in every period).
    static func unit(_ unit: UnitModel, site: SiteConfig, words: Catalogue, edition: String) -> String {
        sentence(site: site, title: words(.citationUnitTitle, ["unit": unit.shownName]), path: edition + Routes.unit(unit.slug), words: words)
    }

    private static func sentence(site: SiteConfig, title: String, path: String, words: Catalogue) -> String {
        let url = site.baseURL + path
        if let publisher = site.publisher {
            return words(.citationTextPublisher, ["publisher": publisher, "title": title, "site": site.title, "url": url, "date": accessDate])
        }
        return words(.citationText, ["title": title, "site": site.title, "url": url, "date": accessDate])
    }

    /// The citation as a paragraph of a page, with the note about the date.
    static func render(_ text: String, into html: inout HTML) {
        html.element(.p, .class("citation")) { html in
            html.element(.strong, text: html.words[.citationLabel] + " ")
            html.text(text)
            html.element(.span, .class("muted"), text: " " + html.words(.citationDateNote, ["date": accessDate]))
        }
    }
}
