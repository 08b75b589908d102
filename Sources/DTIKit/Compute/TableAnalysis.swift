/// What dti computes for one row of a ranking table.
public struct RowResult: Sendable {
    /// Sum of the published index scores, when every index column of the row is filled.
    public var computedTotal: Double?
    /// The total shown: published, else computed.
    public var total: PublishedNumber?
    /// The rank shown: published (`Xếp hạng`, else `Xếp hạng DTI`), else computed.
    public var rank: Int?
    /// Competition rank recomputed from the totals (complete tables only).
    public var computedRank: Int?
    /// True when another unit has the same total.
    public var tied: Bool
    /// The class shown: published (standard spelling), else from the bands.
    public var classLabel: String?
    public var computedClass: String?
    /// Pillar values computed from the scores, indexed by `NormalizedMeasure.position`
    /// (0 = DTI = total / maximum).
    public var computedNormalized: PerMeasure<Double?>
    /// Ranks of the computed normalized values (complete tables only).
    public var computedNormalizedRanks: PerMeasure<Int?>
    /// Per-index competition ranks, aligned with `RankingTable.indexCodes`.
    public var computedIndexRanks: [Int?]
}

/// One value for each normalized measure (DTI, CQS, KTS, XHS), indexed by
/// `NormalizedMeasure.position` and stored inline: every row result holds
/// two of these, and as arrays each was an allocation to count references to.
public struct PerMeasure<Value: Sendable>: Sendable {
    private var values: (Value, Value, Value, Value)

    public init(repeating value: Value) { values = (value, value, value, value) }

    public subscript(position: Int) -> Value {
        get {
            switch position {
            case 0: return values.0
            case 1: return values.1
            case 2: return values.2
            case 3: return values.3
            default: preconditionFailure("no measure at position \(position)")
            }
        }
        set {
            switch position {
            case 0: values.0 = newValue
            case 1: values.1 = newValue
            case 2: values.2 = newValue
            case 3: values.3 = newValue
            default: preconditionFailure("no measure at position \(position)")
            }
        }
    }
}

/// One ranking table with everything computed from it.
///
/// A class, not a struct: `TableAnalysis` fills it once and every page then
/// only reads it, and thousands of pages look tables up by index. As a struct
/// each lookup copied (retained and released) a dozen arrays and strings.
/// Nothing changes it after `TableAnalysis.analyze` returns, which is what
/// makes sharing it between render threads safe.
public final class TableModel: @unchecked Sendable {
    public let table: RankingTable
    public let framework: Framework?
    /// Aligned with `table.rows`.
    public let results: [RowResult]
    /// Row positions in rank order (ties in published order).
    public let rankOrder: [Int]
    /// Statistics per index (aligned with `table.indexCodes`), of the total,
    /// and of each normalized measure; nil for partial tables.
    public let indexStatistics: [Statistics?]
    public let totalStatistics: Statistics?
    public let normalizedStatistics: [Statistics?]
    /// The maximum of each index column, aligned with `table.indexCodes`.
    public let indexMaxima: [Double?]
    /// The name (`Nhận thức số`) and short label (`Nhận thức`) of each index
    /// column, aligned with `table.indexCodes`; the code when the framework
    /// does not name it. Kept: every unit page names every index several times.
    public let indexNames: [String], indexLabels: [String]
    /// Findings in the published data, shown to readers as notes.
    public internal(set) var notes: [Diagnostic]

    init(table: RankingTable, framework: Framework?, results: [RowResult], rankOrder: [Int],
         indexStatistics: [Statistics?], totalStatistics: Statistics?, normalizedStatistics: [Statistics?],
         indexMaxima: [Double?], measures: [NormalizedMeasure], notes: [Diagnostic]) {
        self.table = table
        self.framework = framework
        totalMax = framework?.effectiveMax
        self.results = results
        self.rankOrder = rankOrder
        self.indexStatistics = indexStatistics
        self.totalStatistics = totalStatistics
        self.normalizedStatistics = normalizedStatistics
        self.indexMaxima = indexMaxima
        self.measures = measures
        self.notes = notes
        classCounts = Self.classCounts(results, framework: framework)
        let indices = table.indexCodes.map { code in framework?.mainIndices.first { $0.code == code } }
        indexNames = zip(table.indexCodes, indices).map { code, index in index?.name ?? code.description }
        indexLabels = zip(table.indexCodes, indices).map { code, index in index?.label ?? code.description }
    }

    public var id: String { table.id }

