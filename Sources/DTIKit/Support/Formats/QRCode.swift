/// A QR Code symbol (model 2, ISO/IEC 18004:2015), for printing a unit's
/// permalink on its report card.
///
/// Data is encoded as one byte-mode segment, so any bytes work, and UTF-8
/// text (Vietnamese) is carried as its bytes. No ECI header is written:
/// readers take byte-mode data as UTF-8 when it is valid UTF-8, while some
/// older readers stumble on an ECI. The smallest version (1–40) that holds
/// the data at the chosen level is used, the level is never raised on its
/// own, and of the eight masks the one with the lowest penalty score (the
/// four rules of §7.8.3; ties go to the lowest mask number) is applied, so
/// the same bytes always give the same symbol.
///
/// A permalink of about 50 bytes is version 4 (33 × 33 modules) at level M.
public struct QRCode: Sendable, Equatable {
    /// How much of the symbol can be damaged and still be read (§7.5.1):
    /// about 7 %, 15 %, 25 % and 30 % of codewords. `.medium` is the default:
    /// a printed card can get a stain or a fold, and level M keeps a
    /// permalink small enough to scan from arm's length.
    public enum ErrorCorrection: Sendable, CaseIterable, Equatable {
        case low, medium, quartile, high

        /// The level's letter in the standard (L, M, Q, H).
        public var letter: String {
            switch self {
            case .low: return "L"
            case .medium: return "M"
            case .quartile: return "Q"
            case .high: return "H"
            }
        }
    }

    /// 1…40.
    public let version: Int
    public let correction: ErrorCorrection
    /// The data mask applied, 0…7.
    public let mask: Int
    /// Module rows, one byte a module (1 = dark), index y · size + x.
    let modules: [UInt8]

    /// Modules per side, 21…177, without the quiet zone.
    public var size: Int { QRCodeTables.size(version: version) }

    /// Whether the module at column `x`, row `y` (from the top-left corner)
    /// is dark. Outside the symbol is the light quiet zone.
    public func isDark(x: Int, y: Int) -> Bool {
        guard x >= 0, y >= 0, x < size, y < size else { return false }
        return modules[y * size + x] != 0
    }

    /// Encodes the UTF-8 bytes of `text`.
    public static func encode(_ text: String, correction: ErrorCorrection = .medium) throws(QRCodeError) -> QRCode {
        try encode(Array(text.utf8), correction: correction)
    }

    /// Encodes `bytes` in the smallest version that holds them at `correction`.
    /// Throws `.dataTooLong` past version 40's capacity (2331 bytes at level M).
    public static func encode(_ bytes: [UInt8], correction: ErrorCorrection = .medium) throws(QRCodeError) -> QRCode {
        try encode(bytes, correction: correction, version: nil, mask: nil)
    }

    /// The most bytes any symbol holds at `correction` (version 40).
    public static func maximumByteCount(correction: ErrorCorrection) -> Int {
        QRCodeTables.byteCapacity(version: 40, correction: correction)
    }

    /// The smallest version holding `byteCount` bytes at `correction`, or
    /// nil when even version 40 is too small.
    static func smallestVersion(byteCount: Int, correction: ErrorCorrection) -> Int? {
        QRCodeTables.versions.first { byteCount <= QRCodeTables.byteCapacity(version: $0, correction: correction) }
    }

    /// The encoder with the version and mask optionally forced, so that tests
    /// can compare every mask with another encoder's. A forced version too
    /// small for the data throws `.dataTooLong` with that version's capacity.
    static func encode(_ bytes: [UInt8], correction: ErrorCorrection,
                       version forcedVersion: Int?, mask forcedMask: Int?) throws(QRCodeError) -> QRCode {
        if let forcedVersion, !QRCodeTables.versions.contains(forcedVersion) {
            throw .unsupportedSymbol(version: forcedVersion, mask: forcedMask ?? 0)
        }
        if let forcedMask, !(0...7).contains(forcedMask) {
            throw .unsupportedSymbol(version: forcedVersion ?? 0, mask: forcedMask)
        }
        let version: Int
        if let forcedVersion {
            let capacity = QRCodeTables.byteCapacity(version: forcedVersion, correction: correction)
            guard bytes.count <= capacity else {
                throw .dataTooLong(byteCount: bytes.count, maximum: capacity, correction: correction)
            }
            version = forcedVersion
        } else {
            guard let smallest = smallestVersion(byteCount: bytes.count, correction: correction) else {
                throw .dataTooLong(byteCount: bytes.count, maximum: maximumByteCount(correction: correction), correction: correction)
            }
            version = smallest
        }

        let layout = QRCodeTables.blockLayout(version: version, correction: correction)
        let data = dataCodewords(bytes, version: version, capacity: layout.dataCodewords)
        var matrix = QRCodeMatrix(version: version)
        matrix.placeCodewords(interleave(data, layout: layout))

        let mask = forcedMask ?? bestMask(for: matrix, correction: correction)
        matrix.applyMask(mask)
        matrix.drawFormatInformation(correction: correction, mask: mask)
        return QRCode(version: version, correction: correction, mask: mask, modules: matrix.modules)
    }

