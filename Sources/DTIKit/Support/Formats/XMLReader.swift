/// Reads XML from untrusted bytes: the parts of the .xlsx workbooks users
/// upload (workbook, relationships, sheets, shared strings, styles).
///
/// A pull reader: `next()` returns one event at a time (a start tag, an end
/// tag, a run of text), so a large sheet is never held as a tree. It reads
/// the XML that spreadsheet programs write, and refuses what could make a
/// small file costly or reach outside it:
///
/// - no DTD at all (`<!DOCTYPE` is an error), so no entity can be declared,
///   expanded ("billion laughs") or fetched from elsewhere;
/// - only the five predefined entities and numeric character references,
///   each checked to be a Unicode scalar XML allows;
/// - bounded nesting depth, document size, attributes per tag and name length;
/// - tags must nest and close; text outside the root element is refused.
///
/// Names are kept as written (`r:id`); `XMLTag.attribute(_:)` and
/// `XMLTag.localName` compare the part after the prefix, which is all a
/// workbook reader needs (Excel and LibreOffice use fixed namespaces, and
/// strict OOXML only changes their URIs). Comments and processing
/// instructions are skipped; CDATA sections are text.
public struct XMLReader {
    /// Caps that keep hostile input cheap.
    public struct Limits: Sendable, Hashable {
        /// Deepest element nesting (default 128; a sheet needs 5).
        public var maxDepth: Int
        /// Largest document in bytes (default 128 MiB, the ZIP reader's member cap).
        public var maxBytes: Int
        /// Most attributes on one tag (default 64).
        public var maxAttributes: Int
        /// Longest tag or attribute name in bytes (default 256).
        public var maxNameLength: Int

        public init(maxDepth: Int = 128, maxBytes: Int = 128 << 20, maxAttributes: Int = 64, maxNameLength: Int = 256) {
            self.maxDepth = maxDepth
            self.maxBytes = maxBytes
            self.maxAttributes = maxAttributes
            self.maxNameLength = maxNameLength
        }

        public static let `default` = Limits()
    }

    /// One step through the document.
    public enum Event: Sendable, Hashable {
        /// A start tag; an empty-element tag (`<x/>`) gives `.start` then `.end`.
        case start(XMLTag)
        /// An end tag, with the name as written.
        case end(String)
        /// Character data with references resolved; never empty.
        case text(String)
    }

    private let bytes: [UInt8]
    private let limits: Limits
    private var index = 0
    private var open: [String] = []
    private var pendingEnd: String?
    private var sawRoot = false

    /// A reader of `data`: UTF-8 with or without a byte order mark, or
    /// UTF-16 with one (see `TextDecoding`); anything else is refused here.
    public init(_ data: [UInt8], limits: Limits = .default) throws(XMLError) {
        guard data.count <= limits.maxBytes else { throw .tooLarge(size: data.count, limit: limits.maxBytes) }
        do {
            bytes = try TextDecoding.utf8(data).bytes
        } catch {
            throw .notUTF8(offset: error.offset)
        }
        self.limits = limits
    }