    /// The value shown for a normalized measure: published, else computed.
    public func normalized(_ measure: NormalizedMeasure, row: Int) -> Double? {
        table.rows[row].normalized(measure)?.value ?? results[row].computedNormalized[measure.position]
    }

    /// The rank shown for a normalized measure: published, else computed.
    public func normalizedRank(_ measure: NormalizedMeasure, row: Int) -> Int? {
        if measure == .dti, let rank = results[row].rank { return rank }
        return table.rows[row].normalizedRank(measure)?.value ?? results[row].computedNormalizedRanks[measure.position]
    }

    /// What pages and data files show of a row's result, read field by field:
    /// copying a whole `RowResult` costs a dozen reference counts, and tables,
    /// data files and unit pages read one for every row.
    public func shown(_ row: Int) -> (rank: Int?, tied: Bool, total: PublishedNumber?, classLabel: String?) {
        (results[row].rank, results[row].tied, results[row].total, results[row].classLabel)
    }

    /// Findings that concern one row's published numbers (a score above its
    /// maximum, a total that is not the sum of its parts, a class outside
    /// its band…): shown beside those numbers on the unit's page and in its
    /// JSON, not only under the table. Findings about a whole column (a rank
    /// convention) are the table's alone.
    public func notes(forRow r: Int) -> [Diagnostic] {
        let line = table.rows[r].line
        return notes.filter { $0.location.line == line && !Self.tableNoteKinds.contains($0.kind) }
    }

    /// Kinds of finding that describe a whole column or table.
    static let tableNoteKinds: Set<String> = ["index-rank-ties-by-order", "rank-gap", "tie-distinct-ranks"]

    /// The rank shown for an index: published, else computed.
    public func indexRank(_ position: Int, row: Int) -> Int? {
        table.rows[row].indexRanks[position]?.value ?? results[row].computedIndexRanks[position]
    }

    /// The measures this table can show: DTI, and each pillar of its
    /// framework or with a published column.
    public let measures: [NormalizedMeasure]

    static func measures(of table: RankingTable, framework: Framework?) -> [NormalizedMeasure] {
        var set = Set(table.normalizedMeasures)
        if table.hasScores {
            set.insert(.dti)
            let maxOf = { (code: IndexCode) in framework?.mainIndices.first { $0.code == code }?.max?.value }
            for pillar in framework?.pillars ?? [] where pillar.indexCodes.allSatisfy({ table.indexCodes.contains($0) || maxOf($0) == 0 }) {
                set.insert(NormalizedMeasure(pillar.pillar))
            }
        }
        return NormalizedMeasure.allCases.filter { set.contains($0) }
    }

    /// Class counts in the standard order, then any other labels (kept:
    /// ranking and home pages ask for them more than once).
    public let classCounts: [(label: String, count: Int)]

    private static func classCounts(_ results: [RowResult], framework: Framework?) -> [(label: String, count: Int)] {
        var counts: [String: Int] = [:]
        for r in results.indices { if let label = results[r].classLabel { counts[label, default: 0] += 1 } }
        let bandLabels = (framework?.bands ?? []).map { ClassLabel.canonical($0.label) }
        var labels = ClassLabel.standard.filter { counts[$0] != nil || bandLabels.contains($0) }
        labels += counts.keys.filter { !labels.contains($0) }.sorted()
        return labels.map { ($0, counts[$0] ?? 0) }
    }

    /// The maximum a total is measured against (kept: pages ask for it on
    /// every row, and reading it through the framework copied the framework).
    public let totalMax: Double?
}

