/// `/`: the portal's front page. For each group, the latest period (class
/// mix, top units, link to the full table); the province's own national
/// standing where Content has one; a search box; and what's new.
struct HomePage {
    let context: RenderContext
    var location: PageLocation { context.location(Routes.home) }
    private var words: Catalogue { context.words }

    /// The latest table of each group, groups ordered by their latest period (newest first).
    var latestPerGroup: [Int] {
        var seen = Set<String>()
        var result: [Int] = []
        for index in context.tablesNewestFirst {
            let table = context.model.tables[index].table
            if table.isPartial { continue }
            if seen.insert(table.group).inserted { result.append(index) }
        }
        return result
    }

    var meta: PageMeta {
        let site = context.site
        let description = site.description ?? words[.homeDescription]
        return PageMeta(title: site.title, description: description, section: .home, scripts: ["search.js", "search-box.js"])
    }

    func render() -> [UInt8] {
        context.shell.render(meta, at: location) { html in
            Components.pageHeader(context.site.title, lead: context.site.description, site: context.site, location: location, into: &html)
            search(into: &html)
            province(into: &html)
            html.element(.section, Attribute("aria-labelledby", "cac-nhom")) { html in
                html.element(.h2, .id("cac-nhom"), text: words[.homeLatestHeading])
                let groups = latestPerGroup
                if groups.isEmpty { html.element(.p, text: words[.homeNoTables]) }
                html.element(.div, .class("cards")) { html in
                    for index in groups { groupCard(index, into: &html) }
                }
            }
            whatsNew(into: &html)
        }
    }

    /// The search box. Without JavaScript it opens the A–Z list of units
    /// (with its letter index); with it, `search.js` fetches the search
    /// index on first use and shows grouped results right under the box,
    /// with their count in a live region.
    private func search(into html: inout HTML) {
        html.element(.form, .class("search site-search"), Attribute("action", location.link(Routes.units)), Attribute("method", "get"), .role("search"),
                     Attribute("data-index", location.link(Routes.searchIndex)), Attribute("data-root", location.link(Routes.home))) { html in
            html.element(.label, Attribute("for", "tim-kiem"), text: words[.homeSearchLabel])
            html.void(.input, .id("tim-kiem"), Attribute("type", "search"), Attribute("name", "q"),
                      Attribute("placeholder", words[.homeSearchPlaceholder]), Attribute("autocomplete", "off"),
                      Attribute("aria-controls", "ket-qua-tim-kiem"))
            html.element(.button, Attribute("type", "submit"), text: words[.homeSearchButton])
        }
        html.element(.div, .class("search-status"), .role("status"), Attribute("data-enhancement", "")) { _ in }
        html.element(.div, .id("ket-qua-tim-kiem"), .class("search-results"), Attribute("data-enhancement", "")) { _ in }
    }

