import Foundation
import Testing
@testable import DTIKit

/// dti against openpyxl, both ways: the bundled tables typed into workbooks
/// by openpyxl build the same site as the CSV files, and the workbooks dti
/// writes read back in openpyxl with the values of the open data.
@Suite("Workbooks with openpyxl", .serialized)
struct WorkbookOpenpyxlTests {
    /// Every bundled table as an openpyxl workbook instead of CSV (the
    /// frameworks' code column kept as text, as `1.10` must stay `1.10`).
    static func contentFromWorkbooks() throws -> String? {
        let root = TestSupport.temporaryDirectory("dti-xlsx-content") + "/Content"
        TestSupport.copy(TestSupport.bundledContent, to: root)
        var arguments: [String] = []
        var converted: [String] = []
        for folder in ["frameworks"] + (FileSystem.list(root + "/rankings") ?? []).map({ "rankings/" + $0 }) {
            for name in FileSystem.list(root + "/" + folder) ?? [] where name.hasSuffix(".csv") {
                let path = root + "/" + folder + "/" + name
                if folder == "frameworks" { arguments += ["--text-column", "0"] }
                arguments += [path, String(path.dropLast(4)) + ".xlsx"]
                converted.append(path)
            }
        }
        guard try Openpyxl.run(Openpyxl.fromCSV, arguments) != nil else { return nil }
        for path in converted { try FileManager.default.removeItem(atPath: path) }
        return root
    }

