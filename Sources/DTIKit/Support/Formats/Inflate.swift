/// Raw DEFLATE decompression (RFC 1951) of untrusted input: the members of
/// .xlsx workbooks users upload.
///
/// Every field is checked as it is read (block types, stored lengths, code
/// lengths, symbols, distances) and each failure is its own `InflateError`;
/// nothing traps, whatever the bytes. The output may never exceed `limit`
/// bytes: the check comes before each write, and the buffer grows by
/// doubling only as the output really grows, so a stream that expands to
/// gigabytes (a "zip bomb") fails after `limit` bytes of work and memory.
public enum Inflate {
    /// Decompresses a whole raw DEFLATE stream held in `bytes`. Bytes after
    /// the end of the stream are ignored (see the other overload to find them).
    /// - Parameters:
    ///   - limit: the most bytes the output may have.
    ///   - sizeHint: the expected output size, to allocate once (capped by `limit`).
    public static func decompress(_ bytes: [UInt8], limit: Int, sizeHint: Int = 0) throws(InflateError) -> [UInt8] {
        let result: Result<(bytes: [UInt8], consumed: Int), InflateError> = bytes.withUnsafeBytes { raw in
            Result { () throws(InflateError) in try decompress(raw, limit: limit, sizeHint: sizeHint) }
        }
        return try result.get().bytes
    }

    /// Decompresses the raw DEFLATE stream at the start of `bytes`, and
    /// returns the output with the number of input bytes the stream took
    /// (its last byte counted whole).
    public static func decompress(_ bytes: UnsafeRawBufferPointer, limit: Int,
                                  sizeHint: Int = 0) throws(InflateError) -> (bytes: [UInt8], consumed: Int) {
        // No stream is empty (an empty buffer may not even have an address).
        guard let base = bytes.baseAddress, bytes.count > 0 else { throw .truncated }
        var state = InflateState(input: base, count: bytes.count, limit: max(0, limit), sizeHint: sizeHint)
        defer { state.deallocate() }
        try state.run()
        return (state.output.bytes, state.reader.consumedBytes)
    }
}

/// The output of a decompression: a buffer that grows by doubling up to
/// the limit, with eight spare bytes so a match can be copied a word at a time.
struct InflateOutput {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// Bytes written so far; never more than `limit`.
    var count = 0
    let limit: Int
    private static let spare = 8

    /// An empty output allocated for `sizeHint` bytes (within the limit, at least 4 KiB).
    init(limit: Int, sizeHint: Int) {
        self.limit = limit
        capacity = min(max(sizeHint, 4096), limit) + InflateOutput.spare
        base = .allocate(capacity: capacity)
    }

    /// Frees the buffer; the output must not be used afterwards.
    func deallocate() { base.deallocate() }

    /// Makes room for `extra` more bytes, or throws if they would pass the limit.
    @inline(__always)
    mutating func reserve(_ extra: Int) throws(InflateError) {
        guard extra <= limit &- count else { throw .outputLimitExceeded(limit: limit) }
        if count &+ extra &+ InflateOutput.spare > capacity { grow(count + extra) }
    }

