/// Builds the charts of each page from the site model.
///
/// Where a page already shows the same numbers in a visible table right
/// next to the chart (the ranking table, the pillar table, the index table),
/// the chart says so and does not repeat the table.
///
/// Every title, description and summary is one whole phrase of the
/// edition's catalogue (`html.words`), its numbers written as that
/// language writes them (`233,06` / `233.06`).
enum ChartAdapters {
    static func classMix(_ model: TableModel, idPrefix: String, into html: inout HTML) {
        let words = html.words, table = model.table
        ClassMixChart(id: idPrefix, title: words(.chartClassMixTitle, ["group": words.groupName(table), "period": words.periodInSentence(table.period)]),
                      counts: model.classCounts).render(into: &html)
    }

    /// A period's short name for an axis: `2022`, `6T 2023` (`6M 2023`), `Q1 2023`.
    static func shortName(_ period: Period, words: Catalogue) -> String {
        switch period.span {
        case .year: return words(.chartPeriodShortYear, ["year": String(period.year)])
        case .firstMonths(let months): return words(.chartPeriodShortFirstMonths, ["months": String(months), "year": String(period.year)])
        case .quarter(let quarter): return words(.chartPeriodShortQuarter, ["quarter": String(quarter), "year": String(period.year)])
        }
    }

    /// A measure's short name on a trend line: `DTI`, `CQS` (`Gov`).
    private static func seriesName(_ measure: NormalizedMeasure, words: Catalogue) -> String {
        switch measure {
        case .dti: return words[.chartSeriesDTI]
        case .cqs: return words[.chartSeriesCQS]
        case .kts: return words[.chartSeriesKTS]
        case .xhs: return words[.chartSeriesXHS]
        }
    }

    /// A pillar as a chart's title names it: `CQS` (`Digital government`).
    private static func pillarName(_ pillar: Pillar, words: Catalogue) -> String {
        switch pillar {
        case .cqs: return words[.chartPillarCQS]
        case .kts: return words[.chartPillarKTS]
        case .xhs: return words[.chartPillarXHS]
        }
    }

    /// Totals in rank order, coloured by class; the ranking table above holds the numbers.
    static func totals(_ model: TableModel, location: PageLocation, idPrefix: String, into html: inout HTML) {
        guard let max = model.totalMax, max > 0 else { return }
        let words = html.words, table = model.table
        let rows: [BarChart.Row] = model.rankOrder.compactMap { r in
            guard let total = model.results[r].total else { return nil }
            return BarChart.Row(label: table.rows[r].name, value: total.value, display: words.published(total), max: max,
                                classLabel: model.results[r].classLabel, mean: nil, best: nil)
        }
        guard let first = rows.first, let last = rows.last else { return }
        let summary = words(.chartTotalsSummary, ["top": first.label, "top_value": first.display, "bottom": last.label, "bottom_value": last.display])
        BarChart(id: idPrefix,
                 title: words(.chartTotalsTitle, ["count": String(rows.count), "group": words.groupName(table), "period": words.periodInSentence(table.period)]),
                 description: words(.chartTotalsDesc, ["max": words.trimmed(max), "summary": summary]),
                 summary: summary, rows: rows, scale: .sharedMaximum(max),
                 labelHeading: words[.chartHeadingUnit], valueHeading: words[.chartHeadingTotal], includeTable: false).render(into: &html)
    }

