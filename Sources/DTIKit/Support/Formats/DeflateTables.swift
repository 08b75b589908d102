/// The fixed tables of the DEFLATE format (RFC 1951, section 3.2.5), shared
/// by the compressor and the decompressor.
///
/// Lengths 3…258 are sent as one of 29 length symbols (257…285) plus extra
/// bits; distances 1…32768 as one of 30 distance symbols plus extra bits.
enum DeflateTables {
    /// The shortest and longest match DEFLATE can express.
    static let minMatch = 3
    /// The longest match.
    static let maxMatch = 258
    /// How far back a match may reach.
    static let windowSize = 32768

    /// The first length of each length symbol (257 + index).
    static let lengthBase: [UInt16] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31,
                                       35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    /// The extra bits after each length symbol.
    static let lengthExtra: [UInt8] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2,
                                       3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// The first distance of each distance symbol.
    static let distanceBase: [UInt16] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
                                         513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    /// The extra bits after each distance symbol.
    static let distanceExtra: [UInt8] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7,
                                         8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
    /// The order in which a dynamic block's header lists the code-length code's lengths.
    static let codeLengthOrder: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    /// The length symbol index (0…28) of every length 0…258 (entries below 3 unused).
    static let lengthSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0, count: maxMatch + 1)
        for index in 0..<29 {
            let first = Int(lengthBase[index])
            let last = index == 28 ? 258 : min(first + (1 << Int(lengthExtra[index])) - 1, 257)
            for length in first...last { table[length] = UInt8(index) }
        }
        return table
    }()

    /// The distance symbol of distance `d`: entry `d - 1` for d ≤ 256, else
    /// entry `256 + (d - 1) >> 7` (every symbol past 256 covers a multiple of 128).
    static let distanceSymbol: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        for index in 0..<30 {
            let first = Int(distanceBase[index])
            let last = first + (1 << Int(distanceExtra[index])) - 1
            for distance in first...last {
                if distance <= 256 { table[distance - 1] = UInt8(index) } else { table[256 + (distance - 1) >> 7] = UInt8(index) }
            }
        }
        return table
    }()

    /// The code lengths of the fixed Huffman code for literals and lengths (288 symbols).
    static let fixedLiteralLengths: [UInt8] =
        [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
        + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8)
    /// The code lengths of the fixed distance code (30 symbols, 5 bits each; 30 and 31 are never used).
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: 30)
}
