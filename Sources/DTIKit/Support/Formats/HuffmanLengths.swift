/// Builds the Huffman codes the compressor writes: optimal code lengths under
/// a length limit, and the canonical codes that go with them.
///
/// DEFLATE limits literal/length and distance codes to 15 bits and the
/// code-length code to 7. Plain Huffman trees can be deeper than that on
/// skewed counts, so the lengths come from the package-merge algorithm
/// (Larmore and Hirschberg), which gives the optimal lengths under the limit
/// directly instead of repairing an over-deep tree afterwards. With at most
/// 288 symbols and 15 levels it is a few thousand steps per block.
enum HuffmanLengths {
    /// Code lengths (0 for unused symbols) for `frequencies`, none longer
    /// than `limit` bits, always a complete code.
    ///
    /// At least two symbols get a code: when fewer are used, the lowest
    /// unused symbols are added with length 1, so every decoder (including
    /// those that refuse a one-symbol code) accepts the result.
    static func lengths(_ frequencies: [UInt32], limit: Int) -> [UInt8] {
        var lengths = [UInt8](repeating: 0, count: frequencies.count)
        // Used symbols, by increasing frequency then symbol (deterministic).
        var symbols = frequencies.indices.filter { frequencies[$0] > 0 }
        if symbols.count < 2 {
            var filler = 0
            while symbols.count < 2 && filler < frequencies.count {
                if !symbols.contains(filler) { symbols.append(filler) }
                filler += 1
            }
            for symbol in symbols { lengths[symbol] = 1 }
            return lengths
        }
        symbols.sort { frequencies[$0] != frequencies[$1] ? frequencies[$0] < frequencies[$1] : $0 < $1 }
        let leafWeights = symbols.map { UInt64(frequencies[$0]) }
        let n = symbols.count

        // Each level is the merge of the leaves with the packages (pairs) of
        // the level below, in increasing weight. Only whether each item is a
        // leaf needs keeping: the leaves in a level appear in sorted order, so
        // the j-th leaf is always symbols[j].
        var levels: [[Bool]] = []
        var weights = leafWeights
        levels.append([Bool](repeating: true, count: n))
        for _ in 1..<limit {
            var packages: [UInt64] = []
            packages.reserveCapacity(weights.count / 2)
            var i = 0
            while i + 1 < weights.count { packages.append(weights[i] + weights[i + 1]); i += 2 }
            var merged: [UInt64] = []
            var isLeaf: [Bool] = []
            merged.reserveCapacity(n + packages.count)
            isLeaf.reserveCapacity(n + packages.count)
            var leaf = 0, package = 0
            while leaf < n || package < packages.count {
                if package >= packages.count || (leaf < n && leafWeights[leaf] <= packages[package]) {
                    merged.append(leafWeights[leaf]); isLeaf.append(true); leaf += 1
                } else {
                    merged.append(packages[package]); isLeaf.append(false); package += 1
                }
            }
            levels.append(isLeaf)
            weights = merged
        }

        // Take the 2n-2 lightest items of the top level; every leaf taken at
        // any level adds one bit to its symbol's length, and the packages
        // taken at a level are made of the first items of the level below.
        var take = 2 * n - 2
        for level in levels.reversed() {
            var leavesTaken = 0, packagesTaken = 0
            for index in 0..<min(take, level.count) {
                if level[index] { leavesTaken += 1 } else { packagesTaken += 1 }
            }
            for j in 0..<leavesTaken { lengths[symbols[j]] += 1 }
            take = 2 * packagesTaken
        }
        return lengths
    }

    /// The canonical codes (RFC 1951, 3.2.2) for `lengths`, bit-reversed so
    /// that they can be written least significant bit first.
    static func reversedCodes(_ lengths: [UInt8]) -> [UInt16] {
        var countPerLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { countPerLength[Int(length)] += 1 }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for bits in 1..<16 {
            code = (code + countPerLength[bits - 1]) << 1
            nextCode[bits] = code
        }
        var codes = [UInt16](repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length > 0 {
            codes[symbol] = reverse(UInt16(nextCode[Int(length)]), bits: Int(length))
            nextCode[Int(length)] += 1
        }
        return codes
    }

    /// The low `bits` bits of `code` in reverse order.
    static func reverse(_ code: UInt16, bits: Int) -> UInt16 {
        var result: UInt16 = 0
        var value = code
        for _ in 0..<bits {
            result = result << 1 | (value & 1)
            value >>= 1
        }
        return result
    }
}
