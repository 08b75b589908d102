import Foundation
import Testing
@testable import DTIKit

/// What a reader meets (issue 16): Vietnamese order, the answer first in
/// tables, decimal commas in line, the assessment summarised, print as a
/// report. The rendering in a real browser is checked by `.ci/browser-check`.
@Suite("Reader polish")
struct ReaderPolishTests {
    static let site = SiteTestSupport.bundled

    /// The names of the A–Z page, in page order.
    static func azNames() -> [String] {
        let page = SiteTestSupport.text(site, "don-vi/index.html")
        return page.components(separatedBy: "<li data-name=\"").dropFirst().compactMap { item in
            guard let open = item.range(of: "\">", range: item.range(of: "<a href=")!.upperBound..<item.endIndex),
                  let close = item.range(of: "</a>") else { return nil }
            return String(item[open.upperBound..<close.lowerBound]).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    @Test func theAToZPageIsInVietnameseOrderWithVietnameseLetters() {
        let names = Self.azNames()
        #expect(names.count == 34)
        #expect(names == names.sorted(by: VietnameseCollation.areInIncreasingOrder))
        let giaoDuc = names.firstIndex(of: "Sở Giáo dục và Đào tạo"), giaoThong = names.firstIndex(of: "Sở Giao thông vận tải")
        #expect(giaoDuc != nil && giaoThong != nil && giaoDuc! < giaoThong!)
        // Tones come after letters: "Thành phố Cần Thơ" (thanh p…) before "Thanh tra tỉnh" (thanh t…).
        #expect(names.firstIndex(of: "Thành phố Cần Thơ")! < names.firstIndex(of: "Thanh tra tỉnh")!)
        let page = SiteTestSupport.text(Self.site, "don-vi/index.html")
        #expect(page.contains("<h2 id=\"chu-b\">B</h2>") && page.contains("<h2 id=\"chu-u\">U</h2>"))
    }

    /// Sortable tables are sorted by name in the browser with its Vietnamese
    /// collator (`.ci/browser-check` compares the result with the A–Z rule).
    @Test func sortingByNameUsesTheVietnameseCollator() {
        let js = BuiltInTheme.dtiJS
        #expect(js.contains("new Intl.Collator(\"vi\")") && js.contains("collator.compare(a, b)"))
    }

    /// The ranking's answer comes first: rank, unit, total with its maximum, class; then the indices.
    @Test func rankingTablesPutTheAnswerFirst() throws {
        let page = SiteTestSupport.text(Self.site, "xep-hang/2022/so-ban-nganh/index.html")
        let head = try #require(page.range(of: "<table class=\"ranking\"").flatMap { start in page.range(of: "</thead>", range: start.upperBound..<page.endIndex).map { String(page[start.lowerBound..<$0.upperBound]) } })
        let order = ["Hạng", "Đơn vị", "Tổng điểm", "Xếp loại", "Nhận thức"].map { head.range(of: ">" + $0)?.lowerBound }
        #expect(order.allSatisfy { $0 != nil } && order == order.sorted { $0! < $1! })
        #expect(head.contains("Tổng điểm <span class=\"max\">(/ 245)</span>"))
        // Sở Tư pháp 206,45/245, hạng 13, Tốt; Sở Giao thông vận tải 187,390, hạng 15, Khá.
        #expect(page.contains("<td class=\"num\" data-value=\"13\">13</td><th scope=\"row\"><a href=\"../../../don-vi/so-tu-phap/\">Sở Tư pháp</a></th><td class=\"num total\"><span class=\"v\">206<span class=\"fr3\">,45</span></span></td><td data-value=\"1\"><span class=\"badge cls-tot\">Tốt</span></td>"))
        #expect(page.contains("<td class=\"num\" data-value=\"15\">15</td><th scope=\"row\"><a href=\"../../../don-vi/so-giao-thong-van-tai/\">Sở Giao thông vận tải</a></th><td class=\"num total\"><span class=\"v\">187<span class=\"fr3\">,390</span></span></td><td data-value=\"2\"><span class=\"badge cls-kha\">Khá</span></td>"))
        // The province's row of the national table is turned on its side.
        let national = SiteTestSupport.text(Self.site, "xep-hang/2022/tinh-thanh-pho/index.html")
        #expect(national.contains("<table class=\"unit-result\">") && national.contains("<th scope=\"row\">Hạng</th><td class=\"num\">Hạng 17/63</td>"))
        #expect(national.contains("<th scope=\"row\">DTI</th><td class=\"num\">0,6342<span class=\"max\"> / 1</span>"))
    }

    /// A department's CQS is all its indices: its points are the published total, digits and all.
    @Test func pillarPointsShowThePublishedTotal() {
        let unit = SiteTestSupport.text(Self.site, "don-vi/so-giao-thong-van-tai/index.html")
        #expect(!unit.contains("187,39 ") && !unit.contains(">187<span class=\"fr2\">,39<"))
        #expect(unit.contains("<td class=\"num\">187,390 <span class=\"max\">/ 245</span></td>"))
        let pillar = SiteTestSupport.text(Self.site, "tru-cot/cqs/2022/so-ban-nganh/index.html")
        #expect(pillar.contains("<span class=\"v\">187<span class=\"fr3\">,390</span></span> <span class=\"mx3\">/ 245</span>"))
        #expect(!pillar.contains("187,39 /"))
    }

    @Test func numberColumnsAlignOnTheCommaWithoutChangingTheDigits() {
        func cell(_ column: NumberColumn, _ value: String, max: String? = nil) -> String {
            var html = HTML()
            column.write(value, max: max, into: &html)
            return html.string
        }
        let mixed = NumberColumn(["233,06", "187,390", "40"])
        #expect(mixed.aligned && mixed.fraction == 3)
        #expect(cell(mixed, "187,390") == "<span class=\"v\">187<span class=\"fr3\">,390</span></span>")
        #expect(cell(mixed, "40") == "<span class=\"v\">40<span class=\"fr3\"></span></span>")
        // One number of decimals: right alignment already lines them up; plain text.
        let even = NumberColumn(["0,6342", "0,4670"])
        #expect(!even.aligned && cell(even, "0,6342") == "0,6342")
        #expect(cell(even, "0,6342", max: "1") == "0,6342 <span class=\"max\">/ 1</span>")
        // Maxima of different widths get boxes of the widest.
        let maxima = NumberColumn(["40", "95,7"], maxima: ["40", "130"])
        #expect(cell(maxima, "95,7", max: "130") == "<span class=\"v\">95<span class=\"fr1\">,7</span></span> <span class=\"mx3\">/ 130</span>")
        #expect(NumberColumn.decimals("187,390") == 3 && NumberColumn.decimals("–") == 0)
    }

    @Test func assessmentsAreSummarisedWithTheFullTableOneTapAway() throws {
        let items: [AssessmentItem] = [("1.1", "✓", "Tiếp tục duy trì"), ("1.3", "33,3%", "Tham mưu ký văn bản"),
                                       ("2.8", "Chưa ban hành", "Ban hành chính sách"), ("4.1", "✓", "Triển khai theo công văn 2224"),
                                       ("4.2", "Không có số liệu", "Triển khai theo công văn 2224"), ("6.4", "", ""),
                                       ("3.1", "✓ (2022: 74.36%)", "Tiếp tục duy trì, có tài liệu rõ ràng")].map {
            AssessmentItem(code: IndexCode($0.0)!, assessment: $0.1, recommendation: $0.2, score: nil, line: 0)
        }
        let summary = AssessmentSummary(items)
        #expect(summary.actions == [.init(recommendation: "Tham mưu ký văn bản", codes: [IndexCode("1.3")!]),
                                    .init(recommendation: "Ban hành chính sách", codes: [IndexCode("2.8")!]),
                                    .init(recommendation: "Triển khai theo công văn 2224", codes: [IndexCode("4.1")!, IndexCode("4.2")!])])
        #expect(summary.counts.map(\.count) == [3, 2, 1, 1])
        // On Hậu Giang's page: the actions listed first, the 106-row table closed.
        let page = SiteTestSupport.text(Self.site, "don-vi/hau-giang/index.html")
        let actions = try #require(page.range(of: "Khuyến nghị cần thực hiện")?.lowerBound)
        let table = try #require(page.range(of: "<details class=\"full-table\">")?.lowerBound)
        #expect(actions < table && page.contains("<li><strong>Tham mưu Người đứng đầu ký văn bản chỉ đạo về CDS</strong> – 1.3 "))
    }

