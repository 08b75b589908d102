/// Builds the charts of each page from the site model.
///
/// Where a page already shows the same numbers in a visible table right
/// next to the chart (the ranking table, the pillar table, the index table),
/// the chart says so and does not repeat the table.
enum ChartAdapters {
    static func classMix(_ model: TableModel, idPrefix: String, into html: inout HTML) {
        let table = model.table
        ClassMixChart(id: idPrefix, title: "Cơ cấu xếp loại: \(Components.groupName(table)), \(table.period.nameInSentence)",
                      counts: model.classCounts).render(into: &html)
    }

    /// Totals in rank order, coloured by class; the ranking table above holds the numbers.
    static func totals(_ model: TableModel, location: PageLocation, idPrefix: String, into html: inout HTML) {
        guard let max = model.totalMax, max > 0 else { return }
        let table = model.table
        let rows: [BarChart.Row] = model.rankOrder.compactMap { r in
            guard let total = model.results[r].total else { return nil }
            return BarChart.Row(label: table.rows[r].name, value: total.value, display: total.display, max: max,
                                classLabel: model.results[r].classLabel, mean: nil, best: nil)
        }
        guard let first = rows.first, let last = rows.last else { return }
        let summary = "Cao nhất: \(first.label) (\(first.display) điểm); thấp nhất: \(last.label) (\(last.display) điểm). Số liệu: bảng xếp hạng phía trên."
        BarChart(id: idPrefix, title: "Tổng điểm của \(rows.count) đơn vị, \(Components.groupName(table)) \(table.period.nameInSentence)",
                 description: "Biểu đồ cột ngang, mỗi cột là tổng điểm trên thang \(NumberFormat.displayTrimmed(max)), màu và chữ theo xếp loại. " + summary,
                 summary: summary, rows: rows, scale: .sharedMaximum(max), labelHeading: "Đơn vị", valueHeading: "Tổng điểm", includeTable: false).render(into: &html)
    }

    /// One strip per index (and the total): every unit a dot, mean and median marked.
    static func distributions(_ model: TableModel, idPrefix: String, into html: inout HTML) {
        var strips: [StripChart.Strip] = []
        for p in model.table.indexCodes.indices {
            guard let stats = model.indexStatistics[p], let max = model.indexMaxima[p], max > 0 else { continue }
            let label = model.indexLabels[p]
            strips.append(StripChart.Strip(label: label, max: max, values: model.table.rows.compactMap { $0.scores[p]?.value },
                                           mean: stats.mean, median: stats.median, highlight: nil))
        }
        if let stats = model.totalStatistics, let max = model.totalMax, max > 0 {
            strips.append(StripChart.Strip(label: "Tổng điểm", max: max, values: model.results.compactMap { $0.total?.value },
                                           mean: stats.mean, median: stats.median, highlight: nil))
        }
        guard !strips.isEmpty else { return }
        let widest = strips.max { ($0.values.max() ?? 0) / $0.max - ($0.values.min() ?? 0) / $0.max < ($1.values.max() ?? 0) / $1.max - ($1.values.min() ?? 0) / $1.max }!
        let summary = "Chỉ số có điểm phân tán nhất: \(widest.label) (từ \(NumberFormat.displayTrimmed(widest.values.min() ?? 0)) đến \(NumberFormat.displayTrimmed(widest.values.max() ?? 0)) trên \(NumberFormat.displayTrimmed(widest.max)))."
        StripChart(id: idPrefix, title: "Phân bố điểm từng chỉ số, \(Components.groupName(model.table)) \(model.table.period.nameInSentence)",
                   description: "Mỗi hàng là một chỉ số trên trục từ 0 đến điểm tối đa; mỗi chấm là một đơn vị (điểm bằng nhau xếp chồng lên nhau); vạch xám đứt là trung bình, tam giác dưới trục là trung vị, ô vuông là điểm vượt tối đa. " + summary,
                   summary: summary, strips: strips).render(into: &html)
    }

