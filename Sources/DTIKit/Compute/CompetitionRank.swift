/// Competition ranking ("1224"): equal values share a rank, and the next
/// rank skips as many places as were shared: 1, 2, 2, 4.
public enum CompetitionRank {
    /// Two values closer than this are a tie (published values have at most
    /// a handful of decimals, so this only absorbs floating-point noise).
    public static let tolerance = 1e-9

    /// Ranks for `values`, higher is better; nil values get no rank.
    ///
    /// - Returns: the rank of each value, and for each whether it is tied.
    ///   Sorting is stable, so tied values keep their published order.
    public static func ranks(_ values: [Double?]) -> (ranks: [Int?], tied: [Bool]) {
        var order = values.indices.filter { values[$0] != nil }
        order.sort { a, b in
            let x = values[a]!, y = values[b]!
            if abs(x - y) <= tolerance { return a < b }
            return x > y
        }
        var ranks = [Int?](repeating: nil, count: values.count)
        var tied = [Bool](repeating: false, count: values.count)
        var previous: Double?
        var previousRank = 0
        for (position, index) in order.enumerated() {
            let value = values[index]!
            if let previous, abs(previous - value) <= tolerance {
                ranks[index] = previousRank
                tied[index] = true
                if let earlier = order[..<position].last { tied[earlier] = true }
            } else {
                previousRank = position + 1
                ranks[index] = previousRank
            }
            previous = value
        }
        return (ranks, tied)
    }
}

/// Summary statistics of one measure over one group's table.
public struct Statistics: Sendable, Hashable {
    public var count: Int
    public var mean: Double
    public var median: Double
    public var min: Double
    public var max: Double
    /// First and third quartiles, interpolated linearly between order
    /// statistics (the method of Excel's QUARTILE.INC).
    public var q1: Double
    public var q3: Double

    /// Statistics of the non-nil values; nil when there are none.
    public init?(_ values: [Double?]) {
        let sorted = values.compactMap { $0 }.sorted()
        guard !sorted.isEmpty else { return nil }
        count = sorted.count
        // Sum in published order of magnitude; Kahan keeps means exact to the last digit.
        var sum = 0.0, compensation = 0.0
        for value in sorted {
            let y = value - compensation
            let t = sum + y
            compensation = (t - sum) - y
            sum = t
        }
        mean = sum / Double(sorted.count)
        min = sorted.first!
        max = sorted.last!
        median = Self.quantile(sorted, 0.5)
        q1 = Self.quantile(sorted, 0.25)
        q3 = Self.quantile(sorted, 0.75)
    }

    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let position = p * Double(sorted.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, sorted.count - 1)
        let fraction = position - Double(lower)
        return sorted[lower] + (sorted[upper] - sorted[lower]) * fraction
    }
}