    /// Paper: a source line with the page address (the print date is added by
    /// the script when printing), headings of sorted tables kept, share block left out.
    @Test func unitPagesPrintAsAReport() {
        let page = SiteTestSupport.text(Self.site, "don-vi/so-tu-phap/index.html")
        #expect(page.contains("<p class=\"print-only source\"><strong>Nguồn số liệu: </strong>"))
        #expect(page.contains("Trang in từ https://dti.haugiang.gov.vn/don-vi/so-tu-phap/.<span data-print-date=\"\"></span></p>"))
        let css = String(decoding: BuiltInTheme.styleCSS.utf8, as: UTF8.self)
        #expect(css.contains("button:not(.sort)") && css.contains(".share, .status { display: none !important; }"))
        // The trend of values has its own heading; the history of ranks keeps its own.
        let hauGiang = SiteTestSupport.text(Self.site, "don-vi/hau-giang/index.html")
        #expect(hauGiang.contains("<h2 id=\"dien-bien\">Diễn biến giá trị qua các kỳ</h2>") && hauGiang.contains("<h2 id=\"lich-su\">Lịch sử xếp hạng</h2>"))
    }

    /// No two landmarks share a name: a table's scrolling region is named
    /// for the table ("Bảng …"), not for the section around it.
    @Test func scrollRegionsAreNamedApartFromTheirSections() {
        for path in ["don-vi/so-tu-phap/index.html", "don-vi/hau-giang/index.html", "xep-hang/2022/so-ban-nganh/index.html", "tru-cot/cqs/index.html"] {
            let page = SiteTestSupport.text(Self.site, path)
            let regions = SiteTestSupport.attributeValues("aria-label", in: page).filter { page.contains("role=\"region\" aria-label=\"\($0)\"") }
            #expect(Set(regions).count == regions.count, "\(path): \(regions)")
            #expect(regions.allSatisfy { $0.hasPrefix("Bảng") }, "\(path): \(regions)")
        }
    }
}
