/// The sections of a unit page that describe its latest result.
final class UnitSections {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation
    // Stored once: these are read many times per page, and a computed
    // property would copy the table (and retain all its arrays) every time.
    let latest: Appearance
    let table: TableModel
    let row: RankingRow
    let result: RowResult

    init(context: RenderContext, unit: UnitModel, location: PageLocation) {
        self.context = context
        self.unit = unit
        self.location = location
        latest = unit.appearances.last!
        table = context.model.tables[latest.table]
        row = table.table.rows[latest.row]
        result = table.results[latest.row]
    }

    /// Name, total against maximum, rank of N, class, and the change since last period.
    func headline(into html: inout HTML) {
        let words = html.words
        html.element(.section, .class("headline"), .ariaLabel(words[.unitLatestResult])) { html in
            html.element(.p, .class("headline-context")) { html in
                html.text(words.period(table.table.period) + " · ")
                html.element(.a, .href(location.link(Routes.ranking(table.table))), text: words.groupName(table.table))
            }
            // The big number says what it is and has its maximum beside it.
            html.element(.p, .class("headline-score")) { html in
                // National tables publish DTI (0–1): that is the headline; the points follow.
                if let dti = row.normalized(.dti) {
                    html.element(.span, .class("measure"), text: "DTI")
                    html.raw(" ")
                    html.element(.strong, .class("big"), text: words.published(dti))
                    html.element(.span, .class("max"), text: " / 1")
                    if table.table.hasScores, let total = result.total, let max = table.totalMax {
                        html.element(.span, .class("max"),
                                     text: " · " + words(.unitHeadlineTotal, ["total": words.published(total), "max": words.trimmed(max)]))
                    }
                } else if table.table.hasScores, let total = result.total {
                    html.element(.span, .class("measure"), text: words[.unitTotalScore])
                    html.raw(" ")
                    html.element(.strong, .class("big"), text: words.published(total))
                    if let max = table.totalMax { html.element(.span, .class("max"), text: " / " + words.trimmed(max)) }
                }
            }
            html.element(.p, .class("headline-rank")) { html in
                html.element(.strong, text: words.rank(result.rank, of: table.table.rankedCount, tied: result.tied))
                if result.classLabel != nil { html.raw(" ") }
                Components.classBadge(result.classLabel, into: &html)
            }
            if let change = context.model.change(of: unit, at: latest) {
                let before = context.model.tables[change.previous.table].table
                html.element(.p, .class("headline-change")) { html in
                    html.text(words(.unitComparedWith, ["period": words.periodInSentence(before.period)]) + " ")
                    Components.change(change, into: &html)
                }
                if let comparable = context.model.comparableChange(of: unit, at: latest) {
                    let earlier = context.model.tables[comparable.previous.table].table
                    html.element(.p, .class("headline-change")) { html in
                        html.text(words(.unitComparedWith, ["period": words.periodInSentence(earlier.period)]) + " ")
                        Components.change(comparable, into: &html)
                    }
                }
            } else if unit.appearances.count == 1 {
                html.element(.p, .class("headline-change muted"), text: words[.unitFirstRanking])
            }
        }
    }

    /// Each main index: score against its maximum, with the group mean and
    /// best; on a wide screen the bars and the table side by side.
    func indices(into html: inout HTML) {
        html.element(.section, Attribute("aria-labelledby", "chi-so")) { html in
            html.element(.h2, .id("chi-so"), text: html.words[.unitIndicesHeading])
            html.element(.div, .class("side-by-side")) { html in
                ChartAdapters.indexBars(context: context, appearance: latest, idPrefix: "cs", into: &html)
                indexTable(into: &html)
            }
        }
    }

    /// The shape of the unit against the group mean, as % of each maximum,
    /// beside the indices furthest above and below the group in words.
    func shape(into html: inout HTML) {
        let hasRadar = table.table.indexCodes.count >= 3 && !table.table.isPartial
        guard table.table.hasScores else { return }
        html.element(.section, Attribute("aria-labelledby", "manh-yeu")) { html in
            html.element(.h2, .id("manh-yeu"), text: html.words[hasRadar ? .unitShapeHeadingGroup : .unitShapeHeading])
            html.element(.div, .class(hasRadar ? "side-by-side" : "single")) { html in
                if hasRadar { ChartAdapters.radar(context: context, appearance: latest, idPrefix: "rd", into: &html) }
                html.element(.div) { strengths(into: &$0) }
            }
        }
    }

