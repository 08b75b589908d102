import Foundation
import Testing
@testable import DTIKit

/// The time axis: periods in their true order and named in words, changes
/// only between comparable periods, methodology breaks said and drawn.
@Suite("Periods and methodology breaks")
struct PeriodsAndBreaksTests {
    static let header = "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm,Xếp hạng\n"

    /// `2023`, `2023-6t`, `2024-6t`, `2024` of one group, two units.
    static let halves: [String: String] = {
        var files = TestSupport.minimalContent
        files["rankings/2022/so.csv"] = nil
        files["rankings/2022/so.conf"] = nil
        let rows: [String: (String, String)] = [
            "2023-6t": ("1,Sở A,30,40,70,1\n", "2,Sở B,20,30,50,2\n"),
            "2023": ("1,Sở A,35,45,80,1\n", "2,Sở B,25,30,55,2\n"),
            "2024-6t": ("1,Sở B,30,40,70,1\n", "2,Sở A,20,40,60,2\n"),
            "2024": ("1,Sở A,38,50,88,1\n", "2,Sở B,30,45,75,2\n"),
        ]
        for (period, (a, b)) in rows {
            files["rankings/\(period)/so.csv"] = header + a + b
            files["rankings/\(period)/so.conf"] = "framework = khung\ntitle = Bảng \(period)\nsource = Phụ lục\n"
        }
        return files
    }()

    static func build(_ files: [String: String]) throws -> String {
        let root = TestSupport.temporaryDirectory()
        TestSupport.write(files, under: root)
        let (output, report) = SiteTestSupport.build(content: root)
        #expect(report.succeeded, "\(report.diagnostics.report())")
        return output
    }