/// Step 3 of the pipeline: computes totals, ranks, classes, pillars and
/// statistics for one table, and checks them against what was published.
public enum TableAnalysis {
    public static func analyze(_ table: RankingTable, framework: Framework?) -> TableModel {
        let rows = table.rows
        let complete = !table.isPartial
        let maxima: [Double?] = table.indexCodes.map { code in framework?.mainIndices.first { $0.code == code }?.max?.value }

        // Totals.
        var results: [RowResult] = rows.map { row in
            let sum: Double? = row.scores.contains(where: { $0 == nil }) || row.scores.isEmpty
                ? nil : row.scores.reduce(0) { $0 + $1!.value }
            var total = row.total
            if total == nil, let sum {
                let decimals = row.scores.map { $0!.decimals }.max() ?? 2
                total = .computed(sum, decimals: decimals)
            }
            return RowResult(computedTotal: sum, total: total, rank: nil, computedRank: nil, tied: false,
                             classLabel: row.classLabel, computedClass: nil,
                             computedNormalized: PerMeasure(repeating: nil), computedNormalizedRanks: PerMeasure(repeating: nil),
                             computedIndexRanks: Array(repeating: nil, count: table.indexCodes.count))
        }

        // Normalized values: DTI = total / maximum, pillars from their indices.
        if let framework, table.hasScores {
            let position = Dictionary(uniqueKeysWithValues: table.indexCodes.enumerated().map { ($0.element, $0.offset) })
            let maxOf = Dictionary(framework.mainIndices.map { ($0.code, $0.max?.value ?? 0) }, uniquingKeysWith: { a, _ in a })
            let effectiveMax = framework.effectiveMax
            // Each pillar's indices as score positions (nil: no column) and
            // whether a missing one has points, looked up once per table
            // rather than once per row.
            let pillars = framework.pillars.map { pillar in
                (measure: NormalizedMeasure(pillar.pillar).position, max: pillar.max,
                 indices: pillar.indexCodes.map { code in (position: position[code], counts: (maxOf[code] ?? 0) > 0) })
            }
            for r in rows.indices {
                if let total = results[r].total, effectiveMax > 0 { results[r].computedNormalized[0] = total.value / effectiveMax }
                for pillar in pillars {
                    var sum = 0.0
                    var complete = pillar.max > 0
                    for index in pillar.indices {
                        if let p = index.position, let score = rows[r].scores[p] { sum += score.value }
                        else if index.counts { complete = false }
                    }
                    if complete { results[r].computedNormalized[pillar.measure] = sum / pillar.max }
                }
            }
        }

        // Ranks.
        let rankValues: [Double?] = rows.indices.map { r in
            results[r].total?.value ?? rows[r].normalized(.dti)?.value
        }
        let (ranks, tied) = CompetitionRank.ranks(rankValues)
        for r in rows.indices {
            results[r].tied = complete && tied[r]
            if complete { results[r].computedRank = ranks[r] }
            results[r].rank = rows[r].rank?.value ?? rows[r].normalizedRank(.dti)?.value ?? results[r].computedRank
        }
        if complete {
            for p in table.indexCodes.indices {
                let ranked = CompetitionRank.ranks(rows.map { $0.scores[p]?.value }).ranks
                for r in rows.indices { results[r].computedIndexRanks[p] = ranked[r] }
            }
            for measure in NormalizedMeasure.allCases {
                let values = rows.indices.map { results[$0].computedNormalized[measure.position] }
                guard values.contains(where: { $0 != nil }) else { continue }
                let ranked = CompetitionRank.ranks(values).ranks
                for r in rows.indices { results[r].computedNormalizedRanks[measure.position] = ranked[r] }
            }
        }

        // Classes.
        if let framework, !framework.bands.isEmpty {
            let bands = framework.bandMinimums
            for r in rows.indices {
                guard let total = results[r].total else { continue }
                results[r].computedClass = Framework.classLabel(for: total.value, in: bands).map(ClassLabel.canonical)
                if results[r].classLabel == nil { results[r].classLabel = results[r].computedClass }
            }
        }

        // Rank order: by shown rank, ties and unranked rows in published order.
        let rankOrder = rows.indices.sorted { a, b in
            let x = results[a].rank ?? Int.max, y = results[b].rank ?? Int.max
            return x != y ? x < y : a < b
        }

        // Every field but the notes is final before the model is made (the
        // checks read the model), so pages read constants.
        var indexStatistics: [Statistics?] = table.indexCodes.map { _ in nil }
        var totalStatistics: Statistics?
        var normalizedStatistics: [Statistics?] = NormalizedMeasure.allCases.map { _ in nil }
        if complete {
            indexStatistics = table.indexCodes.indices.map { p in Statistics(rows.map { $0.scores[p]?.value }) }
            totalStatistics = Statistics(results.map { $0.total?.value })
            normalizedStatistics = NormalizedMeasure.allCases.map { m in
                Statistics(rows.indices.map { rows[$0].normalized(m)?.value ?? results[$0].computedNormalized[m.position] })
            }
        }
        let model = TableModel(table: table, framework: framework, results: results, rankOrder: rankOrder,
                               indexStatistics: indexStatistics, totalStatistics: totalStatistics,
                               normalizedStatistics: normalizedStatistics, indexMaxima: maxima,
                               measures: TableModel.measures(of: table, framework: framework), notes: [])
        model.notes = PublishedDataChecks.check(model)
        return model
    }
}
