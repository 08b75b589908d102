/// The sections of a unit page that compare it and follow it over time.
extension UnitSections {
    /// Indices furthest above and below the group, in points of % of max
    /// (the words beside the radar, in `shape`).
    func strengths(into html: inout HTML) {
        guard table.table.hasScores else { return }
        var gaps: [(label: String, gap: Double, share: Double)] = []
        for p in table.table.indexCodes.indices {
            guard let score = row.scores[p], let max = table.indexMaxima[p], max > 0 else { continue }
            // A share from an impossible published score (above its maximum,
            // or negative) is said to be one wherever it is shown.
            let impossible = score.value > max + 1e-9 || score.value < 0
            let label = table.indexNames[p] + (impossible ? " (tính từ điểm công bố \(score.display)/\(NumberFormat.displayTrimmed(max)): số không thể có)" : "")
            let share = score.value / max
            if let mean = context.meanShare(table, p) { gaps.append((label, (share - mean) * 100, share)) } else { gaps.append((label, .nan, share)) }
        }
        guard !gaps.isEmpty else { return }
        let comparable = !gaps.contains { $0.gap.isNaN }
        if comparable {
            let sorted = gaps.sorted { $0.gap != $1.gap ? $0.gap > $1.gap : VietnameseCollation.areInIncreasingOrder($0.label, $1.label) }
            let strong = sorted.prefix(2).filter { $0.gap > 0.05 }
            let weak = sorted.reversed().prefix(2).filter { $0.gap < -0.05 }
            html.element(.div) { html in
                list("Mạnh hơn trung bình nhóm", strong.map { ($0.label, NumberFormat.signedDisplay($0.gap, decimals: 1) + " điểm %") }, css: "up", into: &html)
                list("Yếu hơn trung bình nhóm", weak.map { ($0.label, NumberFormat.signedDisplay($0.gap, decimals: 1) + " điểm %") }, css: "down", into: &html)
            }
            html.element(.p, .class("muted"), text: "“Điểm %” là chênh lệch giữa tỷ lệ điểm đạt/điểm tối đa của đơn vị và trung bình nhóm.")
        } else {
            // A partial table has no group to compare with: use the share of each maximum.
            let sorted = gaps.sorted { $0.share != $1.share ? $0.share > $1.share : VietnameseCollation.areInIncreasingOrder($0.label, $1.label) }
            html.element(.div) { html in
                list("Tỷ lệ đạt cao nhất", sorted.prefix(3).map { ($0.label, Components.percent($0.share, of: 1)) }, css: "up", into: &html)
                list("Tỷ lệ đạt thấp nhất", sorted.reversed().prefix(2).map { ($0.label, Components.percent($0.share, of: 1)) }, css: "down", into: &html)
            }
        }
    }

    private func list(_ title: String, _ items: [(String, String)], css: String, into html: inout HTML) {
        html.element(.div) { html in
            html.element(.h3, text: title)
            if items.isEmpty { html.element(.p, .class("muted"), text: "Không có chỉ số nào."); return }
            html.element(.ul) { html in
                for (label, value) in items {
                    html.element(.li) { html in
                        html.text(label + " ")
                        html.element(.span, .class("change " + css), text: (css == "up" ? "▲ " : "▼ ") + value)
                    }
                }
            }
        }
    }

    /// Up to two units just above and just below in the latest ranking.
    func peers(into html: inout HTML) {
        let order = table.rankOrder
        guard order.count > 1 else { return }
        let position = context.rankPosition[latest.table][latest.row]
        let range = max(0, position - 2)...min(order.count - 1, position + 2)
        html.element(.section, Attribute("aria-labelledby", "lan-can")) { html in
            html.element(.h2, .id("lan-can"), text: "Đơn vị lân cận trên bảng xếp hạng")
            html.element(.ol, .class("peers")) { html in
                for p in range {
                    let r = order[p]
                    let peer = table.table.rows[r]
                    html.element(.li, .class(r == latest.row ? "self" : "peer")) { html in
                        html.element(.span, .class("num"), text: table.results[r].rank.map { "\($0)." } ?? "–")
                        html.raw(" ")
                        if r == latest.row { html.element(.strong, text: peer.name) } else {
                            html.element(.a, .href(location.link(Routes.unit(peer.unitSlug))), text: peer.name)
                        }
                        html.raw(" – ")
                        context.headline(Appearance(table: latest.table, row: r), into: &html)
                    }
                }
            }
        }
    }

