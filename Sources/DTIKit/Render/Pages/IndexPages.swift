/// `/xep-hang/`: every published table, newest period first.
struct RankingIndexPage {
    let context: RenderContext
    var location: PageLocation { context.location(Routes.rankings) }
    private var words: Catalogue { context.words }

    func render() -> [UInt8] {
        let meta = PageMeta(title: words[.indexRankingsTitle], description: words[.indexRankingsDescription], section: .rankings)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navRankings], nil)], location: location, into: &html)
            Components.pageHeader(words[.indexRankingsTitle], lead: words(.indexRankingsLead, ["count": String(context.model.tables.count)]),
                                  site: context.site, location: location, into: &html)
            var period: Period?
            for index in context.tablesNewestFirst {
                let model = context.model.tables[index]
                let table = model.table
                if table.period != period {
                    if period != nil { html.raw("</ul>\n") }
                    html.element(.h2, .id("ky-\(table.period)"), text: words.period(table.period))
                    html.raw("<ul class=\"rankings\">")
                    period = table.period
                }
                html.element(.li) { html in
                    html.element(.a, .href(location.link(Routes.ranking(table))), text: words.groupName(table))
                    let units = table.isPartial ? words(.indexUnitsOfRanked, ["shown": String(table.rows.count), "ranked": String(table.rankedCount)])
                        : words(.rankingUnitCount, ["count": String(table.rows.count)])
                    html.element(.span, .class("muted"), text: " – \(table.title); " + units)
                }
            }
            if period != nil { html.raw("</ul>\n") }
        }
    }
}

/// `/don-vi/`: every unit A–Z, with its latest result. The search box's
/// fallback without JavaScript; with it, the list filters as you type.
struct UnitIndexPage {
    let context: RenderContext
    var location: PageLocation { context.location(Routes.units) }
    private var words: Catalogue { context.words }

    /// Units in Vietnamese alphabetical order (`VietnameseCollation`: letters,
    /// then tones, then case), then by slug; with the search key each `li`
    /// carries for the filter (the name without marks, `so tu phap`).
    var sortedUnits: [(index: Int, key: String)] {
        let units = context.model.units
        let order = VietnameseCollation.ranks(units.map(\.name))
        return units.indices.sorted { a, b in order[a] < order[b] }
            .map { ($0, SlugTransliteration.key(units[$0].name)) }
    }