    /// One strip per index (and the total): every unit a dot, mean and median marked.
    static func distributions(_ model: TableModel, idPrefix: String, into html: inout HTML) {
        let words = html.words
        var strips: [StripChart.Strip] = []
        for p in model.table.indexCodes.indices {
            guard let stats = model.indexStatistics[p], let max = model.indexMaxima[p], max > 0 else { continue }
            let label = model.indexLabels[p]
            strips.append(StripChart.Strip(label: label, max: max, values: model.table.rows.compactMap { $0.scores[p]?.value },
                                           mean: stats.mean, median: stats.median, highlight: nil))
        }
        if let stats = model.totalStatistics, let max = model.totalMax, max > 0 {
            strips.append(StripChart.Strip(label: words[.chartHeadingTotal], max: max, values: model.results.compactMap { $0.total?.value },
                                           mean: stats.mean, median: stats.median, highlight: nil))
        }
        guard !strips.isEmpty else { return }
        let widest = strips.max { ($0.values.max() ?? 0) / $0.max - ($0.values.min() ?? 0) / $0.max < ($1.values.max() ?? 0) / $1.max - ($1.values.min() ?? 0) / $1.max }!
        let summary = words(.chartSpreadSummary, ["index": widest.label, "low": words.trimmed(widest.values.min() ?? 0),
                                                  "high": words.trimmed(widest.values.max() ?? 0), "max": words.trimmed(widest.max)])
        StripChart(id: idPrefix,
                   title: words(.chartSpreadTitle, ["group": words.groupName(model.table), "period": words.periodInSentence(model.table.period)]),
                   description: words(.chartSpreadDesc, ["summary": summary]),
                   summary: summary, strips: strips).render(into: &html)
    }

    /// Score against maximum per index, with the group mean and best.
    static func indexBars(context: RenderContext, appearance: Appearance, idPrefix: String, into html: inout HTML) {
        let words = html.words
        let model = context.model.tables[appearance.table]
        let row = model.table.rows[appearance.row]
        var rows: [BarChart.Row] = []
        for p in model.table.indexCodes.indices {
            guard let score = row.scores[p], let max = model.indexMaxima[p], max > 0 else { continue }
            let name = model.indexNames[p]
            rows.append(BarChart.Row(label: name, value: score.value, display: words.published(score), max: max, classLabel: nil,
                                     mean: model.indexStatistics[p]?.mean, best: model.indexStatistics[p]?.max))
        }
        guard !rows.isEmpty else { return }
        let best = rows.max { $0.value / $0.max < $1.value / $1.max }!, worst = rows.min { $0.value / $0.max < $1.value / $1.max }!
        let summary = words(.chartIndexBarsSummary, ["best": best.label, "best_share": words.percent(best.value, of: best.max),
                                                     "worst": worst.label, "worst_share": words.percent(worst.value, of: worst.max)])
        let marked = rows.contains { $0.mean != nil }
        BarChart(id: idPrefix, title: words(.chartIndexBarsTitle, ["unit": row.name, "period": words.periodInSentence(model.table.period)]),
                 description: words(marked ? .chartIndexBarsDescMarks : .chartIndexBarsDesc, ["summary": summary]),
                 summary: summary, rows: rows, scale: .ownMaximum, includeTable: false).render(into: &html)
    }

    /// The unit's shape (% of each maximum) against the group mean.
    static func radar(context: RenderContext, appearance: Appearance, idPrefix: String, into html: inout HTML) {
        let words = html.words
        let model = context.model.tables[appearance.table]
        let row = model.table.rows[appearance.row]
        var axes: [RadarChart.Axis] = []
        for p in model.table.indexCodes.indices {
            guard let max = model.indexMaxima[p], max > 0 else { continue }
            // The same names as the bar chart above it.
            let label = model.indexNames[p]
            axes.append(RadarChart.Axis(label: label, value: row.scores[p].map { $0.value / max }, mean: context.meanShare(model, p)))
        }
        guard axes.count >= 3 else { return }
        let gaps = axes.compactMap { axis in axis.value.flatMap { v in axis.mean.map { (axis.label, (v - $0) * 100) } } }
        let best = gaps.max { $0.1 < $1.1 }
        let summary = best.map { words(.chartRadarSummary, ["index": $0.0, "gap": words.signed($0.1, decimals: 1)]) }
        RadarChart(id: idPrefix, title: words(.chartRadarTitle, ["unit": row.name, "period": words.periodInSentence(model.table.period)]),
                   description: words(.chartRadarDesc, ["summary": summary ?? ""]),
                   summary: summary, axes: axes).render(into: &html)
    }