    /// The unit's values across periods (a chart of values, under its own
    /// heading), then every period it was ranked (a table of ranks).
    func history(into html: inout HTML) {
        if unit.appearances.count > 1 {
            html.element(.section, Attribute("aria-labelledby", "dien-bien")) { html in
                html.element(.h2, .id("dien-bien"), text: "Diễn biến giá trị qua các kỳ")
                ChartAdapters.trend(context: context, unit: unit, idPrefix: "xu-huong", into: &html)
            }
        }
        html.element(.section, Attribute("aria-labelledby", "lich-su")) { html in
            html.element(.h2, .id("lich-su"), text: "Lịch sử xếp hạng")
            UnitHistoryTable(context: context, unit: unit, location: location).render(label: "Bảng lịch sử xếp hạng", into: &html)
        }
    }

    /// Component assessments and recommendations, where Content has them:
    /// per period, the recommendations that ask for action first, then the
    /// count of components by assessment, and the full table one tap away
    /// (a closed `<details>`: 106 rows open made a phone page 19 000 px tall).
    func assessments(into html: inout HTML) {
        guard let list = context.assessments[unit.slug], !list.isEmpty else { return }
        html.element(.section, Attribute("aria-labelledby", "danh-gia")) { html in
            html.element(.h2, .id("danh-gia"), text: "Đánh giá chi tiết và khuyến nghị")
            for assessment in list.reversed() {
                let appearance = unit.appearances.last { context.model.tables[$0.table].table.period == assessment.period }
                let framework = appearance.flatMap { context.model.tables[$0.table].framework }
                let names = Dictionary((framework?.indices ?? []).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
                let summary = AssessmentSummary(assessment.items)
                html.element(.h3, text: "\(assessment.period.name): \(assessment.items.count) chỉ số thành phần")
                if !summary.actions.isEmpty {
                    html.element(.p, text: "Khuyến nghị cần thực hiện (\(summary.actions.count)):")
                    html.element(.ol, .class("recommendations")) { html in
                        for action in summary.actions {
                            html.element(.li) { html in
                                html.element(.strong, text: action.recommendation)
                                let codes = action.codes
                                if codes.count == 1, let name = names[codes[0]] {
                                    html.text(" – \(codes[0].description) \(name)")
                                } else {
                                    html.text(" – chỉ số " + codes.map(\.description).joined(separator: ", "))
                                }
                            }
                        }
                    }
                }
                html.element(.ul, .class("counts")) { html in
                    for (label, count) in summary.counts where count > 0 { html.element(.li, text: "\(label): \(count)") }
                }
                html.element(.details, .class("full-table")) { html in
                    html.element(.summary, text: "Bảng đầy đủ: đánh giá và khuyến nghị từng chỉ số thành phần")
                    Components.scrollTable(label: "Bảng đánh giá \(assessment.period.nameInSentence)", into: &html) { html in
                        html.element(.table, .class("assessment")) { html in
                            html.element(.caption, text: "Đánh giá từng chỉ số thành phần và khuyến nghị, \(assessment.period.nameInSentence), như văn bản công bố.")
                            html.element(.thead) { html in
                                html.element(.tr) { html in
                                    for heading in ["Mã", "Chỉ số thành phần", "Đánh giá", "Khuyến nghị"] { html.element(.th, .scope("col"), text: heading) }
                                }
                            }
                            html.element(.tbody) { html in
                                for item in assessment.items {
                                    html.element(.tr) { html in
                                        html.element(.td, text: item.code.description)
                                        html.element(.td, text: names[item.code] ?? "")
                                        html.element(.td, text: item.assessment)
                                        html.element(.td, text: item.recommendation)
                                    }
                                }
                            }
                        }
                    }
                }
                html.element(.p, .class("print-only muted"), text: "Bảng đầy đủ \(assessment.items.count) chỉ số thành phần: xem trên trang web.")
            }
        }
    }
}
