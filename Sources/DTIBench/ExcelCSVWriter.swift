import DTIKit
/// Writes CSV the way Excel saves it, in one of the two dialects offices send:
///
/// - "CSV UTF-8 (Comma delimited)" on an English-locale Windows: `,` between
///   cells, decimal dot;
/// - the same on a Vietnamese-locale Windows: `;` between cells, decimal comma.
///
/// Both start with a UTF-8 byte order mark and end lines with CRLF. A cell is
/// quoted only when it holds the delimiter, a quote or a line break, and
/// numbers are written as Excel's General format shows them: no trailing
/// zeros (`26.5`, `40`), no thousands separators.
public struct ExcelCSVWriter: Sendable {
    public enum Dialect: Sendable, Hashable {
        /// `,` and decimal dot.
        case comma
        /// `;` and decimal comma.
        case semicolon

        public var delimiter: UInt8 { self == .comma ? UInt8(ascii: ",") : UInt8(ascii: ";") }
        public var decimal: UInt8 { self == .comma ? UInt8(ascii: ".") : UInt8(ascii: ",") }
    }

    public let dialect: Dialect
    public private(set) var buffer: ByteBuffer
    private var cellsInLine = 0

    /// A writer that has already written the byte order mark.
    public init(dialect: Dialect, capacity: Int = 16 * 1024) {
        self.dialect = dialect
        buffer = ByteBuffer(capacity: capacity)
        buffer.append(contentsOf: [0xEF, 0xBB, 0xBF])
    }

    /// The bytes written so far.
    public var bytes: [UInt8] { buffer.bytes }

    private mutating func separate() {
        if cellsInLine > 0 { buffer.append(dialect.delimiter) }
        cellsInLine += 1
    }

    /// A text cell, quoted when it has to be.
    public mutating func text(_ value: String) {
        separate()
        let delimiter = dialect.delimiter
        let needsQuotes = value.utf8.contains { $0 == delimiter || $0 == UInt8(ascii: "\"") || $0 == UInt8(10) || $0 == UInt8(13) }
        guard needsQuotes else { buffer.append(value); return }
        buffer.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            if byte == UInt8(ascii: "\"") { buffer.append(byte) }
            buffer.append(byte)
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// A whole number cell.
    public mutating func integer(_ value: Int) {
        separate()
        buffer.append(value)
    }

    /// A decimal cell from a fixed-point value: `fixed(2650, places: 2)` is `26.5`.
    public mutating func fixed(_ value: Int, places: Int) {
        separate()
        if value < 0 { buffer.append(UInt8(ascii: "-")) }
        var divisor = 1
        for _ in 0..<places { divisor *= 10 }
        let magnitude = abs(value)
        buffer.append(magnitude / divisor)
        var fraction = magnitude % divisor
        guard fraction != 0 else { return }
        var width = places
        while fraction % 10 == 0 { fraction /= 10; width -= 1 }
        buffer.append(dialect.decimal)
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        for position in stride(from: width - 1, through: 0, by: -1) {
            digits[position] = UInt8(ascii: "0") + UInt8(fraction % 10)
            fraction /= 10
        }
        buffer.append(contentsOf: digits)
    }

    /// Points kept in hundredths: `cents(2650)` is `26.5` (or `26,5`).
    public mutating func cents(_ value: Int) { fixed(value, places: 2) }

    /// Ends the line with CRLF.
    public mutating func endLine() {
        buffer.append(UInt8(13))
        buffer.append(UInt8(10))
        cellsInLine = 0
    }
}