    /// Across periods: DTI and pillars for national tables, else the total as
    /// a share of its maximum. Periods of different length are separate
    /// lines (a half-year is not the year that follows it), and a line never
    /// crosses a methodology break: it stops, and the break is marked and named.
    static func trend(context: RenderContext, unit: UnitModel, idPrefix: String, into html: inout HTML) {
        let words = html.words
        var byPeriod: [(period: Period, appearance: Appearance)] = []
        for appearance in unit.appearances {
            let period = context.model.tables[appearance.table].table.period
            if byPeriod.last?.period == period { byPeriod[byPeriod.count - 1].appearance = appearance } else { byPeriod.append((period, appearance)) }
        }
        guard byPeriod.count > 1 else { return }
        let national = byPeriod.contains { context.model.tables[$0.appearance.table].table.normalizedMeasures.contains(.dti) }
        var breaks: [Int: String] = [:]
        for i in byPeriod.indices.dropFirst() {
            if let methodologyBreak = context.model.methodologyBreak(from: byPeriod[i - 1].appearance.table, to: byPeriod[i].appearance.table) {
                breaks[i] = words.methodologyBreak(methodologyBreak)
            }
        }
        // One line per length of period (months), when the unit has several.
        let spans = byPeriod.map(\.period.span.months).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }.sorted(by: >)
        var series: [TrendChart.Series] = []
        let measures: [NormalizedMeasure] = national ? NormalizedMeasure.allCases : [.dti]
        for measure in measures {
            for months in spans {
                var values: [Double?] = [], ranks: [Int?] = []
                for entry in byPeriod {
                    let model = context.model.tables[entry.appearance.table]
                    let same = entry.period.span.months == months
                    values.append(same ? model.normalized(measure, row: entry.appearance.row) : nil)
                    ranks.append(same ? model.normalizedRank(measure, row: entry.appearance.row) : nil)
                }
                guard values.contains(where: { $0 != nil }) else { continue }
                var name = national ? seriesName(measure, words: words) : words[.chartSeriesShare]
                if spans.count > 1 {
                    let span: Word = months == 12 ? .chartSeriesFullYear : months == 3 ? .chartSeriesQuarter : .chartSeriesMonths
                    name = words(span, ["series": name, "months": String(months)])
                }
                series.append(TrendChart.Series(name: name, css: "series-" + measure.dataKey, values: values, ranks: ranks))
            }
        }
        guard let first = series.first else { return }
        let points = first.values.indices.filter { first.values[$0] != nil }
        guard let a = points.first, let b = points.last else { return }
        guard let from = first.values[a], let to = first.values[b] else { return }
        let firstBreak = breaks.min { $0.key < $1.key }?.value
        let summary = words(firstBreak == nil ? .chartTrendSummary : .chartTrendSummaryBreak,
                            ["series": first.name, "from": words.number(from, decimals: 4), "from_period": words.periodInSentence(byPeriod[a].period),
                             "to": words.number(to, decimals: 4), "to_period": words.periodInSentence(byPeriod[b].period), "break": firstBreak ?? ""])
        TrendChart(id: idPrefix, title: words(.chartTrendTitle, ["unit": unit.name]),
                   description: words(national ? .chartTrendDescNational : .chartTrendDescShare, ["summary": summary]),
                   summary: summary, periods: byPeriod.map { shortName($0.period, words: words) }, periodNames: byPeriod.map { words.period($0.period) },
                   series: series, maximum: 1, breaks: breaks).render(into: &html)
    }

    /// Pillar values of a table, highest first; the table below holds the numbers.
    static func pillarValues(context: RenderContext, pillar: Pillar, tableIndex: Int, location: PageLocation, idPrefix: String, into html: inout HTML) {
        let words = html.words
        let model = context.model.tables[tableIndex]
        let measure = NormalizedMeasure(pillar)
        let order = model.table.rows.indices.sorted { a, b in
            let x = model.normalizedRank(measure, row: a) ?? Int.max, y = model.normalizedRank(measure, row: b) ?? Int.max
            return x != y ? x < y : a < b
        }
        let rows: [BarChart.Row] = order.compactMap { r in
            guard let value = model.normalized(measure, row: r) else { return nil }
            let display = model.table.rows[r].normalized(measure).map(words.published) ?? words.number(value, decimals: 4)
            return BarChart.Row(label: model.table.rows[r].name, value: value, display: display, max: 1, classLabel: nil, mean: nil, best: nil)
        }
        guard let first = rows.first else { return }
        let summary = words(.chartPillarValuesSummary, ["top": first.label, "value": first.display])
        let name = pillarName(pillar, words: words)
        BarChart(id: idPrefix,
                 title: words(.chartPillarValuesTitle, ["pillar": name, "group": words.groupName(model.table), "period": words.periodInSentence(model.table.period)]),
                 description: words(.chartPillarValuesDesc, ["summary": summary]), summary: summary, rows: rows, scale: .sharedMaximum(1),
                 labelHeading: words[.chartHeadingUnit], valueHeading: name, includeTable: false).render(into: &html)
    }

    /// How a framework splits its points across the main indices.
    static func pointSplit(_ framework: Framework, idPrefix: String, into html: inout HTML) {
        let words = html.words
        let main = framework.mainIndices.filter { ($0.max?.value ?? 0) > 0 }
        guard let largest = main.compactMap({ $0.max?.value }).max(), largest > 0 else { return }
        let total = framework.effectiveMax
        let rows = main.map { index in
            BarChart.Row(label: index.name, value: index.max!.value,
                         display: words(.chartPointsShare, ["points": words.published(index.max!), "share": words.percent(index.max!.value, of: total)]),
                         max: largest, classLabel: nil, mean: nil, best: nil)
        }
        let top = main.max { $0.max!.value < $1.max!.value }!
        let summary = words(.chartPointSplitSummary, ["index": top.name, "points": words.published(top.max!), "total": words.trimmed(total)])
        BarChart(id: idPrefix, title: words(.chartPointSplitTitle, ["framework": framework.name]),
                 description: words(.chartPointSplitDesc, ["summary": summary]), summary: summary, rows: rows,
                 scale: .sharedMaximum(largest), valueHeading: words[.chartHeadingMaxPoints], showsMaximum: false).render(into: &html)
    }

    /// Rank changes between the previous period and this one, for units in
    /// both: only between periods of the same length (or declared
    /// comparable), and across a methodology break with the break said first.
    static func slope(context: RenderContext, tableIndex: Int, previous: Int, location: PageLocation, idPrefix: String, into html: inout HTML) {
        let words = html.words
        let now = context.model.tables[tableIndex], before = context.model.tables[previous]
        let methodologyBreak = context.model.methodologyBreak(from: previous, to: tableIndex)
        guard now.table.period.coversSameSpan(as: before.table.period) || (methodologyBreak == nil && now.framework?.comparablePeriods == true) else { return }
        var rankBefore: [String: Int] = [:]
        for (r, row) in before.table.rows.enumerated() { if let rank = before.results[r].rank { rankBefore[row.unitSlug] = rank } }
        let lines: [RankSlopeChart.Line] = now.rankOrder.compactMap { r in
            let row = now.table.rows[r]
            guard let after = now.results[r].rank, let old = rankBefore[row.unitSlug] else { return nil }
            return RankSlopeChart.Line(label: row.name, before: old, after: after)
        }
        guard lines.count > 1 else { return }
        if let methodologyBreak {
            html.element(.p, .class("break-note"), text: words(.chartSlopeBreakNote, ["break": words.methodologyBreak(methodologyBreak)]))
        }
        RankSlopeChart(id: idPrefix,
                       title: words(.chartSlopeTitle, ["from": words.periodInSentence(before.table.period), "to": words.periodInSentence(now.table.period)]),
                       before: shortName(before.table.period, words: words), after: shortName(now.table.period, words: words),
                       count: max(now.table.rankedCount, before.table.rankedCount), lines: lines).render(into: &html)
    }
}
