/// Why a font file cannot be used. A theme may bring its own `.ttf`, so every
/// structure in the file is checked and each way it can be wrong ends here,
/// with a message for the person who chose the file.
public enum FontError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes are not a TrueType font (another format, or CFF outlines).
    case notTrueType(String)
    /// A table the font cannot work without is absent.
    case missingTable(String)
    /// A structure runs past the end of its table or of the file.
    case truncated(String)
    /// A value is outside what the format allows.
    case invalid(String)
    /// A glyph cannot be built: composite glyphs nested too deeply, in a
    /// loop, or expanding to more points than any real glyph has.
    case glyphTooComplex(glyph: Int, reason: String)

    public var description: String {
        switch self {
        case .notTrueType(let detail):
            return "Tệp không phải phông chữ TrueType dùng được: \(detail)."
        case .missingTable(let tag):
            return "Phông chữ thiếu bảng '\(tag)' bắt buộc; hãy dùng một tệp .ttf đầy đủ."
        case .truncated(let what):
            return "Tệp phông chữ bị cắt cụt hoặc hỏng: \(what) vượt quá cuối dữ liệu."
        case .invalid(let what):
            return "Tệp phông chữ bị hỏng: \(what)."
        case .glyphTooComplex(let glyph, let reason):
            return "Không dựng được hình chữ số \(glyph) của phông: \(reason)."
        }
    }
}

/// A bounds-checked window onto the bytes of a font: the whole file or one
/// table. Every read names the window in its error, so a bad offset anywhere
/// becomes `FontError.truncated("bảng 'glyf'")` rather than a trap. Values
/// are big-endian, as in every sfnt table.
struct FontSlice: Sendable {
    /// The whole file (shared, not copied, by every slice of it).
    let bytes: [UInt8]
    /// Where the window starts in `bytes`.
    let base: Int
    /// How many bytes the window holds.
    let count: Int
    /// How errors name this window ("bảng 'cmap'").
    let name: String

    init(bytes: [UInt8], name: String) {
        self.bytes = bytes
        base = 0
        count = bytes.count
        self.name = name
    }

    private init(bytes: [UInt8], base: Int, count: Int, name: String) {
        self.bytes = bytes
        self.base = base
        self.count = count
        self.name = name
    }

    /// Whether `size` bytes at `offset` lie inside the window. Written so that
    /// no huge or negative offset can overflow.
    @inline(__always)
    func contains(_ offset: Int, _ size: Int) -> Bool {
        offset >= 0 && size >= 0 && size <= count && offset <= count - size
    }

    /// The sub-window of `length` bytes at `offset`.
    func slice(_ offset: Int, _ length: Int, name: String? = nil) throws(FontError) -> FontSlice {
        guard contains(offset, length) else { throw .truncated(name ?? self.name) }
        return FontSlice(bytes: bytes, base: base + offset, count: length, name: name ?? self.name)
    }

    @inline(__always)
    func u8(_ offset: Int) throws(FontError) -> Int {
        guard contains(offset, 1) else { throw .truncated(name) }
        return Int(bytes[base + offset])
    }

    @inline(__always)
    func i8(_ offset: Int) throws(FontError) -> Int {
        guard contains(offset, 1) else { throw .truncated(name) }
        return Int(Int8(bitPattern: bytes[base + offset]))
    }

    @inline(__always)
    func u16(_ offset: Int) throws(FontError) -> Int {
        guard contains(offset, 2) else { throw .truncated(name) }
        let at = base + offset
        return Int(bytes[at]) << 8 | Int(bytes[at + 1])
    }

    @inline(__always)
    func i16(_ offset: Int) throws(FontError) -> Int {
        Int(Int16(truncatingIfNeeded: try u16(offset)))
    }

    @inline(__always)
    func u32(_ offset: Int) throws(FontError) -> Int {
        guard contains(offset, 4) else { throw .truncated(name) }
        let at = base + offset
        return Int(bytes[at]) << 24 | Int(bytes[at + 1]) << 16 | Int(bytes[at + 2]) << 8 | Int(bytes[at + 3])
    }

    /// A 2.14 fixed-point number (composite glyph scales): -2 ..< 2.
    func f2dot14(_ offset: Int) throws(FontError) -> Double {
        Double(try i16(offset)) / 16384
    }

    /// A four-letter table tag as text.
    func tag(_ offset: Int) throws(FontError) -> String {
        let value = try u32(offset)
        let letters = (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) }
        return String(decoding: letters.map { (32...126).contains($0) ? $0 : UInt8(ascii: "?") }, as: UTF8.self)
    }
}
