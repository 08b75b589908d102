/// A glyph's number in its font (0 is .notdef, the "missing" box).
public struct GlyphID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: UInt16
    public init(_ rawValue: UInt16) { self.rawValue = rawValue }
    /// The glyph a font draws for a character it lacks.
    public static let notdef = GlyphID(0)
    public static func < (a: GlyphID, b: GlyphID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "glyph \(rawValue)" }
}

/// A TrueType font (glyf outlines) read from its bytes: metrics, the
/// character map, advances, pair kerning and outlines, everything dti needs
/// to draw text into card images itself.
///
/// The bytes are untrusted (a theme may bring its own `.ttf`), so opening
/// checks every table it relies on and throws a `FontError` with a Vietnamese
/// message; nothing in a bad file can trap. Opening reads the small tables
/// into arrays; outlines are decoded on request (`outline(_:)`, in
/// GlyphOutline.swift) with bounded depth and work. Only what simple
/// left-to-right text needs is read: no GSUB/GPOS shaping, no hinting, no
/// vertical metrics.
///
/// A final class so canvases can key glyph caches by identity; immutable and
/// so `Sendable`.
public final class TrueTypeFont: Sendable {
    /// Font design units per em; coordinates are scaled by size / unitsPerEm.
    public let unitsPerEm: Int
    /// Height above the baseline a line needs, in font units ('hhea').
    public let ascender: Int
    /// Depth below the baseline, in font units (negative, as in 'hhea').
    public let descender: Int
    /// Extra space between lines the designer asks for, in font units.
    public let lineGap: Int
    /// Number of glyphs ('maxp').
    public let glyphCount: Int

    let characterMap: CharacterMap
    /// Advance widths of the first glyphs; later glyphs repeat the last one.
    let advances: [UInt16]
    /// Where each glyph's data starts in 'glyf'; glyph i ends where i + 1 starts.
    let glyphOffsets: [Int]
    let glyphTable: FontSlice
    /// Kerning in font units, keyed by `left << 16 | right`.
    let kerningPairs: [UInt32: Int]

    /// The largest file accepted: far above any real font for Latin text,
    /// and a bound on memory for a hostile one.
    public static let maximumFileSize = 32 << 20

    /// Opens a TrueType font from the bytes of a `.ttf` file.
    public init(bytes: [UInt8]) throws(FontError) {
        guard bytes.count <= Self.maximumFileSize else {
            throw .invalid("tệp lớn \(bytes.count) byte, quá giới hạn \(Self.maximumFileSize) byte")
        }
        let file = FontSlice(bytes: bytes, name: "phần đầu tệp")
        let tables = try Self.tableDirectory(file)
        func table(_ tag: String) throws(FontError) -> FontSlice {
            guard let found = tables[tag] else { throw .missingTable(tag) }
            return found
        }

        let head = try table("head")
        guard try head.u32(12) == 0x5F0F_3CF5 else { throw .invalid("bảng 'head' sai số nhận dạng") }
        unitsPerEm = try head.u16(18)
        guard (16...16384).contains(unitsPerEm) else { throw .invalid("số đơn vị mỗi em (\(unitsPerEm)) ngoài khoảng 16–16384") }
        let longOffsets = try head.i16(50)
        guard longOffsets == 0 || longOffsets == 1 else { throw .invalid("bảng 'head' có kiểu bảng 'loca' không rõ") }

        glyphCount = try table("maxp").u16(4)
        guard glyphCount > 0 else { throw .invalid("phông không có hình chữ nào") }

        let hhea = try table("hhea")
        ascender = try hhea.i16(4)
        descender = try hhea.i16(6)
        lineGap = try hhea.i16(8)
        let metricCount = try hhea.u16(34)
        guard (1...glyphCount).contains(metricCount) else {
            throw .invalid("bảng 'hhea' khai báo \(metricCount) độ rộng cho \(glyphCount) hình chữ")
        }
        let hmtx = try table("hmtx")
        guard hmtx.contains(0, 4 * metricCount) else { throw .truncated("bảng 'hmtx'") }
        var advances: [UInt16] = []
        advances.reserveCapacity(metricCount)
        for index in 0..<metricCount { advances.append(UInt16(try hmtx.u16(4 * index))) }
        self.advances = advances

        glyphTable = try table("glyf")
        glyphOffsets = try Self.glyphOffsets(try table("loca"), count: glyphCount, long: longOffsets == 1)
        characterMap = try CharacterMap(try table("cmap"))
        if let kern = tables["kern"] {
            kerningPairs = try Self.kerning(kern, glyphCount: glyphCount)
        } else {
            kerningPairs = [:]
        }
    }

