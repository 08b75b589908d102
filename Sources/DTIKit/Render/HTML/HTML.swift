/// Markup that is trusted as is: the theme's layout, or HTML that dti
/// generated itself. It is a separate type so that text can never become
/// markup by accident: every `String` given to `HTML` is escaped.
public struct RawHTML: Sendable, Hashable {
    public let bytes: [UInt8]

    /// Wraps markup that is known to be safe. Never call this with data.
    public init(trusted markup: String) { bytes = Array(markup.utf8) }
    public init(trusted bytes: [UInt8]) { self.bytes = bytes }
}

/// An element name. Names are compile-time constants, so data can never
/// choose which element is written.
public struct Tag: Sendable {
    public let name: StaticString
    public init(_ name: StaticString) { self.name = name }

    public static let a = Tag("a"), abbr = Tag("abbr"), article = Tag("article"), aside = Tag("aside"), b = Tag("b")
    public static let body = Tag("body"), br = Tag("br"), button = Tag("button"), caption = Tag("caption")
    public static let dd = Tag("dd"), details = Tag("details"), div = Tag("div"), dl = Tag("dl"), dt = Tag("dt")
    public static let em = Tag("em"), figcaption = Tag("figcaption"), figure = Tag("figure"), footer = Tag("footer")
    public static let form = Tag("form"), h1 = Tag("h1"), h2 = Tag("h2"), h3 = Tag("h3"), h4 = Tag("h4")
    public static let head = Tag("head"), header = Tag("header"), html = Tag("html"), img = Tag("img"), input = Tag("input")
    public static let label = Tag("label"), li = Tag("li"), link = Tag("link"), main = Tag("main"), meta = Tag("meta")
    public static let nav = Tag("nav"), noscript = Tag("noscript"), ol = Tag("ol"), option = Tag("option"), p = Tag("p")
    public static let script = Tag("script"), section = Tag("section"), select = Tag("select"), small = Tag("small")
    public static let span = Tag("span"), strong = Tag("strong"), summary = Tag("summary"), table = Tag("table")
    public static let tbody = Tag("tbody"), td = Tag("td"), tfoot = Tag("tfoot"), th = Tag("th"), thead = Tag("thead")
    public static let time = Tag("time"), title = Tag("title"), tr = Tag("tr"), ul = Tag("ul"), data = Tag("data")
    public static let datalist = Tag("datalist"), output = Tag("output"), mark = Tag("mark"), code = Tag("code")
    public static let pre = Tag("pre"), style = Tag("style")
    // SVG
    public static let svg = Tag("svg"), g = Tag("g"), rect = Tag("rect"), line = Tag("line"), circle = Tag("circle")
    public static let path = Tag("path"), polygon = Tag("polygon"), polyline = Tag("polyline"), text = Tag("text")
    public static let desc = Tag("desc"), tspan = Tag("tspan")
}

/// An attribute. The name is a compile-time constant; the value is always
/// escaped, including `"` and `'`.
public struct Attribute: Sendable {
    public enum Value: Sendable {
        case text(String)
        /// Bytes built by a writer (SVG path data), escaped like text but
        /// without first becoming a `String`.
        case bytes(ByteBuffer)
        case number(Double)
        case integer(Int)
        case flag
    }

    public let name: StaticString
    public let value: Value

    public init(_ name: StaticString, _ value: String) { self.name = name; self.value = .text(value) }
    public init(_ name: StaticString, escaping bytes: ByteBuffer) { self.name = name; self.value = .bytes(bytes) }
    public init(_ name: StaticString, number: Double) { self.name = name; self.value = .number(number) }
    public init(_ name: StaticString, integer: Int) { self.name = name; self.value = .integer(integer) }
    public init(flag name: StaticString) { self.name = name; self.value = .flag }

    public static func `class`(_ value: String) -> Attribute { Attribute("class", value) }
    public static func id(_ value: String) -> Attribute { Attribute("id", value) }
    /// A link target. Only relative links, fragments and http(s)/mailto URLs
    /// are written; anything else (such as `javascript:`) becomes `#`.
    public static func href(_ value: String) -> Attribute { Attribute("href", SafeURL.isAllowedInPage(value) ? value : "#") }
    public static func src(_ value: String) -> Attribute { Attribute("src", SafeURL.isAllowedInPage(value) ? value : "#") }
    public static func lang(_ value: String) -> Attribute { Attribute("lang", value) }
    public static func role(_ value: String) -> Attribute { Attribute("role", value) }
    public static func ariaLabel(_ value: String) -> Attribute { Attribute("aria-label", value) }
    public static func ariaLabelledBy(_ value: String) -> Attribute { Attribute("aria-labelledby", value) }
    public static func style(_ value: String) -> Attribute { Attribute("style", value) }
    public static func title(_ value: String) -> Attribute { Attribute("title", value) }
    public static func scope(_ value: String) -> Attribute { Attribute("scope", value) }
}