    /// The province's DTI, pillars and ranks across periods, from national tables.
    private func province(into html: inout HTML) {
        guard let slug = context.site.province, let unit = context.model.unit(slug) else { return }
        let national = unit.appearances.filter { context.model.tables[$0.table].table.normalizedMeasures.contains(.dti) || context.model.tables[$0.table].table.isPartial }
        guard let latest = national.last else { return }
        let table = context.model.tables[latest.table]
        html.element(.section, .class("province"), Attribute("aria-labelledby", "xep-hang-quoc-gia")) { html in
            html.element(.h2, .id("xep-hang-quoc-gia"), text: words(.homeProvinceHeading, ["unit": unit.name]))
            UnitLineage(context: context, unit: unit, location: location).notice(into: &html)
            html.element(.p, .class("headline-score")) { html in
                html.text(words.period(table.table.period) + ": ")
                if let dti = table.normalized(.dti, row: latest.row) {
                    html.element(.span, .class("measure"), text: "DTI")
                    html.raw(" ")
                    html.element(.strong, .class("big"), text: table.table.rows[latest.row].normalized(.dti).map(words.published) ?? words.number(dti, decimals: 4))
                    html.element(.span, .class("max"), text: " / 1")
                }
                html.raw(" · ")
                html.element(.strong, text: words.rank(table.normalizedRank(.dti, row: latest.row), of: table.table.rankedCount))
            }
            html.element(.div, .class("side-by-side")) { html in
                if national.count > 1 { ChartAdapters.trend(context: context, unit: unit, idPrefix: "qg", into: &html) }
                Components.scrollTable(label: words[.homeNationalTableLabel], into: &html) { html in
                    html.element(.table, .class("national")) { html in
                        html.element(.caption, text: words(.homeNationalCaption, ["count": String(table.table.rankedCount)]))
                        html.element(.thead) { html in
                            html.element(.tr) { html in
                                html.element(.th, .scope("col"), text: words[.homeColumnYear])
                                for measure in NormalizedMeasure.allCases { html.element(.th, .scope("col"), text: measure.rawValue) }
                            }
                        }
                        html.element(.tbody) { html in
                            for appearance in national.reversed() {
                                let model = context.model.tables[appearance.table]
                                html.element(.tr) { html in
                                    html.element(.th, .scope("row"), text: words.period(model.table.period))
                                    for measure in NormalizedMeasure.allCases {
                                        let value = model.normalized(measure, row: appearance.row)
                                        let rank = model.normalizedRank(measure, row: appearance.row)
                                        html.element(.td, .class("num")) { html in
                                            html.text(value.map { words.number($0, decimals: 4) } ?? "–")
                                            if let rank { html.element(.span, .class("sub"), text: words.rank(rank, of: nil, inSentence: true)) }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            html.element(.p) { $0.element(.a, .href(location.link(Routes.unit(unit.slug))), text: words(.homeUnitDetails, ["unit": unit.name])) }
        }
    }

    private func groupCard(_ index: Int, into html: inout HTML) {
        let model = context.model.tables[index]
        let table = model.table
        html.element(.article, .class("card")) { html in
            html.element(.h3) { html in
                html.element(.a, .href(location.link(Routes.ranking(table))), text: words.groupName(table))
            }
            html.element(.p, .class("muted"), text: "\(words.period(table.period)) · " + words(.rankingUnitCount, ["count": String(table.rows.count)]))
            // The class mix: a bar, and its legend names every class with its count.
            if !model.classCounts.isEmpty { ChartAdapters.classMix(model, idPrefix: "co-cau-\(table.group)", into: &html) }
            html.element(.ol, .class("top")) { html in
                for r in model.rankOrder.prefix(3) {
                    let row = table.rows[r]
                    html.element(.li) { html in
                        html.element(.a, .href(location.link(Routes.unit(row.unitSlug))), text: row.name)
                        html.raw(" – ")
                        context.headline(Appearance(table: index, row: r), into: &html)
                    }
                }
            }
            html.element(.p) { $0.element(.a, .href(location.link(Routes.ranking(table))), text: words[.homeFullRanking]) }
        }
    }

    private func whatsNew(into html: inout HTML) {
        html.element(.section, Attribute("aria-labelledby", "moi-cong-bo")) { html in
            html.element(.h2, .id("moi-cong-bo"), text: words[.homeNewsHeading])
            html.element(.ul, .class("news")) { html in
                for index in context.tablesNewestFirst.prefix(8) {
                    let table = context.model.tables[index].table
                    html.element(.li) { html in
                        html.element(.a, .href(location.link(Routes.ranking(table))), text: table.title)
                        html.element(.span, .class("muted"), text: " · " + (table.published.map { words(.homePublishedOn, ["date": $0]) } ?? words.periodInSentence(table.period)))
                    }
                }
            }
            html.element(.p) { html in
                html.element(.a, .href(location.link(Routes.rankings)), text: words[.homeAllRankings])
                html.raw(" · ")
                html.element(.a, .href(location.link("feed.xml")), text: words[.homeFollowFeed])
            }
        }
    }
}
