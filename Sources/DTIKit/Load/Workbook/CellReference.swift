/// A cell's address in a worksheet: `F14` is row 14, column 6.
///
/// Rows and columns are 1-based, as Excel numbers them; columns run from
/// `A` to `XFD` (16 384) and rows to 1 048 576, Excel's own limits, so a
/// reference in a hostile file can never be used to size anything larger.
public struct CellReference: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var row: Int
    public var column: Int

    /// Excel's largest sheet.
    public static let maxRow = 1_048_576
    public static let maxColumn = 16_384

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// Parses `F14` (letters in either case, then digits; `$` marks allowed).
    public init?(_ text: some StringProtocol) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                column = column * 26 + Int((byte | 0x20) - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7, !(digits == 0 && byte == UInt8(ascii: "0")) else { return nil }
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
        }
        guard digits > 0, column <= Self.maxColumn, row <= Self.maxRow else { return nil }
        self.init(row: row, column: column)
    }

    /// `A`, `Z`, `AA`, … for a 1-based column number.
    public static func columnName(_ column: Int) -> String {
        var n = max(column, 1)
        var letters: [UInt8] = []
        while n > 0 {
            n -= 1
            letters.append(UInt8(ascii: "A") + UInt8(n % 26))
            n /= 26
        }
        return String(decoding: letters.reversed(), as: UTF8.self)
    }

    /// `F14`.
    public var description: String { Self.columnName(column) + String(row) }

    /// Row-major order, as a sheet is read.
    public static func < (a: CellReference, b: CellReference) -> Bool { (a.row, a.column) < (b.row, b.column) }
}

/// A rectangle of cells: `A5:P40`, or a single cell `B3`.
public struct CellRange: Sendable, Hashable, CustomStringConvertible {
    public var first: CellReference
    public var last: CellReference

    public init(first: CellReference, last: CellReference) {
        self.first = CellReference(row: min(first.row, last.row), column: min(first.column, last.column))
        self.last = CellReference(row: max(first.row, last.row), column: max(first.column, last.column))
    }

    /// Parses `A5:P40` or `B3`; corners in either order (`P40:A5` is the same range).
    public init?(_ text: some StringProtocol) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count <= 2, let first = CellReference(parts[0]) else { return nil }
        guard let last = parts.count == 2 ? CellReference(parts[1]) : first else { return nil }
        self.init(first: first, last: last)
    }

    public func contains(row: Int, column: Int) -> Bool {
        row >= first.row && row <= last.row && column >= first.column && column <= last.column
    }

    public var rows: Int { last.row - first.row + 1 }
    public var columns: Int { last.column - first.column + 1 }

    public var description: String { first == last ? first.description : "\(first):\(last)" }
}