    /// The next event, or nil at the end of a well-formed document.
    public mutating func next() throws(XMLError) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return try close(name)
        }
        while index < bytes.count {
            if bytes[index] != UInt8(ascii: "<") {
                let text = try readText()
                if open.isEmpty {
                    guard text.utf8.allSatisfy(Self.isSpace) else { throw .malformed("có chữ nằm ngoài phần tử gốc", offset: index) }
                    continue
                }
                return .text(text)
            }
            if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                guard !open.isEmpty else { throw .malformed("CDATA nằm ngoài phần tử gốc", offset: index) }
                index += 9
                let start = index
                try skip(past: "]]>")
                if index - 3 > start { return .text(String(decoding: bytes[start..<(index - 3)], as: UTF8.self)) }
            } else if starts(with: "<!") {
                throw .doctype(offset: index)
            } else if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "</") {
                index += 2
                let name = try readName()
                skipSpaces()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ">") else { throw .malformed("thẻ đóng </\(name) thiếu dấu >", offset: index) }
                index += 1
                return try close(name)
            } else {
                return try readStartTag()
            }
        }
        guard open.isEmpty else { throw .unexpectedEnd(open: open.last ?? "") }
        guard sawRoot else { throw .unexpectedEnd(open: "") }
        return nil
    }

    /// Skips to the end of the element whose start tag was just read
    /// (its content and its end tag), however deep.
    public mutating func skipElement() throws(XMLError) {
        let depth = open.count
        while open.count >= depth {
            guard try next() != nil else { return }
        }
    }

    /// The text inside the element whose start tag was just read, up to
    /// its end tag; child elements' text is included.
    public mutating func readElementText() throws(XMLError) -> String {
        let depth = open.count
        var text = ""
        while open.count >= depth, let event = try next() {
            if case .text(let chunk) = event { text += chunk }
        }
        return text
    }

    // MARK: - Tags

    private mutating func readStartTag() throws(XMLError) -> Event {
        let tagStart = index
        index += 1
        let name = try readName()
        if open.isEmpty && sawRoot { throw .malformed("có phần tử thứ hai ngoài phần tử gốc <\(name)>", offset: tagStart) }
        var attributes: [XMLAttribute] = []
        while true {
            let hadSpace = skipSpaces()
            guard index < bytes.count else { throw .unexpectedEnd(open: name) }
            if bytes[index] == UInt8(ascii: ">") {
                index += 1
                break
            }
            if bytes[index] == UInt8(ascii: "/") {
                guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") else { throw .malformed("dấu / lạc trong thẻ <\(name)>", offset: index) }
                index += 2
                pendingEnd = name
                break
            }
            guard hadSpace else { throw .malformed("thiếu khoảng trắng giữa các thuộc tính của <\(name)>", offset: index) }
            guard attributes.count < limits.maxAttributes else { throw .tooManyAttributes(limit: limits.maxAttributes) }
            let attributeName = try readName()
            skipSpaces()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { throw .malformed("thuộc tính \(attributeName) thiếu dấu =", offset: index) }
            index += 1
            skipSpaces()
            attributes.append(XMLAttribute(name: attributeName, value: try readAttributeValue()))
        }
        guard open.count < limits.maxDepth else { throw .tooDeep(limit: limits.maxDepth) }
        open.append(name)
        sawRoot = true
        return .start(XMLTag(name: name, attributes: attributes))
    }

    private mutating func close(_ name: String) throws(XMLError) -> Event {
        guard let expected = open.last else { throw .malformed("thẻ đóng </\(name)> không có thẻ mở", offset: index) }
        guard expected == name else { throw .mismatchedTag(expected: expected, found: name, offset: index) }
        open.removeLast()
        return .end(name)
    }

    /// A tag or attribute name: everything up to a space, `=`, `/` or `>`.
    private mutating func readName() throws(XMLError) -> String {
        let start = index
        while index < bytes.count {
            let byte = bytes[index]
            if Self.isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: ">")
                || byte == UInt8(ascii: "<") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") { break }
            index += 1
            guard index - start <= limits.maxNameLength else { throw .malformed("tên thẻ hoặc thuộc tính quá dài", offset: start) }
        }
        guard index > start else { throw .malformed("thiếu tên thẻ hoặc thuộc tính", offset: start) }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private mutating func readAttributeValue() throws(XMLError) -> String {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") else {
            throw .malformed("giá trị thuộc tính phải nằm trong dấu ngoặc kép", offset: index)
        }
        let quote = bytes[index]
        index += 1
        var out: [UInt8] = []
        while true {
            guard index < bytes.count else { throw .unexpectedEnd(open: open.last ?? "") }
            let byte = bytes[index]
            if byte == quote { index += 1; break }
            switch byte {
            case UInt8(ascii: "<"): throw .malformed("dấu < trong giá trị thuộc tính", offset: index)
            case UInt8(ascii: "&"): try readReference(into: &out)
            // Attribute-value normalization: a literal tab or line break is a space.
            case 0x09, 0x0A, 0x0D: out.append(0x20); index += 1
            default: out.append(byte); index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    // MARK: - Text and references

    /// Character data up to the next `<`, references resolved.
    private mutating func readText() throws(XMLError) -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<"), bytes[index] != UInt8(ascii: "&") { index += 1 }
        if index >= bytes.count || bytes[index] == UInt8(ascii: "<") {
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        var out = Array(bytes[start..<index])
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") {
            if bytes[index] == UInt8(ascii: "&") { try readReference(into: &out) } else { out.append(bytes[index]); index += 1 }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `&lt;`, `&gt;`, `&amp;`, `&quot;`, `&apos;`, `&#123;` or `&#x1F;`,
    /// appended as UTF-8; any other name is refused, never looked up.
    private mutating func readReference(into out: inout [UInt8]) throws(XMLError) {
        let start = index
        index += 1
        var name: [UInt8] = []
        while index < bytes.count, bytes[index] != UInt8(ascii: ";") {
            name.append(bytes[index])
            index += 1
            guard name.count <= 12 else { throw .unknownEntity(String(decoding: name, as: UTF8.self), offset: start) }
        }
        guard index < bytes.count else { throw .unknownEntity(String(decoding: name, as: UTF8.self), offset: start) }
        index += 1
        switch name {
        case Array("lt".utf8): out.append(UInt8(ascii: "<"))
        case Array("gt".utf8): out.append(UInt8(ascii: ">"))
        case Array("amp".utf8): out.append(UInt8(ascii: "&"))
        case Array("quot".utf8): out.append(UInt8(ascii: "\""))
        case Array("apos".utf8): out.append(UInt8(ascii: "'"))
        default:
            guard name.first == UInt8(ascii: "#"), let scalar = Self.characterReference(name.dropFirst()) else {
                throw .unknownEntity(String(decoding: name, as: UTF8.self), offset: start)
            }
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        }
    }

    /// The scalar of `123` or `x7B`, if XML allows it in a document.
    private static func characterReference(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        var rest = digits
        var radix: UInt32 = 10
        if rest.first == UInt8(ascii: "x") { radix = 16; rest = rest.dropFirst() }
        guard !rest.isEmpty, rest.count <= 8 else { return nil }
        var value: UInt32 = 0
        for byte in rest {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f") where radix == 16: digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F") where radix == 16: digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: return nil
            }
            value = value * radix + digit
        }
        // XML 1.0 Char: tab, line feed, carriage return, and U+0020 upwards
        // minus surrogates, U+FFFE and U+FFFF.
        guard value == 0x09 || value == 0x0A || value == 0x0D || (value >= 0x20 && value != 0xFFFE && value != 0xFFFF) else { return nil }
        return Unicode.Scalar(value)
    }

    // MARK: - Scanning

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        let pointer = prefix.utf8Start
        for offset in 0..<count where bytes[index + offset] != pointer[offset] { return false }
        return true
    }

    /// Moves past the next `terminator`, or fails at the end of the document.
    private mutating func skip(past terminator: StaticString) throws(XMLError) {
        while index < bytes.count {
            if starts(with: terminator) {
                index += terminator.utf8CodeUnitCount
                return
            }
            index += 1
        }
        throw .unexpectedEnd(open: open.last ?? "")
    }

    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = index
        while index < bytes.count, Self.isSpace(bytes[index]) { index += 1 }
        return index > start
    }

    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
}