    func render() -> [UInt8] {
        let units = context.model.units
        let count = String(units.count)
        let meta = PageMeta(title: words[.indexUnitsTitle], description: words(.indexUnitsDescription, ["count": count]), section: .units)
        let sorted = sortedUnits
        return context.shell.render(meta, at: location, capacity: 16_384 + units.count * 220) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navUnits], nil)], location: location, into: &html)
            Components.pageHeader(words[.indexUnitsTitle], lead: words(.indexUnitsLead, ["count": count]), site: context.site, location: location, into: &html)
            UnitLetterIndex.render(names: sorted.map { units[$0.index].name }, into: &html)
            html.element(.form, .class("search"), Attribute("action", "./"), Attribute("method", "get"), .role("search")) { html in
                html.element(.label, Attribute("for", "loc-don-vi"), text: words[.indexFilterLabel])
                html.void(.input, .id("loc-don-vi"), Attribute("type", "search"), Attribute("name", "q"), Attribute("data-filter", "danh-sach-don-vi"),
                          Attribute("autocomplete", "off"))
                html.element(.button, Attribute("type", "submit"), text: words[.indexFilterButton])
            }
            html.element(.p, .class("muted no-js-hint"), text: words[.indexNoScriptHint])
            var letter: String?
            var open = false
            html.raw("<div id=\"danh-sach-don-vi\">")
            for (index, key) in sorted {
                let unit = units[index]
                // Sections by Vietnamese letter: D and Đ, O, Ô and Ơ apart.
                let initial = UnitLetterIndex.heading(forName: unit.name)
                if initial.label != letter {
                    if open { html.raw("</ul>") }
                    html.element(.h2, .id(initial.id), text: initial.label)
                    html.raw("<ul class=\"units\">")
                    open = true
                    letter = initial.label
                }
                html.element(.li, Attribute("data-name", key)) { html in
                    html.element(.a, .href(location.link(Routes.unit(unit.slug))), text: unit.shownName)
                    if let latest = unit.appearances.last {
                        let table = context.model.tables[latest.table]
                        let rank = words.rank(table.results[latest.row].rank, of: table.table.rankedCount, inSentence: true)
                        html.element(.span, .class("muted"), text: " – " + words(.indexUnitLatest, ["group": words.groupName(table.table),
                                                                                                  "period": words.periodInSentence(table.table.period), "rank": rank]))
                    } else {
                        html.element(.span, .class("muted"), text: " – " + words[.indexUnitNoResult])
                    }
                    // Where a unit that no longer exists went: `đã sáp nhập vào …`.
                    if let link = unit.successors.first {
                        let successors = unit.successors.compactMap { $0.to.flatMap { context.model.unit($0) } }
                        html.element(.span, .class("lineage")) { html in
                            html.text(" · ")
                            if successors.isEmpty {
                                html.text(words(.indexLineageEnded, ["since": link.since]))
                            } else {
                                html.sentence(successors.count > 1 ? .indexLineageSplit : .indexLineageMerged, ["since": link.since],
                                              elements: ["units": { html in
                                    for (n, unit) in successors.enumerated() {
                                        if n > 0 { html.text(", ") }
                                        html.element(.a, .href(location.link(Routes.unit(unit.slug))), text: unit.shownName)
                                    }
                                }])
                            }
                        }
                    }
                }
            }
            if open { html.raw("</ul>") }
            html.raw("</div>")
        }
    }

}

/// `/<name>/`: a free-text page from `pages/<name>.md`.
struct ContentPageView {
    let context: RenderContext
    let page: ContentPage

    func render() -> [UInt8] {
        let location = context.location(Routes.page(page.name))
        let firstParagraph = page.markdown.split(separator: "\n").first { !$0.hasPrefix("#") && !$0.trimmingASCIISpacesSubstring.isEmpty }
        let description = firstParagraph.map { String($0).trimmingASCIISpaces() } ?? page.title
        return context.shell.render(PageMeta(title: page.title, description: String(description.prefix(200))), at: location) { html in
            Components.breadcrumbs([(context.words[.navHome], Routes.home), (page.title, nil)], location: location, into: &html)
            html.element(.article, .class("prose")) { html in
                Markdown.render(page.markdown, into: &html, printURL: context.site.baseURL + location.path)
            }
        }
    }
}

/// `/404.html`: served for any missing path, so its links are absolute from the base path.
struct NotFoundPage {
    let context: RenderContext

    func render() -> [UInt8] {
        let location = PageLocation(route: "404.html", edition: context.edition.prefix, absoluteBase: context.site.basePath)
        let words = context.words
        let meta = PageMeta(title: words[.indexNotFoundTitle], description: words[.indexNotFoundDescription])
        return context.shell.render(meta, at: location) { html in
            html.element(.h1, text: words[.indexNotFoundTitle])
            html.element(.p, text: words[.indexNotFoundText])
            html.element(.ul) { html in
                html.element(.li) { $0.element(.a, .href(location.link(Routes.home)), text: words[.indexNotFoundHome]) }
                html.element(.li) { $0.element(.a, .href(location.link(Routes.units)), text: words[.indexNotFoundUnits]) }
                html.element(.li) { $0.element(.a, .href(location.link(Routes.rankings)), text: words[.indexNotFoundRankings]) }
            }
        }
    }
}

extension Substring {
    var trimmingASCIISpacesSubstring: String { String(self).trimmingASCIISpaces() }
}