    /// Pillar values (0–1 and points) with their ranks.
    func pillars(into html: inout HTML) {
        let measures = table.measures
        guard measures.contains(where: { $0.pillar != nil }) || table.table.normalizedMeasures.contains(.dti) else { return }
        let definitions = Dictionary((table.framework?.pillars ?? []).map { ($0.pillar, $0) }, uniquingKeysWith: { a, _ in a })
        let words = html.words
        html.element(.section, Attribute("aria-labelledby", "tru-cot")) { html in
            html.element(.h2, .id("tru-cot"), text: words[.unitPillarsHeading])
            Components.scrollTable(label: words[.unitPillarsTableLabel], into: &html) { html in
                html.element(.table, .class("pillars")) { html in
                    html.element(.caption, text: words(.unitPillarsCaption, ["period": words.periodInSentence(table.table.period)]))
                    html.element(.thead) { html in
                        html.element(.tr) { html in
                            for heading in [Word.unitColumnPillar, .unitColumnValue, .unitColumnPoints, .unitColumnRank] {
                                html.element(.th, .scope("col"), text: words[heading])
                            }
                        }
                    }
                    html.element(.tbody) { html in
                        // Points and their maximum per row (by measure), the column aligned on the comma.
                        let points: [(text: String, max: String)?] = measures.map { measure in
                            if let pillar = measure.pillar, let definition = definitions[pillar],
                               let text = Components.pillarPoints(table, row: latest.row, measure: measure, definition: definition, words: words) {
                                return (text, words.trimmed(definition.max))
                            }
                            if measure == .dti, let total = result.total, let max = table.totalMax { return (words.published(total), words.trimmed(max)) }
                            return nil
                        }
                        let shown = points.compactMap { $0 }
                        let column = NumberColumn(shown.map(\.text), maxima: shown.map(\.max))
                        for (m, measure) in measures.enumerated() {
                            guard let value = table.normalized(measure, row: latest.row) else { continue }
                            html.element(.tr, .class(measure.pillar.map { "pillar-" + $0.slug } ?? "pillar-dti")) { html in
                                html.element(.th, .scope("row")) { html in
                                    if let pillar = measure.pillar {
                                        html.element(.a, .href(location.link(Routes.pillar(pillar))), text: "\(words.pillar(pillar)) (\(pillar.rawValue))")
                                    } else {
                                        html.text(words[.measureDTI])
                                    }
                                }
                                let published = row.normalized(measure)
                                html.element(.td, .class("num"), text: published.map(words.published) ?? words.number(value, decimals: 4))
                                html.element(.td, .class("num")) { html in
                                    if let point = points[m] { column.write(point.text, max: point.max, into: &html) } else { html.raw("–") }
                                }
                                html.element(.td, .class("num")) { rankCell(table.normalizedRank(measure, row: latest.row), into: &$0) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Score, group mean, best and rank of each main index: the numbers of
    /// the bar chart above, and the rank per index (published ranks where the
    /// table gives them).
    func indexTable(into html: inout HTML) {
        let ranks = table.table.indexCodes.indices.map { table.indexRank($0, row: latest.row) }
        let hasStats = table.indexStatistics.contains { $0 != nil }
        let hasRanks = ranks.contains { $0 != nil }
        let indices = table.table.indexCodes.indices
        let words = html.words
        let maxima = indices.map { table.indexMaxima[$0].map { words.trimmed($0) } }
        let scores = NumberColumn(published: indices.map { row.scores[$0] }, maxima: maxima.map { $0 ?? "" })
        let caption: Word = hasStats ? (hasRanks ? .unitIndicesCaptionStatsRanks : .unitIndicesCaptionStats)
                                     : (hasRanks ? .unitIndicesCaptionRanks : .unitIndicesCaption)
        Components.scrollTable(label: words[.unitIndicesTableLabel], into: &html) { html in
            html.element(.table, .class("index-ranks")) { html in
                html.element(.caption, text: words(caption, ["count": String(table.table.rankedCount),
                                                             "period": words.periodInSentence(table.table.period)]))
                var headings: [Word] = [.unitColumnIndex, .unitColumnPoints]
                if hasRanks { headings.append(.unitColumnRank) }
                if hasStats { headings += [.unitColumnGroupMean, .unitColumnGroupBest] }
                Chart.head(headings.map { words[$0] }, into: &html)
                html.element(.tbody) { html in
                    for p in indices {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: table.indexNames[p])
                            let over = row.scores[p].map { s in table.indexMaxima[p].map { s.value > $0 + 1e-9 } ?? false } ?? false
                            html.element(.td, .class(over ? "num flagged" : "num")) { html in
                                scores.write(published: row.scores[p], max: maxima[p], into: &html)
                                if over { html.element(.span, .class("flag"), .title(words[.unitOverMaximum]), text: " ⚠") }
                            }
                            if hasRanks { html.element(.td, .class("num")) { rankCell(ranks[p], into: &$0) } }
                            if hasStats {
                                let stats = table.indexStatistics[p]
                                // Group statistics, computed here: two decimals each, so their commas line up.
                                html.element(.td, .class("num"), text: stats.map { words.number($0.mean, decimals: 2) } ?? "–")
                                html.element(.td, .class("num"), text: stats.map { words.number($0.max, decimals: 2) } ?? "–")
                            }
                        }
                    }
                }
            }
        }
    }

    /// A rank in a table cell, of the ranked units: `13/19` (`13 of 19`), or `–`.
    func rankCell(_ rank: Int?, into html: inout HTML) {
        guard let rank else { html.raw("–"); return }
        html.text(.unitRankCell, ["rank": String(rank), "count": String(table.table.rankedCount)])
    }
}
