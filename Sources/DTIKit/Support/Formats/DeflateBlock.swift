/// The tokens of one DEFLATE block as the match finder produces them, with
/// the symbol counts the block's Huffman codes are built from.
///
/// A token is a literal byte (`distance` part zero) or a match, packed in
/// 32 bits as `distance << 16 | length`. The storage is allocated once per
/// compression and reused for every block; `deallocate()` frees it.
struct TokenBlock {
    /// The tokens so far, `count` of the `capacity` slots used.
    let tokens: UnsafeMutablePointer<UInt32>
    let capacity: Int
    var count = 0
    /// Counts of the 286 literal/length symbols (256 is end of block).
    let literalCounts: UnsafeMutablePointer<UInt32>
    /// Counts of the 30 distance symbols.
    let distanceCounts: UnsafeMutablePointer<UInt32>
    /// Copies of the symbol lookup tables, so the hot path reads plain memory.
    private let lengthSymbol: UnsafeMutablePointer<UInt8>
    private let distanceSymbol: UnsafeMutablePointer<UInt8>
    /// Where in the input this block starts, and how many input bytes its tokens cover.
    var inputStart = 0
    var inputCount = 0

    /// Allocates room for `capacity` tokens and the symbol counts.
    init(capacity: Int) {
        self.capacity = capacity
        tokens = .allocate(capacity: capacity)
        literalCounts = .allocate(capacity: 286)
        literalCounts.initialize(repeating: 0, count: 286)
        distanceCounts = .allocate(capacity: 30)
        distanceCounts.initialize(repeating: 0, count: 30)
        lengthSymbol = .allocate(capacity: DeflateTables.lengthSymbol.count)
        lengthSymbol.initialize(from: DeflateTables.lengthSymbol, count: DeflateTables.lengthSymbol.count)
        distanceSymbol = .allocate(capacity: DeflateTables.distanceSymbol.count)
        distanceSymbol.initialize(from: DeflateTables.distanceSymbol, count: DeflateTables.distanceSymbol.count)
    }

    /// Frees the storage; the block must not be used afterwards.
    func deallocate() {
        tokens.deallocate(); literalCounts.deallocate(); distanceCounts.deallocate()
        lengthSymbol.deallocate(); distanceSymbol.deallocate()
    }

    /// Whether the block must be written out before another token is added.
    var isFull: Bool { count >= capacity }

    /// Adds a literal byte.
    @inline(__always)
    mutating func literal(_ byte: UInt8) {
        tokens[count] = UInt32(byte)
        count &+= 1
        literalCounts[Int(byte)] &+= 1
        inputCount &+= 1
    }

    /// Adds a match of `length` (3…258) bytes from `distance` (1…32768) back.
    @inline(__always)
    mutating func match(length: Int, distance: Int) {
        tokens[count] = UInt32(truncatingIfNeeded: distance) << 16 | UInt32(truncatingIfNeeded: length)
        count &+= 1
        literalCounts[257 &+ Int(lengthSymbol[length])] &+= 1
        distanceCounts[Int(TokenBlock.distanceSymbol(distance, distanceSymbol))] &+= 1
        inputCount &+= length
    }

    /// The distance symbol (0…29) of `distance`, from the 512-entry table.
    @inline(__always)
    static func distanceSymbol(_ distance: Int, _ table: UnsafePointer<UInt8>) -> UInt8 {
        distance <= 256 ? table[distance &- 1] : table[256 &+ ((distance &- 1) >> 7)]
    }

    /// Starts the next block right after this one's input.
    mutating func reset() {
        count = 0
        inputStart &+= inputCount
        inputCount = 0
        literalCounts.update(repeating: 0, count: 286)
        distanceCounts.update(repeating: 0, count: 30)
    }

    /// Writes the block in whichever of the three forms is smallest: stored
    /// (raw bytes), fixed Huffman codes, or dynamic codes made for this block.
    /// The sizes are computed exactly before anything is written.
    func write(input: UnsafePointer<UInt8>, final: Bool, to writer: inout BitWriter) {
        var literalFrequencies = [UInt32](UnsafeBufferPointer(start: literalCounts, count: 286))
        literalFrequencies[256] = 1
        let distanceFrequencies = [UInt32](UnsafeBufferPointer(start: distanceCounts, count: 30))

        let dynamic = DynamicHeader(literalFrequencies: literalFrequencies, distanceFrequencies: distanceFrequencies)
        let dynamicBits = 3 + dynamic.headerBits
            + TokenBlock.dataBits(literalFrequencies, distanceFrequencies, dynamic.literalLengths, dynamic.distanceLengths)
        let fixedBits = 3 + TokenBlock.dataBits(literalFrequencies, distanceFrequencies,
                                                DeflateTables.fixedLiteralLengths, DeflateTables.fixedDistanceLengths)
        let storedBits = TokenBlock.storedBits(startBit: writer.bitCount, length: inputCount)
        let last: UInt32 = final ? 1 : 0

        if storedBits < min(fixedBits, dynamicBits) {
            writeStored(input + inputStart, count: inputCount, final: final, to: &writer)
        } else if fixedBits <= dynamicBits {
            writer.write(last | 1 << 1, 3)
            writeTokens(literalLengths: DeflateTables.fixedLiteralLengths, distanceLengths: DeflateTables.fixedDistanceLengths, to: &writer)
        } else {
            writer.write(last | 2 << 1, 3)
            dynamic.write(to: &writer)
            writeTokens(literalLengths: dynamic.literalLengths, distanceLengths: dynamic.distanceLengths, to: &writer)
        }
    }

