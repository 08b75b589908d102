/// A number as a report published it: its value and its exact text.
///
/// `187.390` and `187.386` keep three decimals on every page, and `26,25`
/// and `26.25` are the same number. A blank cell is not a number at all
/// ("not published"), which is never the same as zero.
public struct PublishedNumber: Sendable, Hashable {
    /// The numeric value.
    public var value: Double
    /// The digits as published, normalized to a dot separator (`187.390`).
    public var text: String
    /// 1-based line and column of the cell it came from (0 when synthetic).
    public var line: Int
    public var column: Int

    public init(value: Double, text: String, line: Int = 0, column: Int = 0) {
        self.value = value
        self.text = text
        self.line = line
        self.column = column
    }

    /// Parses `26,25`, `26.25`, `-3`, ` 40 ` and `187.390`. Returns nil for
    /// anything else: text, percentages, thousands separators, `NaN`,
    /// `inf`, exponents, and digits too many for a finite Double. (Bounds
    /// on the magnitude are the loaders' business: see `NumberBounds`.)
    public static func parse(_ raw: String, line: Int = 0, column: Int = 0) -> PublishedNumber? {
        if let fast = parsePlain(raw, line: line, column: column) { return fast }
        let trimmed = raw.trimmingASCIISpaces()
        guard !trimmed.isEmpty else { return nil }
        var bytes = Array(trimmed.utf8)
        var index = 0
        var sawDigit = false, sawSeparator = false
        if bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") { index = 1 }
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                sawDigit = true
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !sawSeparator, sawDigit else { return nil }
                sawSeparator = true
                bytes[index] = UInt8(ascii: ".")
            default:
                return nil
            }
            index += 1
        }
        guard sawDigit, bytes.last != UInt8(ascii: ".") else { return nil }
        if bytes[0] == UInt8(ascii: "+") { bytes.removeFirst() }
        let text = String(decoding: bytes, as: UTF8.self)
        // Hundreds of digits overflow to infinity: never a number.
        guard let value = Double(text), value.isFinite else { return nil }
        return PublishedNumber(value: value, text: text, line: line, column: column)
    }

    /// Powers of ten that a Double holds exactly.
    private static let exactPowersOfTen: [Double] = (0...22).map { e in (0..<e).reduce(1.0) { r, _ in r * 10 } }

    /// The common case, without allocating: a cell of digits with at most one
    /// `.` or `,`, an optional sign, and no spaces. Nil sends the cell down the
    /// general path, which accepts the same numbers and rejects the rest.
    ///
    /// With at most 15 significant digits and 22 decimals, the digits as a
    /// whole number and the power of ten are both exact in a Double, so one
    /// division gives the correctly rounded value, exactly what `Double(text)`
    /// (strtod) returns.
    private static func parsePlain(_ raw: String, line: Int, column: Int) -> PublishedNumber? {
        return raw.withUTF8Bytes { utf8 -> PublishedNumber? in
            guard let first = utf8.first else { return nil }
            var index = 0
            let negative = first == UInt8(ascii: "-")
            if negative || first == UInt8(ascii: "+") { index = 1 }
            var mantissa: UInt64 = 0
            var digits = 0, significant = 0, decimals = 0
            var separator: UInt8 = 0
            while index < utf8.count {
                let byte = utf8[index]
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    digits += 1
                    if separator != 0 { decimals += 1 }
                    if mantissa != 0 || byte != UInt8(ascii: "0") { significant += 1 }
                    guard significant <= 15 else { return nil }
                    mantissa = mantissa &* 10 &+ UInt64(byte &- UInt8(ascii: "0"))
                case UInt8(ascii: "."), UInt8(ascii: ","):
                    guard separator == 0, digits > 0 else { return nil }
                    separator = byte
                default:
                    return nil
                }
                index += 1
            }
            guard digits > 0, utf8.last != UInt8(ascii: "."), utf8.last != UInt8(ascii: ","), decimals <= 22 else { return nil }
            var value = Double(mantissa) / exactPowersOfTen[decimals]
            if negative { value = -value }
            let text: String
            if separator == UInt8(ascii: ",") || first == UInt8(ascii: "+") {
                text = String(decoding: utf8[(first == UInt8(ascii: "+") ? 1 : 0)...].map { $0 == UInt8(ascii: ",") ? UInt8(ascii: ".") : $0 }, as: UTF8.self)
            } else {
                text = String(decoding: utf8, as: UTF8.self)
            }
            return PublishedNumber(value: value, text: text, line: line, column: column)
        }
    }

    /// A number computed by dti (not published), formatted to `decimals` places.
    public static func computed(_ value: Double, decimals: Int) -> PublishedNumber {
        PublishedNumber(value: value, text: NumberFormat.data(value, decimals: decimals))
    }

    /// Decimal places as published (`187.390` → 3, `70` → 0).
    public var decimals: Int {
        guard let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
        return text.utf8.distance(from: dot, to: text.utf8.endIndex) - 1
    }

    /// The published text with a decimal comma, for display (`187,390`).
    public var display: String {
        return text.withUTF8Bytes { utf8 in
            guard utf8.contains(UInt8(ascii: ".")) else { return self.text }
            return String(unsafeUninitializedCapacity: utf8.count) { out in Self.writeDisplay(utf8, to: out.baseAddress!) }
        }
    }

    /// The published text with `separator` for its decimal point (`187.390`
    /// in English, `187,390` in Vietnamese).
    public func display(separator: UInt8) -> String {
        separator == NumberFormat.comma ? display : text
    }

    /// Writes published digits (`text`) with the decimal comma at `out`;
    /// returns the byte count, always that of the digits.
    static func writeDisplay(_ digits: UnsafeBufferPointer<UInt8>, to out: UnsafeMutablePointer<UInt8>,
                             separator: UInt8 = NumberFormat.comma) -> Int {
        for (i, byte) in digits.enumerated() { out[i] = byte == UInt8(ascii: ".") ? separator : byte }
        return digits.count
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingASCIISpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