    /// The table records after the 12-byte header: tag → window. The
    /// sfnt version says whether outlines are TrueType ones.
    private static func tableDirectory(_ file: FontSlice) throws(FontError) -> [String: FontSlice] {
        let version = try file.u32(0)
        switch version {
        case 0x0001_0000, 0x7472_7565: break  // 1.0 and Apple's 'true'
        case 0x4F54_544F: throw .notTrueType("phông OpenType dạng CFF ('OTTO') chưa được hỗ trợ, hãy dùng bản .ttf")
        case 0x7474_6366: throw .notTrueType("tệp là bộ nhiều phông (.ttc), hãy dùng một tệp .ttf")
        case 0x774F_4646, 0x774F_4632: throw .notTrueType("tệp là phông web (.woff/.woff2), hãy dùng bản .ttf")
        default: throw .notTrueType("chữ ký đầu tệp không phải của phông TrueType")
        }
        let count = try file.u16(4)
        guard file.contains(12, 16 * count) else { throw .truncated("danh mục bảng") }
        var tables: [String: FontSlice] = [:]
        for index in 0..<count {
            let record = 12 + 16 * index
            let tag = try file.tag(record)
            let offset = try file.u32(record + 8), length = try file.u32(record + 12)
            guard tables[tag] == nil else { continue }  // the first record of a tag wins
            tables[tag] = try file.slice(offset, length, name: "bảng '\(tag)'")
        }
        return tables
    }

    /// 'loca': where each glyph starts in 'glyf', as halved 16-bit or plain
    /// 32-bit offsets. Each glyph's range is checked when it is decoded.
    private static func glyphOffsets(_ loca: FontSlice, count: Int, long: Bool) throws(FontError) -> [Int] {
        let size = long ? 4 : 2
        guard loca.contains(0, (count + 1) * size) else { throw .truncated("bảng 'loca'") }
        var offsets: [Int] = []
        offsets.reserveCapacity(count + 1)
        for index in 0...count {
            offsets.append(long ? try loca.u32(4 * index) : 2 * (try loca.u16(2 * index)))
        }
        return offsets
    }

    /// 'kern' version 0: horizontal format-0 subtables of sorted pairs. Values
    /// of several subtables add up unless one says it overrides. Apple's
    /// version-1 tables, cross-stream and minimum-value subtables are skipped:
    /// kerning is optional, text without it is still correct.
    private static func kerning(_ kern: FontSlice, glyphCount: Int) throws(FontError) -> [UInt32: Int] {
        guard kern.count >= 4, try kern.u16(0) == 0 else { return [:] }
        var pairs: [UInt32: Int] = [:]
        var at = 4
        for _ in 0..<(try kern.u16(2)) {
            guard kern.contains(at, 6) else { break }
            let length = try kern.u16(at + 2), coverage = try kern.u16(at + 4)
            let format = coverage >> 8, horizontal = coverage & 1 != 0, special = coverage & 0x6 != 0
            guard format == 0 else {
                guard length >= 6 else { break }  // a zero length would loop forever
                at += length
                continue
            }
            // The 16-bit length overflows past 10,920 pairs: the pair count decides.
            let count = try kern.u16(at + 6)
            guard kern.contains(at + 14, 6 * count) else { throw .truncated("bảng 'kern'") }
            if horizontal && !special {
                let overrides = coverage & 0x8 != 0
                for index in 0..<count {
                    let pair = at + 14 + 6 * index
                    let left = try kern.u16(pair), right = try kern.u16(pair + 2), value = try kern.i16(pair + 4)
                    guard left < glyphCount, right < glyphCount else { continue }
                    let key = UInt32(left) << 16 | UInt32(right)
                    pairs[key] = overrides ? value : (pairs[key] ?? 0) + value
                }
            }
            at += 14 + 6 * count
        }
        return pairs.filter { $0.value != 0 }
    }

    /// The glyph the font maps `scalar` to, or nil when it has none.
    public func glyph(for scalar: Unicode.Scalar) -> GlyphID? {
        let number = characterMap.glyphNumber(for: scalar)
        guard number > 0, number < glyphCount else { return nil }
        return GlyphID(UInt16(number))
    }

    /// How far the pen moves after `glyph`, in font units.
    public func advanceWidth(_ glyph: GlyphID) -> Int {
        let index = min(Int(glyph.rawValue), advances.count - 1)
        return Int(advances[index])
    }

    /// The extra horizontal space between `left` and `right` when they stand
    /// side by side, in font units (negative pulls them together).
    public func kerning(_ left: GlyphID, _ right: GlyphID) -> Int {
        guard !kerningPairs.isEmpty else { return 0 }
        return kerningPairs[UInt32(left.rawValue) << 16 | UInt32(right.rawValue)] ?? 0
    }

    /// Pixels per font unit at `size` pixels per em.
    public func scale(forSize size: Double) -> Double { size / Double(unitsPerEm) }
}

extension TrueTypeFont {
    /// The two faces compiled into dti (Noto Sans, see EmbeddedFonts).
    public enum EmbeddedFace: Sendable {
        case regular, bold
    }

    private static let embeddedRegular = Result { () throws(FontError) in try TrueTypeFont(bytes: EmbeddedFonts.regular) }
    private static let embeddedBold = Result { () throws(FontError) in try TrueTypeFont(bytes: EmbeddedFonts.bold) }

    /// A face compiled into dti, opened once and shared. It cannot fail in a
    /// released build (tests open both), but it is checked like any font.
    public static func embedded(_ face: EmbeddedFace) throws(FontError) -> TrueTypeFont {
        try (face == .regular ? embeddedRegular : embeddedBold).get()
    }
}