    /// Score against maximum per index, with the group mean and best.
    static func indexBars(context: RenderContext, appearance: Appearance, idPrefix: String, into html: inout HTML) {
        let model = context.model.tables[appearance.table]
        let row = model.table.rows[appearance.row]
        var rows: [BarChart.Row] = []
        for p in model.table.indexCodes.indices {
            guard let score = row.scores[p], let max = model.indexMaxima[p], max > 0 else { continue }
            let name = model.indexNames[p]
            rows.append(BarChart.Row(label: name, value: score.value, display: score.display, max: max, classLabel: nil,
                                     mean: model.indexStatistics[p]?.mean, best: model.indexStatistics[p]?.max))
        }
        guard !rows.isEmpty else { return }
        let best = rows.max { $0.value / $0.max < $1.value / $1.max }!, worst = rows.min { $0.value / $0.max < $1.value / $1.max }!
        let summary = "Tỷ lệ đạt cao nhất: \(best.label) (\(Components.percent(best.value, of: best.max))); thấp nhất: \(worst.label) (\(Components.percent(worst.value, of: worst.max)))."
        BarChart(id: idPrefix, title: "Điểm từng chỉ số của \(row.name), \(model.table.period.nameInSentence)",
                 description: "Mỗi cột là điểm của một chỉ số so với điểm tối đa của chính chỉ số đó" + (rows.contains { $0.mean != nil } ? "; vạch xám đứt là trung bình nhóm, vạch đen là điểm cao nhất nhóm" : "") + ". " + summary,
                 summary: summary, rows: rows, scale: .ownMaximum, includeTable: false).render(into: &html)
    }

    /// The unit's shape (% of each maximum) against the group mean.
    static func radar(context: RenderContext, appearance: Appearance, idPrefix: String, into html: inout HTML) {
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
        let summary = best.map { "Điểm cao nhất so với nhóm: \($0.0) (\(NumberFormat.signedDisplay($0.1, decimals: 1)) điểm %)." }
        RadarChart(id: idPrefix, title: "Hình dạng điểm của \(row.name) so với trung bình nhóm, \(model.table.period.nameInSentence)",
                   description: "Biểu đồ radar: mỗi trục là một chỉ số, tính theo % điểm tối đa; đường liền là đơn vị, đường đứt là trung bình nhóm. " + (summary ?? ""),
                   summary: summary, axes: axes).render(into: &html)
    }

