import Foundation
import Testing
@testable import DTIKit

/// Workbooks in Content/: loaded like CSV tables, checked like them, with
/// findings that point into the sheet; and every bad file refused clearly.
@Suite("Workbooks in Content/")
struct WorkbookContentTests {
    typealias Cell = WorkbookFixture.Cell

    static func load(_ bytes: [UInt8], name: String = "so.xlsx", conf: String = "") -> (Content?, DiagnosticList) {
        ContentLoader.load(from: WorkbookFixture.content(ranking: bytes, name: name, conf: conf))
    }

    @Test("A ranking as .xlsx loads the same rows and numbers as the CSV")
    func sameAsCSV() throws {
        let (csvContent, _) = ContentLoader.load(from: { let root = TestSupport.temporaryDirectory(); TestSupport.write(TestSupport.minimalContent, under: root); return root }())
        let (content, diagnostics) = Self.load(WorkbookFixture.xlsx(WorkbookFixture.minimalRows))
        #expect(!diagnostics.hasErrors && diagnostics.warnings.isEmpty, "\(diagnostics.items)")
        let table = try #require(content?.rankings.first), expected = try #require(csvContent?.rankings.first)
        #expect(table.rows.map(\.name) == expected.rows.map(\.name))
        #expect(table.rows.map { $0.scores.map { $0?.text } } == expected.rows.map { $0.scores.map { $0?.text } })
        #expect(table.rows.map { $0.total?.text } == expected.rows.map { $0.total?.text })
        #expect(table.rows.map { $0.rank?.value } == [1, 2])
        #expect(table.sourceSheet == "Sheet1" && table.file.hasSuffix("rankings/2022/so.xlsx"))
    }

    @Test("A score typed as text is read as text and checked like a CSV cell; findings point at the cell")
    func textScores() throws {
        var rows = WorkbookFixture.minimalRows
        rows[1][2] = .text("26,25")
        rows[2][3] = .text("ba mươi")
        let (content, diagnostics) = Self.load(WorkbookFixture.xlsx(rows))
        let error = try #require(diagnostics.errors.first)
        #expect(diagnostics.errors.count == 1)
        #expect(error.description.hasSuffix("rankings/2022/so.xlsx:Sheet1!D3: error: ô điểm không phải số: `ba mươi`\n    gợi ý: Ghi số như 26,25 hoặc 26.25; để trống nếu không công bố (ô trống không phải 0)."))
        #expect(content?.rankings.first?.rows.first?.scores.first??.text == "26.25")
    }