/// Writes HTML (and inline SVG) straight into a byte buffer.
///
/// Typed like Plot: elements by `Tag`, attributes by `Attribute`, text as
/// `String` (always escaped) and markup only as `RawHTML`. Unlike a node tree
/// it allocates nothing per element, and `element(_:_:_:)` closes every
/// element it opens, so output is always balanced.
public struct HTML {
    public var buffer: ByteBuffer
    /// The interface words of the page being written, in its language: the
    /// page shell sets them from the edition, and helpers that write into the
    /// page ask them for their words (`html.words[.notPublished]`).
    public var words: Catalogue { didSet { decimalSeparator = words.language.separatorByte } }
    /// The decimal separator numbers are written with: `,` (Vietnamese),
    /// `.` (English), from `words`.
    public private(set) var decimalSeparator: UInt8

    /// An empty page or fragment; `words` defaults to the built-in Vietnamese ones.
    public init(capacity: Int = 16_384, words: Catalogue = .builtInVietnamese) {
        buffer = ByteBuffer(capacity: capacity)
        self.words = words
        decimalSeparator = words.language.separatorByte
    }

    /// `<tag attrs>…</tag>`, with the body written by `content`.
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, _ e: Attribute,
                                 _ more: Attribute..., content: (inout HTML) -> Void) {
        open(tag, [a, b, c, d, e] + more)
        content(&self)
        close(tag)
    }

    /// `<tag attrs>text</tag>`, the text escaped.
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, _ e: Attribute,
                                 _ more: Attribute..., text: String) {
        open(tag, [a, b, c, d, e] + more)
        self.text(text)
        close(tag)
    }

    /// A void element: `<img …>`, `<meta …>`, `<br>`; or a self-closed SVG
    /// element such as `<rect …/>` when `selfClosing` is true.
    public mutating func void(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, _ e: Attribute,
                              _ f: Attribute, _ g: Attribute, _ more: Attribute..., selfClosing: Bool = false) {
        open(tag, [a, b, c, d, e, f, g] + more, end: selfClosing ? "/>" : ">")
    }

    public mutating func void(_ tag: Tag, _ a: Attribute, selfClosing: Bool = false) {
        openStart(tag); write(a); buffer.append(selfClosing ? "/>" as StaticString : ">" as StaticString)
    }

    // Fixed-arity forms of the above for the common cases: the compiler picks
    // them over the variadic ones, and they build no array per element.

    public mutating func element(_ tag: Tag, content: (inout HTML) -> Void) {
        openStart(tag); buffer.append(UInt8(ascii: ">")); content(&self); close(tag)
    }
    public mutating func element(_ tag: Tag, _ a: Attribute, content: (inout HTML) -> Void) {
        openStart(tag); write(a); buffer.append(UInt8(ascii: ">")); content(&self); close(tag)
    }
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, content: (inout HTML) -> Void) {
        openStart(tag); write(a); write(b); buffer.append(UInt8(ascii: ">")); content(&self); close(tag)
    }
    public mutating func element(_ tag: Tag, text: String) {
        openStart(tag); buffer.append(UInt8(ascii: ">")); self.text(text); close(tag)
    }
    public mutating func element(_ tag: Tag, _ a: Attribute, text: String) {
        openStart(tag); write(a); buffer.append(UInt8(ascii: ">")); self.text(text); close(tag)
    }
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, text: String) {
        openStart(tag); write(a); write(b); buffer.append(UInt8(ascii: ">")); self.text(text); close(tag)
    }
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, text: String) {
        openStart(tag); write(a); write(b); write(c); buffer.append(UInt8(ascii: ">")); self.text(text); close(tag)
    }
    public mutating func void(_ tag: Tag, _ a: Attribute, _ b: Attribute, selfClosing: Bool = false) {
        openStart(tag); write(a); write(b); buffer.append(selfClosing ? "/>" as StaticString : ">" as StaticString)
    }
    public mutating func void(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, selfClosing: Bool = false) {
        openStart(tag); write(a); write(b); write(c); buffer.append(selfClosing ? "/>" as StaticString : ">" as StaticString)
    }
    // Chart labels (x, y, anchor, class), markers and grid lines have three
    // to six attributes: without these, each built an array of them.
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, content: (inout HTML) -> Void) {
        openStart(tag); write(a); write(b); write(c); buffer.append(UInt8(ascii: ">")); content(&self); close(tag)
    }
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, content: (inout HTML) -> Void) {
        openStart(tag); write(a); write(b); write(c); write(d); buffer.append(UInt8(ascii: ">")); content(&self); close(tag)
    }
    public mutating func element(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, text: String) {
        openStart(tag); write(a); write(b); write(c); write(d); buffer.append(UInt8(ascii: ">")); self.text(text); close(tag)
    }
    public mutating func void(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, selfClosing: Bool = false) {
        openStart(tag); write(a); write(b); write(c); write(d); buffer.append(selfClosing ? "/>" as StaticString : ">" as StaticString)
    }
    public mutating func void(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, _ e: Attribute,
                              selfClosing: Bool = false) {
        openStart(tag); write(a); write(b); write(c); write(d); write(e)
        buffer.append(selfClosing ? "/>" as StaticString : ">" as StaticString)
    }
    public mutating func void(_ tag: Tag, _ a: Attribute, _ b: Attribute, _ c: Attribute, _ d: Attribute, _ e: Attribute,
                              _ f: Attribute, selfClosing: Bool = false) {
        openStart(tag); write(a); write(b); write(c); write(d); write(e); write(f)
        buffer.append(selfClosing ? "/>" as StaticString : ">" as StaticString)
    }

    /// Escaped text: `&`, `<`, `>`, `"` and `'` become entities.
    public mutating func text(_ string: String) {
        HTML.escape(string, into: &buffer)
    }

    /// A word of the page's catalogue with its placeholders filled, escaped:
    /// `html.text(.rankOf, ["rank": "13", "count": "19"])` writes `Hạng 13/19`
    /// piece by piece, with no string made for the whole.
    public mutating func text(_ word: Word, _ values: KeyValuePairs<String, String>) {
        let words = self.words
        words.forEachPiece(of: word, values) { HTML.escape($0, into: &buffer) }
    }

    /// A word of the page's catalogue with markup at some of its placeholders:
    /// `html.sentence(.embedCardCode, elements: ["preview": { $0.element(.a, …) }])`.
    /// The sentence stays one catalogue text that each language orders its
    /// own way; a placeholder a theme's wording drops is simply not written.
    public mutating func sentence(_ word: Word, _ values: KeyValuePairs<String, String> = [:],
                                  elements: [String: (inout HTML) -> Void]) {
        let words = self.words
        words.forEachPiece(of: word, values, slots: Set(elements.keys)) { piece in
            switch piece {
            case .text(let text): HTML.escape(text, into: &buffer)
            case .slot(let name): elements[name]?(&self)
            }
        }
    }

    /// A whole number in text.
    public mutating func integer(_ value: Int) { buffer.append(value) }

    /// A number in text, rounded to `decimals`, with the page's decimal separator.
    public mutating func number(_ value: Double, decimals: Int = 2, fixed: Bool = false) {
        buffer.append(value, decimals: decimals, fixed: fixed, separator: decimalSeparator)
    }

    /// A published number as published, with a decimal comma (`187,390`),
    /// written without first becoming a display string. Its text is digits,
    /// a sign and one separator, so it needs no escaping.
    public mutating func published(_ number: PublishedNumber) { published(digits: number.text) }

    /// The digits of a published number (`PublishedNumber.text`) with a decimal comma.
    public mutating func published(digits: String) {
        digits.withUTF8Bytes { utf8 in
            let separator = decimalSeparator
            buffer.appendUnsafe(maxCount: utf8.count) { out in PublishedNumber.writeDisplay(utf8, to: out, separator: separator) }
        }
    }

    /// Trusted markup, written unchanged.
    public mutating func raw(_ html: RawHTML) { buffer.append(contentsOf: html.bytes) }

    /// Markup produced by dti itself from compile-time constants.
    public mutating func raw(_ constant: StaticString) { buffer.append(constant) }

    private mutating func open(_ tag: Tag, _ attributes: [Attribute], end: StaticString = ">") {
        openStart(tag)
        for attribute in attributes { write(attribute) }
        buffer.append(end)
    }

    @inline(__always)
    private mutating func openStart(_ tag: Tag) {
        buffer.appendUnsafe(maxCount: 1 + tag.name.utf8CodeUnitCount) { out in
            out[0] = UInt8(ascii: "<")
            return 1 + tag.name.copyBytes(to: out + 1)
        }
    }

    /// ` name="value"`, the value escaped; a flag is just ` name`.
    private mutating func write(_ attribute: Attribute) {
        let name = attribute.name
        // Text first and on its own: bound inside the `switch`, the string
        // was retained for the call (an atomic increment per attribute).
        if case .text(let value) = attribute.value {
            value.withUTF8Bytes { writeEscaped(name, $0) }
            return
        }
        switch attribute.value {
        case .flag:
            buffer.appendUnsafe(maxCount: 1 + name.utf8CodeUnitCount) { out in
                out[0] = UInt8(ascii: " ")
                return 1 + name.copyBytes(to: out + 1)
            }
        case .text:
            break
        case .bytes(let value):
            value.withUnsafeBytes { writeEscaped(name, $0) }
        case .number(let value):
            attributeStart(name)
            buffer.appendCoordinate(value)
            buffer.append(UInt8(ascii: "\""))
        case .integer(let value):
            attributeStart(name)
            buffer.append(value)
            buffer.append(UInt8(ascii: "\""))
        }
    }

    /// ` name="value"` with the value's bytes escaped.
    private mutating func writeEscaped(_ name: StaticString, _ utf8: UnsafeBufferPointer<UInt8>) {
        buffer.appendUnsafe(maxCount: name.utf8CodeUnitCount + 4 + utf8.count * HTML.longestEntity) { out in
            out[0] = UInt8(ascii: " ")
            var n = 1 + name.copyBytes(to: out + 1)
            out[n] = UInt8(ascii: "="); out[n + 1] = UInt8(ascii: "\"")
            n += 2
            n += HTML.escape(utf8, to: out + n)
            out[n] = UInt8(ascii: "\"")
            return n + 1
        }
    }

    /// ` name="`
    private mutating func attributeStart(_ name: StaticString) {
        buffer.appendUnsafe(maxCount: name.utf8CodeUnitCount + 3) { out in
            out[0] = UInt8(ascii: " ")
            let n = 1 + name.copyBytes(to: out + 1)
            out[n] = UInt8(ascii: "="); out[n + 1] = UInt8(ascii: "\"")
            return n + 2
        }
    }

    private mutating func close(_ tag: Tag) {
        buffer.appendUnsafe(maxCount: 3 + tag.name.utf8CodeUnitCount) { out in
            out[0] = UInt8(ascii: "<"); out[1] = UInt8(ascii: "/")
            let n = 2 + tag.name.copyBytes(to: out + 2)
            out[n] = UInt8(ascii: ">")
            return n + 1
        }
    }

    /// The longest replacement `escape` writes for one byte (`&quot;`).
    static let longestEntity = 6

    /// Appends `string` with the five HTML special characters escaped.
    public static func escape(_ string: String, into buffer: inout ByteBuffer) {
        string.withUTF8Bytes { utf8 in
            buffer.appendUnsafe(maxCount: utf8.count * longestEntity) { out in escape(utf8, to: out) }
        }
    }

    /// Writes `utf8` to `out` with `&`, `<`, `>`, `"` and `'` replaced by
    /// entities; returns the byte count (at most `longestEntity` per byte).
    /// Control characters (C0 but tab, line feed and carriage return; DEL;
    /// C1) and the noncharacters U+FFFE and U+FFFF are dropped: they are
    /// errors in HTML and make XML (the feed, the sitemap) invalid, and
    /// they are never meant as text (see `ControlCharacters`).
    @inline(__always)
    static func escape(_ utf8: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>) -> Int {
        // Most text has nothing to escape: what comes before the first special byte is copied whole.
        guard let base = utf8.baseAddress else { return 0 }
        let count = utf8.count
        let clean = ByteScan.firstHTMLSpecial(utf8)
        SmallCopy.copy(base, to: out, count: clean)
        var n = clean
        var i = clean
        while i < count {
            let byte = base[i]
            i &+= 1
            guard ByteScan.isHTMLSpecial(byte) else {
                out[n] = byte
                n &+= 1
                continue
            }
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            case 0x09, 0x0A, 0x0D:
                out[n] = byte
                n &+= 1
                continue
            case 0xC2 where i < count && base[i] >= 0x80 && base[i] <= 0x9F:
                i &+= 1          // a C1 control: dropped
                continue
            case 0xEF where i + 1 < count && base[i] == 0xBF && base[i + 1] >= 0xBE:
                i &+= 2          // U+FFFE or U+FFFF: dropped
                continue
            case 0xC2, 0xEF:
                out[n] = byte    // the lead byte of an ordinary letter
                n &+= 1
                continue
            default:
                continue         // C0 or DEL: dropped
            }
            n &+= entity.copyBytes(to: out + n)
        }
        return n
    }

    /// `string` escaped, as a new string (for tests and small values).
    public static func escaped(_ string: String) -> String {
        var buffer = ByteBuffer(capacity: string.utf8.count + 16)
        escape(string, into: &buffer)
        return buffer.string
    }

    /// The markup written so far.
    public var string: String { buffer.string }
}
