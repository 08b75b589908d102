/// `/phuong-phap/` and `/phuong-phap/<framework>/`: each framework as the
/// decision publishes it, with its pillars, components, bands and legal basis.
struct MethodologyPages {
    let context: RenderContext

    func index() -> [UInt8] {
        let location = context.location(Routes.methodology)
        let meta = PageMeta(title: "Phương pháp đánh giá",
                            description: "Các bộ chỉ số, căn cứ pháp lý, cách tính tổng điểm, thứ hạng, xếp loại và giá trị trụ cột.", section: .methodology)
        return context.shell.render(meta, at: location) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Phương pháp", nil)], location: location, into: &html)
            Components.pageHeader("Phương pháp đánh giá", site: context.site, location: location, into: &html)
            html.element(.h2, text: "Các bộ chỉ số")
            html.element(.ul) { html in
                for framework in context.model.content.frameworks {
                    html.element(.li) { html in
                        html.element(.a, .href(location.link(Routes.framework(framework.id))), text: framework.name)
                        if let basis = framework.legalBasis { html.element(.span, .class("muted"), text: " – " + basis) }
                    }
                }
            }
            html.element(.h2, text: "Cách dti tính và kiểm tra")
            html.element(.ul) { html in
                html.element(.li, text: "Tổng điểm = tổng điểm các chỉ số chính. Số đã công bố luôn được hiển thị nguyên văn; khi tổng công bố lệch quá 0,01 so với tổng các chỉ số, trang ghi chú lại.")
                html.element(.li, text: "Thứ hạng là thứ hạng cạnh tranh theo tổng điểm giảm dần: các đơn vị bằng điểm đồng hạng, hạng kế tiếp bỏ qua số chỗ đã chia (1, 2, 2, 4). Đơn vị đồng hạng giữ thứ tự công bố.")
                html.element(.li, text: "Xếp loại theo ngưỡng điểm của bộ chỉ số (nếu bộ chỉ số có quy định).")
                html.element(.li, text: PillarPages.formula)
                html.element(.li, text: "Giá trị DTI chuẩn hoá = tổng điểm ÷ tổng điểm tối đa.")
                html.element(.li, text: "Thống kê nhóm: trung bình, trung vị, thấp nhất, cao nhất và tứ phân vị (nội suy tuyến tính, như QUARTILE.INC của Excel).")
            }
        }
    }

    func frameworkPage(_ framework: Framework) -> [UInt8] {
        let location = context.location(Routes.framework(framework.id))
        let main = framework.mainIndices
        let components = framework.indices.filter { $0.code.depth == 2 }
        let meta = PageMeta(title: framework.name,
                            description: "\(framework.name): \(main.count) chỉ số chính, \(components.count) chỉ số thành phần, thang điểm \(NumberFormat.displayTrimmed(framework.effectiveMax))."
                                + (framework.legalBasis.map { " " + $0 + "." } ?? ""),
                            section: .methodology)
        return context.shell.render(meta, at: location, capacity: 32_768 + framework.indices.count * 300) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Phương pháp", Routes.methodology), (framework.name, nil)], location: location, into: &html)
            Components.pageHeader(framework.name, lead: framework.level.map { "Đối tượng đánh giá: " + $0 }, site: context.site, location: location, into: &html)
            html.element(.p, .class("source")) { html in
                html.element(.strong, text: "Căn cứ pháp lý: ")
                if let url = framework.legalBasisURL { html.element(.a, .href(url), text: framework.legalBasis ?? url) } else {
                    html.text(framework.legalBasis ?? "không ghi")
                }
            }
            if let note = framework.note { html.element(.aside, .class("notes")) { $0.element(.p, text: note) } }
            html.element(.h2, .id("cau-truc"), text: "Cấu trúc bộ chỉ số")
            structure(framework, into: &html)
            ChartAdapters.pointSplit(framework, idPrefix: "phan-bo-diem", into: &html)
            if !framework.pillars.isEmpty {
                html.element(.h2, .id("tru-cot"), text: "Ba trụ cột")
                html.element(.p, text: PillarPages.formula)
                for definition in framework.pillars {
                    html.element(.h3) { $0.element(.a, .href(location.link(Routes.pillar(definition.pillar))), text: "\(definition.name) (\(definition.pillar.rawValue))") }
                    PillarPages(context: context).composition(framework, definition, into: &html)
                }
            }
            if !framework.bands.isEmpty { bands(framework, into: &html) }
            html.element(.h2, .id("thanh-phan"), text: "Các chỉ số thành phần")
            componentsTable(framework, into: &html)
            let tables = context.tablesNewestFirst.filter { context.model.tables[$0].framework?.id == framework.id }
            if !tables.isEmpty {
                html.element(.h2, .id("bang-ap-dung"), text: "Bảng xếp hạng theo bộ chỉ số này")
                html.element(.ul) { html in
                    for index in tables {
                        let table = context.model.tables[index].table
                        html.element(.li) { $0.element(.a, .href(location.link(Routes.ranking(table))), text: "\(table.period.name) · \(table.title)") }
                    }
                }
            }
        }
    }

    /// The structure table: groups, main indices, number of components, points.
    private func structure(_ framework: Framework, into html: inout HTML) {
        Components.scrollTable(label: "Cấu trúc bộ chỉ số", into: &html) { html in
            html.element(.table, .class("structure")) { html in
                html.element(.caption, text: "Nhóm chỉ số, chỉ số chính, số chỉ số thành phần được liệt kê và điểm tối đa")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in ["STT", "Chỉ số chính", "Số chỉ số thành phần", "Điểm tối đa"] { html.element(.th, .scope("col"), text: heading) }
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
                            html.element(.th, .scope("row"), text: group.title)
                            html.element(.td, .class("num"), text: String(count))
                            html.element(.td, .class("num"), text: NumberFormat.displayTrimmed(points))
                        }
                        for index in members {
                            html.element(.tr) { html in
                                html.element(.td, text: index.code.description)
                                html.element(.td) { html in
                                    html.text(index.name)
                                    if let pillar = index.pillar { html.element(.span, .class("muted"), text: " (trụ cột \(pillar.rawValue))") }
                                }
                                html.element(.td, .class("num"), text: String(framework.children(of: index.code).count))
                                html.element(.td, .class("num"), text: index.max?.display ?? "–")
                            }
                        }
                    }
                }
                html.element(.tfoot) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("row"), Attribute("colspan", "2"), text: "Tổng")
                        html.element(.td, .class("num"), text: String(framework.indices.filter { $0.code.depth == 2 }.count))
                        html.element(.td, .class("num"), text: framework.declaredTotal?.display ?? NumberFormat.displayTrimmed(framework.totalMax))
                    }
                }
            }
        }
    }

    private func bands(_ framework: Framework, into html: inout HTML) {
        html.element(.h2, .id("xep-loai"), text: "Ngưỡng xếp loại")
        let max = framework.effectiveMax
        let ordered = framework.bands.sorted { $0.minimumPoints(totalMax: max) > $1.minimumPoints(totalMax: max) }
        Components.scrollTable(label: "Ngưỡng xếp loại", into: &html) { html in
            html.element(.table, .class("bands")) { html in
                html.element(.caption, text: "Xếp loại theo tổng điểm (thang \(NumberFormat.displayTrimmed(max)) điểm)")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in ["Xếp loại", "Từ (điểm)", "Đến dưới (điểm)", "Tỷ lệ điểm tối đa"] { html.element(.th, .scope("col"), text: heading) }
                    }
                }
                html.element(.tbody) { html in
                    for (i, band) in ordered.enumerated() {
                        let from = band.minimumPoints(totalMax: max)
                        html.element(.tr) { html in
                            html.element(.th, .scope("row")) { Components.classBadge(band.label, into: &$0) }
                            html.element(.td, .class("num"), text: NumberFormat.displayTrimmed(from))
                            html.element(.td, .class("num"), text: i == 0 ? "–" : NumberFormat.displayTrimmed(ordered[i - 1].minimumPoints(totalMax: max)))
                            html.element(.td, .class("num"), text: "từ " + Components.percent(from, of: max))
                        }
                    }
                }
            }
        }
    }

    /// Every component with its maximum, nested under its main index.
    private func componentsTable(_ framework: Framework, into html: inout HTML) {
        Components.scrollTable(label: "Các chỉ số thành phần", into: &html) { html in
            html.element(.table, .class("components")) { html in
                html.element(.caption, text: "Mọi chỉ số và chỉ số thành phần với điểm tối đa (– khi văn bản nguồn không nêu)")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in ["Mã", "Chỉ số / chỉ số thành phần", "Điểm tối đa"] { html.element(.th, .scope("col"), text: heading) }
                    }
                }
                html.element(.tbody) { html in
                    for index in framework.indices {
                        html.element(.tr, .class("depth-\(min(index.code.depth, 3))")) { html in
                            html.element(.td, text: index.code.description)
                            if index.isMain { html.element(.th, .scope("row"), text: index.name) } else { html.element(.td, text: index.name) }
                            html.element(.td, .class("num"), text: index.max?.display ?? "–")
                        }
                    }
                }
            }
        }
    }
}
