/// `/phuong-phap/` and `/phuong-phap/<framework>/`: each framework as the
/// decision publishes it, with its pillars, components, bands and legal basis.
///
/// Every word comes from the edition's catalogue (`method.*`); names of
/// frameworks and indices are Content, already in the edition's language.
struct MethodologyPages {
    let context: RenderContext

    var words: Catalogue { context.words }

    func index() -> [UInt8] {
        let location = context.location(Routes.methodology)
        let meta = PageMeta(title: words[.methodTitle], description: words[.methodDescription], section: .methodology)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navMethodology], nil)], location: location, into: &html)
            Components.pageHeader(words[.methodTitle], site: context.site, location: location, into: &html)
            html.element(.h2, text: words[.methodFrameworksHeading])
            html.element(.ul) { html in
                for framework in context.model.content.frameworks {
                    html.element(.li) { html in
                        html.element(.a, .href(location.link(Routes.framework(framework.id))), text: framework.name)
                        if let basis = framework.legalBasis { html.element(.span, .class("muted"), text: " – " + basis) }
                    }
                }
            }
            html.element(.h2, text: words[.methodHowHeading])
            html.element(.ul) { html in
                for rule: Word in [.methodRuleTotal, .methodRuleRank, .methodRuleClass, .pillarPageFormula, .methodRuleNormalized, .methodRuleStatistics] {
                    html.element(.li, text: words[rule])
                }
            }
        }
    }

    func frameworkPage(_ framework: Framework) -> [UInt8] {
        let location = context.location(Routes.framework(framework.id))
        let main = framework.mainIndices
        let components = framework.indices.filter { $0.code.depth == 2 }
        let (name, mainCount, componentCount, max) = (framework.name, String(main.count), String(components.count), words.trimmed(framework.effectiveMax))
        let description = framework.legalBasis.map { basis in
            words(.methodFrameworkDescriptionBasis, ["framework": name, "main": mainCount, "components": componentCount, "max": max, "basis": basis])
        } ?? words(.methodFrameworkDescription, ["framework": name, "main": mainCount, "components": componentCount, "max": max])
        let meta = PageMeta(title: framework.name, description: description, section: .methodology)
        return context.shell.render(meta, at: location, capacity: 32_768 + framework.indices.count * 300) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.navMethodology], Routes.methodology), (framework.name, nil)],
                                   location: location, into: &html)
            Components.pageHeader(framework.name, lead: framework.level.map { words(.methodLevel, ["level": $0]) }, site: context.site, location: location, into: &html)
            html.element(.p, .class("source")) { html in
                html.element(.strong, text: words[.methodLegalBasis] + " ")
                if let url = framework.legalBasisURL { html.element(.a, .href(url), text: framework.legalBasis ?? url) } else {
                    html.text(framework.legalBasis ?? words[.methodLegalBasisNone])
                }
            }
            if let note = framework.note { html.element(.aside, .class("notes")) { $0.element(.p, text: note) } }
            html.element(.h2, .id("cau-truc"), text: words[.methodStructureHeading])
            structure(framework, into: &html)
            ChartAdapters.pointSplit(framework, idPrefix: "phan-bo-diem", into: &html)
            if !framework.pillars.isEmpty {
                html.element(.h2, .id("tru-cot"), text: words[.methodPillarsHeading])
                html.element(.p, text: words[.pillarPageFormula])
                for definition in framework.pillars {
                    html.element(.h3) { $0.element(.a, .href(location.link(Routes.pillar(definition.pillar))), text: "\(pillarName(definition)) (\(definition.pillar.rawValue))") }
                    PillarPages(context: context).composition(framework, definition, into: &html)
                }
            }
            if !framework.bands.isEmpty { bands(framework, into: &html) }
            html.element(.h2, .id("thanh-phan"), text: words[.methodComponentsHeading])
            componentsTable(framework, into: &html)
            let tables = context.tablesNewestFirst.filter { context.model.tables[$0].framework?.id == framework.id }
            if !tables.isEmpty {
                html.element(.h2, .id("bang-ap-dung"), text: words[.methodTablesHeading])
                html.element(.ul) { html in
                    for index in tables {
                        let table = context.model.tables[index].table
                        html.element(.li) { $0.element(.a, .href(location.link(Routes.ranking(table))), text: words.period(table.period) + " · " + table.title) }
                    }
                }
            }
        }
    }

    /// A pillar's name in this framework: the framework's own (`pillar.CQS`
    /// in its .conf, Content) or, when it gives none, the pillar's word in
    /// the edition's language.
    private func pillarName(_ definition: PillarDefinition) -> String {
        definition.name == definition.pillar.title ? words.pillar(definition.pillar) : definition.name
    }

    /// The structure table: groups, main indices, number of components, points.
    private func structure(_ framework: Framework, into html: inout HTML) {
        Components.scrollTable(label: words[.methodStructureHeading], into: &html) { html in
            html.element(.table, .class("structure")) { html in
                html.element(.caption, text: words[.methodStructureCaption])
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading: Word in [.methodColumnNumber, .methodColumnMainIndex, .methodColumnComponentCount, .methodColumnMax] {
                            html.element(.th, .scope("col"), text: words[heading])
                        }
                    }
                }
                html.element(.tbody) { html in
                    for (numeral, group) in zip(["I", "II"], IndexGroup.allCases) {
                        let members = framework.mainIndices.filter { $0.group == group }
                        guard !members.isEmpty else { continue }
                        let count = members.reduce(0) { $0 + framework.children(of: $1.code).count }
                        let points = members.reduce(0.0) { $0 + ($1.max?.value ?? 0) }
                        html.element(.tr, .class("group-row")) { html in
                            html.element(.th, .scope("row"), text: numeral)
                            html.element(.th, .scope("row"), text: words.indexGroup(group))
                            html.element(.td, .class("num"), text: String(count))
                            html.element(.td, .class("num"), text: words.trimmed(points))
                        }
                        for index in members {
                            html.element(.tr) { html in
                                html.element(.td, text: index.code.description)
                                html.element(.td) { html in
                                    html.text(index.name)
                                    if let pillar = index.pillar { html.element(.span, .class("muted"), text: " " + words(.methodIndexPillar, ["pillar": pillar.rawValue])) }
                                }
                                html.element(.td, .class("num"), text: String(framework.children(of: index.code).count))
                                html.element(.td, .class("num"), text: index.max.map(words.published) ?? "–")
                            }
                        }
                    }
                }
                html.element(.tfoot) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("row"), Attribute("colspan", "2"), text: words[.methodTotal])
                        html.element(.td, .class("num"), text: String(framework.indices.filter { $0.code.depth == 2 }.count))
                        html.element(.td, .class("num"), text: framework.declaredTotal.map(words.published) ?? words.trimmed(framework.totalMax))
                    }
                }
            }
        }
    }

    private func bands(_ framework: Framework, into html: inout HTML) {
        html.element(.h2, .id("xep-loai"), text: words[.methodBandsHeading])
        let max = framework.effectiveMax
        let ordered = framework.bands.sorted { $0.minimumPoints(totalMax: max) > $1.minimumPoints(totalMax: max) }
        Components.scrollTable(label: words[.methodBandsHeading], into: &html) { html in
            html.element(.table, .class("bands")) { html in
                html.element(.caption, text: words(.methodBandsCaption, ["max": words.trimmed(max)]))
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading: Word in [.methodColumnClass, .methodColumnFrom, .methodColumnBelow, .methodColumnShare] {
                            html.element(.th, .scope("col"), text: words[heading])
                        }
                    }
                }
                html.element(.tbody) { html in
                    for (i, band) in ordered.enumerated() {
                        let from = band.minimumPoints(totalMax: max)
                        html.element(.tr) { html in
                            html.element(.th, .scope("row")) { Components.classBadge(band.label, into: &$0) }
                            html.element(.td, .class("num"), text: words.trimmed(from))
                            html.element(.td, .class("num"), text: i == 0 ? "–" : words.trimmed(ordered[i - 1].minimumPoints(totalMax: max)))
                            html.element(.td, .class("num"), text: words(.methodShareFrom, ["percent": words.percent(from, of: max)]))
                        }
                    }
                }
            }
        }
    }

    /// Every component with its maximum, nested under its main index.
    private func componentsTable(_ framework: Framework, into html: inout HTML) {
        Components.scrollTable(label: words[.methodComponentsHeading], into: &html) { html in
            html.element(.table, .class("components")) { html in
                html.element(.caption, text: words[.methodComponentsCaption])
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading: Word in [.methodColumnCode, .methodColumnIndex, .methodColumnMax] { html.element(.th, .scope("col"), text: words[heading]) }
                    }
                }
                html.element(.tbody) { html in
                    for index in framework.indices {
                        html.element(.tr, .class("depth-\(min(index.code.depth, 3))")) { html in
                            html.element(.td, text: index.code.description)
                            if index.isMain { html.element(.th, .scope("row"), text: index.name) } else { html.element(.td, text: index.name) }
                            html.element(.td, .class("num"), text: index.max.map(words.published) ?? "–")
                        }
                    }
                }
            }
        }
    }
}