    /// The bits the tokens take with the given code lengths, extra bits included.
    private static func dataBits(_ literalFrequencies: [UInt32], _ distanceFrequencies: [UInt32],
                                 _ literalLengths: [UInt8], _ distanceLengths: [UInt8]) -> Int {
        var bits = 0
        for symbol in 0..<286 { bits += Int(literalFrequencies[symbol]) * Int(literalLengths[symbol]) }
        for index in 0..<29 { bits += Int(literalFrequencies[257 + index]) * Int(DeflateTables.lengthExtra[index]) }
        for symbol in 0..<30 {
            bits += Int(distanceFrequencies[symbol]) * (Int(distanceLengths[symbol]) + Int(DeflateTables.distanceExtra[symbol]))
        }
        return bits
    }

    /// The bits of `length` bytes as stored blocks of at most 65535 bytes,
    /// starting at bit `startBit` (the first header's padding depends on it).
    private static func storedBits(startBit: Int, length: Int) -> Int {
        let chunks = max(1, (length + 65534) / 65535)
        let firstHeader = (startBit + 3 + 7) / 8 * 8 - startBit
        return firstHeader + (chunks - 1) * 8 + chunks * 32 + length * 8
    }

    /// Writes `count` bytes as stored blocks of at most 65535 bytes each.
    private func writeStored(_ bytes: UnsafePointer<UInt8>, count: Int, final: Bool, to writer: inout BitWriter) {
        var offset = 0
        repeat {
            let chunk = min(count - offset, 65535)
            let last = final && offset + chunk == count
            writer.write(last ? 1 : 0, 3)
            writer.alignToByte()
            writer.write(UInt32(chunk) | UInt32(~UInt16(chunk)) << 16, 32)
            writer.appendAligned(UnsafeBufferPointer(start: bytes + offset, count: chunk))
            offset += chunk
        } while offset < count
    }

    /// Writes the tokens and the end-of-block symbol with the given codes.
    private func writeTokens(literalLengths: [UInt8], distanceLengths: [UInt8], to writer: inout BitWriter) {
        let literalCodes = HuffmanLengths.reversedCodes(literalLengths)
        let distanceCodes = HuffmanLengths.reversedCodes(distanceLengths)
        // One table per symbol: code and length merged, length extras folded in.
        literalCodes.withUnsafeBufferPointer { literalCodes in
        literalLengths.withUnsafeBufferPointer { literalLengths in
        distanceCodes.withUnsafeBufferPointer { distanceCodes in
        distanceLengths.withUnsafeBufferPointer { distanceLengths in
            for index in 0..<count {
                let token = tokens[index]
                let distance = Int(token >> 16)
                if distance == 0 {
                    writer.write(UInt32(literalCodes[Int(token)]), Int(literalLengths[Int(token)]))
                    continue
                }
                let length = Int(token & 0xFFFF)
                let lengthIndex = Int(lengthSymbol[length])
                let symbol = 257 + lengthIndex
                writer.write(UInt32(literalCodes[symbol]), Int(literalLengths[symbol]))
                let lengthExtraBits = Int(DeflateTables.lengthExtra[lengthIndex])
                if lengthExtraBits > 0 {
                    writer.write(UInt32(length - Int(DeflateTables.lengthBase[lengthIndex])), lengthExtraBits)
                }
                let distanceIndex = Int(TokenBlock.distanceSymbol(distance, distanceSymbol))
                writer.write(UInt32(distanceCodes[distanceIndex]), Int(distanceLengths[distanceIndex]))
                let distanceExtraBits = Int(DeflateTables.distanceExtra[distanceIndex])
                if distanceExtraBits > 0 {
                    writer.write(UInt32(distance - Int(DeflateTables.distanceBase[distanceIndex])), distanceExtraBits)
                }
            }
            writer.write(UInt32(literalCodes[256]), Int(literalLengths[256]))
        }}}}
    }
}