    /// Tries every mask on a copy of the unmasked symbol, with its format
    /// information drawn so that the symbol is scored as it will be printed,
    /// and returns the mask with the lowest penalty (the first on ties).
    static func bestMask(for unmasked: QRCodeMatrix, correction: ErrorCorrection) -> Int {
        var best = 0, bestPenalty = Int.max
        for mask in 0..<8 {
            var candidate = unmasked
            candidate.applyMask(mask)
            candidate.drawFormatInformation(correction: correction, mask: mask)
            let penalty = QRCodePenalty.score(candidate.modules, size: candidate.size)
            if penalty < bestPenalty { best = mask; bestPenalty = penalty }
        }
        return best
    }

    /// The data codewords (§7.4): mode indicator 0100 (byte), the count in 8
    /// or 16 bits, the bytes, a terminator of up to four 0 bits, 0 bits to the
    /// byte boundary, then the pad codewords 11101100 and 00010001 in turn.
    /// The caller has checked that the bytes fit in `capacity` codewords.
    static func dataCodewords(_ bytes: [UInt8], version: Int, capacity: Int) -> [UInt8] {
        var bits = MostSignificantFirstBitWriter(capacity: capacity)
        bits.append(0b0100, count: 4)
        bits.append(bytes.count, count: QRCodeTables.byteCountBits(version: version))
        for byte in bytes { bits.append(Int(byte), count: 8) }
        bits.append(0, count: min(4, capacity * 8 - bits.bitCount))
        bits.append(0, count: (8 - bits.bitCount % 8) % 8)
        var codewords = bits.bytes
        var pad: UInt8 = 0xEC
        while codewords.count < capacity {
            codewords.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        return codewords
    }

    /// Splits the data into blocks, adds each block's Reed–Solomon codewords
    /// and interleaves (§7.6): the first data codeword of every block, then
    /// the second, …, the longer blocks' extra codeword last; then the
    /// error-correction codewords the same way.
    static func interleave(_ data: [UInt8], layout: QRCodeTables.BlockLayout) -> [UInt8] {
        let encoder = ReedSolomonEncoder(degree: layout.eccLength)
        var dataBlocks: [ArraySlice<UInt8>] = []
        var eccBlocks: [[UInt8]] = []
        var start = 0
        for block in 0..<layout.blocks {
            let length = layout.shortDataLength + (block < layout.shortBlocks ? 0 : 1)
            let slice = data[start..<(start + length)]
            dataBlocks.append(slice)
            eccBlocks.append(encoder.remainder(of: slice))
            start += length
        }
        var result: [UInt8] = []
        result.reserveCapacity(data.count + layout.blocks * layout.eccLength)
        for i in 0...layout.shortDataLength {
            for block in dataBlocks where i < block.count { result.append(block[block.startIndex + i]) }
        }
        for i in 0..<layout.eccLength {
            for block in eccBlocks { result.append(block[i]) }
        }
        return result
    }
}

/// Why a QR Code could not be made. The description is for people, in Vietnamese.
public enum QRCodeError: Error, Equatable, CustomStringConvertible {
    /// More bytes than the largest symbol holds at the level.
    case dataTooLong(byteCount: Int, maximum: Int, correction: QRCode.ErrorCorrection)
    /// A version outside 1…40 or a mask outside 0…7 was asked for (only the
    /// internal API that forces them can ask).
    case unsupportedSymbol(version: Int, mask: Int)

    public var description: String {
        switch self {
        case let .dataTooLong(byteCount, maximum, correction):
            return "Dữ liệu quá dài để tạo mã QR: \(byteCount) byte, trong khi mã QR ở mức sửa lỗi \(correction.letter) "
                + "chỉ chứa được tối đa \(maximum) byte. Hãy rút ngắn đường dẫn hoặc nội dung."
        case let .unsupportedSymbol(version, mask):
            return "Không có mã QR phiên bản \(version) với mẫu che \(mask): phiên bản phải từ 1 đến 40, mẫu che từ 0 đến 7."
        }
    }
}

/// Appends bit fields most significant bit first into whole bytes.
struct MostSignificantFirstBitWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var bitCount = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// Appends the low `count` bits of `value`, highest first.
    mutating func append(_ value: Int, count: Int) {
        for shift in stride(from: count - 1, through: 0, by: -1) {
            if bitCount % 8 == 0 { bytes.append(0) }
            if value >> shift & 1 == 1 { bytes[bytes.count - 1] |= 0x80 >> UInt8(bitCount % 8) }
            bitCount += 1
        }
    }
}
