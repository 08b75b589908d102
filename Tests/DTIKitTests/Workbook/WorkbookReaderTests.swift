import Foundation
import Testing
@testable import DTIKit

/// Reading tables from workbooks: values, formats, sheets, ranges, merged
/// headers, and where diagnostics point.
@Suite("Workbook reader")
struct WorkbookReaderTests {
    typealias Cell = WorkbookFixture.Cell

    static func read(_ bytes: [UInt8], sheet: String? = nil, range: String? = nil) throws -> WorkbookTable {
        try WorkbookTableReader.read(bytes, file: "rankings/2022/so.xlsx", sheet: sheet, range: range.flatMap { CellRange($0) })
    }

    static func texts(_ row: CSVRow) -> [String] { row.cells.map(\.text) }

    static func errors(_ bytes: [UInt8], sheet: String? = nil, range: String? = nil) -> [Diagnostic] {
        do {
            _ = try read(bytes, sheet: sheet, range: range)
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return []
        }
    }

    @Test("Number formats give the published decimals", arguments: [
        ("187.39", 1, "187.390"), ("187.39000000000001", 1, "187.390"), ("26.25", 2, "26.25"), ("26.2", 2, "26.20"),
        ("2.675", 2, "2.68"), ("-0.004", 2, "0.00"), ("0.30000000000000004", 0, "0.3"), ("1E-3", 0, "0.001"),
        ("40", 0, "40"), ("1.5", 4, "1.5"), ("1.23456", 4, "1.235"), ("1", 4, "1.0"), ("0.8512", 5, "0.8512"),
        ("-1234.5", 6, "-1234.50"), ("99.9999", 7, "100"), ("123456789012345678", 0, "123456789012346000"),
    ])
    func formats(raw: String, style: Int, published: String) throws {
        let table = try Self.read(WorkbookFixture.xlsx([[.text("a"), .text("b")], [.number(raw, style: style), .text("x")]])).table
        #expect(table.rows[0].cells[0].text == published)
    }

    @Test func formatCodes() {
        #expect(CellFormat(code: "0.000") == .fixed(minimum: 3, maximum: 3, percent: false))
        #expect(CellFormat(code: "#,##0.0#;[Red]-#,##0.0#") == .fixed(minimum: 1, maximum: 2, percent: false))
        #expect(CellFormat(code: "0.00\" điểm\"") == .fixed(minimum: 2, maximum: 2, percent: false))
        #expect(CellFormat(code: "0.0%") == .fixed(minimum: 1, maximum: 1, percent: true))
        #expect(CellFormat(code: "General") == .general && CellFormat(code: "@") == .general && CellFormat(code: "0.00E+00") == .general)
        #expect(CellFormat(code: "# ?/?") == .general)
        #expect(CellFormat(code: "dd/mm/yyyy") == .date(hasDate: true, hasTime: false, seconds: false))
        #expect(CellFormat(code: "[$-42A]d mmmm yyyy") == .date(hasDate: true, hasTime: false, seconds: false))
        #expect(CellFormat(code: "h:mm") == .date(hasDate: false, hasTime: true, seconds: false))
        #expect(CellFormat(code: "[h]:mm:ss") == .date(hasDate: false, hasTime: true, seconds: true))
        #expect(CellFormat(code: "[Red]0.0") == .fixed(minimum: 1, maximum: 1, percent: false))
    }

    @Test("Dates as Vietnamese write them; text, booleans, shared and rich strings as written")
    func valueKinds() throws {
        let rows: [[Cell]] = [
            [.text("a"), .text("b"), .text("c"), .text("d"), .text("e"), .text("f")],
            [.number("44635", style: 3), .number("44635.5", style: 8), .shared(0), .shared(1), .text("26,25"), .number("60", style: 3)],
        ]
        let strings = ["<t>Sở Tư pháp</t>", "<r><rPr><b/></rPr><t xml:space=\"preserve\">Sở </t></r><r><t>Y tế</t></r><rPh><t>ソ</t></rPh>"]
        let table = try Self.read(WorkbookFixture.xlsx(sheets: [("Sheet1", WorkbookFixture.sheetXML(rows))], sharedStrings: strings)).table
        #expect(Self.texts(table.rows[0]) == ["15/03/2022", "15/03/2022 12:00", "Sở Tư pháp", "Sở Y tế", "26,25", "29/02/1900"])
        let bool = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>y</t></is></c></row><row r=\"2\"><c r=\"A2\" t=\"b\"><v>1</v></c></row>"
            + "<row r=\"3\"><c r=\"A3\" t=\"str\"><f>A1&amp;\"_x000D_\"</f><v>x_x000D_</v></c></row><row r=\"4\"><c r=\"A4\" t=\"d\"><v>2022-03-15T00:00:00</v></c></row></sheetData></worksheet>"
        let other = try Self.read(WorkbookFixture.xlsx(sheets: [("Sheet1", bool)])).table
        #expect(other.rows.map { $0.cells[0].text } == ["TRUE", "x\r", "15/03/2022"])
        let mac = WorkbookFixture.xlsx(sheets: [("Sheet1", WorkbookFixture.sheetXML([[.text("a"), .text("b")], [.number("0", style: 3)]]))], date1904: true)
        #expect(try Self.read(mac).table.rows[0].cells[0].text == "01/01/1904")
    }

