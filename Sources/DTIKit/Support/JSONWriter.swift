/// Writes JSON straight into a byte buffer, keys in the order they are
/// written, so output is deterministic and never goes through `JSONEncoder`.
///
/// ```swift
/// var json = JSONWriter()
/// json.object { o in
///     o.key("name"); o.string("Sở Tư pháp")     // keys are compile-time constants
///     o.key("total"); o.number(206.45, decimals: 2)
/// }
/// ```
public struct JSONWriter {
    public var buffer = ByteBuffer(capacity: 4096)
    /// Bit `depth` is set once the container at that depth has a value, so
    /// the next one needs a comma (a bit stack: no array work per value).
    private var hasValue: UInt64 = 0
    private var depth = 0
    private var indent = 0
    private let pretty: Bool

    public init(pretty: Bool = false) { self.pretty = pretty }

    private mutating func separator() {
        let bit: UInt64 = 1 << UInt64(depth)
        if hasValue & bit != 0 { buffer.append(UInt8(ascii: ",")) }
        hasValue |= bit
        newline()
    }

    /// In pretty mode, a line break before a value inside a container.
    private mutating func newline() {
        guard pretty, depth > 0 else { return }
        lineBreak()
    }

    /// A line break and the indentation of the current depth.
    private mutating func lineBreak() {
        buffer.append(UInt8(ascii: "\n"))
        for _ in 0..<indent { buffer.append("  " as StaticString) }
    }

    private mutating func beginValue() {
        // A value directly after a key takes no separator.
        if afterKey { afterKey = false; return }
        separator()
    }
    private var afterKey = false

    public mutating func object(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        buffer.append(UInt8(ascii: "{"))
        enter()
        body(&self)
        let empty = leave()
        if !empty && pretty { lineBreak() }
        buffer.append(UInt8(ascii: "}"))
    }

    public mutating func array(_ body: (inout JSONWriter) -> Void) {
        beginValue()
        buffer.append(UInt8(ascii: "["))
        enter()
        body(&self)
        let empty = leave()
        if !empty && pretty { lineBreak() }
        buffer.append(UInt8(ascii: "]"))
    }

    private mutating func enter() {
        precondition(depth < 63, "JSON nested deeper than 63 levels")
        depth += 1; indent += 1
        hasValue &= ~(1 << UInt64(depth))
    }

    /// Closes the current container; true when it held no value.
    private mutating func leave() -> Bool {
        let empty = hasValue & (1 << UInt64(depth)) == 0
        depth -= 1; indent -= 1
        return empty
    }

    /// A key known at compile time (written as is: keys are plain ASCII).
    public mutating func key(_ name: StaticString) {
        // Compact output writes the comma with the key, in one write; pretty
        // output writes it, and the line break, first.
        let bit: UInt64 = 1 << UInt64(depth)
        let comma = hasValue & bit != 0 && !pretty
        if pretty { separator() } else { hasValue |= bit }
        let pretty = self.pretty
        buffer.appendUnsafe(maxCount: name.utf8CodeUnitCount + 5) { out in
            var n = 0
            if comma { out[0] = UInt8(ascii: ","); n = 1 }
            out[n] = UInt8(ascii: "\"")
            n += 1 + name.copyBytes(to: out + n + 1)
            out[n] = UInt8(ascii: "\""); out[n + 1] = UInt8(ascii: ":")
            n += 2
            if pretty { out[n] = UInt8(ascii: " "); n += 1 }
            return n
        }
        afterKey = true
    }

    /// A key computed from data (escaped like any string).
    public mutating func dynamicKey(_ name: String) {
        separator()
        appendString(name)
        buffer.append(pretty ? ": " as StaticString : ":" as StaticString)
        afterKey = true
    }

    public mutating func string(_ value: String) { beginValue(); appendString(value) }

    /// Two strings written as one (a base URL and a route), without first
    /// joining them into a new string.
    public mutating func string(_ first: String, _ second: String) {
        beginValue()
        buffer.append(UInt8(ascii: "\""))
        appendEscaped(first)
        appendEscaped(second)
        buffer.append(UInt8(ascii: "\""))
    }

