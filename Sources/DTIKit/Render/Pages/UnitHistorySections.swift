/// The sections of a unit page that compare it and follow it over time.
extension UnitSections {
    /// Indices furthest above and below the group, in points of % of max
    /// (the words beside the radar, in `shape`).
    func strengths(into html: inout HTML) {
        guard table.table.hasScores else { return }
        let words = html.words
        var gaps: [(label: String, gap: Double, share: Double)] = []
        for p in table.table.indexCodes.indices {
            guard let score = row.scores[p], let max = table.indexMaxima[p], max > 0 else { continue }
            // A share from an impossible published score (above its maximum,
            // or negative) is said to be one wherever it is shown.
            let impossible = score.value > max + 1e-9 || score.value < 0
            let label = table.indexNames[p]
                + (impossible ? " " + words(.unitImpossibleShare, ["score": words.published(score), "max": words.trimmed(max)]) : "")
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
                let points = { (gap: Double) in words(.unitPercentagePoints, ["change": words.signed(gap, decimals: 1)]) }
                list(words[.unitAboveGroup], strong.map { ($0.label, points($0.gap)) }, css: "up", into: &html)
                list(words[.unitBelowGroup], weak.map { ($0.label, points($0.gap)) }, css: "down", into: &html)
            }
            html.element(.p, .class("muted"), text: words[.unitPercentagePointsNote])
        } else {
            // A partial table has no group to compare with: use the share of each maximum.
            let sorted = gaps.sorted { $0.share != $1.share ? $0.share > $1.share : VietnameseCollation.areInIncreasingOrder($0.label, $1.label) }
            html.element(.div) { html in
                list(words[.unitHighestShare], sorted.prefix(3).map { ($0.label, words.percent($0.share, of: 1)) }, css: "up", into: &html)
                list(words[.unitLowestShare], sorted.reversed().prefix(2).map { ($0.label, words.percent($0.share, of: 1)) }, css: "down", into: &html)
            }
        }
    }

    private func list(_ title: String, _ items: [(String, String)], css: String, into html: inout HTML) {
        html.element(.div) { html in
            html.element(.h3, text: title)
            if items.isEmpty { html.element(.p, .class("muted"), text: html.words[.unitNoIndex]); return }
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
            html.element(.h2, .id("lan-can"), text: html.words[.unitPeersHeading])
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
                html.element(.h2, .id("dien-bien"), text: html.words[.unitTrendHeading])
                ChartAdapters.trend(context: context, unit: unit, idPrefix: "xu-huong", into: &html)
            }
        }
        html.element(.section, Attribute("aria-labelledby", "lich-su")) { html in
            html.element(.h2, .id("lich-su"), text: html.words[.unitHistoryHeading])
            UnitHistoryTable(context: context, unit: unit, location: location).render(label: html.words[.unitHistoryTableLabel], into: &html)
        }
    }

    /// Component assessments and recommendations, where Content has them:
    /// per period, the recommendations that ask for action first, then the
    /// count of components by assessment, and the full table one tap away
    /// (a closed `<details>`: 106 rows open made a phone page 19 000 px tall).
    func assessments(into html: inout HTML) {
        guard let list = context.assessments[unit.slug], !list.isEmpty else { return }
        let words = html.words
        html.element(.section, Attribute("aria-labelledby", "danh-gia")) { html in
            html.element(.h2, .id("danh-gia"), text: words[.assessmentHeading])
            for assessment in list.reversed() {
                let appearance = unit.appearances.last { context.model.tables[$0.table].table.period == assessment.period }
                let framework = appearance.flatMap { context.model.tables[$0.table].framework }
                let names = Dictionary((framework?.indices ?? []).map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
                let summary = AssessmentSummary(assessment.items)
                let count = String(assessment.items.count)
                html.element(.h3, text: words(.assessmentPeriodHeading, ["period": words.period(assessment.period), "count": count]))
                if !summary.actions.isEmpty {
                    html.element(.p, text: words(.assessmentActions, ["count": String(summary.actions.count)]))
                    html.element(.ol, .class("recommendations")) { html in
                        for action in summary.actions {
                            html.element(.li) { html in
                                publishedText(.strong, action.recommendation, into: &html)
                                let codes = action.codes
                                if codes.count == 1, let name = names[codes[0]] {
                                    html.text(" – \(codes[0].description) \(name)")
                                } else if codes.count == 1 {
                                    html.text(" – " + words(.assessmentCode, ["code": codes[0].description]))
                                } else {
                                    html.text(" – " + words(.assessmentCodes, ["codes": codes.map(\.description).joined(separator: ", ")]))
                                }
                            }
                        }
                    }
                }
                html.element(.ul, .class("counts")) { html in
                    for (kind, count) in summary.counts where count > 0 { html.element(.li, text: "\(words[Self.word(kind)]): \(count)") }
                }
                html.element(.details, .class("full-table")) { html in
                    html.element(.summary, text: words[.assessmentFullTable])
                    let period = words.periodInSentence(assessment.period)
                    Components.scrollTable(label: words(.assessmentTableLabel, ["period": period]), into: &html) { html in
                        html.element(.table, .class("assessment")) { html in
                            html.element(.caption, text: words(.assessmentTableCaption, ["period": period]))
                            html.element(.thead) { html in
                                html.element(.tr) { html in
                                    for heading in [Word.assessmentColumnCode, .assessmentColumnComponent, .assessmentColumnAssessment,
                                                    .assessmentColumnRecommendation] {
                                        html.element(.th, .scope("col"), text: words[heading])
                                    }
                                }
                            }
                            html.element(.tbody) { html in
                                for item in assessment.items {
                                    html.element(.tr) { html in
                                        html.element(.td, text: item.code.description)
                                        html.element(.td, text: names[item.code] ?? "")
                                        publishedText(.td, item.assessment, into: &html)
                                        publishedText(.td, item.recommendation, into: &html)
                                    }
                                }
                            }
                        }
                    }
                }
                html.element(.p, .class("print-only muted"), text: words(.assessmentPrintNote, ["count": count]))
            }
        }
    }

    /// An assessment or a recommendation as published, in Vietnamese: marked
    /// as such on a page of another language, for readers and screen readers.
    private func publishedText(_ tag: Tag, _ text: String, into html: inout HTML) {
        if html.words.language == .vietnamese {
            html.element(tag, text: text)
        } else {
            html.element(tag, .lang("vi"), text: text)
        }
    }

    /// The words for a kind of assessment.
    private static func word(_ kind: AssessmentSummary.Kind) -> Word {
        switch kind {
        case .met: return .assessmentMet
        case .otherRemark: return .assessmentOther
        case .noData: return .assessmentNoData
        case .notAssessed: return .assessmentBlank
        }
    }
}
