/// The header of a dynamic-Huffman DEFLATE block (RFC 1951, 3.2.7): the
/// block's own code lengths, themselves run-length coded and Huffman coded
/// with the 19-symbol code-length code.
///
/// Made from a block's symbol counts; `headerBits` is its exact size, so the
/// block writer can compare it with the fixed and stored forms first.
struct DynamicHeader {
    /// The block's code lengths for literals/lengths (286) and distances (30).
    let literalLengths: [UInt8]
    let distanceLengths: [UInt8]
    /// How many literal/length (257…286) and distance (1…30) lengths are sent.
    private let literalCount: Int
    private let distanceCount: Int
    /// The run-length coded lengths: a code-length symbol (0…18) and the
    /// value of its extra bits (repeat count).
    private let runs: [(symbol: UInt8, extra: UInt8)]
    private let codeLengthLengths: [UInt8]
    /// How many code-length code lengths are sent (4…19), in `codeLengthOrder`.
    private let codeLengthCount: Int
    /// The header's size in bits, after the 3 bits of block type.
    let headerBits: Int

    /// The header for a block with these symbol counts (end of block counted).
    init(literalFrequencies: [UInt32], distanceFrequencies: [UInt32]) {
        literalLengths = HuffmanLengths.lengths(literalFrequencies, limit: 15)
        distanceLengths = HuffmanLengths.lengths(distanceFrequencies, limit: 15)
        var literalCount = 286
        while literalCount > 257 && literalLengths[literalCount - 1] == 0 { literalCount -= 1 }
        var distanceCount = 30
        while distanceCount > 1 && distanceLengths[distanceCount - 1] == 0 { distanceCount -= 1 }
        self.literalCount = literalCount
        self.distanceCount = distanceCount

        // Runs may cross from literal to distance lengths (the spec allows it).
        let all = Array(literalLengths[0..<literalCount]) + Array(distanceLengths[0..<distanceCount])
        let runs = DynamicHeader.runLengthCoded(all)
        var codeLengthFrequencies = [UInt32](repeating: 0, count: 19)
        for run in runs { codeLengthFrequencies[Int(run.symbol)] += 1 }
        let codeLengthLengths = HuffmanLengths.lengths(codeLengthFrequencies, limit: 7)
        var codeLengthCount = 19
        while codeLengthCount > 4 && codeLengthLengths[DeflateTables.codeLengthOrder[codeLengthCount - 1]] == 0 {
            codeLengthCount -= 1
        }
        self.runs = runs
        self.codeLengthLengths = codeLengthLengths
        self.codeLengthCount = codeLengthCount

        var bits = 5 + 5 + 4 + 3 * codeLengthCount
        for run in runs {
            bits += Int(codeLengthLengths[Int(run.symbol)]) + DynamicHeader.extraBits(run.symbol)
        }
        headerBits = bits
    }

    /// The extra bits after code-length symbols 16 (repeat previous 3–6
    /// times), 17 (3–10 zeros) and 18 (11–138 zeros).
    private static func extraBits(_ symbol: UInt8) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }

    /// `lengths` with runs of zeros and repeats of a length folded into
    /// symbols 16, 17 and 18.
    private static func runLengthCoded(_ lengths: [UInt8]) -> [(symbol: UInt8, extra: UInt8)] {
        var runs: [(symbol: UInt8, extra: UInt8)] = []
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 {
                    let take = min(run, 138)
                    runs.append((18, UInt8(take - 11)))
                    run -= take
                }
                if run >= 3 {
                    runs.append((17, UInt8(run - 3)))
                    run = 0
                }
            } else {
                runs.append((length, 0))
                run -= 1
                while run >= 3 {
                    let take = min(run, 6)
                    runs.append((16, UInt8(take - 3)))
                    run -= take
                }
            }
            for _ in 0..<run { runs.append((length, 0)) }
        }
        return runs
    }

    /// Writes the header (HLIT, HDIST, HCLEN, the code-length code, the runs).
    func write(to writer: inout BitWriter) {
        writer.write(UInt32(literalCount - 257), 5)
        writer.write(UInt32(distanceCount - 1), 5)
        writer.write(UInt32(codeLengthCount - 4), 4)
        for index in 0..<codeLengthCount {
            writer.write(UInt32(codeLengthLengths[DeflateTables.codeLengthOrder[index]]), 3)
        }
        let codes = HuffmanLengths.reversedCodes(codeLengthLengths)
        for run in runs {
            writer.write(UInt32(codes[Int(run.symbol)]), Int(codeLengthLengths[Int(run.symbol)]))
            let extra = DynamicHeader.extraBits(run.symbol)
            if extra > 0 { writer.write(UInt32(run.extra), extra) }
        }
    }
}
