/// The LZ77 half of the compressor: finds earlier copies of the bytes ahead
/// and turns the input into literal and match tokens.
///
/// `head` maps a hash of three bytes to the latest position with that hash;
/// `previous` (indexed by position modulo the 32 KiB window) links each
/// position to the one before it with the same hash. A chain is followed
/// while it stays inside the window and goes strictly backwards, for at most
/// `maxChain` steps, so a search is bounded whatever the input.
struct MatchFinder {
    private let input: UnsafePointer<UInt8>
    private let count: Int
    private let level: Deflate.Level
    private let head: UnsafeMutablePointer<Int32>
    private let previous: UnsafeMutablePointer<Int32>

    private static let hashBits = 15
    private static let windowMask = DeflateTables.windowSize - 1
    /// A 3-byte match further back than this costs more than three literals
    /// (zlib's TOO_FAR), so it is not taken.
    private static let tooFar = 4096

    /// A finder over the `count` bytes at `input`, searching as `level` says.
    init(input: UnsafePointer<UInt8>, count: Int, level: Deflate.Level) {
        self.input = input
        self.count = count
        self.level = level
        head = .allocate(capacity: 1 << MatchFinder.hashBits)
        head.initialize(repeating: -1, count: 1 << MatchFinder.hashBits)
        previous = .allocate(capacity: DeflateTables.windowSize)
        previous.initialize(repeating: -1, count: DeflateTables.windowSize)
    }

    /// Frees the hash tables; the finder must not be used afterwards.
    func deallocate() {
        head.deallocate()
        previous.deallocate()
    }

    /// Indexes `position` (which must have three bytes ahead) and returns
    /// the latest earlier position with the same hash, or -1.
    @inline(__always)
    private func insert(_ position: Int) -> Int {
        let p = input + position
        let key = UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16
        let hash = Int((key &* 0x9E37_79B1) >> UInt32(32 - MatchFinder.hashBits))
        let candidate = Int(head[hash])
        previous[position & MatchFinder.windowMask] = Int32(truncatingIfNeeded: candidate)
        head[hash] = Int32(truncatingIfNeeded: position)
        return candidate
    }

    /// The longest match for `position` longer than `mustBeat`, following
    /// the chain from `candidate`; length 0 when there is none.
    @inline(__always)
    private func longestMatch(at position: Int, candidate: Int, mustBeat: Int, chain: Int) -> (length: Int, distance: Int) {
        let maxLength = min(DeflateTables.maxMatch, count &- position)
        var best = mustBeat
        guard best < maxLength else { return (0, 0) }
        var bestDistance = 0
        var candidate = candidate
        var chain = chain
        let scan = input + position
        let nice = level.niceLength
        // A candidate is compared in full only if its first two bytes and
        // the two ending at `best` agree (zlib's scan_end test); all loads
        // stay inside the input since best < maxLength.
        let scanStart = MatchFinder.load16(scan)
        var scanEnd = MatchFinder.load16(scan + (best &- 1))
        while true {
            let distance = position &- candidate
            if distance > DeflateTables.windowSize { break }
            let match = input + candidate
            if MatchFinder.load16(match + (best &- 1)) == scanEnd && MatchFinder.load16(match) == scanStart {
                let length = MatchFinder.commonLength(match, scan, limit: maxLength)
                if length > best {
                    best = length
                    bestDistance = distance
                    if length >= nice || length >= maxLength { break }
                    scanEnd = MatchFinder.load16(scan + (best &- 1))
                }
            }
            chain &-= 1
            if chain == 0 { break }
            let next = Int(previous[candidate & MatchFinder.windowMask])
            if next < 0 || next >= candidate { break }
            candidate = next
        }
        return bestDistance == 0 ? (0, 0) : (best, bestDistance)
    }

    /// Two bytes at `p` as one number, for a quick equality test.
    @inline(__always)
    private static func load16(_ p: UnsafePointer<UInt8>) -> UInt16 {
        UnsafeRawPointer(p).loadUnaligned(as: UInt16.self)
    }

    /// How many bytes from `a` and `b` agree, up to `limit`; eight at a time.
    @inline(__always)
    private static func commonLength(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, limit: Int) -> Int {
        var n = 0
        while n &+ 8 <= limit {
            let x = UnsafeRawPointer(a + n).loadUnaligned(as: UInt64.self) ^ UnsafeRawPointer(b + n).loadUnaligned(as: UInt64.self)
            if x != 0 { return n &+ UInt64(littleEndian: x).trailingZeroBitCount >> 3 }
            n &+= 8
        }
        while n < limit && a[n] == b[n] { n &+= 1 }
        return n
    }

    /// Writes out the current block when it is full, before a token is added.
    @inline(__always)
    private func makeRoom(_ block: inout TokenBlock, _ writer: inout BitWriter) {
        if block.isFull {
            block.write(input: input, final: false, to: &writer)
            block.reset()
        }
    }

    /// Greedy parsing: take the longest match at each position.
    func findGreedy(into block: inout TokenBlock, writer: inout BitWriter) {
        var position = 0
        while position < count {
            var length = 0, distance = 0
            if position &+ 3 <= count {
                let candidate = insert(position)
                if candidate >= 0 {
                    (length, distance) = longestMatch(at: position, candidate: candidate, mustBeat: 2, chain: level.maxChain)
                    if length == 3 && distance > MatchFinder.tooFar { length = 0 }
                }
            }
            makeRoom(&block, &writer)
            if length >= DeflateTables.minMatch {
                block.match(length: length, distance: distance)
                if length <= level.lazyLength {
                    var inside = position &+ 1
                    while inside < position &+ length && inside &+ 3 <= count { _ = insert(inside); inside &+= 1 }
                }
                position &+= length
            } else {
                block.literal(input[position])
                position &+= 1
            }
        }
    }

    /// Lazy parsing (zlib's deflate_slow): a match found at one position is
    /// held back until the next position has been searched too; if that one
    /// is longer, the first byte goes out as a literal instead.
    func findLazy(into block: inout TokenBlock, writer: inout BitWriter) {
        var position = 0
        var heldLength = 0, heldDistance = 0
        var literalPending = false
        while position < count {
            var length = 0, distance = 0
            if position &+ 3 <= count {
                let candidate = insert(position)
                if candidate >= 0 && heldLength < level.lazyLength {
                    let chain = heldLength >= level.goodLength ? max(level.maxChain >> 2, 1) : level.maxChain
                    (length, distance) = longestMatch(at: position, candidate: candidate,
                                                      mustBeat: max(heldLength, 2), chain: chain)
                    if length == 3 && distance > MatchFinder.tooFar { length = 0 }
                }
            }
            if heldLength >= DeflateTables.minMatch && length <= heldLength {
                // The held match (from position - 1) wins.
                makeRoom(&block, &writer)
                block.match(length: heldLength, distance: heldDistance)
                let end = position &- 1 &+ heldLength
                var inside = position &+ 1
                while inside < end && inside &+ 3 <= count { _ = insert(inside); inside &+= 1 }
                position = end
                literalPending = false
                heldLength = 0
            } else {
                if literalPending {
                    makeRoom(&block, &writer)
                    block.literal(input[position &- 1])
                }
                literalPending = true
                heldLength = length
                heldDistance = distance
                position &+= 1
            }
        }
        if literalPending {
            makeRoom(&block, &writer)
            block.literal(input[count &- 1])
        }
    }
}
