/// How one published rank column relates to the values it ranks.
///
/// Published appendices have conventions of their own, and a convention is
/// one finding, not one per cell. A column whose ranks follow the values'
/// order (a higher value never ranks below a lower one) is read as a
/// convention: equal values given distinct ranks in table order, or ranks
/// that run past the number of rows (a rank left out). Only a column that
/// contradicts the order gets a finding per cell.
struct RankColumnReading {
    /// Rows (positions) with both a value and a published rank.
    let rows: [Int]
    /// Equal values published with distinct ranks: groups of rows, in table order.
    let tiesBrokenByOrder: [[Int]]
    /// Ranks between 1 and the largest published one that no row has and that
    /// competition ranking (1, 2, 2, 4) does not explain.
    let missingRanks: [Int]
    /// The largest rank published in the column.
    let largestRank: Int
    /// Whether a higher value ever has a worse (larger) rank.
    let contradictsOrder: Bool

    /// Reads a column: `values[r]` and `ranks[r]` per row (nil = not published).
    init(values: [Double?], ranks: [Int?]) {
        let rows = values.indices.filter { values[$0] != nil && ranks[$0] != nil }
        self.rows = rows
        // Sorted by value, best first; equal values in table order.
        let order = rows.sorted { a, b in values[a]! != values[b]! ? values[a]! > values[b]! : a < b }
        var contradicts = false
        var ties: [[Int]] = []
        var i = 0
        var best = Int.min   // the largest rank among strictly better values so far
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]]! == values[order[i]]! { j += 1 }
            let group = Array(order[i...j])
            let groupRanks = group.map { ranks[$0]! }
            if groupRanks.min()! <= best { contradicts = true }
            // Equal values ranked apart are a convention only in table order.
            if zip(group, group.dropFirst()).contains(where: { ranks[$0]! > ranks[$1]! }) { contradicts = true }
            best = max(best, groupRanks.max()!)
            if Set(groupRanks).count > 1 { ties.append(group.sorted()) }
            i = j + 1
        }
        contradictsOrder = contradicts
        tiesBrokenByOrder = ties
        // What competition ranks would leave out: after a tie of k, k − 1 ranks.
        let published = Set(rows.map { ranks[$0]! })
        let largest = published.max() ?? 0
        largestRank = largest
        var explained = Set<Int>()
        var position = 1
        i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count, values[order[j + 1]]! == values[order[i]]! { j += 1 }
            for skipped in (position + 1)..<(position + j - i + 1) { explained.insert(skipped) }
            position += j - i + 1
            i = j + 1
        }
        missingRanks = largest > rows.count ? (1...largest).filter { !published.contains($0) && !explained.contains($0) } : []
    }

    /// True when the column follows the order of its values and departs
    /// from competition ranks only by a convention.
    var isConvention: Bool { !contradictsOrder }
}
