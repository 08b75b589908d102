/// One cell of a CSV file, with where it starts.
public struct CSVCell: Sendable, Hashable {
    /// The text as written, with quotes removed and `""` unescaped.
    public var text: String
    /// 1-based line where the cell starts.
    public var line: Int
    /// 1-based column, in characters, where the cell starts.
    public var column: Int

    public init(text: String, line: Int, column: Int) {
        self.text = text
        self.line = line
        self.column = column
    }

    /// True when the cell holds nothing but whitespace.
    public var isBlank: Bool {
        // ASCII spaces and tabs decide almost every cell without Unicode tables.
        var ascii = true
        if text.containsUTF8(where: { byte in
            if byte >= 0x80 { ascii = false; return true }
            return !(byte == 0x20 || (0x09...0x0D).contains(byte))
        }) {
            return ascii ? false : text.allSatisfy(\.isWhitespace)
        }
        return true
    }
}

/// One record of a CSV file.
public struct CSVRow: Sendable, Hashable {
    public var cells: [CSVCell]
    /// 1-based line where the record starts.
    public var line: Int

    public var isBlank: Bool { cells.allSatisfy(\.isBlank) }
    public subscript(index: Int) -> CSVCell { cells[index] }
}

/// A parsed CSV file: the header row and the data rows.
public struct CSVTable: Sendable {
    public var header: CSVRow
    public var rows: [CSVRow]
    public var delimiter: UInt8
    public var encoding: TextDecoding.Encoding
}

/// Reads CSV as RFC 4180 describes it and as Excel really writes it.
///
/// - `,`, `;` or tab as the delimiter, detected from the header record;
/// - quoted fields holding delimiters, doubled quotes and line breaks;
/// - CRLF, LF or CR line ends; a trailing empty line is fine;
/// - UTF-8 with or without BOM and UTF-16 with BOM (see `TextDecoding`).
///
/// Every cell keeps its line and column. Blank records are skipped. A record
/// whose cell count differs from the header's is an error naming its line.
public struct CSVReader {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    private let delimiter: UInt8

    private static let quote = UInt8(ascii: "\"")
    private static let cr = UInt8(ascii: "\r")
    private static let lf = UInt8(ascii: "\n")

    init(bytes: [UInt8], delimiter: UInt8) {
        self.bytes = bytes
        self.delimiter = delimiter
    }

    /// Parses a whole file. `file` is used in the diagnostics only.
    public static func parse(_ data: [UInt8], file: String) throws(DiagnosticError) -> CSVTable {
        if let disguised = disguisedWorkbook(data, file: file) { throw DiagnosticError(disguised) }
        let decoded: (bytes: [UInt8], encoding: TextDecoding.Encoding)
        do {
            decoded = try TextDecoding.utf8(data)
        } catch {
            throw DiagnosticError(.error(SourceLocation(file: file, line: error.line), error.message,
                                         hint: "Trong Excel chọn Lưu thành → \"CSV UTF-8 (Comma delimited)\" rồi lưu lại.",
                                         kind: "encoding"))
        }
        let delimiter = detectDelimiter(decoded.bytes)
        var reader = CSVReader(bytes: decoded.bytes, delimiter: delimiter)
        var records: [CSVRow] = []
        var problems: [Diagnostic] = []
        while let record = reader.readRecord(file: file, problems: &problems) {
            if !record.isBlank { records.append(record) }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        guard let header = records.first else {
            throw DiagnosticError(.error(SourceLocation(file: file, line: 1), "tệp CSV trống, không có dòng tiêu đề",
                                         hint: "Dòng đầu tiên phải là tiêu đề các cột.", kind: "csv-empty"))
        }
        let rows = Array(records.dropFirst())
        let width = header.cells.count
        let ragged = rows.filter { $0.cells.count != width }
        if !ragged.isEmpty {
            throw DiagnosticError(ragged.map { row in
                if let diagnostic = unclosedQuote(in: row, width: width, file: file) { return diagnostic }
                let column = row.cells.count > width ? row.cells[width].column : (row.cells.last.map { $0.column } ?? 1)
                return .error(SourceLocation(file: file, line: row.line, column: column),
                              "dòng có \(row.cells.count) ô nhưng tiêu đề có \(width) cột",
                              hint: "Kiểm tra dấu phân cách hoặc dấu ngoặc kép trong dòng này; ô có dấu phẩy phải nằm trong \"…\".",
                              kind: "csv-ragged")
            })
        }
        return CSVTable(header: header, rows: rows, delimiter: delimiter, encoding: decoded.encoding)
    }

    /// A ragged row that holds a cell running over several lines is almost
    /// always a quote opened by mistake (`"Sở A,40`) and closed, much later,
    /// by the next quote in the file: said as such, at the opening quote,
    /// rather than as a row with the wrong number of cells.
    static func unclosedQuote(in row: CSVRow, width: Int, file: String) -> Diagnostic? {
        guard let cell = row.cells.first(where: { $0.text.utf8.contains(UInt8(ascii: "\n")) }) else { return nil }
        let endLine = cell.line + cell.text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        return .error(SourceLocation(file: file, line: cell.line, column: cell.column),
                      "dấu ngoặc kép mở từ dòng \(cell.line) không đóng trên dòng đó: ô kéo dài tới dòng \(endLine), nên dòng có \(row.cells.count) ô thay vì \(width) cột",
                      hint: "Thêm dấu \" đóng ô ngay trên dòng \(cell.line), hoặc bỏ dấu \" thừa; viết \"\" cho một dấu ngoặc kép trong ô.",
                      kind: "csv-quote")
    }

    /// A workbook saved under a `.csv` name (or renamed): an `.xlsx` is a ZIP
    /// archive (`PK\u{3}\u{4}`), an `.xls` an OLE2 compound file. Said as
    /// such, instead of as a text file in an unknown encoding.
    static func disguisedWorkbook(_ data: [UInt8], file: String) -> Diagnostic? {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04], ole: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        let stem = file.split(separator: "/").last.map { FileSystem.stem(of: String($0)) } ?? file
        if data.starts(with: zip) {
            return .error(SourceLocation(file: file), "tệp có đuôi .csv nhưng thực ra là sổ tính Excel (.xlsx)",
                          hint: "Đổi tên thành \(stem).xlsx, hoặc mở trong Excel và Lưu thành → \"CSV UTF-8 (phân tách bằng dấu phẩy)\".",
                          kind: "disguised-workbook")
        }
        if data.starts(with: ole) {
            return .error(SourceLocation(file: file), "tệp có đuôi .csv nhưng thực ra là sổ tính Excel đời cũ (.xls)",
                          hint: "Mở trong Excel và Lưu thành → \"CSV UTF-8 (phân tách bằng dấu phẩy)\" với tên \(stem).csv.",
                          kind: "disguised-workbook")
        }
        return nil
    }

