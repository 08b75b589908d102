/// `/tru-cot/` and `/tru-cot/<cqs|kts|xhs>/`: what makes up each pillar,
/// how its value is computed, and links to its rankings.
struct PillarPages {
    let context: RenderContext

    private var words: Catalogue { context.words }

    /// Frameworks (sorted by id) that define `pillar`, with its composition.
    func definitions(_ pillar: Pillar) -> [(Framework, PillarDefinition)] {
        context.model.content.frameworks.compactMap { framework in
            framework.pillars.first { $0.pillar == pillar }.map { (framework, $0) }
        }
    }

    func overview() -> [UInt8] {
        let location = context.location(Routes.pillars)
        let meta = PageMeta(title: words[.pillarPageOverviewTitle], description: words[.pillarPageOverviewDescription], section: .pillars)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navPillars], nil)], location: location, into: &html)
            Components.pageHeader(words[.pillarPageOverviewTitle], lead: words[.pillarPageFormula], site: context.site, location: location, into: &html)
            html.element(.div, .class("cards")) { html in
                for pillar in Pillar.allCases {
                    html.element(.article, .class("card pillar-" + pillar.slug)) { html in
                        html.element(.h2) { $0.element(.a, .href(location.link(Routes.pillar(pillar))), text: "\(words.pillar(pillar)) (\(pillar.rawValue))") }
                        let defs = definitions(pillar)
                        if defs.isEmpty {
                            html.element(.p, .class("muted"), text: words(.pillarPageNoFramework, ["code": pillar.rawValue]))
                        } else {
                            html.element(.ul) { html in
                                for (framework, definition) in defs {
                                    html.element(.li, text: words(.pillarPageFrameworkSummary, ["framework": framework.name, "max": words.trimmed(definition.max),
                                                                                                 "count": String(definition.indexCodes.count)]))
                                }
                            }
                        }
                        let tables = context.pillarTables[pillar] ?? []
                        html.element(.p, .class("muted"), text: words(.pillarPageTableCount, ["count": String(tables.count)]))
                    }
                }
            }
        }
    }

    func pillarPage(_ pillar: Pillar) -> [UInt8] {
        let location = context.location(Routes.pillar(pillar))
        let name = words.pillar(pillar)
        let title = words(.pillarPageTitle, ["pillar": name, "code": pillar.rawValue])
        let meta = PageMeta(title: title, description: words(.pillarPageDescription, ["pillar": name, "pillar_lower": name.lowercased()]),
                            section: .pillars)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navPillars], Routes.pillars), (pillar.rawValue, nil)], location: location, into: &html)
            Components.pageHeader(title, lead: words[.pillarPageFormula], site: context.site, location: location, into: &html)
            let defs = definitions(pillar)
            if defs.isEmpty { html.element(.p, text: words(.pillarPageNoFramework, ["code": pillar.rawValue])) }
            for (framework, definition) in defs {
                html.element(.section) { html in
                    html.element(.h2, .id("khung-" + framework.id)) { html in
                        html.element(.a, .href(location.link(Routes.framework(framework.id))), text: framework.name)
                    }
                    if let basis = framework.legalBasis { html.element(.p, .class("muted"), text: basis) }
                    composition(framework, definition, into: &html)
                }
            }
            let tables = context.pillarTables[pillar] ?? []
            html.element(.section, Attribute("aria-labelledby", "bang-tru-cot")) { html in
                html.element(.h2, .id("bang-tru-cot"), text: words(.pillarPageTablesHeading, ["code": pillar.rawValue]))
                if tables.isEmpty { html.element(.p, .class("muted"), text: words[.pillarPageNoTables]) }
                html.element(.ul, .class("rankings")) { html in
                    for index in tables {
                        let table = context.model.tables[index].table
                        html.element(.li) { html in
                            html.element(.a, .href(location.link(Routes.pillarRanking(pillar, table))), text: "\(words.period(table.period)) · \(words.groupName(table))")
                        }
                    }
                }
            }
        }
    }

    /// The foundation indices plus the pillar's activity index, with maxima.
    func composition(_ framework: Framework, _ definition: PillarDefinition, into html: inout HTML) {
        let words = html.words
        Components.scrollTable(label: words(.pillarPageCompositionLabel, ["code": definition.pillar.rawValue, "framework": framework.name]), into: &html) { html in
            html.element(.table, .class("composition")) { html in
                // The framework's own name for the pillar where it gives one, else the standard name.
                let name = framework.pillarNames[definition.pillar] ?? words.pillar(definition.pillar)
                html.element(.caption, text: words(.pillarPageCompositionCaption, ["pillar": name, "framework": framework.name]))
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        let headings: [Word] = [.pillarPageColumnCode, .pillarPageColumnIndex, .pillarPageColumnGroup, .rankingColumnMax]
                        for heading in headings { html.element(.th, .scope("col"), text: words[heading]) }
                    }
                }
                html.element(.tbody) { html in
                    for code in definition.indexCodes {
                        guard let index = framework.mainIndices.first(where: { $0.code == code }) else { continue }
                        html.element(.tr) { html in
                            html.element(.td, text: code.description)
                            html.element(.th, .scope("row"), text: index.name)
                            html.element(.td, text: index.group.map(words.indexGroup) ?? "")
                            html.element(.td, .class("num"), text: index.max.map(words.published) ?? "–")
                        }
                    }
                }
                html.element(.tfoot) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("row"), Attribute("colspan", "3"), text: words[.pillarPageTotalDenominator])
                        html.element(.td, .class("num"), text: words.trimmed(definition.max))
                    }
                }
            }
        }
    }

    /// `/tru-cot/<p>/<period>/<group>/`: the pillar's value for every unit of a table.
    func pillarRanking(_ pillar: Pillar, tableIndex: Int) -> [UInt8] {
        let model = context.model.tables[tableIndex]
        let table = model.table
        let location = context.location(Routes.pillarRanking(pillar, table))
        let measure = NormalizedMeasure(pillar)
        let definition = model.framework?.pillars.first { $0.pillar == pillar }
        let order = table.rows.indices.sorted { a, b in
            let x = model.normalizedRank(measure, row: a) ?? Int.max, y = model.normalizedRank(measure, row: b) ?? Int.max
            return x != y ? x < y : a < b
        }
        let name = words.pillar(pillar), group = words.groupName(table), period = words.periodInSentence(table.period)
        let meta = PageMeta(title: words(.pillarPageRankingTitle, ["pillar": name, "group": group, "period": period]),
                            description: words(.pillarPageRankingDescription, ["pillar": name, "code": pillar.rawValue, "count": String(table.rows.count),
                                                                               "group": group, "period": period]),
                            section: .pillars)
        return context.shell.render(meta, at: location, capacity: 16_384 + table.rows.count * 600) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navPillars], Routes.pillars), (pillar.rawValue, Routes.pillar(pillar)),
                                    ("\(words.period(table.period)) · \(group)", nil)], location: location, into: &html)
            Components.pageHeader(words(.pillarPageRankingHeading, ["pillar": name, "group": group, "period": period]), lead: words[.pillarPageFormula],
                                  site: context.site, location: location, into: &html)
            Components.source(table, framework: model.framework, location: location, into: &html)
            ChartAdapters.pillarValues(context: context, pillar: pillar, tableIndex: tableIndex, location: location, idPrefix: "tc", into: &html)
            Components.scrollTable(label: words(.pillarPageValuesTableLabel, ["code": pillar.rawValue]), into: &html) { html in
                html.element(.table, .class("ranking"), Attribute("data-sortable", "")) { html in
                    html.element(.caption, text: definition.map { words(.pillarPageRankingCaptionDenominator, ["code": pillar.rawValue, "max": words.trimmed($0.max)]) }
                                 ?? words(.pillarPageRankingCaption, ["code": pillar.rawValue]))
                    html.element(.thead) { html in
                        html.element(.tr) { html in
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: words[.rankingColumnRank])
                            html.element(.th, .scope("col"), Attribute("data-type", "text"), text: words[.rankingColumnUnit])
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: words(.pillarPageColumnValue, ["code": pillar.rawValue]))
                            html.element(.th, .scope("col"), Attribute("data-type", "number"), text: words[.pillarPageColumnPoints])
                        }
                    }
                    html.element(.tbody) { html in
                        let shown = order.filter { model.normalized(measure, row: $0) != nil }
                        let points = shown.map { Components.pillarPoints(model, row: $0, measure: measure, definition: definition, words: words) }
                        let maximum = definition.map { words.trimmed($0.max) }
                        let pointsColumn = NumberColumn(points.map { $0 ?? "–" }, maxima: maximum.map { [$0] } ?? [])
                        for (n, r) in shown.enumerated() {
                            let row = table.rows[r]
                            let rank = model.normalizedRank(measure, row: r)
                            html.element(.tr) { html in
                                html.element(.td, .class("num"), text: rank.map { table.isPartial ? "\($0)/\(table.rankedCount)" : String($0) } ?? "–")
                                html.element(.th, .scope("row")) { $0.element(.a, .href(location.link(Routes.unit(row.unitSlug))), text: row.name) }
                                html.element(.td, .class("num"), text: row.normalized(measure).map(words.published) ?? words.number(model.normalized(measure, row: r) ?? 0, decimals: 4))
                                html.element(.td, .class("num")) { html in
                                    if let value = points[n] { pointsColumn.write(value, max: maximum, into: &html) } else { html.raw("–") }
                                }
                            }
                        }
                    }
                }
            }
            html.element(.p, .class("related")) { html in
                html.element(.a, .href(location.link(Routes.ranking(table))), text: words[.pillarPageTotalRankingLink])
                html.raw(" · ")
                html.element(.a, .href(location.link(Routes.pillar(pillar))), text: words(.pillarPageHowComputedLink, ["code": pillar.rawValue]))
            }
        }
    }
}
