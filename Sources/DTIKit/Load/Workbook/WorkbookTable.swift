/// A table read from a workbook, in the form the CSV loaders take.
struct WorkbookTable: Sendable {
    /// Cells as CSV cells: `line` is the worksheet row, `column` the column
    /// number, so a location with `sheet` prints as `Sheet1!F14`.
    var table: CSVTable
    /// The sheet read, as the workbook names it.
    var sheet: String
    /// The last row of the header (the second of a two-line header).
    var headerLastRow: Int
}

/// Reads the table of a worksheet the way an office lays out a published
/// appendix, into a `CSVTable`, so that the ranking and framework loaders
/// check a workbook exactly as they check a CSV file.
///
/// - The table is the first sheet Excel shows, or `sheet = …`; within
///   `range = A5:P40` when given, else the whole sheet.
/// - The header is the first row with content. When it is a title (one
///   cell alone), the read stops with the `range` that would skip it.
/// - A header over two rows, as appendices merge them (`STT` merged down
///   over rows 5–6, `Điểm các chỉ số` merged across over the index names
///   on row 6), is read as one row: each column takes the lower text when
///   there is one, else the upper; under a merged heading, `Điểm` means
///   the heading itself and `Xếp hạng` becomes `Xếp hạng <heading>`.
///   Headers over three rows or more are refused with the fix.
/// - Below, every row with content is a record; columns end at the last
///   header. A value merged down over several rows (a district beside its
///   communes) counts for each of them. A row that is one merged cell
///   across (`I. Khối sở`) is refused: such a sheet holds several tables.
/// - A cell the table uses must have a value: an error value (`#N/A`) or a
///   formula saved without its result is an error naming the cell.
enum WorkbookTableReader {
    static func read(_ data: [UInt8], file: String, sheet name: String?, range: CellRange?,
                     limits: WorkbookLimits = .default) throws(DiagnosticError) -> WorkbookTable {
        let workbook: Workbook, sheet: Workbook.Sheet, cells: Worksheet
        do {
            workbook = try Workbook(bytes: data, limits: limits)
            sheet = try workbook.sheet(named: name)
            cells = try Worksheet.read(sheet, of: workbook, keep: range)
        } catch {
            throw DiagnosticError(.error(SourceLocation(file: file), error.message, hint: error.hint, kind: "workbook"))
        }
        let at = { (row: Int, column: Int?) in SourceLocation(file: file, line: row, column: column, sheet: sheet.name) }
        let layout = SheetLayout(cells: cells)

        guard let headerRow = cells.rows.first(where: { layout.hasContent(row: $0) }) else {
            throw DiagnosticError(.error(SourceLocation(file: file, sheet: sheet.name),
                                         range.map { "vùng \($0) của trang tính trống" } ?? "trang tính trống, không có bảng",
                                         hint: "Kiểm tra khoá `sheet` và `range` trong tệp .conf.", kind: "workbook-empty"))
        }
        let headerColumns = layout.contentColumns(row: headerRow)
        if headerColumns.count == 1 {
            let suggestion = layout.suggestedRange(after: headerRow).map { "Thêm `range = \($0)` vào tệp .conf để bỏ qua các dòng tiêu đề phía trên bảng." }
            throw DiagnosticError(.error(at(headerRow, headerColumns[0]),
                                         "dòng đầu tiên có nội dung chỉ có một ô (`\(layout.text(row: headerRow, column: headerColumns[0]).normalizedText)`): có vẻ là tên phụ lục, không phải dòng tiêu đề cột",
                                         hint: suggestion ?? "Thêm `range = <ô đầu>:<ô cuối>` (ví dụ A5:P40) vào tệp .conf để chỉ đọc phần bảng.",
                                         kind: "workbook-title-row"))
        }
        if let tall = layout.merges.first(where: { $0.first.row == headerRow && $0.rows > 2 }) {
            throw DiagnosticError(.error(at(headerRow, tall.first.column), "tiêu đề cột gộp ô qua \(tall.rows) dòng (\(tall)); dti đọc tiêu đề một hoặc hai dòng",
                                         hint: "Ghi lại tiêu đề trong một dòng (hoặc hai dòng), mỗi cột một tên như trong Content/README.md, rồi chỉ định `range` bắt đầu từ dòng đó.",
                                         kind: "workbook-header-rows"))
        }
        let twoLines = layout.isTwoLineHeader(row: headerRow)
        let lastHeaderRow = twoLines ? headerRow + 1 : headerRow
        let firstColumn = range?.first.column ?? 1
        let lastColumn = max(headerColumns.last ?? firstColumn, twoLines ? (layout.contentColumns(row: headerRow + 1).last ?? 0) : 0)
        // Cells far apart would make a grid of mostly blanks: a table has
        // at most a few hundred columns, and its grid stays within the cell cap.
        let width = lastColumn - firstColumn + 1
        let dataRows = cells.rows.filter { $0 > lastHeaderRow }.count
        guard width <= 1_000, width * (dataRows + 1) <= limits.maxCells else {
            throw DiagnosticError(.error(at(headerRow, lastColumn), "bảng trải từ cột \(CellReference.columnName(firstColumn)) đến cột \(CellReference.columnName(lastColumn)) qua \(dataRows) dòng, quá lớn",
                                         hint: "Xoá các ô thừa ở xa bảng, hoặc giới hạn vùng đọc bằng `range = A5:P40`.", kind: "workbook-too-large"))
        }
        var headerCells: [CSVCell] = []
        for column in firstColumn...max(firstColumn, lastColumn) {
            let (text, row) = twoLines ? layout.twoLineHeader(row: headerRow, column: column) : (layout.text(row: headerRow, column: column), headerRow)
            headerCells.append(CSVCell(text: text, line: row, column: column))
        }

        let lastRow = cells.rows.last { layout.hasContent(row: $0) } ?? lastHeaderRow
        var problems: [Diagnostic] = []
        var rows: [CSVRow] = []
        for row in cells.rows where row > lastHeaderRow && layout.hasContent(row: row) {
            if let banner = layout.banner(row: row) {
                problems.append(.error(at(row, banner.first.column),
                                       "dòng là một ô gộp ngang (\(banner)): `\(layout.text(row: row, column: banner.first.column).normalizedText)`; có vẻ là tiêu đề một nhóm trong bảng",
                                       hint: "Mỗi bảng xếp hạng một nhóm đơn vị: tách từng nhóm ra một trang tính (hoặc dùng `range` cho từng phần), rồi khai báo mỗi bảng một cặp tệp.",
                                       kind: "workbook-banner-row"))
                continue
            }
            for column in layout.contentColumns(row: row) where column > lastColumn || column < firstColumn {
                problems.append(.error(at(row, column), "ô có dữ liệu nhưng cột không có tiêu đề: `\(layout.text(row: row, column: column).normalizedText)`",
                                       hint: "Thêm tiêu đề cho cột, hoặc giới hạn vùng đọc bằng `range` (ví dụ range = \(CellReference(row: headerRow, column: firstColumn)):\(CellReference(row: lastRow, column: lastColumn))).",
                                       kind: "workbook-outside-columns"))
            }
            var record: [CSVCell] = []
            for column in firstColumn...max(firstColumn, lastColumn) {
                if let problem = layout.problem(row: row, column: column) {
                    problems.append(Self.diagnostic(problem, at: at(row, column)))
                }
                record.append(CSVCell(text: layout.filledText(row: row, column: column, below: lastHeaderRow), line: row, column: column))
            }
            rows.append(CSVRow(cells: record, line: row))
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        let table = CSVTable(header: CSVRow(cells: headerCells, line: headerRow), rows: rows, delimiter: UInt8(ascii: ","), encoding: .utf8)
        return WorkbookTable(table: table, sheet: sheet.name, headerLastRow: lastHeaderRow)
    }

    static func diagnostic(_ problem: CellProblem, at location: SourceLocation) -> Diagnostic {
        switch problem {
        case .errorValue(let value):
            return .error(location, "ô có giá trị lỗi `\(value)`",
                          hint: "Sửa công thức trong Excel để ô có giá trị, hoặc để trống nếu không công bố.", kind: "workbook-error-value")
        case .formulaWithoutValue(let formula):
            return .error(location, "ô có công thức" + (formula.isEmpty ? "" : " `=\(formula)`") + " nhưng không lưu kết quả",
                          hint: "Mở tệp trong Excel rồi lưu lại (Excel lưu kết quả của công thức), hoặc dán giá trị (Dán đặc biệt → Giá trị).",
                          kind: "workbook-formula-without-value")
        case .badNumber(let raw):
            return .error(location, "ô số có giá trị không đọc được `\(raw)`",
                          hint: "Gõ lại số trong Excel và lưu lại.", kind: "workbook-bad-number")
        case .badSharedString(let index):
            return .error(location, "ô trỏ tới chuỗi số \(index) không có trong sổ tính",
                          hint: "Tệp bị hỏng: mở trong Excel và lưu lại.", kind: "workbook-bad-string")
        }
    }
}

/// Questions about a sheet's cells and merged areas, for the table reader.
private struct SheetLayout {
    let cells: Worksheet
    let merges: [CellRange]
    /// The merged area each covered cell belongs to (top-left cell included).
    private var mergeOf: [CellReference: Int] = [:]
    /// The columns of each row that hold something, in order.
    private var columnsByRow: [Int: [Int]] = [:]