/// One attribute of a start tag, with references resolved.
public struct XMLAttribute: Sendable, Hashable {
    /// The name as written (`r:id`).
    public var name: String
    public var value: String
}

/// A start tag: its name as written and its attributes.
public struct XMLTag: Sendable, Hashable {
    public var name: String
    public var attributes: [XMLAttribute]

    /// The name without its namespace prefix (`x:row` → `row`).
    public var localName: Substring { XMLTag.local(name) }

    /// The value of the attribute whose name, without prefix, is `local`.
    public func attribute(_ local: String) -> String? {
        attributes.first { XMLTag.local($0.name) == local }?.value
    }

    static func local(_ name: String) -> Substring {
        guard let colon = name.lastIndex(of: ":") else { return Substring(name) }
        return name[name.index(after: colon)...]
    }
}

/// Why an XML document could not be read; `message` says it in Vietnamese.
public enum XMLError: Error, Sendable, Hashable, CustomStringConvertible {
    case notUTF8(offset: Int)
    case tooLarge(size: Int, limit: Int)
    case tooDeep(limit: Int)
    case tooManyAttributes(limit: Int)
    /// A document type declaration: refused, so nothing is ever expanded or fetched.
    case doctype(offset: Int)
    case unknownEntity(String, offset: Int)
    case mismatchedTag(expected: String, found: String, offset: Int)
    case unexpectedEnd(open: String)
    case malformed(String, offset: Int)

    public var message: String {
        switch self {
        case .notUTF8(let offset): "phần XML không phải UTF-8 (byte \(offset))"
        case .tooLarge(let size, let limit): "phần XML có \(size) byte, vượt giới hạn \(limit) byte"
        case .tooDeep(let limit): "phần XML lồng nhau quá \(limit) tầng"
        case .tooManyAttributes(let limit): "một thẻ XML có quá \(limit) thuộc tính"
        case .doctype(let offset): "phần XML có khai báo DTD (<!DOCTYPE …>, byte \(offset)), không được hỗ trợ vì lý do an toàn"
        case .unknownEntity(let name, let offset): "tham chiếu ký tự không hợp lệ &\(name); (byte \(offset))"
        case .mismatchedTag(let expected, let found, let offset): "thẻ đóng </\(found)> không khớp thẻ mở <\(expected)> (byte \(offset))"
        case .unexpectedEnd(let open): open.isEmpty ? "phần XML trống hoặc bị cắt cụt" : "phần XML bị cắt cụt trong thẻ <\(open)>"
        case .malformed(let reason, let offset): "phần XML sai cú pháp: \(reason) (byte \(offset))"
        }
    }

    public var description: String { message }
}
