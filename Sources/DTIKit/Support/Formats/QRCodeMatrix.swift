/// The module grid of one QR Code symbol while it is being built: which
/// modules are dark, and which belong to function patterns (finders,
/// separators, timing, alignment, format and version information), which
/// masking never touches and data never fills (ISO/IEC 18004 §6.3, §7.7).
///
/// Modules are stored row by row, one byte each (1 = dark), so a row is a
/// contiguous run for the penalty scan and a symbol of version 40 is 31 kB.
struct QRCodeMatrix {
    let version: Int
    let size: Int
    /// 1 for dark, 0 for light; index y · size + x.
    var modules: [UInt8]
    /// True for modules of function patterns and format/version information.
    private(set) var reserved: [Bool]

    /// An empty symbol with every function pattern drawn and the format and
    /// version information areas reserved (format bits are written later,
    /// once the mask is known; version bits are written now).
    init(version: Int) {
        self.version = version
        size = QRCodeTables.size(version: version)
        modules = [UInt8](repeating: 0, count: size * size)
        reserved = [Bool](repeating: false, count: size * size)
        drawTimingPatterns()
        drawFinder(centreX: 3, centreY: 3)
        drawFinder(centreX: size - 4, centreY: 3)
        drawFinder(centreX: 3, centreY: size - 4)
        drawAlignmentPatterns()
        reserveFormatArea()
        drawVersionInformation()
    }

    /// Sets a function-pattern module and marks it reserved.
    private mutating func setFunction(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark ? 1 : 0
        reserved[y * size + x] = true
    }

    /// Sets a module whose place is already reserved.
    private mutating func setModule(x: Int, y: Int, dark: Bool) {
        modules[y * size + x] = dark ? 1 : 0
    }

    /// Row 6 and column 6 alternate dark and light, dark at even positions.
    /// Drawn across the whole side first; the finders then overwrite the ends.
    private mutating func drawTimingPatterns() {
        for i in 0..<size {
            setFunction(x: 6, y: i, dark: i % 2 == 0)
            setFunction(x: i, y: 6, dark: i % 2 == 0)
        }
    }

    /// A 7 × 7 finder (dark ring, light ring, dark 3 × 3 core) and its light
    /// one-module separator, clipped to the symbol.
    private mutating func drawFinder(centreX: Int, centreY: Int) {
        for dy in -4...4 {
            for dx in -4...4 {
                let x = centreX + dx, y = centreY + dy
                guard x >= 0, x < size, y >= 0, y < size else { continue }
                let ring = max(abs(dx), abs(dy))   // 0…4 from the centre
                setFunction(x: x, y: y, dark: ring != 2 && ring != 4)
            }
        }
    }

    /// 5 × 5 alignment patterns (dark ring, light ring, dark centre) at every
    /// pair of centres from the table, except the three that would cover a finder.
    private mutating func drawAlignmentPatterns() {
        let centres = QRCodeTables.alignmentCentres(version: version)
        guard let first = centres.first, let last = centres.last else { return }
        for cy in centres {
            for cx in centres {
                let nearFinder = (cx == first && cy == first) || (cx == first && cy == last) || (cx == last && cy == first)
                if nearFinder { continue }
                for dy in -2...2 {
                    for dx in -2...2 {
                        setFunction(x: cx + dx, y: cy + dy, dark: max(abs(dx), abs(dy)) != 1)
                    }
                }
            }
        }
    }

    /// Reserves the two copies of the format information (written by
    /// `drawFormatInformation`) and sets the dark module at (8, size − 8).
    private mutating func reserveFormatArea() {
        for i in 0..<9 {
            setFunction(x: 8, y: i, dark: false)
            setFunction(x: i, y: 8, dark: false)
        }
        for i in 0..<8 {
            setFunction(x: size - 1 - i, y: 8, dark: false)
            setFunction(x: 8, y: size - 1 - i, dark: false)
        }
        setFunction(x: 8, y: size - 8, dark: true)
        // The timing pattern module at (6, 8) and (8, 6) was caught by the
        // loops above; put it back.
        setFunction(x: 6, y: 8, dark: true)
        setFunction(x: 8, y: 6, dark: true)
    }

