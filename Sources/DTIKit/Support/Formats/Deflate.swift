/// Raw DEFLATE compression (RFC 1951), for the PNG images and the .xlsx
/// workbooks the site writes.
///
/// The whole input is in memory, so the match finder indexes it in place:
/// no sliding window is copied. Matches come from hash chains over 3-byte
/// prefixes (bounded in length by the `Level`), with zlib's lazy evaluation
/// (a match is put off by one byte when the next position has a longer
/// one). Each block of tokens is then written in the smallest of its three
/// forms, sizes computed exactly: stored, fixed codes, or dynamic codes with
/// optimal 15-bit-limited lengths. Nothing depends on time, addresses or
/// threads, so the same input and level always give the same bytes.
public enum Deflate {
    /// How hard the match finder looks. The presets mirror zlib's levels 3,
    /// 6 and 9 in their search limits.
    public struct Level: Sendable, Hashable {
        /// Put a match off by a byte when the next one is longer (zlib's
        /// levels 4–9); greedy otherwise.
        public var lazy: Bool
        /// The most earlier positions compared for one match.
        public var maxChain: Int
        /// Stop searching at a match this long.
        public var niceLength: Int
        /// Lazy: search a quarter of the chain when the match in hand is this long.
        public var goodLength: Int
        /// Lazy: no second search when the match in hand is this long.
        /// Greedy: the positions inside a match are indexed only up to this length.
        public var lazyLength: Int
        /// Tokens per block (a block gets its own Huffman codes).
        public var blockTokens: Int

        /// A level with these limits, each clamped to what DEFLATE allows
        /// (chains of 1…65536, lengths 3…258, blocks of 256 to 2^20 tokens).
        public init(lazy: Bool, maxChain: Int, niceLength: Int, goodLength: Int, lazyLength: Int, blockTokens: Int = 16384) {
            self.lazy = lazy
            self.maxChain = max(1, min(maxChain, 1 << 16))
            self.niceLength = max(DeflateTables.minMatch, min(niceLength, DeflateTables.maxMatch))
            self.goodLength = max(DeflateTables.minMatch, min(goodLength, DeflateTables.maxMatch))
            self.lazyLength = max(0, min(lazyLength, DeflateTables.maxMatch))
            self.blockTokens = max(256, min(blockTokens, 1 << 20))
        }

        /// Greedy, short chains: about zlib level 3.
        public static let fast = Level(lazy: false, maxChain: 32, niceLength: 32, goodLength: 4, lazyLength: 6)
        /// Lazy matching with zlib level 6's limits.
        public static let `default` = Level(lazy: true, maxChain: 128, niceLength: 128, goodLength: 8, lazyLength: 16)
        /// Lazy matching with zlib level 9's limits.
        public static let best = Level(lazy: true, maxChain: 4096, niceLength: 258, goodLength: 32, lazyLength: 258)
    }

    /// `bytes` compressed as a raw DEFLATE stream.
    public static func compress(_ bytes: [UInt8], level: Level = .default) -> [UInt8] {
        bytes.withUnsafeBufferPointer { compress($0, level: level) }
    }

    /// The bytes behind `bytes` compressed as a raw DEFLATE stream.
    public static func compress(_ bytes: UnsafeBufferPointer<UInt8>, level: Level = .default) -> [UInt8] {
        var block = TokenBlock(capacity: level.blockTokens)
        defer { block.deallocate() }
        var writer = BitWriter(capacity: bytes.count / 2 + 64)
        if let base = bytes.baseAddress, bytes.count > 0 {
            let finder = MatchFinder(input: base, count: bytes.count, level: level)
            defer { finder.deallocate() }
            if level.lazy {
                finder.findLazy(into: &block, writer: &writer)
            } else {
                finder.findGreedy(into: &block, writer: &writer)
            }
            block.write(input: base, final: true, to: &writer)
        } else {
            // One empty final block (the fixed form: 10 bits).
            var empty: UInt8 = 0
            block.write(input: &empty, final: true, to: &writer)
        }
        return writer.finish()
    }
}
