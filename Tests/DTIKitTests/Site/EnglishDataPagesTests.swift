import Foundation
import Testing
@testable import DTIKit

/// The English edition of the methodology pages, the open-data page, the
/// feed and the search index, and the English text the shared workbooks
/// carry, from the bundled Content (`languages = vi, en`).
@Suite("English methodology, open data, workbooks, feed and search index")
struct EnglishDataPagesTests {
    static var site: String { SiteTestSupport.bundled }
    static let english = BuiltInCatalogues.load([.english]).catalogues[0]

    /// The words of this area (`method.*`, `data.*`, `workbook.*`, `feed.*`, `search.*`).
    static let areaWords = Word.allCases.filter { word in
        ["method.", "data.", "workbook.", "feed.", "search."].contains { word.rawValue.hasPrefix($0) }
    }

    /// Vietnamese texts of this area's words that must not be on an English
    /// page: each piece of the Vietnamese text between placeholders that
    /// holds a Vietnamese letter, as element text (`>Tệp<`) when short,
    /// anywhere when it is a phrase.
    static func vietnameseLeftovers(in html: String) -> [String] {
        let text = html.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
        var found: [String] = []
        for word in areaWords where word != .feedTitle {
            let vietnamese = Catalogue.builtInVietnamese[word]
            for piece in vietnamese.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "{" || $0 == "}" }) {
                let piece = piece.trimmingCharacters(in: .whitespaces)
                guard piece.unicodeScalars.contains(where: { (0xC0...0x1EF9).contains($0.value) || $0 == "đ" || $0 == "Đ" }),
                      english[word] != vietnamese else { continue }
                let needle = piece.count < 24 ? ">" + piece + "<" : piece
                if text.contains(needle) { found.append("\(word.rawValue): \(needle)") }
            }
        }
        return found
    }

    /// A page's `<main>`, without what other parts of dti write into it
    /// (charts, pillar composition tables, class badges, the citation).
    static func ownMain(_ page: String) -> String {
        guard let start = page.range(of: "<main"), let end = page.range(of: "</main>") else { return "" }
        var main = String(page[start.lowerBound..<end.lowerBound])
        func cut(from open: String, to close: String, keepingClose: Bool) {
            while let a = main.range(of: open) {
                guard let b = main.range(of: close, range: a.upperBound..<main.endIndex) else { main.removeSubrange(a.lowerBound...); return }
                main.removeSubrange(a.lowerBound..<(keepingClose ? b.lowerBound : b.upperBound))
            }
        }
        cut(from: "<div class=\"chart-block\">", to: "<h2", keepingClose: true)
        cut(from: "<h2 id=\"tru-cot\"", to: "<h2", keepingClose: true)
        cut(from: "<span class=\"badge", to: "</span>", keepingClose: false)
        cut(from: "<p class=\"citation\">", to: "</p>", keepingClose: false)
        return main
    }

    @Test("The English open-data page describes every file and column in English: column codes as they are, sizes with a decimal point, links to the shared files")
    func englishOpenData() throws {
        let page = SiteTestSupport.text(Self.site, "en/du-lieu/index.html")
        let vietnamese = SiteTestSupport.text(Self.site, "du-lieu/index.html")
        #expect(page.contains("<h1>Open data</h1>"))
        #expect(page.contains("<h2 id=\"tu-dien-du-lieu\">Data dictionary</h2>"))
        #expect(page.contains("<th scope=\"col\">Column / field</th><th scope=\"col\">Meaning</th>"))
        // Column codes stay the codes of the files; their meaning is English.
        #expect(page.contains("<th scope=\"row\"><code>tied</code></th><td>true when the unit has the same score as another one (a tied rank).</td>"))
        #expect(page.contains("<th scope=\"row\"><code>dti, cqs, kts, xhs</code></th><td>Published normalized values from 0 to 1: the DTI and its three pillars, Digital government (cqs), Digital economy (kts) and Digital society (xhs).</td>"))
        #expect(page.contains("<th scope=\"row\"><code>JSON: license</code></th><td>The data&#39;s licence: name, url (the licence text), id (its SPDX identifier, if any). Currently: Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0) – https://creativecommons.org/licenses/by/4.0/.</td>"))
        // The workbook's sheets are named as the shared workbook names them (the first language).
        #expect(page.contains("Sheet 1 “Xếp hạng”: the table") && page.contains("Sheet 2 “Nguồn và giấy phép”: what the table is"))
        // The dictionary has the same rows in both editions.
        let rows = { (html: String) in SiteTestSupport.attributeValues("scope", in: html).filter { $0 == "row" }.count }
        #expect(rows(page) == rows(vietnamese) && rows(page) > 20)
        // Each table: its period and group in English, its files at the site root with the same checksums.
        #expect(page.contains("<a href=\"../xep-hang/2022/so-ban-nganh/\">2022 · Provincial departments, boards and sector agencies</a>"))
        let sums = SiteTestSupport.text(Self.site, "du-lieu/SHA256SUMS")
        let workbookHash = try #require(sums.split(separator: "\n").first { $0.hasSuffix("  xep-hang/2022/so-ban-nganh.xlsx") }?.prefix(64))
        let workbookSize = try #require(FileSystem.read(Self.site + "/du-lieu/xep-hang/2022/so-ban-nganh.xlsx")).count
        let englishSize = NumberFormat.displayTrimmed(Double(workbookSize) / 1_000, decimals: 1, separator: NumberFormat.dot) + " kB"
        #expect(englishSize.contains("."), "a workbook is over 1 kB with a decimal: \(englishSize)")
        #expect(page.contains("<a href=\"../../du-lieu/xep-hang/2022/so-ban-nganh.xlsx\" download=\"\">Excel</a></td><td class=\"num\">\(englishSize)</td><td class=\"hash\"><code>\(workbookHash)</code>"))
        #expect(vietnamese.contains("<td class=\"num\">\(englishSize.replacingOccurrences(of: ".", with: ","))</td><td class=\"hash\"><code>\(workbookHash)</code>"))
        #expect(page.contains("Each unit has a JSON file with its whole history: <code>du-lieu/don-vi/&lt;slug&gt;.json</code> (34 files; for example <a href=\"../../du-lieu/don-vi/ban-dan-toc-tinh.json\">ban-dan-toc-tinh.json</a>). Machine-readable catalogue: <a href=\"../../du-lieu/index.json\">index.json</a>"))
        #expect(page.contains("The data of this portal is released under the licence <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">"))
        #expect(Self.vietnameseLeftovers(in: Self.ownMain(page)) == [])
        // The check can fail: the Vietnamese page is full of them.
        #expect(Self.vietnameseLeftovers(in: Self.ownMain(vietnamese)).count > 20)
    }

    @Test("The English methodology page of the national framework: its maximum, counts, groups and pillars in English; Hậu Giang's bands with a decimal point")
    func englishMethodology() throws {
        let national = SiteTestSupport.text(Self.site, "en/phuong-phap/dti-tinh-2022/index.html")
        #expect(national.contains("content=\"Provincial Digital Transformation Index (provincial DTI): 9 main indices, 95 components, scored out of 1000 points. Decision No. 922/QĐ-BTTTT"))
        #expect(national.contains("<p class=\"lead\">Assesses: Provinces and centrally-run cities</p>"))
        #expect(national.contains("<strong>Legal basis: </strong>"))
        #expect(national.contains("<th scope=\"row\">Common foundation indices</th><td class=\"num\">53</td><td class=\"num\">500</td>"))
        #expect(national.contains("<td>6</td><td>Digital Government Activities<span class=\"muted\"> (CQS pillar)</span></td><td class=\"num\">22</td><td class=\"num\">200</td>"))
        #expect(national.contains("<th scope=\"row\" colspan=\"2\">Total</th><td class=\"num\">95</td><td class=\"num\">1000</td>"))
        #expect(national.contains(">Digital government (CQS)</a></h3>"))
        #expect(national.contains("<a href=\"../../xep-hang/2022/tinh-thanh-pho/\">2022 · "))
        // The same page in Vietnamese, for the same numbers.
        let vietnamese = SiteTestSupport.text(Self.site, "phuong-phap/dti-tinh-2022/index.html")
        #expect(vietnamese.contains("9 chỉ số chính, 95 chỉ số thành phần, thang điểm 1000."))
        #expect(vietnamese.contains(">Chính quyền số (CQS)</a></h3>"))
        // Hậu Giang's departments framework: 245 points, bands at shares with decimals.
        let departments = SiteTestSupport.text(Self.site, "en/phuong-phap/hau-giang-2022-so-nganh/index.html")
        #expect(departments.contains("<caption>Class by total (out of 245 points)</caption>"))
        #expect(departments.contains("<td class=\"num\">220</td><td class=\"num\">–</td><td class=\"num\">from 89.8%</td>"))
        #expect(SiteTestSupport.text(Self.site, "phuong-phap/hau-giang-2022-so-nganh/index.html").contains("<td class=\"num\">từ 89,8%</td>"))
        let index = SiteTestSupport.text(Self.site, "en/phuong-phap/index.html")
        #expect(index.contains("<h1>Methodology</h1>") && index.contains("<h2>How dti computes and checks</h2>"))
        #expect(index.contains("by more than 0.01, the page notes it."))
        for page in [national, departments, index] { #expect(Self.vietnameseLeftovers(in: Self.ownMain(page)) == []) }
    }

    @Test("A shared workbook keeps its Vietnamese sheets and adds the English block to sheet 2: table, period, group, English page and the meaning of each column, read back")
    func workbookEnglishText() throws {
        let bytes = try #require(FileSystem.read(Self.site + "/du-lieu/xep-hang/2022/so-ban-nganh.xlsx"))
        let workbook = try Workbook(bytes: bytes)
        #expect(workbook.sheets.map(\.name) == ["Xếp hạng", "Nguồn và giấy phép"])
        let about = try Worksheet.read(workbook.sheet(named: "Nguồn và giấy phép"), of: workbook, keep: nil)
        let rows: [[String]] = about.rows.map { r in
            (1...2).map { c in if case .text(let text)? = about[r, c] { return text } else { return "" } }
        }
        // Vietnamese first, as before; then English, after an empty row.
        #expect(rows.first == ["Mục", "Nội dung"])
        let english = try #require(rows.firstIndex(of: ["Item", "Content"]))
        #expect(about.rows[english] == about.rows[english - 1] + 2, "one empty row between the blocks")
        #expect(rows[..<english].contains(["Kỳ đánh giá", "Năm 2022"]))
        let block = Array(rows[english...])
        #expect(block.contains(["Table", "Digital Transformation Index scores of provincial departments, boards and sector agencies, 2022"]))
        #expect(block.contains(["Period", "2022"]))
        #expect(block.contains(["Group", "Provincial departments, boards and sector agencies"]))
        #expect(block.contains(["Units ranked", "19"]))
        #expect(block.contains(["Page on the portal", "https://dti.haugiang.gov.vn/en/xep-hang/2022/so-ban-nganh/"]))
        #expect(block.contains { $0[0] == "Source" && $0[1].hasPrefix("Appendix 01, ") })
        #expect(block.contains { $0[0] == "Citation" && $0[1].hasSuffix(" (replace …/…/… with the date you accessed it)") })
        // Every column of sheet 1, by its Vietnamese header, with its English meaning.
        #expect(block.suffix(9) == [
            ["Column “Xếp hạng”", "Rank"], ["Column “Tên đơn vị”", "Unit"],
            ["Column “Nhận thức”", "Awareness: points of index 1"], ["Column “Thể chế”", "Institutions: points of index 2"],
            ["Column “Nhân lực”", "Human Resources: points of index 3"], ["Column “ATTT”", "Information Security: points of index 4"],
            ["Column “Chính quyền số”", "Digital Government: points of index 5"], ["Column “Tổng điểm”", "Total"],
            ["Column “Xếp loại”", "Class: Xuất sắc = Excellent, Tốt = Good, Khá = Fair, Trung bình = Average"],
        ])
        // Sheet 1 still reads back as the ranking it is.
        let table = try WorkbookTableReader.read(bytes, file: "x.xlsx", sheet: nil, range: nil).table
        #expect(table.header.cells.map(\.text).prefix(3) == ["Xếp hạng", "Tên đơn vị", "Nhận thức"])
        // And openpyxl, when present, reads the same English rows.
        if let sheets = try Openpyxl.read(Self.site + "/du-lieu/xep-hang/2022/so-ban-nganh.xlsx") {
            let read = sheets[1].rows.map { $0.map { $0.value as? String ?? "" } }
            #expect(read.contains(["Period", "2022"]) && read.contains(["Item", "Content"]) && read.contains(["", ""]))
        }
    }

    @Test("A site with one language writes the workbook it wrote before editions: no second block")
    func oneLanguageWorkbook() throws {
        let content = TestSupport.temporaryDirectory("dti-one-language") + "/Content"
        TestSupport.copy(TestSupport.bundledContent, to: content)
        let conf = try String(contentsOfFile: content + "/site.conf", encoding: .utf8)
        try conf.replacingOccurrences(of: "languages = vi, en", with: "languages = vi").write(toFile: content + "/site.conf", atomically: false, encoding: .utf8)
        let (site, report) = SiteTestSupport.build(content: content)
        #expect(report.succeeded)
        #expect(!FileManager.default.fileExists(atPath: site + "/en"))
        let bytes = try #require(FileSystem.read(site + "/du-lieu/xep-hang/2022/so-ban-nganh.xlsx"))
        let workbook = try Workbook(bytes: bytes)
        let about = try Worksheet.read(workbook.sheet(named: "Nguồn và giấy phép"), of: workbook, keep: nil)
        let labels = about.rows.map { r -> String in if case .text(let text)? = about[r, 1] { return text } else { return "" } }
        #expect(labels.first == "Mục" && labels.last == "Cách đọc" && !labels.contains("Item"))
        // The bilingual workbook starts with exactly these rows.
        let shared = try Workbook(bytes: try #require(FileSystem.read(Self.site + "/du-lieu/xep-hang/2022/so-ban-nganh.xlsx")))
        let sharedAbout = try Worksheet.read(shared.sheet(named: "Nguồn và giấy phép"), of: shared, keep: nil)
        for r in about.rows { #expect(sharedAbout[r, 1] == about[r, 1] && sharedAbout[r, 2] == about[r, 2]) }
    }

    @Test("The English feed and search index: the edition's words and numbers, links into /en/")
    func englishFeedAndSearch() throws {
        let feed = SiteTestSupport.text(Self.site, "en/feed.xml")
        #expect(feed.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">"))
        #expect(feed.contains("<subtitle>Newly published digital transformation rankings</subtitle>"))
        #expect(feed.contains("<link rel=\"self\" href=\"https://dti.haugiang.gov.vn/en/feed.xml\"/>"))
        #expect(feed.contains("<title>Digital Transformation Index scores of provincial departments, boards and sector agencies, 2022 (Provincial departments, boards and sector agencies, 2022)</title>\n<id>https://dti.haugiang.gov.vn/en/xep-hang/2022/so-ban-nganh/</id>"))
        #expect(feed.contains("<summary>19 units; ranked first: Sở Nông nghiệp và Phát triển nông thôn. Source: Appendix 01, "))
        let vietnameseFeed = SiteTestSupport.text(Self.site, "feed.xml")
        #expect(vietnameseFeed.contains("xml:lang=\"vi\">") && vietnameseFeed.contains("<summary>19 đơn vị; dẫn đầu: Sở Nông nghiệp và Phát triển nông thôn. Nguồn: Phụ lục 01, "))
        #expect(Self.vietnameseLeftovers(in: feed) == [])

        let json = try #require(try JSONSerialization.jsonObject(with: Data(SiteTestSupport.text(Self.site, "en/tim-kiem/chi-muc.json").utf8)) as? [String: Any])
        #expect((json["periods"] as? [[String]])?.last == ["2022", "2022"])
        #expect((json["pillars"] as? [[String]])?.first == ["CQS", "Digital government"])
        #expect((json["groups"] as? [[String]])?.contains(["so-ban-nganh", "Provincial departments, boards and sector agencies"]) == true)
        let pages = (json["pages"] as? [[Any]] ?? []).compactMap { $0.first as? String }
        #expect(pages.contains("Open data") && pages.contains("Units from A to Z") && pages.contains("Methodology"))
        // The first of Hậu Giang's departments in 2022: its total as each edition prints it.
        let agriculture = { (json: [String: Any]) in (json["units"] as? [[Any]] ?? []).first { $0.first as? String == "Sở Nông nghiệp và Phát triển nông thôn" } }
        #expect(agriculture(json)?[3] as? String == "233.06")
        let vietnamese = try #require(try JSONSerialization.jsonObject(with: Data(SiteTestSupport.text(Self.site, "tim-kiem/chi-muc.json").utf8)) as? [String: Any])
        #expect(agriculture(vietnamese)?[3] as? String == "233,06")
        #expect((vietnamese["periods"] as? [[String]])?.last == ["2022", "Năm 2022"])
        let frameworks = json["frameworks"] as? [[Any]] ?? []
        #expect(frameworks.contains { $0[0] as? String == "dti-tinh-2022" && $0[5] as? String == "1000" })
    }
}