    /// Across periods: DTI and pillars for national tables, else the total as
    /// a share of its maximum. Periods of different length are separate
    /// lines (a half-year is not the year that follows it), and a line never
    /// crosses a methodology break: it stops, and the break is marked and named.
    static func trend(context: RenderContext, unit: UnitModel, idPrefix: String, into html: inout HTML) {
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
                breaks[i] = methodologyBreak.sentence
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
                var name = national ? measure.rawValue : "Tỷ lệ điểm"
                if spans.count > 1 { name += months == 12 ? " (cả năm)" : months == 3 ? " (quý)" : " (\(months) tháng)" }
                series.append(TrendChart.Series(name: name, css: "series-" + measure.dataKey, values: values, ranks: ranks))
            }
        }
        guard let first = series.first else { return }
        let points = first.values.indices.filter { first.values[$0] != nil }
        guard let a = points.first, let b = points.last else { return }
        var summary = "\(first.name) từ \(NumberFormat.display(first.values[a]!, decimals: 4)) (\(byPeriod[a].period.nameInSentence)) đến \(NumberFormat.display(first.values[b]!, decimals: 4)) (\(byPeriod[b].period.nameInSentence))."
        if let (_, sentence) = breaks.min(by: { $0.key < $1.key }) { summary += " " + sentence + "." }
        TrendChart(id: idPrefix, title: "\(unit.name) qua các kỳ đánh giá",
                   description: "Biểu đồ đường theo kỳ, thang 0–1" + (national ? ", gồm DTI và ba trụ cột CQS, KTS, XHS" : " (tỷ lệ điểm: tổng điểm / điểm tối đa)") + ". " + summary,
                   summary: summary, periods: byPeriod.map(\.period.shortName), periodNames: byPeriod.map(\.period.name),
                   series: series, maximum: 1, breaks: breaks).render(into: &html)
    }

    /// Pillar values of a table, highest first; the table below holds the numbers.
    static func pillarValues(context: RenderContext, pillar: Pillar, tableIndex: Int, location: PageLocation, idPrefix: String, into html: inout HTML) {
        let model = context.model.tables[tableIndex]
        let measure = NormalizedMeasure(pillar)
        let order = model.table.rows.indices.sorted { a, b in
            let x = model.normalizedRank(measure, row: a) ?? Int.max, y = model.normalizedRank(measure, row: b) ?? Int.max
            return x != y ? x < y : a < b
        }
        let rows: [BarChart.Row] = order.compactMap { r in
            guard let value = model.normalized(measure, row: r) else { return nil }
            let display = model.table.rows[r].normalized(measure)?.display ?? NumberFormat.display(value, decimals: 4)
            return BarChart.Row(label: model.table.rows[r].name, value: value, display: display, max: 1, classLabel: nil, mean: nil, best: nil)
        }
        guard let first = rows.first else { return }
        let summary = "Cao nhất: \(first.label) (\(first.display)). Số liệu: bảng phía dưới."
        BarChart(id: idPrefix, title: "Giá trị trụ cột \(pillar.rawValue), \(Components.groupName(model.table)) \(model.table.period.nameInSentence)",
                 description: "Biểu đồ cột ngang, thang 0–1. " + summary, summary: summary, rows: rows, scale: .sharedMaximum(1),
                 labelHeading: "Đơn vị", valueHeading: pillar.rawValue, includeTable: false).render(into: &html)
    }

    /// How a framework splits its points across the main indices.
    static func pointSplit(_ framework: Framework, idPrefix: String, into html: inout HTML) {
        let main = framework.mainIndices.filter { ($0.max?.value ?? 0) > 0 }
        guard let largest = main.compactMap({ $0.max?.value }).max(), largest > 0 else { return }
        let total = framework.effectiveMax
        let rows = main.map { index in
            BarChart.Row(label: index.name, value: index.max!.value, display: index.max!.display + " điểm (" + Components.percent(index.max!.value, of: total) + ")",
                         max: largest, classLabel: nil, mean: nil, best: nil)
        }
        let top = main.max { $0.max!.value < $1.max!.value }!
        let summary = "Chỉ số nặng điểm nhất: \(top.name), \(top.max!.display) trên \(NumberFormat.displayTrimmed(total)) điểm."
        BarChart(id: idPrefix, title: "Phân bổ điểm giữa các chỉ số chính của \(framework.name)",
                 description: "Mỗi cột là điểm tối đa của một chỉ số chính. " + summary, summary: summary, rows: rows,
                 scale: .sharedMaximum(largest), valueHeading: "Điểm tối đa", showsMaximum: false).render(into: &html)
    }

    /// Rank changes between the previous period and this one, for units in
    /// both: only between periods of the same length (or declared
    /// comparable), and across a methodology break with the break said first.
    static func slope(context: RenderContext, tableIndex: Int, previous: Int, location: PageLocation, idPrefix: String, into html: inout HTML) {
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
            html.element(.p, .class("break-note"), text: methodologyBreak.sentence + ": thứ hạng vẫn so được, điểm thì không.")
        }
        RankSlopeChart(id: idPrefix, title: "Thay đổi thứ hạng từ \(before.table.period.nameInSentence) đến \(now.table.period.nameInSentence)",
                       before: before.table.period.shortName, after: now.table.period.shortName,
                       count: max(now.table.rankedCount, before.table.rankedCount), lines: lines).render(into: &html)
    }
}
