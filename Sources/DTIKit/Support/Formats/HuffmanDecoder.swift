/// A lookup table that decodes one Huffman code of a DEFLATE stream.
///
/// The next `rootBits` bits of the stream index the primary table. An
/// entry there is either a symbol with its code length, or (for codes longer
/// than `rootBits`) a link to a second-level table indexed by the next
/// few bits; or it is marked invalid, for bit patterns that no code uses.
/// Each entry is 32 bits: value (symbol or subtable offset) in the low 16,
/// code length or subtable bits in the next 8, and the kind above.
///
/// The storage is allocated once for the largest possible table and rebuilt
/// in place for every block. Building validates the lengths as zlib does:
/// an over-subscribed set is always an error; an incomplete one is allowed
/// only when it has a single 1-bit code (or none at all, for distances).
struct HuffmanDecoder {
    private let entries: UnsafeMutablePointer<UInt32>
    private let capacity: Int
    /// The most bits the primary table is ever indexed by.
    private let primaryBits: Int
    /// The bits the current table is indexed by: `primaryBits`, or the
    /// longest code if shorter, so a table of short codes is small to build.
    private(set) var rootBits: Int

    private static let symbolKind: UInt32 = 1 << 24
    private static let linkKind: UInt32 = 2 << 24

    /// A decoder whose primary table is indexed by at most `primaryBits` bits.
    init(primaryBits: Int) {
        self.primaryBits = primaryBits
        rootBits = primaryBits
        // Primary table plus the most any valid code can put in subtables.
        capacity = (1 << primaryBits) + (1 << 15)
        entries = .allocate(capacity: capacity)
        entries.initialize(repeating: 0, count: capacity)
    }

    /// Frees the table; the decoder must not be used afterwards.
    func deallocate() { entries.deallocate() }

    /// Rebuilds the table for `lengths` (one per symbol, 0 = unused, ≤ 15).
    /// `allowIncomplete` is false for the code-length code, which must be complete.
    ///
    /// A hostile stream can make a new table every dozen bytes, so the
    /// scratch space is on the stack and long codes are looked at only when
    /// there are any.
    mutating func build(_ lengths: UnsafeBufferPointer<UInt8>, allowIncomplete: Bool) throws(InflateError) {
        var longest = 0
        for length in lengths { longest = max(longest, Int(length)) }
        rootBits = max(1, min(primaryBits, longest))
        let primarySize = 1 << rootBits
        let scratchSize = 16 + 16 + lengths.count + 2 * primarySize
        let result: InflateError? = withUnsafeTemporaryAllocation(of: Int.self, capacity: scratchSize) { scratch in
            let scratch = scratch.baseAddress!
            scratch.initialize(repeating: 0, count: scratchSize)
            defer { scratch.deinitialize(count: scratchSize) }
            return fill(lengths, longest: longest, allowIncomplete: allowIncomplete, countPerLength: scratch, nextCode: scratch + 16,
                        codes: scratch + 32, subtableBits: scratch + 32 + lengths.count,
                        subtableOffset: scratch + 32 + lengths.count + primarySize)
        }
        if let result { throw result }
    }

    /// The body of `build`, on zeroed scratch arrays; returns the error, if any.
    private func fill(_ lengths: UnsafeBufferPointer<UInt8>, longest: Int, allowIncomplete: Bool,
                      countPerLength: UnsafeMutablePointer<Int>, nextCode: UnsafeMutablePointer<Int>,
                      codes: UnsafeMutablePointer<Int>, subtableBits: UnsafeMutablePointer<Int>,
                      subtableOffset: UnsafeMutablePointer<Int>) -> InflateError? {
        for length in lengths { countPerLength[Int(length)] += 1 }
        var left = 1
        for bits in 1...15 {
            left = left << 1 - countPerLength[bits]
            if left < 0 { return .overSubscribedCode }
        }
        let used = lengths.count - countPerLength[0]
        if left > 0 {
            let loneShortCode = used == 1 && countPerLength[1] == 1
            guard allowIncomplete && (used == 0 || loneShortCode) else { return .incompleteCode }
        }

        countPerLength[0] = 0
        var code = 0
        for bits in 1...15 {
            code = (code + countPerLength[bits - 1]) << 1
            nextCode[bits] = code
        }
        let primaryBits = rootBits
        let primarySize = 1 << primaryBits
        let primaryMask = primarySize - 1
        entries.update(repeating: 0, count: primarySize)

        // The deepest code under each primary prefix sets its subtable's size.
        for symbol in 0..<lengths.count where lengths[symbol] > 0 {
            let length = Int(lengths[symbol])
            codes[symbol] = HuffmanDecoder.reverse(nextCode[length], bits: length)
            nextCode[length] += 1
            if length > primaryBits {
                let prefix = codes[symbol] & primaryMask
                subtableBits[prefix] = max(subtableBits[prefix], length - primaryBits)
            }
        }
        if longest > primaryBits {
            var end = primarySize
            for prefix in 0..<primarySize where subtableBits[prefix] > 0 {
                subtableOffset[prefix] = end
                let size = 1 << subtableBits[prefix]
                guard end + size <= capacity else { return .overSubscribedCode }
                (entries + end).update(repeating: 0, count: size)
                entries[prefix] = HuffmanDecoder.linkKind | UInt32(subtableBits[prefix]) << 16 | UInt32(end)
                end += size
            }
        }

        // Every code fills the entries whose low bits are its code.
        for symbol in 0..<lengths.count where lengths[symbol] > 0 {
            let length = Int(lengths[symbol])
            let entry = HuffmanDecoder.symbolKind | UInt32(length) << 16 | UInt32(symbol)
            if length <= primaryBits {
                var index = codes[symbol]
                while index < primarySize { entries[index] = entry; index += 1 << length }
            } else {
                let prefix = codes[symbol] & primaryMask
                let size = 1 << subtableBits[prefix]
                let base = subtableOffset[prefix]
                var index = codes[symbol] >> primaryBits
                while index < size { entries[base + index] = entry; index += 1 << (length - primaryBits) }
            }
        }
        return nil
    }

    /// Decodes one symbol from `reader`.
    @inline(__always)
    func decode(_ reader: inout BitReader) throws(InflateError) -> Int {
        if reader.bitCount < 15 { reader.refill() }
        var entry = entries[Int(truncatingIfNeeded: reader.register) & ((1 &<< rootBits) &- 1)]
        if entry & HuffmanDecoder.linkKind != 0 {
            let bits = Int((entry >> 16) & 0xFF)
            let index = Int(truncatingIfNeeded: reader.register >> UInt64(rootBits)) & ((1 &<< bits) &- 1)
            entry = entries[Int(entry & 0xFFFF) &+ index]
        }
        guard entry & HuffmanDecoder.symbolKind != 0 else {
            // Only an incomplete code (a lone 1-bit code, or none) has
            // invalid entries, so one real bit decides: no bit left is truncation.
            if reader.bitCount == 0 { throw .truncated }
            throw .invalidSymbol
        }
        let length = Int((entry >> 16) & 0xFF)
        guard length <= reader.bitCount else { throw .truncated }
        reader.consume(length)
        return Int(entry & 0xFFFF)
    }

    private static func reverse(_ code: Int, bits: Int) -> Int {
        var result = 0, value = code
        for _ in 0..<bits { result = result << 1 | value & 1; value >>= 1 }
        return result
    }
}