    @Test("A formula's cached result is its value")
    func cachedFormula() throws {
        var rows = WorkbookFixture.minimalRows
        rows[1][4] = .formula("SUM(C2:D2)", cached: "90", style: 7)
        let table = try Self.read(WorkbookFixture.xlsx(rows)).table
        #expect(table.rows[0].cells[4].text == "90")
    }

    @Test("A formula without a cached result, or an error value, is an error naming the cell")
    func formulaWithoutValue() throws {
        var rows = WorkbookFixture.minimalRows
        rows[2][4] = .formula("SUM(C3:D3)", cached: nil)
        rows[1][3] = .error("#DIV/0!")
        let errors = Self.errors(WorkbookFixture.xlsx(rows))
        #expect(errors.map(\.description).sorted() == [
            "rankings/2022/so.xlsx:Sheet1!D2: error: ô có giá trị lỗi `#DIV/0!`\n    gợi ý: Sửa công thức trong Excel để ô có giá trị, hoặc để trống nếu không công bố.",
            "rankings/2022/so.xlsx:Sheet1!E3: error: ô có công thức `=SUM(C3:D3)` nhưng không lưu kết quả\n    gợi ý: Mở tệp trong Excel rồi lưu lại (Excel lưu kết quả của công thức), hoặc dán giá trị (Dán đặc biệt → Giá trị).",
        ])
    }

    @Test("The first visible sheet by default; `sheet` picks another; an unknown name lists the sheets")
    func sheets() throws {
        let one = WorkbookFixture.sheetXML([[.text("a"), .text("b")], [.text("một")]])
        let two = WorkbookFixture.sheetXML([[.text("a"), .text("b")], [.text("hai")]])
        let three = WorkbookFixture.sheetXML([[.text("a"), .text("b")], [.text("ba")]])
        let bytes = WorkbookFixture.xlsx(sheets: [("Ẩn", one), ("Phụ lục 01", two), ("Phụ lục 02", three)], hidden: ["Ẩn"])
        #expect(try Self.read(bytes).table.rows[0].cells[0].text == "hai")
        #expect(try Self.read(bytes).sheet == "Phụ lục 01")
        #expect(try Self.read(bytes, sheet: "Phụ lục 02").table.rows[0].cells[0].text == "ba")
        #expect(try Self.read(bytes, sheet: "phụ lục 02").table.rows[0].cells[0].text == "ba")
        #expect(try Self.read(bytes, sheet: "Ẩn").table.rows[0].cells[0].text == "một")
        let error = try #require(Self.errors(bytes, sheet: "Phụ lục 3").first)
        #expect(error.message == "không có trang tính `Phụ lục 3`; sổ tính có: `Ẩn`, `Phụ lục 01`, `Phụ lục 02`")
        #expect(error.location.description == "rankings/2022/so.xlsx")
    }

    @Test("`range` skips a title above and notes below; without it the title is refused with the range to use")
    func range() throws {
        let rows: [[Cell]] = [
            [.text("PHỤ LỤC 01")], [.text("Kết quả xếp hạng năm 2022")], [],
        ] + WorkbookFixture.minimalRows + [[], [.text("Ghi chú: số liệu do các đơn vị tự đánh giá.")]]
        let bytes = WorkbookFixture.xlsx(rows, firstRow: 2, merges: ["A2:G2"])
        let refused = try #require(Self.errors(bytes).first)
        #expect(refused.location.description == "rankings/2022/so.xlsx:Sheet1!A2")
        #expect(refused.kind == "workbook-title-row")
        #expect(refused.hint == "Thêm `range = A5:G7` vào tệp .conf để bỏ qua các dòng tiêu đề phía trên bảng.")
        let table = try Self.read(bytes, range: "A5:G7").table
        #expect(table.header.line == 5 && table.header.cells.map(\.text).first == "STT")
        #expect(table.rows.map { $0.cells[1].text } == ["Sở A", "Sở B"])
        #expect(table.rows.map(\.line) == [6, 7] && table.rows[1].cells[4].column == 5)
        // A range that takes in the note below makes it a row (which the loader then checks).
        #expect(try Self.read(bytes, range: "A5:G9").table.rows.map(\.line) == [6, 7, 9])
    }

    @Test("A two-line merged header is read as one: merged down, merged across, `Điểm` and `Xếp hạng` under a heading")
    func twoLineHeader() throws {
        let rows: [[Cell]] = [
            [.text("STT"), .text("Tên đơn vị"), .text("Điểm các chỉ số"), .blank, .text("Chính quyền số"), .blank, .text("Tổng điểm")],
            [.blank, .blank, .text("Nhận thức"), .text("Chính quyền số"), .text("Điểm"), .text("Xếp hạng"), .blank],
            [.number("1", style: 7), .text("Sở A"), .number("40", style: 7), .number("50", style: 7), .number("50", style: 7), .number("1", style: 7), .number("90", style: 7)],
        ]
        let merges = ["A5:A6", "B5:B6", "C5:D5", "E5:F5", "G5:G6"]
        let table = try Self.read(WorkbookFixture.xlsx(rows, firstRow: 5, merges: merges)).table
        #expect(Self.texts(table.header) == ["STT", "Tên đơn vị", "Nhận thức", "Chính quyền số", "Chính quyền số", "Xếp hạng Chính quyền số", "Tổng điểm"])
        #expect(table.header.cells.map(\.line) == [5, 5, 6, 6, 6, 6, 5])
        #expect(table.rows.count == 1 && table.rows[0].line == 7)
        let three = ["A5:A7", "B5:B6"]
        let refused = try #require(Self.errors(WorkbookFixture.xlsx(rows, firstRow: 5, merges: three)).first)
        #expect(refused.kind == "workbook-header-rows" && refused.message.contains("qua 3 dòng (A5:A7)"))
        #expect(refused.hint?.contains("một dòng (hoặc hai dòng)") == true)
    }

    @Test("Merged data cells count for every row they cover; a banner row across the table is refused")
    func mergedData() throws {
        let rows: [[Cell]] = [
            [.text("Huyện"), .text("Tên đơn vị"), .text("Tổng điểm")],
            [.text("Châu Thành"), .text("Xã A"), .number("9", style: 7)],
            [.blank, .text("Xã B"), .number("8", style: 7)],
        ]
        let table = try Self.read(WorkbookFixture.xlsx(rows, merges: ["A2:A3"])).table
        #expect(table.rows.map { $0.cells[0].text } == ["Châu Thành", "Châu Thành"])
        let banner = rows + [[.text("II. Khối huyện")]]
        let error = try #require(Self.errors(WorkbookFixture.xlsx(banner, merges: ["A2:A3", "A4:C4"])).first)
        #expect(error.kind == "workbook-banner-row" && error.location.description == "rankings/2022/so.xlsx:Sheet1!A4")
    }

    @Test("Data right of the last header is an error suggesting a range")
    func outsideColumns() throws {
        let rows: [[Cell]] = [[.text("Tên đơn vị"), .text("Tổng điểm")], [.text("Sở A"), .number("9"), .blank, .text("ghi chú")]]
        let error = try #require(Self.errors(WorkbookFixture.xlsx(rows)).first)
        #expect(error.location.description == "rankings/2022/so.xlsx:Sheet1!D2" && error.hint?.contains("range = A1:B2") == true)
    }

    @Test("Part names are found without case, as the packaging standard says")
    func partNamesIgnoreCase() throws {
        let archive = try ZIPArchive(bytes: WorkbookFixture.xlsx(WorkbookFixture.minimalRows))
        var zip = ZIPWriter()
        for entry in archive.entries {
            let name = entry.name.replacingOccurrences(of: "sheet1.xml", with: "Sheet1.XML").replacingOccurrences(of: "workbook.xml", with: "Workbook.xml")
            try zip.add(path: name, bytes: try archive.contents(of: entry))
        }
        let table = try Self.read(zip.finish()).table
        #expect(table.rows.map { $0.cells[1].text } == ["Sở A", "Sở B"])
    }

    @Test("Locations print as Excel cell references; CSV locations are unchanged")
    func locations() {
        #expect(SourceLocation(file: "a.xlsx", line: 14, column: 6, sheet: "Sheet1").description == "a.xlsx:Sheet1!F14")
        #expect(SourceLocation(file: "a.xlsx", line: 14, column: 28, sheet: "Phụ lục 01").description == "a.xlsx:'Phụ lục 01'!AB14")
        #expect(SourceLocation(file: "a.xlsx", line: 3, sheet: "Bảng_1").description == "a.xlsx:Bảng_1!3:3")
        #expect(SourceLocation(file: "a.xlsx", sheet: "it's").description == "a.xlsx:'it''s'")
        #expect(SourceLocation(file: "a.csv", line: 14, column: 6).description == "a.csv:14:6")
        #expect(CellReference("XFD1048576") == CellReference(row: 1_048_576, column: 16_384))
        #expect(CellReference("XFE1") == nil && CellReference("A0") == nil && CellReference("A") == nil && CellReference("1") == nil)
        #expect(CellRange("P40:A5")?.description == "A5:P40" && CellRange("A5:")  == nil)
    }
}
