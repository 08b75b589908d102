/// The fixed numbers of QR Code model 2 (ISO/IEC 18004:2015), and the few
/// that follow from them by rule rather than being listed.
///
/// Only two tables are written out, both from the standard's Table 9: how
/// many error-correction codewords each block has and how many blocks there
/// are, per version and level. Everything else (symbol size, codewords per
/// symbol, alignment pattern centres, format and version information) is
/// computed by the rules the standard states, and the tests check the results
/// against an independent encoder for every version.
enum QRCodeTables {
    /// Versions 1…40; a version-v symbol is 4v + 17 modules square.
    static let versions = 1...40

    /// The side of a version-`version` symbol in modules (21…177).
    static func size(version: Int) -> Int { 4 * version + 17 }

    /// Error-correction codewords per block, indexed by version (index 0
    /// unused), one row per level in the order L, M, Q, H.
    private static let eccPerBlock: [[Int]] = [
        [0, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28,
         28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
         26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28],
        [0, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30,
         28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
        [0, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28,
         30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30],
    ]

    /// Error-correction blocks per symbol, indexed like `eccPerBlock`.
    private static let blockCount: [[Int]] = [
        [0, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8,
         8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25],
        [0, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
         17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49],
        [0, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20,
         23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68],
        [0, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25,
         25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81],
    ]

    /// How a symbol's codewords split into blocks: `blocks` blocks of which
    /// the first `shortBlocks` hold `shortDataLength` data codewords and the
    /// rest one more; every block has `eccLength` error-correction codewords.
    struct BlockLayout: Equatable {
        var blocks: Int
        var shortBlocks: Int
        var shortDataLength: Int
        var eccLength: Int

        /// All data codewords of the symbol.
        var dataCodewords: Int { blocks * shortDataLength + (blocks - shortBlocks) }
    }

    /// The block layout of a version at a level. The standard lists the two
    /// block groups; they follow from the totals, since group 2's blocks
    /// are always exactly one data codeword longer.
    static func blockLayout(version: Int, correction: QRCode.ErrorCorrection) -> BlockLayout {
        let row = correction.tableRow
        let blocks = blockCount[row][version], eccLength = eccPerBlock[row][version]
        let total = rawDataModules(version: version) / 8
        let shortTotal = total / blocks
        return BlockLayout(blocks: blocks, shortBlocks: blocks - total % blocks,
                           shortDataLength: shortTotal - eccLength, eccLength: eccLength)
    }

    /// Modules left for codewords (and remainder bits) once the function
    /// patterns and format/version information are placed: the symbol's area
    /// minus 3 finders with separators (3 × 64), timing patterns, the format
    /// information and dark module (31), the alignment patterns (25 each, less
    /// the 5 + 5 modules of those on the timing lines) and the version
    /// information (2 × 18). The tests count the same number on the matrix.
    static func rawDataModules(version: Int) -> Int {
        let size = size(version: version)
        var modules = size * size - 3 * 64 - 31 - 2 * (size - 16)
        let alignmentsPerSide = alignmentCentres(version: version).count
        if alignmentsPerSide > 0 {
            let alignments = alignmentsPerSide * alignmentsPerSide - 3
            let onTimingLines = 2 * (alignmentsPerSide - 2)
            modules -= 25 * alignments - 5 * onTimingLines
        }
        if version >= 7 { modules -= 36 }
        return modules
    }

    /// Row and column coordinates of the alignment pattern centres (ISO/IEC
    /// 18004 Annex E): none for version 1, else ⌊v/7⌋ + 2 positions from 6 to
    /// size − 7. From the last one back they are evenly spaced by the
    /// smallest even step that reaches 6 in that many steps; the first gap
    /// takes what is left. Version 32 is the one exception the table makes
    /// (step 26 rather than 28).
    static func alignmentCentres(version: Int) -> [Int] {
        guard version >= 2 else { return [] }
        let count = version / 7 + 2
        let last = size(version: version) - 7
        let span = last - 6
        var step = (span + (count - 1) - 1) / (count - 1)   // ⌈span / (count − 1)⌉
        step += step & 1
        if version == 32 { step = 26 }
        var centres = [6]
        for i in stride(from: count - 2, through: 0, by: -1) { centres.append(last - i * step) }
        return centres
    }

    /// Bits of the character count indicator in byte mode (Table 3).
    static func byteCountBits(version: Int) -> Int { version <= 9 ? 8 : 16 }

    /// The most bytes a version holds in byte mode at a level: data bits
    /// less the 4-bit mode indicator and the count, whole bytes.
    static func byteCapacity(version: Int, correction: QRCode.ErrorCorrection) -> Int {
        let dataBits = blockLayout(version: version, correction: correction).dataCodewords * 8
        return (dataBits - 4 - byteCountBits(version: version)) / 8
    }

    /// The 15 format information bits (§7.9): level and mask as 5 bits, a
    /// BCH(15,5) remainder by x¹⁰ + x⁸ + x⁵ + x⁴ + x² + x + 1 (0x537), and
    /// the whole XOR 0x5412 so that it is never all light.
    static func formatBits(correction: QRCode.ErrorCorrection, mask: Int) -> Int {
        let data = correction.formatBits << 3 | mask
        return (data << 10 | bchRemainder(data, bits: 10, generator: 0x537)) ^ 0x5412
    }

    /// The 18 version information bits (§7.10), versions 7…40: the version
    /// as 6 bits and a BCH(18,6) remainder by 0x1F25.
    static func versionBits(version: Int) -> Int {
        version << 12 | bchRemainder(version, bits: 12, generator: 0x1F25)
    }

    /// The remainder of `data` · x^bits divided by `generator` over GF(2).
    private static func bchRemainder(_ data: Int, bits: Int, generator: Int) -> Int {
        var value = data << bits
        var top = 31
        while top >= bits {
            if value >> top & 1 == 1 { value ^= generator << (top - bits) }
            top -= 1
        }
        return value
    }
}

extension QRCode.ErrorCorrection {
    /// The row of this level in the tables above (L, M, Q, H).
    fileprivate var tableRow: Int {
        switch self {
        case .low: return 0
        case .medium: return 1
        case .quartile: return 2
        case .high: return 3
        }
    }

    /// The level's two bits in the format information (Table 12): L 01, M 00, Q 11, H 10.
    var formatBits: Int {
        switch self {
        case .low: return 0b01
        case .medium: return 0b00
        case .quartile: return 0b11
        case .high: return 0b10
        }
    }
}