    @Test("Labels in words, in the grammar's order; unknown labels list the accepted forms")
    func grammar() throws {
        let labels = ["2024", "2023-q4", "2023", "2023-9t", "2023-6t", "2023-q2", "2023-q1", "2022"]
        let periods = labels.map { Period(label: $0)! }.sorted()
        #expect(periods.map(\.label) == ["2022", "2023-q1", "2023-q2", "2023-6t", "2023-9t", "2023-q4", "2023", "2024"])
        #expect(periods.map(\.name) == ["Năm 2022", "Quý 1/2023", "Quý 2/2023", "6 tháng đầu năm 2023", "9 tháng đầu năm 2023",
                                        "Quý 4/2023", "Năm 2023", "Năm 2024"])
        for bad in ["2023-6T", "2023-h1", "23", "2023-q5", "nam-2023", "2023-6t-x", ""] { #expect(Period(label: bad) == nil, "\(bad)") }
    }

    @Test("2023-6t, 2023, 2024-6t, 2024: true order in history, trend, feed, sitemap and open data; previous is the latest earlier period")
    func trueOrderEverywhere() throws {
        let site = try Self.build(Self.halves)
        let page = SiteTestSupport.text(site, "don-vi/so-a/index.html")
        let history = try #require(page.range(of: "<table class=\"history\">").map { String(page[$0.lowerBound...]) })
        let order = ["Năm 2024", "6 tháng đầu năm 2024", "Năm 2023", "6 tháng đầu năm 2023"].map { history.range(of: "<th scope=\"row\">\($0)<span class=\"sub\">")?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
        #expect(!page.contains("Kỳ 2023-6t") && !page.contains(">2023-6t<"))
        // Previous of 2024 is 2024-6t: of another length, shown but not subtracted; the year before is compared.
        #expect(page.contains("So với 6 tháng đầu năm 2024: <span class=\"break-note\">kỳ dài ngắn khác nhau; không so sánh trực tiếp</span>"))
        #expect(page.contains("So với năm 2023: <span class=\"change same\">= giữ nguyên hạng</span> · <span class=\"change up\">+8 điểm</span>"))
        // Trend: one line per length, axis in order, table in words.
        #expect(page.contains("Tỷ lệ điểm (cả năm)") && page.contains("Tỷ lệ điểm (6 tháng)"))
        let axis = ["6T 2023", "2023", "6T 2024", "2024"].map { page.range(of: ">\($0)</text>")?.lowerBound }
        #expect(axis.allSatisfy { $0 != nil } && axis == axis.sorted { $0! < $1! })
        // Feed newest first; sitemap and open data oldest first.
        let feed = SiteTestSupport.text(site, "feed.xml")
        let entries = ["2024/so", "2024-6t/so", "2023/so", "2023-6t/so"].map { feed.range(of: "xep-hang/\($0)/")?.lowerBound }
        #expect(entries.allSatisfy { $0 != nil } && entries == entries.sorted { $0! < $1! })
        #expect(feed.contains("(Sở, 6 tháng đầu năm 2024)") || feed.contains(", 6 tháng đầu năm 2024)"))
        let sitemap = SiteTestSupport.text(site, "sitemap.xml")
        let pages = ["2023-6t", "2023", "2024-6t", "2024"].map { sitemap.range(of: "xep-hang/\($0)/so/</loc>")?.lowerBound }
        #expect(pages.allSatisfy { $0 != nil } && pages == pages.sorted { $0! < $1! })
        let catalogue = SiteTestSupport.text(site, "du-lieu/index.json")
        let files = ["2023-6t", "2023", "2024-6t", "2024"].map { catalogue.range(of: "xep-hang/\($0)/so.csv")?.lowerBound }
        #expect(files.allSatisfy { $0 != nil } && files == files.sorted { $0! < $1! })
        // JSON: raw label kept, name in words, comparability said.
        let json = try #require(try JSONSerialization.jsonObject(with: Data(FileSystem.read(site + "/du-lieu/don-vi/so-a.json")!)) as? [String: Any])
        let last = try #require((json["history"] as? [[String: Any]])?.last)
        #expect(last["period"] as? String == "2024" && last["period_name"] as? String == "Năm 2024")
        let change = try #require(last["change"] as? [String: Any])
        #expect(change["since"] as? String == "2024-6t" && change["comparable"] as? Bool == false && change["score"] is NSNull)
    }

    @Test("comparable_periods = yes lets a half-year and a year be subtracted")
    func declaredComparable() throws {
        var files = Self.halves
        files["frameworks/khung.conf"]! += "comparable_periods = yes\n"
        let page = SiteTestSupport.text(try Self.build(files), "don-vi/so-a/index.html")
        #expect(page.contains("So với 6 tháng đầu năm 2024: <span class=\"change up\">▲ 1 bậc</span> · <span class=\"change up\">+28 điểm</span>"))
    }

    /// Two periods under two frameworks with different maxima.
    static func breakFixture(continues: Bool) -> [String: String] {
        var files = TestSupport.minimalContent
        files["frameworks/khung-moi.csv"] = "code,name,short,max,group,pillar\n1,Nhận thức số,Nhận thức,50,nen-tang,\n2,Hoạt động chính quyền số,Chính quyền số,150,hoat-dong,CQS\n"
        files["frameworks/khung-moi.conf"] = "name = Khung mới\nlegal_basis = Quyết định số 77/QĐ-UBND ngày 1/3/2023 của UBND tỉnh\ntotal = 200\n"
            + (continues ? "continues = khung\n" : "")
        files["frameworks/khung.conf"]! = "name = Khung thử\nlegal_basis = Quyết định số 1/QĐ-UBND ngày 2/1/2022\ntotal = 100\nband.Tốt = 80\nband.Khá = 50\nband.Yếu = 0\n"
        files["rankings/2023/so.csv"] = header + "1,Sở B,45,130,175,1\n2,Sở A,40,100,140,2\n"
        files["rankings/2023/so.conf"] = "framework = khung-moi\ntitle = Bảng 2023\nsource = Phụ lục\n"
        return files
    }

    @Test("A framework change is a break: said in the headline and history, drawn in the trend, noted on the slope; no point difference")
    func methodologyBreak() throws {
        let site = try Self.build(Self.breakFixture(continues: false))
        let page = SiteTestSupport.text(site, "don-vi/so-a/index.html")
        let sentence = "Bộ chỉ số thay đổi: QĐ 1/QĐ-UBND → QĐ 77/QĐ-UBND; không so sánh trực tiếp"
        #expect(page.contains("So với năm 2022: <span class=\"change down\">▼ 1 bậc</span> · <span class=\"break-note\">\(sentence)</span>"))
        #expect(!page.contains("+50 điểm") && !page.contains(" điểm</span> · <span class=\"break-note\">"))
        #expect(page.contains("class=\"break-rule\"") && page.contains(">Đổi bộ chỉ số</text>"))
        #expect(page.contains("<td>\(sentence)</td>"))
        // The trend's line stops at the break: two points, no line between them.
        // (Two markers on the plot, one in the legend.)
        #expect(!page.contains("<path class=\"trend series-dti") && page.components(separatedBy: "class=\"marker series-dti\"").count == 3 + 1)
        let ranking = SiteTestSupport.text(site, "xep-hang/2023/so/index.html")
        #expect(ranking.contains("<p class=\"break-note\">\(sentence): thứ hạng vẫn so được, điểm thì không.</p>"))
        let json = SiteTestSupport.text(site, "du-lieu/don-vi/so-a.json")
        #expect(json.contains(#""methodology_break":{"from":"QĐ 1/QĐ-UBND","to":"QĐ 77/QĐ-UBND"},"score":null"#))
        // A framework that continues the earlier one is no break.
        let continued = SiteTestSupport.text(try Self.build(Self.breakFixture(continues: true)), "don-vi/so-a/index.html")
        #expect(!continued.contains("Bộ chỉ số thay đổi") && continued.contains("+50 điểm"))
    }

    @Test("Hậu Giang 2021 → 2022 in the bundled site is the QĐ 1726 → QĐ 922 break")
    func hauGiang() {
        let page = SiteTestSupport.text(SiteTestSupport.bundled, "don-vi/hau-giang/index.html")
        let sentence = "Bộ chỉ số thay đổi: QĐ 1726/QĐ-BTTTT → QĐ 922/QĐ-BTTTT; không so sánh trực tiếp"
        #expect(page.contains("So với năm 2021: <span class=\"change same\">= giữ nguyên hạng</span> · <span class=\"change up\">+0,1672 DTI</span> · <span class=\"break-note\">\(sentence)</span>"))
        #expect(page.contains(">Đổi bộ chỉ số</text>"))
        #expect(page.contains("<th scope=\"row\">Năm 2020</th>"))
    }
}
