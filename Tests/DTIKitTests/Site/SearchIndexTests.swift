import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// The search index (`tim-kiem/chi-muc.json`): what it holds, that it is the
/// same bytes every build, and that it stays small. It is read back with
/// Foundation's JSON parser, independent of `JSONWriter`.
@Suite("Search index")
struct SearchIndexTests {
    static func index(_ root: String = SiteTestSupport.bundled) throws -> [String: Any] {
        let bytes = try #require(FileSystem.read(root + "/" + Routes.searchIndex))
        return try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
    }

    static func units(_ index: [String: Any]) throws -> [String: [Any]] {
        let rows = try #require(index["units"] as? [[Any]])
        return Dictionary(rows.map { ($0[0] as! String, $0) }, uniquingKeysWith: { a, _ in a })
    }

    @Test("format, routes made from Routes, periods, groups and classes")
    func header() throws {
        let index = try Self.index()
        #expect(index["format"] as? String == "dti-search-1")
        let routes = try #require(index["routes"] as? [String: String])
        #expect(routes["unit"] == "don-vi/{}/" && routes["unitData"] == "du-lieu/don-vi/{}.json")
        #expect(routes["ranking"] == "xep-hang/{}/{}/" && routes["framework"] == "phuong-phap/{}/" && routes["pillar"] == "tru-cot/{}/")
        #expect(routes["compare"] == "so-sanh/" && routes["units"] == "don-vi/" && routes["rankings"] == "xep-hang/")
        #expect(index["periods"] as? [[String]] == [["2020", "Năm 2020"], ["2021", "Năm 2021"], ["2022", "Năm 2022"]])
        let groups = try #require(index["groups"] as? [[String]])
        #expect(groups.map { $0[0] } == ["tinh-thanh-pho", "nganh-doc", "so-ban-nganh", "ubnd-huyen"])
        #expect(groups[2][1] == "Sở, ban, ngành tỉnh")
        #expect(index["classes"] as? [String] == ["Xuất sắc", "Tốt", "Khá", "Trung bình"])
        #expect(index["pillars"] as? [[String]] == [["CQS", "Chính quyền số"], ["KTS", "Kinh tế số"], ["XHS", "Xã hội số"]])
    }

    @Test("each unit: name, latest table, rank, headline value as pages print it, class, flags, aliases")
    func units() throws {
        let index = try Self.index()
        let units = try Self.units(index)
        let tables = try #require(index["tables"] as? [[Any]])
        let classes = try #require(index["classes"] as? [String])
        #expect(units.count == 34)
        let tuPhap = try #require(units["Sở Tư pháp"])
        #expect(tuPhap.count == 5 && tuPhap[2] as? Int == 13 && tuPhap[3] as? String == "206,45" && classes[tuPhap[4] as! Int] == "Tốt")
        let table = tables[tuPhap[1] as! Int]
        #expect(table[2] as? String == "Điểm số chỉ số chuyển đổi số cấp sở, ban, ngành tỉnh năm 2022")
        #expect(table[4] as? Int == 19 && table[5] as? String == "245" && table[6] as? Int == 19)
        // Published digits are kept: 187,390, not 187,39.
        #expect(units["Sở Giao thông vận tải"]?[3] as? String == "187,390")
        // Hậu Giang: headline DTI (flag 1), merged into Cần Thơ (flag 4), no class (-1).
        let hauGiang = try #require(units["Hậu Giang"])
        #expect(hauGiang[3] as? String == "0,6342" && hauGiang[4] as? Int == -1 && hauGiang[5] as? Int == 5)
        // A successor without results: its name only.
        #expect(units["Thành phố Cần Thơ"]?.count == 1)
        // Aliases from units.csv, after parent (none: null).
        let ban = try #require(units["Ban Quản lý các khu Công nghiệp"])
        #expect(ban.count == 8 && ban[6] is NSNull && ban[7] as? [String] == ["Ban Quản lý các Khu công nghiệp Tỉnh"])
        // Every bundled slug is the name's own: none is written out.
        #expect(units.values.allSatisfy { $0.count < 9 })
    }

    @Test("frameworks with their indices and maxima; tables without a framework list their codes")
    func frameworksAndTables() throws {
        let index = try Self.index()
        let frameworks = try #require(index["frameworks"] as? [[Any]])
        #expect(frameworks.map { $0[0] as! String } == ["dti-tinh-2022", "hau-giang-2022-huyen", "hau-giang-2022-so-nganh"])
        let soNganh = frameworks[2]
        #expect(soNganh[2] as? String == "QĐ 1949/QĐ-UBND" && soNganh[5] as? String == "245")
        let indices = try #require(soNganh[6] as? [[String]])
        #expect(indices.first == ["1", "Nhận thức số", "Nhận thức", "40"])
        #expect(indices.contains(["5", "Hoạt động chính quyền số", "Chính quyền số", "130", "CQS"]))
        #expect(indices.contains(["1.1", "Người đứng đầu đơn vị là Giám đốc hoặc tương đương là Trưởng ban Ban chỉ đạo chuyển đổi số"]))
        let tables = try #require(index["tables"] as? [[Any]])
        #expect(tables.count == 6)
        #expect(tables[0].count == 8 && tables[0][3] as? Int == -1 && (tables[0][7] as? [String])?.isEmpty == true)
        #expect(tables.filter { $0[3] as? Int != -1 }.allSatisfy { $0.count == 7 })
    }