    init(cells: Worksheet) {
        self.cells = cells
        merges = cells.merges
        // Covered cells are listed one by one, within a budget: a hostile
        // sheet could declare huge areas many times over.
        var budget = 1_000_000
        for (index, merge) in merges.enumerated() where merge.rows * merge.columns <= budget {
            budget -= merge.rows * merge.columns
            for row in merge.first.row...merge.last.row {
                for column in merge.first.column...merge.last.column { mergeOf[CellReference(row: row, column: column)] = index }
            }
        }
        for (reference, value) in cells.cells {
            switch value {
            case .text(let text) where CSVCell(text: text, line: 0, column: 0).isBlank: continue
            default: columnsByRow[reference.row, default: []].append(reference.column)
            }
        }
        for row in columnsByRow.keys { columnsByRow[row]?.sort() }
    }

    func text(row: Int, column: Int) -> String {
        if case .text(let text) = cells[row, column] { return text }
        return ""
    }

    func problem(row: Int, column: Int) -> CellProblem? {
        if case .problem(let problem) = cells[row, column] { return problem }
        return nil
    }

    /// Columns of `row` holding something (text that is not blank, or a problem), in order.
    func contentColumns(row: Int) -> [Int] { columnsByRow[row] ?? [] }

    func hasContent(row: Int) -> Bool { columnsByRow[row] != nil }

