/// `/so-sanh/`: 2–4 units of one framework side by side, chosen by name and
/// named in the address (`?don-vi=so-tu-phap,so-y-te`) so that a comparison
/// can be shared.
///
/// The page itself is static: `compare.js` reads the units' open data
/// (`du-lieu/don-vi/<slug>.json`) and the search index, and builds the
/// comparison into the `data-enhancement` block. Without JavaScript the page
/// says so and links to the ranking tables, which compare every unit of a
/// group.
struct ComparePage {
    let context: RenderContext
    var location: PageLocation { context.location(Routes.compare) }
    private var words: Catalogue { context.words }

    func render() -> [UInt8] {
        let meta = PageMeta(title: words[.compareTitle], description: words[.compareLead],
                            section: .units, scripts: ["search.js", "compare-view.js", "compare.js"])
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navUnits], Routes.units), (words[.compareBreadcrumb], nil)],
                                   location: location, into: &html)
            Components.pageHeader(words[.compareTitle], lead: words[.compareLead], site: context.site, location: location, into: &html)
            html.element(.p, .class("no-js-hint notes"), text: words[.compareNoScript])
            html.element(.div, .id("so-sanh"), .class("compare"), Attribute("data-enhancement", ""),
                         Attribute("data-root", location.link(Routes.home)), Attribute("data-index", location.link(Routes.searchIndex))) { _ in }
            rankings(into: &html)
        }
    }

    /// The latest complete table of each group: the comparison of all its units.
    private func rankings(into html: inout HTML) {
        html.element(.section, Attribute("aria-labelledby", "bang-xep-hang")) { html in
            html.element(.h2, .id("bang-xep-hang"), text: words[.compareRankingsHeading])
            let latest = HomePage(context: context).latestPerGroup
            if latest.isEmpty {
                html.element(.p, text: words[.homeNoTables])
            } else {
                html.element(.ul, .class("rankings")) { html in
                    for index in latest {
                        let table = context.model.tables[index].table
                        html.element(.li) { html in
                            html.element(.a, .href(location.link(Routes.ranking(table))), text: words.groupName(table))
                            html.element(.span, .class("muted"),
                                         text: " – \(words.period(table.period)), " + words(.rankingUnitCount, ["count": String(table.rows.count)]))
                        }
                    }
                }
            }
            html.element(.p) { $0.element(.a, .href(location.link(Routes.rankings)), text: words[.homeAllRankings]) }
        }
    }
}