    /// Picks the delimiter that occurs most often in the first record, outside
    /// quotes; ties prefer tab, then `;`, then `,`.
    static func detectDelimiter(_ bytes: [UInt8]) -> UInt8 {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes {
            if byte == quote { quoted.toggle(); continue }
            if quoted { continue }
            if byte == lf || byte == cr { break }
            if counts[byte] != nil { counts[byte]! += 1 }
        }
        let order: [UInt8] = [UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: ",")]
        var best = UInt8(ascii: ",")
        var bestCount = 0
        for candidate in order where counts[candidate]! > bestCount {
            best = candidate
            bestCount = counts[candidate]!
        }
        return best
    }

    // MARK: - Reading

    private var didReachEnd: Bool { index >= bytes.count }

    /// Reads `byte` if it is next, advancing; otherwise leaves the position as is.
    private mutating func read(_ byte: UInt8) -> Bool {
        guard !didReachEnd, bytes[index] == byte else { return false }
        advance()
        return true
    }

    /// Reads a line break (CRLF, LF or CR) if one is next.
    private mutating func readLineBreak() -> Bool {
        if read(Self.cr) {
            _ = read(Self.lf)
        } else if !read(Self.lf) {
            return false
        }
        line += 1
        column = 1
        return true
    }

    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        // Count characters, not bytes: UTF-8 continuation bytes add no column.
        if byte & 0xC0 != 0x80 { column += 1 }
    }

    private mutating func readRecord(file: String, problems: inout [Diagnostic]) -> CSVRow? {
        guard !didReachEnd else { return nil }
        let recordLine = line
        var cells: [CSVCell] = []
        while true {
            cells.append(readCell(file: file, problems: &problems))
            if read(delimiter) { continue }
            if readLineBreak() || didReachEnd { break }
        }
        return CSVRow(cells: cells, line: recordLine)
    }

    private mutating func readCell(file: String, problems: inout [Diagnostic]) -> CSVCell {
        let startLine = line, startColumn = column
        var text: [UInt8] = []
        if read(Self.quote) {
            while true {
                if didReachEnd {
                    problems.append(.error(SourceLocation(file: file, line: startLine, column: startColumn),
                                           "dấu ngoặc kép mở ở đây nhưng không bao giờ đóng",
                                           hint: "Thêm dấu \" đóng ô, hoặc viết \"\" cho một dấu ngoặc kép trong ô.",
                                           kind: "csv-quote"))
                    break
                }
                if read(Self.quote) {
                    if read(Self.quote) { text.append(Self.quote); continue }
                    break
                }
                if readLineBreak() { text.append(Self.lf); continue }
                text.append(bytes[index])
                advance()
            }
            // Excel never writes text after a closing quote; keep it if someone did.
            var trailing = false
            while !didReachEnd, bytes[index] != delimiter, bytes[index] != Self.cr, bytes[index] != Self.lf {
                text.append(bytes[index])
                advance()
                trailing = true
            }
            // …but a cell that ran over lines and then had text after its
            // "closing" quote is a stray quote that swallowed whole rows,
            // closed by chance by the opening quote of a later cell.
            if trailing && line > startLine {
                problems.append(.error(SourceLocation(file: file, line: startLine, column: startColumn),
                                       "dấu ngoặc kép mở từ dòng \(startLine) không đóng trên dòng đó: ô kéo dài tới dòng \(line) và nuốt mất các dòng ở giữa",
                                       hint: "Thêm dấu \" đóng ô ngay trên dòng \(startLine), hoặc bỏ dấu \" thừa; viết \"\" cho một dấu ngoặc kép trong ô.",
                                       kind: "csv-quote"))
            }
        } else {
            // Unquoted: the cell is a run of bytes, taken whole.
            let start = index
            var characters = 0
            bytes.withUnsafeBufferPointer { all in
                while index < all.count {
                    let byte = all[index]
                    if byte == delimiter || byte == Self.cr || byte == Self.lf { break }
                    if byte & 0xC0 != 0x80 { characters += 1 }
                    index += 1
                }
            }
            column += characters
            return CSVCell(text: String(decoding: bytes[start..<index], as: UTF8.self), line: startLine, column: startColumn)
        }
        return CSVCell(text: String(decoding: text, as: UTF8.self), line: startLine, column: startColumn)
    }
}