    @Test("Each bundled ranking and framework typed into a workbook builds a site byte-identical to the CSV build")
    func sameSiteFromWorkbooks() throws {
        guard let content = try Self.contentFromWorkbooks() else { return }
        #expect(FileSystem.list(content + "/rankings/2022")?.contains("so-ban-nganh.xlsx") == true)
        #expect(FileSystem.list(content + "/rankings/2022")?.contains("so-ban-nganh.csv") == false)
        let (fromWorkbooks, report) = SiteTestSupport.build(content: content, shareCards: true)   // as the bundled build
        #expect(report.succeeded)
        // The same findings, pointing into the workbook instead of the CSV.
        let findings = report.diagnostics.items.map(\.description)
        #expect(findings.contains { $0.contains("rankings/2022/so-ban-nganh.xlsx:Sheet1!F7: warning: Ban Quản lý các khu Công nghiệp: ATTT 39 vượt điểm tối đa 35") },
                "\(findings)")
        let reference = SiteTestSupport.bundled
        let files = SiteTestSupport.files(reference)
        #expect(SiteTestSupport.files(fromWorkbooks) == files)
        var different: [String] = []
        for file in files where FileSystem.read(reference + "/" + file) != FileSystem.read(fromWorkbooks + "/" + file) { different.append(file) }
        #expect(different.isEmpty, "differ: \(different)")
    }

    @Test("A workbook dti writes reads back in openpyxl with the open data's values: numbers as numbers with their decimals, Vietnamese headers, source and licence on sheet 2")
    func openpyxlReadsDTIWorkbooks() throws {
        let site = SiteTestSupport.bundled
        let path = site + "/du-lieu/xep-hang/2022/so-ban-nganh.xlsx"
        guard let sheets = try Openpyxl.read(path) else { return }
        #expect(sheets.map(\.name) == ["Xếp hạng", "Nguồn và giấy phép"])
        let table = sheets[0].rows
        #expect(table[0].map { $0.value as? String } == ["Xếp hạng", "Tên đơn vị", "Nhận thức", "Thể chế", "Nhân lực", "ATTT", "Chính quyền số", "Tổng điểm", "Xếp loại"])
        // Every row against the CSV download: same name, same numbers, same decimals.
        let csv = try CSVReader.parse(try #require(FileSystem.read(site + "/du-lieu/xep-hang/2022/so-ban-nganh.csv")), file: "x.csv")
        #expect(table.count == csv.rows.count + 1)
        let columns = ["rank", "name", "1", "2", "3", "4", "5", "total", "class"]
        let csvColumn = Dictionary(uniqueKeysWithValues: csv.header.cells.enumerated().map { ($1.text, $0) })
        for (cells, csvRow) in zip(table.dropFirst(), csv.rows) {
            for (position, column) in columns.enumerated() {
                let published = csvRow.cells[try #require(csvColumn[column])].text
                let cell = cells[position]
                if let number = PublishedNumber.parse(published), column != "name", column != "class" {
                    #expect(cell.type == "n", "\(column) \(published)")
                    #expect((cell.value as? NSNumber)?.doubleValue == number.value, "\(column): \(String(describing: cell.value)) vs \(published)")
                    #expect(cell.format == (number.decimals == 0 ? "0" : "0." + String(repeating: "0", count: number.decimals)), "\(published): \(cell.format)")
                } else {
                    #expect(cell.value as? String == (published.isEmpty ? nil : published), "\(column)")
                }
            }
        }
        let about = Dictionary(sheets[1].rows.dropFirst().map { ($0[0].value as? String ?? "", $0[1].value as? String ?? "") }, uniquingKeysWith: { a, _ in a })
        #expect(about["Giấy phép"] == "Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)")
        #expect(about["Địa chỉ giấy phép"] == "https://creativecommons.org/licenses/by/4.0/")
        #expect(about["Nguồn"]?.hasPrefix("Phụ lục 01, Báo cáo đánh giá") == true)
        #expect(about["Trích dẫn"]?.hasPrefix("Nguồn: Hội đồng đánh giá, xếp hạng mức độ chuyển đổi số tỉnh Hậu Giang, “Điểm số chỉ số chuyển đổi số cấp sở, ban, ngành tỉnh năm 2022”, ") == true)
        #expect(about["Trang trên cổng"] == "https://dti.haugiang.gov.vn/xep-hang/2022/so-ban-nganh/")
    }

    @Test("The national tables (normalized values, four decimals) read back the same in openpyxl")
    func openpyxlReadsNormalizedTables() throws {
        guard let sheets = try Openpyxl.read(SiteTestSupport.bundled + "/du-lieu/xep-hang/2020/tinh-thanh-pho.xlsx") else { return }
        let rows = sheets[0].rows
        #expect(rows[0].map { $0.value as? String } == ["Xếp hạng", "Tên đơn vị", "DTI", "Xếp hạng DTI", "CQS", "Xếp hạng CQS", "KTS", "Xếp hạng KTS", "XHS", "Xếp hạng XHS"])
        #expect((rows[1][2].value as? NSNumber)?.doubleValue == 0.3215 && rows[1][2].format == "0.0000")
        #expect((rows[1][3].value as? NSNumber)?.intValue == 28 && rows[1][3].format == "0")
    }

    @Test("openpyxl formulas have no cached result: each is an error naming its cell; merged two-line headers made by openpyxl are read")
    func openpyxlFormulasAndMerges() throws {
        let folder = TestSupport.temporaryDirectory("dti-openpyxl-made")
        let script = #"""
        import sys, openpyxl
        book = openpyxl.Workbook(); s = book.active; s.title = 'Phụ lục 01'
        s['A1'] = 'KẾT QUẢ XẾP HẠNG'; s.merge_cells('A1:F1')
        s.append([]); s.append(['STT', 'Tên đơn vị', 'Điểm các chỉ số', None, 'Tổng điểm', 'Xếp hạng'])
        s.append([None, None, 'Nhận thức', 'Chính quyền số', None, None])
        for cells in ['A3:A4', 'B3:B4', 'C3:D3', 'E3:E4', 'F3:F4']: s.merge_cells(cells)
        s.append([1, 'Sở A', 40, 50, '=C5+D5', 1]); s.append([2, 'Sở B', 30, 30, 60, 2])
        book.save(sys.argv[1])
        """#
        guard try Openpyxl.run(script, [folder + "/so.xlsx"]) != nil else { return }
        let bytes = try #require(FileSystem.read(folder + "/so.xlsx"))
        let (content, diagnostics) = ContentLoader.load(from: WorkbookFixture.content(ranking: bytes, conf: "range = A3:F6\n"))
        #expect(diagnostics.errors.map(\.description).map { String($0.split(separator: "/").last ?? "") } == [
            "so.xlsx:'Phụ lục 01'!E5: error: ô có công thức `=C5+D5` nhưng không lưu kết quả\n    gợi ý: Mở tệp trong Excel rồi lưu lại (Excel lưu kết quả của công thức), hoặc dán giá trị (Dán đặc biệt → Giá trị).",
        ])
        #expect(content?.rankings.isEmpty == true)
        let header = try WorkbookTableReader.read(bytes, file: "so.xlsx", sheet: nil, range: CellRange("A3:F4")).table.header
        #expect(header.cells.map(\.text) == ["STT", "Tên đơn vị", "Nhận thức", "Chính quyền số", "Tổng điểm", "Xếp hạng"])
    }
}