    /// A header on two rows: a merged area starts on `row` and covers the
    /// row below, or spans columns (a heading over several columns always
    /// has their names on the next row).
    func isTwoLineHeader(row: Int) -> Bool {
        merges.contains { $0.first.row == row && ($0.rows == 2 || $0.columns > 1) && $0.rows <= 2 }
    }

    /// The header text of `column` from rows `row` and `row + 1`, and the row it came from.
    func twoLineHeader(row: Int, column: Int) -> (String, Int) {
        let lower = text(row: row + 1, column: column).normalizedText
        let merge = mergeOf[CellReference(row: row, column: column)].map { merges[$0] }
        let upper = merge.map { text(row: $0.first.row, column: $0.first.column) } ?? text(row: row, column: column)
        // Merged down over both rows, or nothing below: the upper text.
        if lower.isEmpty || (merge.map { $0.first.row == row && $0.rows == 2 } ?? false) { return (upper.normalizedText, row) }
        // Under a heading merged across several columns, a generic word takes the heading's meaning.
        if let merge, merge.columns > 1 {
            switch SlugTransliteration.key(lower) {
            case "diem", "diem so", "so diem": return (upper.normalizedText, row + 1)
            case "xep hang", "thu hang", "hang": return ("Xếp hạng " + upper.normalizedText, row + 1)
            default: break
            }
        }
        return (lower, row + 1)
    }

    /// The text of a data cell, or of the merged area covering it when that
    /// area lies in the data (below `headerRow`).
    func filledText(row: Int, column: Int, below headerRow: Int) -> String {
        if let index = mergeOf[CellReference(row: row, column: column)], merges[index].first.row > headerRow {
            return text(row: merges[index].first.row, column: merges[index].first.column)
        }
        return text(row: row, column: column)
    }

    /// The merged area across columns that is all `row` holds, if that is the case.
    func banner(row: Int) -> CellRange? {
        let columns = contentColumns(row: row)
        guard columns.count == 1, let index = mergeOf[CellReference(row: row, column: columns[0])] else { return nil }
        let merge = merges[index]
        return merge.columns > 1 && merge.first.row == row && merge.first.column == columns[0] ? merge : nil
    }

    /// The block of rows from the first row below `row` with two cells or
    /// more down to the first empty row, over the columns it uses: what
    /// `range` should probably say (a note under the table is left out).
    func suggestedRange(after row: Int) -> CellRange? {
        guard let top = cells.rows.first(where: { $0 > row && contentColumns(row: $0).count > 1 }) else { return nil }
        var bottom = top
        while hasContent(row: bottom + 1) { bottom += 1 }
        let used = (top...bottom).flatMap { contentColumns(row: $0) }
        guard let left = used.min(), let right = used.max() else { return nil }
        return CellRange(first: CellReference(row: top, column: left), last: CellReference(row: bottom, column: right))
    }
}