    @Test("Checks of the published data point into the sheet too (rank, score above maximum)")
    func validationLocations() throws {
        var rows = WorkbookFixture.minimalRows
        rows[1][2] = .number("45", style: 7)     // Nhận thức: maximum 40
        let root = WorkbookFixture.content(ranking: WorkbookFixture.xlsx(rows))
        let (content, _) = ContentLoader.load(from: root)
        let model = SiteModel.build(try #require(content))
        let warning = try #require(model.diagnostics.first { $0.kind == "score-above-max" })
        #expect(warning.location.description.hasSuffix("rankings/2022/so.xlsx:Sheet1!C2"))
        let check = TestSupport.run(["check", "--content", root])
        #expect((check.out + check.err).contains("so.xlsx:Sheet1!C2: warning:"), "\(check.out) \(check.err)")
    }

    @Test("`sheet` and `range` in the .conf; a bad range and workbook keys beside a CSV are errors")
    func confKeys() throws {
        let table = WorkbookFixture.sheetXML([[.text("Kết quả DTI 2022")], []] + WorkbookFixture.minimalRows + [[], [.text("Nguồn: …")]])
        let bytes = WorkbookFixture.xlsx(sheets: [("Bìa", WorkbookFixture.sheetXML([[.text("Trang bìa")]])), ("Phụ lục 01", table)])
        let (content, diagnostics) = Self.load(bytes, conf: "sheet = Phụ lục 01\nrange = A3:G5\n")
        #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
        #expect(content?.rankings.first?.rows.map(\.name) == ["Sở A", "Sở B"])
        #expect(content?.rankings.first?.headerLine == 3)

        let bad = try #require(Self.load(bytes, conf: "sheet = Phụ lục 01\nrange = A3-G5\n").1.errors.first)
        #expect(bad.description.contains("so.conf:5:9: error: `range` phải là một vùng ô như A5:P40, nhận được `A3-G5`"))
        let missing = try #require(Self.load(bytes, conf: "sheet = Phu luc 1\n").1.errors.first)
        #expect(missing.message == "không có trang tính `Phu luc 1`; sổ tính có: `Bìa`, `Phụ lục 01`")

        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["rankings/2022/so.conf"]! += "sheet = Sheet1\n"
        TestSupport.write(files, under: root)
        let csvError = try #require(ContentLoader.load(from: root).1.errors.first)
        #expect(csvError.message == "khoá `sheet` chỉ dùng khi bảng là sổ tính .xlsx; so.csv là tệp CSV")
    }

    @Test("Pages count a note's row from the table's header, wherever the table starts in the sheet")
    func noteRowsFromTheHeader() throws {
        var rows = WorkbookFixture.minimalRows
        rows[2][2] = .number("45", style: 7)    // Sở B, Nhận thức above its maximum 40: row 2 of the table
        let bytes = WorkbookFixture.xlsx([[.text("PHỤ LỤC")], []] + rows, firstRow: 3)
        let root = WorkbookFixture.content(ranking: bytes, conf: "range = A5:G7\n")
        let (site, report) = SiteTestSupport.build(content: root)
        #expect(report.succeeded)
        #expect(report.diagnostics.items.contains { $0.location.description.hasSuffix("so.xlsx:Sheet1!C7") && $0.kind == "score-above-max" })
        let page = SiteTestSupport.text(site, "xep-hang/2022/so/index.html")
        #expect(page.contains("(dòng 2 của bảng)"), "\(page)")
        #expect(SiteTestSupport.text(site, "don-vi/so-b/index.html").contains("(Bảng thử, dòng 2 của bảng)"))
    }

    @Test("A framework may be a workbook too")
    func frameworkWorkbook() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["frameworks/khung.csv"] = nil
        TestSupport.write(files, under: root)
        let rows: [[Cell]] = [
            [.text("code"), .text("name"), .text("short"), .text("max"), .text("group"), .text("pillar")],
            [.text("1"), .text("Nhận thức số"), .text("Nhận thức"), .number("40"), .text("nen-tang")],
            [.text("2"), .text("Hoạt động chính quyền số"), .text("Chính quyền số"), .number("60"), .text("hoat-dong"), .text("CQS")],
        ]
        _ = FileManager.default.createFile(atPath: root + "/frameworks/khung.xlsx", contents: Data(WorkbookFixture.xlsx(rows)))
        let (content, diagnostics) = ContentLoader.load(from: root)
        #expect(!diagnostics.hasErrors, "\(diagnostics.items)")
        #expect(content?.frameworks.first?.mainIndices.map(\.label) == ["Nhận thức", "Chính quyền số"])
        #expect(content?.rankings.first?.rows.count == 2)
    }

    @Test("A table with both a CSV and a workbook is an error naming both")
    func bothFiles() throws {
        let root = TestSupport.temporaryDirectory()
        TestSupport.write(TestSupport.minimalContent, under: root)
        _ = FileManager.default.createFile(atPath: root + "/rankings/2022/so.xlsx", contents: Data(WorkbookFixture.xlsx(WorkbookFixture.minimalRows)))
        let error = try #require(ContentLoader.load(from: root).1.errors.first { $0.kind == "duplicate-table-file" })
        #expect(error.message == "bảng so có hai tệp dữ liệu: so.csv và so.xlsx")
    }