    /// Writes the 15 format bits (level and mask) in both copies (§7.9.1,
    /// figure 25). Bit 0 is the least significant.
    /// The area is already reserved, so this writes modules only (and a
    /// candidate copy of the matrix shares its reservation map).
    mutating func drawFormatInformation(correction: QRCode.ErrorCorrection, mask: Int) {
        let bits = QRCodeTables.formatBits(correction: correction, mask: mask)
        func bit(_ i: Int) -> Bool { bits >> i & 1 == 1 }
        // Around the top-left finder: bits 0–7 down column 8 (skipping the
        // timing row), bits 8–14 leftwards along row 8 (skipping the timing column).
        for i in 0..<6 { setModule(x: 8, y: i, dark: bit(i)) }
        setModule(x: 8, y: 7, dark: bit(6))
        setModule(x: 8, y: 8, dark: bit(7))
        setModule(x: 7, y: 8, dark: bit(8))
        for i in 9..<15 { setModule(x: 14 - i, y: 8, dark: bit(i)) }
        // The copy: bits 0–7 along row 8 from the right edge, bits 8–14 up
        // column 8 to the bottom edge.
        for i in 0..<8 { setModule(x: size - 1 - i, y: 8, dark: bit(i)) }
        for i in 8..<15 { setModule(x: 8, y: size - 15 + i, dark: bit(i)) }
    }

    /// Writes the 18 version bits in the 6 × 3 blocks beside the top-right
    /// and bottom-left finders (§7.10), versions 7 and up.
    private mutating func drawVersionInformation() {
        guard version >= 7 else { return }
        let bits = QRCodeTables.versionBits(version: version)
        for i in 0..<18 {
            let dark = bits >> i & 1 == 1
            let across = i / 3, along = size - 11 + i % 3
            setFunction(x: along, y: across, dark: dark)
            setFunction(x: across, y: along, dark: dark)
        }
    }

    /// Places codewords in the zig-zag order of §7.7.3: two-module columns
    /// from the right edge leftwards, alternately upwards and downwards,
    /// skipping the vertical timing column and every reserved module; each
    /// codeword's most significant bit first. Modules left over (the 0–7
    /// remainder bits) stay light.
    mutating func placeCodewords(_ codewords: [UInt8]) {
        let totalBits = codewords.count * 8
        var bitIndex = 0
        var right = size - 1
        var upwards = true
        while right >= 1 {
            if right == 6 { right = 5 }
            for step in 0..<size {
                let y = upwards ? size - 1 - step : step
                for x in stride(from: right, through: right - 1, by: -1) where !reserved[y * size + x] {
                    guard bitIndex < totalBits else { continue }
                    let byte = codewords[bitIndex >> 3]
                    modules[y * size + x] = byte >> (7 - UInt8(bitIndex & 7)) & 1
                    bitIndex += 1
                }
            }
            right -= 2
            upwards.toggle()
        }
    }

    /// Flips every non-reserved module where mask pattern `mask` (0–7,
    /// Table 10; i is the row, j the column) is true. Applying it twice undoes it.
    mutating func applyMask(_ mask: Int) {
        let size = size
        reserved.withUnsafeBufferPointer { reserved in
            modules.withUnsafeMutableBufferPointer { modules in
                for y in 0..<size {
                    for x in 0..<size where !reserved[y * size + x] && Self.maskCondition(mask, row: y, column: x) {
                        modules[y * size + x] ^= 1
                    }
                }
            }
        }
    }

    /// The data mask conditions of Table 10.
    @inline(__always)
    static func maskCondition(_ mask: Int, row i: Int, column j: Int) -> Bool {
        switch mask {
        case 0: return (i + j) % 2 == 0
        case 1: return i % 2 == 0
        case 2: return j % 3 == 0
        case 3: return (i + j) % 3 == 0
        case 4: return (i / 2 + j / 3) % 2 == 0
        case 5: return (i * j) % 2 + (i * j) % 3 == 0
        case 6: return ((i * j) % 2 + (i * j) % 3) % 2 == 0
        default: return ((i + j) % 2 + (i * j) % 3) % 2 == 0
        }
    }
}