    private mutating func grow(_ needed: Int) {
        var newCapacity = max(capacity * 2, needed + InflateOutput.spare)
        newCapacity = min(newCapacity, limit + InflateOutput.spare)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte (room reserved).
    @inline(__always)
    mutating func append(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    /// Appends `length` bytes copied from `distance` bytes back (room reserved,
    /// distance checked). Overlapping copies repeat the pattern, as DEFLATE means.
    @inline(__always)
    mutating func copyMatch(length: Int, distance: Int) {
        let target = base + count
        let source = target - distance
        if distance >= 8 {
            // Each 8-byte load reads only bytes already written.
            var done = 0
            while done < length {
                UnsafeMutableRawPointer(target + done).storeBytes(
                    of: UnsafeRawPointer(source + done).loadUnaligned(as: UInt64.self), as: UInt64.self)
                done &+= 8
            }
        } else if distance == 1 {
            target.update(repeating: source[0], count: length)
        } else {
            for index in 0..<length { target[index] = source[index] }
        }
        count &+= length
    }

    /// A copy of the output as an array.
    var bytes: [UInt8] { [UInt8](UnsafeBufferPointer(start: base, count: count)) }
}

/// One decompression in progress: the bit reader, the output and the three
/// decoding tables, reused from block to block.
struct InflateState {
    /// Where the input is read and the output written.
    var reader: BitReader
    var output: InflateOutput
    private var literals = HuffmanDecoder(primaryBits: 10)
    private var distances = HuffmanDecoder(primaryBits: 8)
    private var codeLengths = HuffmanDecoder(primaryBits: 7)
    /// Whether the tables hold the fixed codes: a run of fixed blocks (each
    /// can be 10 bits) builds them once, not once per block.
    private var tablesAreFixed = false

    /// A decompression of the `count` bytes at `input`.
    init(input: UnsafeRawPointer, count: Int, limit: Int, sizeHint: Int) {
        reader = BitReader(input, count: count)
        output = InflateOutput(limit: limit, sizeHint: sizeHint)
    }

    /// Frees the output and the tables.
    func deallocate() {
        output.deallocate()
        literals.deallocate(); distances.deallocate(); codeLengths.deallocate()
    }

    /// Decodes blocks up to and including the final one.
    mutating func run() throws(InflateError) {
        var final = false
        repeat {
            let header = try reader.bits(3)
            final = header & 1 == 1
            switch header >> 1 {
            case 0:
                try storedBlock()
            case 1:
                if !tablesAreFixed { try buildFixedTables() }
                tablesAreFixed = true
                try codedBlock()
            case 2:
                tablesAreFixed = false
                try buildDynamicTables()
                try codedBlock()
            default:
                throw .invalidBlockType
            }
        } while !final
    }

    /// Copies a stored block: byte-aligned LEN, its complement NLEN, then LEN bytes.
    private mutating func storedBlock() throws(InflateError) {
        reader.alignToByte()
        let length = Int(try reader.bits(16))
        let complement = Int(try reader.bits(16))
        guard length == complement ^ 0xFFFF else { throw .storedLengthMismatch }
        try output.reserve(length)
        try reader.copyBytes(length, to: output.base + output.count)
        output.count += length
    }

    /// Builds the tables of the fixed codes (RFC 1951, 3.2.6).
    private mutating func buildFixedTables() throws(InflateError) {
        try DeflateTables.fixedLiteralLengths.withUnsafeBufferPointer { (lengths) throws(InflateError) in
            try literals.build(lengths, allowIncomplete: false)
        }
        // All 32 five-bit codes exist; 30 and 31 are refused when met.
        let distanceLengths = [UInt8](repeating: 5, count: 32)
        try distanceLengths.withUnsafeBufferPointer { (lengths) throws(InflateError) in
            try distances.build(lengths, allowIncomplete: false)
        }
    }

    /// Reads a dynamic block's header (RFC 1951, 3.2.7) and builds its tables.
    private mutating func buildDynamicTables() throws(InflateError) {
        let literalCount = Int(try reader.bits(5)) + 257
        let distanceCount = Int(try reader.bits(5)) + 1
        let codeLengthCount = Int(try reader.bits(4)) + 4
        guard literalCount <= 286 && distanceCount <= 30 else { throw .tooManySymbols }

        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for index in 0..<codeLengthCount {
            codeLengthLengths[DeflateTables.codeLengthOrder[index]] = UInt8(try reader.bits(3))
        }
        try codeLengthLengths.withUnsafeBufferPointer { (lengths) throws(InflateError) in
            try codeLengths.build(lengths, allowIncomplete: false)
        }

        let total = literalCount + distanceCount
        var lengths = [UInt8](repeating: 0, count: total)
        var index = 0
        while index < total {
            let symbol = try codeLengths.decode(&reader)
            if symbol < 16 {
                lengths[index] = UInt8(symbol)
                index += 1
                continue
            }
            var value: UInt8 = 0
            let repeatCount: Int
            switch symbol {
            case 16:
                guard index > 0 else { throw .badLengthRepeat }
                value = lengths[index - 1]
                repeatCount = 3 + Int(try reader.bits(2))
            case 17:
                repeatCount = 3 + Int(try reader.bits(3))
            default:
                repeatCount = 11 + Int(try reader.bits(7))
            }
            guard repeatCount <= total - index else { throw .badLengthRepeat }
            for offset in 0..<repeatCount { lengths[index + offset] = value }
            index += repeatCount
        }
        guard lengths[256] != 0 else { throw .missingEndOfBlock }
        try lengths.withUnsafeBufferPointer { (all) throws(InflateError) in
            try literals.build(UnsafeBufferPointer(rebasing: all[0..<literalCount]), allowIncomplete: true)
            try distances.build(UnsafeBufferPointer(rebasing: all[literalCount..<total]), allowIncomplete: true)
        }
    }

    /// Decodes literals and matches up to the end-of-block symbol.
    private mutating func codedBlock() throws(InflateError) {
        let lengthBase = DeflateTables.lengthBase, lengthExtra = DeflateTables.lengthExtra
        let distanceBase = DeflateTables.distanceBase, distanceExtra = DeflateTables.distanceExtra
        while true {
            let symbol = try literals.decode(&reader)
            if symbol < 256 {
                try output.reserve(1)
                output.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == 256 { return }
            let lengthIndex = symbol &- 257
            guard lengthIndex < 29 else { throw .invalidSymbol }
            let length = Int(lengthBase[lengthIndex]) &+ Int(try reader.bits(Int(lengthExtra[lengthIndex])))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < 30 else { throw .invalidSymbol }
            let distance = Int(distanceBase[distanceSymbol]) &+ Int(try reader.bits(Int(distanceExtra[distanceSymbol])))
            guard distance <= output.count else { throw .distanceTooFar }
            try output.reserve(length)
            output.copyMatch(length: length, distance: distance)
        }
    }
}