    static func ole2(streams: [String]) -> [UInt8] {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        for name in streams { bytes += name.utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] } + [0, 0] }
        return bytes
    }

    /// A workbook whose 3 MiB sheet of spaces deflates about 1000 to 1.
    static let zipBomb: [UInt8] = {
        let sheet = "<worksheet><sheetData>" + String(repeating: " ", count: 3 << 20) + "</sheetData></worksheet>"
        return WorkbookFixture.xlsx(sheets: [("Sheet1", sheet)])
    }()

    @Test("Bad files are refused with what they are and how to fix them", arguments: [
        ("bom", "nghi là tệp ZIP độc hại", "lưu lại thành .xlsx"),
        ("truncated", "không tìm thấy phần kết thúc của tệp ZIP", "lưu lại thành .xlsx"),
        ("password", "sổ tính được đặt mật khẩu, dti không mở được", "bỏ mật khẩu"),
        ("xls", "đây là sổ tính Excel đời cũ (.xls, Excel 97–2003)", "\"Sổ làm việc Excel (*.xlsx)\" hoặc \"CSV UTF-8"),
        ("csv", "không phải sổ tính Excel", "đổi đuôi tệp thành .csv"),
        ("not-office", "sổ tính thiếu phần xl/workbook.xml", "lưu lại thành .xlsx"),
        ("dtd", "DTD", "lưu lại thành .xlsx"),
        ("encrypted-member", "được mã hóa", "Bỏ mật khẩu"),
        ("empty", "trang tính trống", "`sheet` và `range`"),
    ])
    func badFiles(kind: String, message: String, hint: String) throws {
        let bytes: [UInt8]
        switch kind {
        case "bom": bytes = Self.zipBomb
        case "truncated": let whole = WorkbookFixture.xlsx(WorkbookFixture.minimalRows); bytes = Array(whole.prefix(whole.count * 2 / 3))
        case "password": bytes = Self.ole2(streams: ["Root Entry", "EncryptionInfo", "EncryptedPackage"])
        case "xls": bytes = Self.ole2(streams: ["Root Entry", "Workbook", "\u{5}SummaryInformation"])
        case "csv": bytes = Array("STT,Tên đơn vị\n1,Sở A\n".utf8)
        case "not-office":
            var zip = ZIPWriter()
            try zip.add(path: "mimetype", bytes: Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
            bytes = zip.finish()
        case "dtd":
            let sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"aaaa\">]><worksheet><sheetData/></worksheet>"
            bytes = WorkbookFixture.xlsx(sheets: [("Sheet1", sheet)])
        case "encrypted-member":
            var whole = WorkbookFixture.xlsx(WorkbookFixture.minimalRows, firstRow: 1)
            // Set "encrypted" (bit 0) in every local and central header's flags.
            for i in 0..<(whole.count - 4) where whole[i] == 0x50 && whole[i + 1] == 0x4B
                && ((whole[i + 2] == 3 && whole[i + 3] == 4) || (whole[i + 2] == 1 && whole[i + 3] == 2)) {
                whole[i + (whole[i + 2] == 3 ? 6 : 8)] |= 1
            }
            bytes = whole
        default: bytes = WorkbookFixture.xlsx([[.blank]])
        }
        let (content, diagnostics) = Self.load(bytes)
        let error = try #require(diagnostics.errors.first, "\(kind): no error")
        #expect(error.message.contains(message), "\(kind): \(error.message)")
        #expect(error.hint?.contains(hint) == true, "\(kind): \(error.hint ?? "")")
        #expect(error.location.file.hasSuffix("rankings/2022/so.xlsx"))
        #expect(content?.rankings.isEmpty == true)
    }

    @Test("A zip bomb is refused before it is inflated, and quickly")
    func zipBombIsCheap() throws {
        let bomb = Self.zipBomb
        #expect(bomb.count < 100_000)
        let started = Date()
        #expect(throws: DiagnosticError.self) { try WorkbookTableReader.read(bomb, file: "x.xlsx", sheet: nil, range: nil) }
        #expect(Date().timeIntervalSince(started) < 1)
    }
}
