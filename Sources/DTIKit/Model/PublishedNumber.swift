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
    /// anything else: text, percentages, thousands separators.
    public static func parse(_ raw: String, line: Int = 0, column: Int = 0) -> PublishedNumber? {
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
        guard let value = Double(text) else { return nil }
        return PublishedNumber(value: value, text: text, line: line, column: column)
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
        String(decoding: text.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: ",") : $0 }, as: UTF8.self)
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