    @Test("text pages with headings and plain text, and the site's sections")
    func pages() throws {
        let pages = try #require(try Self.index()["pages"] as? [[Any]])
        let intro = try #require(pages.first { $0[0] as? String == "Giới thiệu" })
        #expect(intro[1] as? String == "gioi-thieu/")
        #expect((intro[2] as? [String])?.contains("Ba trụ cột") == true)
        let text = try #require(intro[3] as? String)
        #expect(text.hasPrefix("DTI (Digital Transformation Index) là Bộ chỉ số") && !text.contains("**") && !text.contains("#"))
        #expect(text.count <= SearchText.bodyLimit)
        #expect(pages.map { $0[1] as! String }.contains("so-sanh/"))
        #expect(pages.map { $0[1] as! String }.contains("du-lieu/"))
    }

    @Test("the same bytes with one thread or many, at the root or under a sub-path")
    func deterministic() throws {
        let one = SiteTestSupport.build(threads: 1)
        let many = SiteTestSupport.build(threads: 8)
        let sub = SiteTestSupport.build(baseURL: "https://example.gov.vn/dti/", threads: 3)
        let bytes = [one.output, many.output, sub.output].map { FileSystem.read($0 + "/" + Routes.searchIndex) }
        #expect(bytes[0] != nil && bytes[0] == bytes[1] && bytes[1] == bytes[2])
    }

    @Test("small: the bundled index under 30 kB; under 50 bytes a unit besides its name at national shape (a slug or a written-out headline would double it)")
    func small() throws {
        let bundled = try #require(FileSystem.read(SiteTestSupport.bundled + "/" + Routes.searchIndex))
        #expect(bundled.count < 30_000)
        // Four provinces of the national benchmark's shape (20 departments, 100 communes each).
        let plan = SyntheticContentPlan(provinces: 4, departments: 20, communes: 100, periods: 2)
        let summary = BenchTestSupport.generate(plan)
        defer { BenchTestSupport.cleanUp(summary.root) }
        let content = try #require(ContentLoader.load(from: summary.root).0)
        let context = RenderContext(model: SiteModel.build(content), theme: try Theme.make(from: BuiltInTheme.files).get())
        let json = SearchIndex(context: context).render()
        // What the format costs beyond the names themselves (which no format can shrink).
        let names = context.model.units.reduce(0) { $0 + $1.name.utf8.count }
        let perUnit = Double(json.count - names) / Double(context.model.units.count)
        #expect(context.model.units.count == plan.unitCount)
        #expect(perUnit < 50, "\(json.count) bytes for \(context.model.units.count) units, \(names) of them names")
        #expect(try JSONSerialization.jsonObject(with: Data(json)) is [String: Any])
    }

    @Test("slugs the browser derives, and those written out")
    func derivedSlugs() {
        #expect(SearchText.derivesSlug("so-tu-phap", from: "Sở Tư pháp"))
        #expect(SearchText.derivesSlug("ubnd-huyen-chau-thanh-a", from: "UBND huyện Châu Thành A"))
        #expect(SearchText.derivesSlug("so-van-hoa-the-thao-va-du-lich", from: "Sở Văn hóa, Thể thao và Du lịch"))
        // A slug taken by another unit (`-2`), a parent in the slug, a name outside Latin letters.
        #expect(!SearchText.derivesSlug("xa-tan-phu-2", from: "Xã Tân Phú"))
        #expect(!SearchText.derivesSlug("xa-tan-phu-huyen-chau-thanh", from: "Xã Tân Phú"))
        #expect(!SearchText.derivesSlug("so-1", from: "Sở ①"))
        #expect(!SearchText.derivesSlug("ban-", from: "Ban\u{A0}"))
    }

    @Test("Markdown to searchable text: links, emphasis and code marks dropped, cut between words")
    func plainText() {
        #expect(SearchText.plain("Xem [dữ liệu mở](/du-lieu/) và **bảng** `CSV`, *mới*") == "Xem dữ liệu mở và bảng CSV, mới")
        #expect(SearchText.plain("[không đóng") == "[không đóng")
        let text = SearchText(markdown: "# Tiêu đề\n\n## Phần một\n\n- mục **một**\n\n" + String(repeating: "chữ ", count: 800))
        #expect(text.headings == ["Tiêu đề", "Phần một"])
        #expect(text.body.hasPrefix("mục một chữ chữ"))
        #expect(text.body.count <= SearchText.bodyLimit && text.body.hasSuffix("chữ"))
    }
}