    /// A string or `null`.
    public mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func integer(_ value: Int?) {
        beginValue()
        if let value { buffer.append(value) } else { buffer.append("null" as StaticString) }
    }

    /// A number with at most `decimals` places, or `null`.
    public mutating func number(_ value: Double?, decimals: Int = 4) {
        beginValue()
        guard let value, value.isFinite else { buffer.append("null" as StaticString); return }
        buffer.append(value, decimals: decimals)
    }

    /// A published number exactly as published (its digits, dot separator), or `null`.
    public mutating func published(_ value: PublishedNumber?) { published(digits: value?.text) }

    /// A published number's digits (`PublishedNumber.text`), or `null`; for
    /// loops that read the number in place rather than copy it out.
    public mutating func published(digits: String?) {
        beginValue()
        if let digits { buffer.append(digits) } else { buffer.append("null" as StaticString) }
    }

    public mutating func bool(_ value: Bool) { beginValue(); buffer.append(value ? "true" as StaticString : "false" as StaticString) }
    public mutating func null() { beginValue(); buffer.append("null" as StaticString) }

    /// `"value"`, escaped in one pass over its UTF-8 (at most six bytes out per byte in).
    private mutating func appendString(_ value: String) {
        appendEscaped(value, quoted: true)
    }

    /// The bytes of `value` with JSON's escapes, in quotes when `quoted`
    /// (one write for the quotes and the text).
    private mutating func appendEscaped(_ value: String, quoted: Bool = false) {
        value.withUTF8Bytes { utf8 in
            buffer.appendUnsafe(maxCount: utf8.count * 6 + 2) { out in
                var n = 0
                if quoted { out[0] = UInt8(ascii: "\""); n = 1 }
                // What comes before the first byte to escape is copied whole.
                let clean = ByteScan.firstJSONSpecial(utf8)
                if let base = utf8.baseAddress { SmallCopy.copy(base, to: out + n, count: clean) }
                n += clean
                // Control characters, C0, DEL and C1 alike, are escaped as
                // `\u00XX` (C1 is `C2 80`–`C2 9F` in UTF-8): never raw.
                var i = clean
                while i < utf8.count {
                    let byte = utf8[i]
                    i &+= 1
                    if !ByteScan.isJSONSpecial(byte) {
                        out[n] = byte
                        n &+= 1
                        continue
                    }
                    if byte == 0xC2 {
                        guard i < utf8.count, utf8[i] >= 0x80, utf8[i] <= 0x9F else {
                            out[n] = byte   // the lead byte of an ordinary character
                            n &+= 1
                            continue
                        }
                        let hex: StaticString = "0123456789abcdef"
                        n &+= ("\\u00" as StaticString).copyBytes(to: out + n)
                        out[n] = hex.utf8Start[Int(utf8[i] >> 4)]; out[n + 1] = hex.utf8Start[Int(utf8[i] & 0xF)]
                        n &+= 2
                        i &+= 1
                        continue
                    }
                    let escape: StaticString
                    switch byte {
                    case UInt8(ascii: "\""): escape = "\\\""
                    case UInt8(ascii: "\\"): escape = "\\\\"
                    case 0x0A: escape = "\\n"
                    case 0x0D: escape = "\\r"
                    case 0x09: escape = "\\t"
                    case UInt8(ascii: "<"): escape = "\\u003c"   // safe to embed in HTML
                    default:
                        let hex: StaticString = "0123456789abcdef"
                        n &+= ("\\u00" as StaticString).copyBytes(to: out + n)
                        out[n] = hex.utf8Start[Int(byte >> 4)]; out[n + 1] = hex.utf8Start[Int(byte & 0xF)]
                        n &+= 2
                        continue
                    }
                    n &+= escape.copyBytes(to: out + n)
                }
                if quoted { out[n] = UInt8(ascii: "\""); n &+= 1 }
                return n
            }
        }
    }

    /// The finished document, with a final newline.
    public mutating func finish() -> [UInt8] {
        buffer.append(UInt8(ascii: "\n"))
        return buffer.bytes
    }
}
