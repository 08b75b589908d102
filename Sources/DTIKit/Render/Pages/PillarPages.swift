/// `/tru-cot/` and `/tru-cot/<cqs|kts|xhs>/`: what makes up each pillar,
/// how its value is computed, and links to its rankings.
struct PillarPages {
    let context: RenderContext

    static let formula = "Giá trị trụ cột = (tổng điểm các chỉ số nhóm nền tảng chung + điểm chỉ số hoạt động của trụ cột) ÷ (tổng điểm tối đa của các chỉ số đó). Giá trị nằm trong khoảng 0–1."

    /// Frameworks (sorted by id) that define `pillar`, with its composition.
    func definitions(_ pillar: Pillar) -> [(Framework, PillarDefinition)] {
        context.model.content.frameworks.compactMap { framework in
            framework.pillars.first { $0.pillar == pillar }.map { (framework, $0) }
        }
    }

    func overview() -> [UInt8] {
        let location = context.location(Routes.pillars)
        let meta = PageMeta(title: "Ba trụ cột chuyển đổi số",
                            description: "Chính quyền số (CQS), Kinh tế số (KTS) và Xã hội số (XHS): thành phần, cách tính và bảng xếp hạng theo từng trụ cột.",
                            section: .pillars)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Trụ cột", nil)], location: location, into: &html)
            Components.pageHeader("Ba trụ cột chuyển đổi số", lead: Self.formula, site: context.site, location: location, into: &html)
            html.element(.div, .class("cards")) { html in
                for pillar in Pillar.allCases {
                    html.element(.article, .class("card pillar-" + pillar.slug)) { html in
                        html.element(.h2) { $0.element(.a, .href(location.link(Routes.pillar(pillar))), text: "\(pillar.title) (\(pillar.rawValue))") }
                        let defs = definitions(pillar)
                        if defs.isEmpty {
                            html.element(.p, .class("muted"), text: "Chưa có bộ chỉ số nào trong cổng này tính trụ cột \(pillar.rawValue).")
                        } else {
                            html.element(.ul) { html in
                                for (framework, definition) in defs {
                                    html.element(.li, text: "\(framework.name): tối đa \(NumberFormat.displayTrimmed(definition.max)) điểm, \(definition.indexCodes.count) chỉ số chính")
                                }
                            }
                        }
                        let tables = context.pillarTables[pillar] ?? []
                        html.element(.p, .class("muted"), text: "\(tables.count) bảng xếp hạng có giá trị trụ cột này.")
                    }
                }
            }
        }
    }

    func pillarPage(_ pillar: Pillar) -> [UInt8] {
        let location = context.location(Routes.pillar(pillar))
        let meta = PageMeta(title: "Trụ cột \(pillar.title) (\(pillar.rawValue))",
                            description: "Trụ cột \(pillar.title): các chỉ số nền tảng cộng chỉ số hoạt động \(pillar.title.lowercased()), chia cho tổng điểm tối đa; bảng giá trị theo từng kỳ.",
                            section: .pillars)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Trụ cột", Routes.pillars), (pillar.rawValue, nil)], location: location, into: &html)
            Components.pageHeader("Trụ cột \(pillar.title) (\(pillar.rawValue))", lead: Self.formula, site: context.site, location: location, into: &html)
            let defs = definitions(pillar)
            if defs.isEmpty { html.element(.p, text: "Chưa có bộ chỉ số nào trong cổng này tính trụ cột \(pillar.rawValue).") }
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
                html.element(.h2, .id("bang-tru-cot"), text: "Bảng giá trị trụ cột \(pillar.rawValue)")
                if tables.isEmpty { html.element(.p, .class("muted"), text: "Chưa có bảng nào.") }
                html.element(.ul, .class("rankings")) { html in
                    for index in tables {
                        let table = context.model.tables[index].table
                        html.element(.li) { html in
                            html.element(.a, .href(location.link(Routes.pillarRanking(pillar, table))), text: "\(table.period.name) · \(Components.groupName(table))")
                        }
                    }
                }
            }
        }
    }

    /// The foundation indices plus the pillar's activity index, with maxima.
    func composition(_ framework: Framework, _ definition: PillarDefinition, into html: inout HTML) {
        Components.scrollTable(label: "Bảng thành phần trụ cột \(definition.pillar.rawValue) theo \(framework.name)", into: &html) { html in
            html.element(.table, .class("composition")) { html in
                html.element(.caption, text: "Thành phần trụ cột \(definition.name) theo \(framework.name)")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in ["Mã", "Chỉ số chính", "Nhóm", "Điểm tối đa"] { html.element(.th, .scope("col"), text: heading) }
                    }
                }
                html.element(.tbody) { html in
                    for code in definition.indexCodes {
                        guard let index = framework.mainIndices.first(where: { $0.code == code }) else { continue }
                        html.element(.tr) { html in
                            html.element(.td, text: code.description)
                            html.element(.th, .scope("row"), text: index.name)
                            html.element(.td, text: index.group?.title ?? "")
                            html.element(.td, .class("num"), text: index.max?.display ?? "–")
                        }
                    }
                }
                html.element(.tfoot) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("row"), Attribute("colspan", "3"), text: "Tổng (mẫu số)")
                        html.element(.td, .class("num"), text: NumberFormat.displayTrimmed(definition.max))
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
        let meta = PageMeta(title: "\(pillar.title) – \(Components.groupName(table)) \(table.period.nameInSentence)",
                            description: "Giá trị trụ cột \(pillar.title) (\(pillar.rawValue)) của \(table.rows.count) đơn vị, \(Components.groupName(table)), \(table.period.nameInSentence).",
                            section: .pillars)
        return context.shell.render(meta, at: location, capacity: 16_384 + table.rows.count * 600) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Trụ cột", Routes.pillars), (pillar.rawValue, Routes.pillar(pillar)),
                                    ("\(table.period.name) · \(Components.groupName(table))", nil)], location: location, into: &html)
            Components.pageHeader("Trụ cột \(pillar.title): \(Components.groupName(table)) \(table.period.nameInSentence)", lead: Self.formula,
                                  site: context.site, location: location, into: &html)
            Components.source(table, framework: model.framework, location: location, into: &html)
            ChartAdapters.pillarValues(context: context, pillar: pillar, tableIndex: tableIndex, location: location, idPrefix: "tc", into: &html)
            Components.scrollTable(label: "Bảng giá trị trụ cột \(pillar.rawValue)", into: &html) { html in
                html.element(.table, .class("ranking"), Attribute("data-sortable", "")) { html in
                    html.element(.caption, text: "Giá trị \(pillar.rawValue) (0–1) và điểm, xếp từ cao xuống thấp"
                                 + (definition.map { "; mẫu số \(NumberFormat.displayTrimmed($0.max)) điểm" } ?? ""))
                    html.element(.thead) { html in
                        html.element(.tr) { html in
                            for heading in ["Hạng", "Đơn vị", "Giá trị \(pillar.rawValue)", "Điểm"] {
                                html.element(.th, .scope("col"), Attribute("data-type", heading == "Đơn vị" ? "text" : "number"), text: heading)
                            }
                        }
                    }
                    html.element(.tbody) { html in
                        let shown = order.filter { model.normalized(measure, row: $0) != nil }
                        let points = shown.map { Components.pillarPoints(model, row: $0, measure: measure, definition: definition) }
                        let pointsColumn = NumberColumn(points.map { $0 ?? "–" }, maxima: definition.map { [NumberFormat.displayTrimmed($0.max)] } ?? [])
                        let maximum = definition.map { NumberFormat.displayTrimmed($0.max) }
                        for (n, r) in shown.enumerated() {
                            let row = table.rows[r]
                            let rank = model.normalizedRank(measure, row: r)
                            html.element(.tr) { html in
                                html.element(.td, .class("num"), text: rank.map { table.isPartial ? "\($0)/\(table.rankedCount)" : String($0) } ?? "–")
                                html.element(.th, .scope("row")) { $0.element(.a, .href(location.link(Routes.unit(row.unitSlug))), text: row.name) }
                                html.element(.td, .class("num"), text: row.normalized(measure)?.display ?? NumberFormat.display(model.normalized(measure, row: r) ?? 0, decimals: 4))
                                html.element(.td, .class("num")) { html in
                                    if let value = points[n] { pointsColumn.write(value, max: maximum, into: &html) } else { html.raw("–") }
                                }
                            }
                        }
                    }
                }
            }
            html.element(.p, .class("related")) { html in
                html.element(.a, .href(location.link(Routes.ranking(table))), text: "Bảng xếp hạng tổng điểm")
                html.raw(" · ")
                html.element(.a, .href(location.link(Routes.pillar(pillar))), text: "Cách tính trụ cột \(pillar.rawValue)")
            }
        }
    }
}
