import Foundation
import Testing
@testable import DTIKit

/// The English edition's unit pages (issue 20): the bundled Content's Hậu
/// Giang page, its A4 and embed cards and a department's page read as
/// English, with English number forms and the real numbers of the seeds;
/// proper names and published texts stay as they are.
@Suite("English unit pages")
struct EnglishUnitPageTests {
    static let site = SiteTestSupport.bundled

    static func page(_ path: String) -> String { SiteTestSupport.text(site, "en/" + path) }

    /// The first element starting with `open` up to its closing `close`.
    static func segment(_ page: String, from open: String, to close: String) -> String? {
        guard let start = page.range(of: open), let end = page.range(of: close, range: start.upperBound..<page.endIndex) else { return nil }
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// Markup as a reader reads it: elements marked `lang="vi"` (texts
    /// published in Vietnamese) left out, tags dropped, entities read.
    static func readerText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: #"<(\w+)[^>]* lang="vi"[^>]*>[^<]*</\1>"#, with: "", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        for (entity, character) in [("&#39;", "'"), ("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    /// Letters only Vietnamese uses, left after the proper names are taken out.
    static func vietnameseLetters(_ text: String, names: [String]) -> [String] {
        var rest = text
        for name in names { rest = rest.replacingOccurrences(of: name, with: "") }
        let words = rest.split(whereSeparator: { $0 == " " || $0 == "\n" })
        return words.filter { word in word.unicodeScalars.contains { (0xC0...0x1EF9).contains($0.value) && $0.value != 0xD7 } }.map(String.init)
    }

    @Test("Hậu Giang's English page: headline, pillars and history in English words and number forms, from the seeds")
    func hauGiangSentences() throws {
        let page = Self.page("don-vi/hau-giang/index.html")
        let headline = try #require(Self.segment(page, from: "<section class=\"headline\"", to: "</section>"))
        #expect(headline.contains("aria-label=\"Latest result\""))
        #expect(headline.contains("<p class=\"headline-context\">2022 · <a href=\"../../xep-hang/2022/tinh-thanh-pho/\">Provinces and centrally-run cities</a></p>"))
        #expect(headline.contains("<strong class=\"big\">0.6342</strong><span class=\"max\"> / 1</span><span class=\"max\"> · total score 634.24 / 1000</span>"))
        #expect(headline.contains("<strong>Rank 17 of 63</strong>"))
        #expect(headline.contains("Compared with 2021: <span class=\"change same\">= same rank</span> · <span class=\"change up\">+0.1672 DTI</span>"))

        let pillars = try #require(Self.segment(page, from: "<table class=\"pillars\">", to: "</table>"))
        #expect(pillars.contains("<caption>Value 0–1 = (points of the pillar&#39;s foundation indices + its activity index) / their maximum points; 2022.</caption>"))
        #expect(pillars.contains("<a href=\"../../tru-cot/cqs/\">Digital government (CQS)</a></th><td class=\"num\">0.7235</td><td class=\"num\"><span class=\"v\">506<span class=\"fr2\">.42</span></span> <span class=\"mx4\">/ 700</span></td><td class=\"num\">13 of 63</td>"))

        let indices = try #require(Self.segment(page, from: "<table class=\"index-ranks\">", to: "</table>"))
        #expect(indices.contains("<caption>Score of each main index against its maximum, and its rank among 63 units; 2022.</caption>"))
        #expect(indices.contains("<th scope=\"col\">Index</th><th scope=\"col\">Points</th><th scope=\"col\">Rank</th>"))
        #expect(indices.contains(">10 of 63</td>"))

        let history = try #require(Self.segment(page, from: "<table class=\"history\">", to: "</table>"))
        #expect(history.contains("<caption>Every assessment period of Hậu Giang, latest first.</caption>"))
        #expect(history.contains("<th scope=\"row\">2021<span class=\"sub\"><a href=\"../../xep-hang/2021/tinh-thanh-pho/\">Provinces and centrally-run cities</a></span></th><td class=\"num\">DTI 0.4670</td><td class=\"num\">17 of 63</td><td></td><td><span class=\"change up\">▲ 11 places</span> · <span class=\"change up\">+0.1455 DTI</span></td>"))

        let strengths = try #require(Self.segment(page, from: "<section aria-labelledby=\"manh-yeu\">", to: "</section>"))
        #expect(strengths.contains("<h3>Highest share of the maximum</h3>") && strengths.contains("Digital Awareness <span class=\"change up\">▲ 93.3%</span>"))
    }

    @Test("Hậu Giang's English page says where it went in one English sentence, with the legal basis in English")
    func hauGiangLineage() throws {
        let page = Self.page("don-vi/hau-giang/index.html")
        #expect(page.contains("<aside class=\"lineage notes\" aria-label=\"This unit has changed\"><p>This unit was merged into "
                              + "<a href=\"../../don-vi/thanh-pho-can-tho/\">Cần Thơ City</a> on 1 July 2025 under Resolution No. 202/2025/QH15 "
                              + "of 12 June 2025 of the National Assembly on the arrangement of provincial-level administrative units. "
                              + "The results below are those of Hậu Giang before that date.</p></aside>"))
        let canTho = Self.page("don-vi/thanh-pho-can-tho/index.html")
        #expect(canTho.contains("There are no assessment results for Cần Thơ City on this portal yet."))
        #expect(canTho.contains("<h2 id=\"tien-than\">Units merged into Cần Thơ City</h2>"))
        #expect(canTho.contains("<p>Merged on 1 July 2025 under Resolution No. 202/2025/QH15 of 12 June 2025"))
        // The Vietnamese page still says it the Vietnamese way.
        let vietnamese = SiteTestSupport.text(Self.site, "don-vi/hau-giang/index.html")
        #expect(vietnamese.contains("Đơn vị này đã sáp nhập vào <a href=\"../../don-vi/thanh-pho-can-tho/\">Thành phố Cần Thơ</a> từ ngày 1/7/2025. Căn cứ: Nghị quyết số 202/2025/QH15"))
    }

    @Test("Hậu Giang's English page: assessments summarised in English, published texts marked Vietnamese; citation and embed code in English")
    func hauGiangAssessmentsAndSharing() throws {
        let page = Self.page("don-vi/hau-giang/index.html")
        let assessments = try #require(Self.segment(page, from: "<section aria-labelledby=\"danh-gia\">", to: "</section>"))
        #expect(assessments.contains("<h3>2022: 106 component indices</h3>"))
        #expect(assessments.contains("<p>Recommendations calling for action (40, as published in Vietnamese):</p>"))
        #expect(assessments.contains("<li>Met (✓): 35</li><li>Figure or other remark: 59</li><li>No data: 6</li><li>Not assessed: 6</li>"))
        #expect(assessments.contains("<strong lang=\"vi\">Tham mưu Người đứng đầu ký văn bản chỉ đạo về CDS</strong>"))
        #expect(assessments.contains("<td lang=\"vi\">Tiếp tục duy trì</td>"))

        let share = try #require(Self.segment(page, from: "<section class=\"share\"", to: "</section>"))
        #expect(share.contains("<p class=\"citation\"><strong>Cite as: </strong>Council for Assessing and Ranking the Digital Transformation Level of Hậu Giang Province, "
                               + "“Digital transformation results: Hậu Giang”, Digital Transformation Index of Hậu Giang Province, "
                               + "https://dti.haugiang.gov.vn/en/don-vi/hau-giang/, accessed …/…/….<span class=\"muted\"> (replace …/…/… with the date you accessed the page)</span></p>"))
        #expect(share.contains("Embeddable results card (<a href=\"nhung/\">preview</a>), HTML code:"))
        #expect(share.contains("&lt;iframe src=&quot;https://dti.haugiang.gov.vn/en/don-vi/hau-giang/nhung/&quot; title=&quot;Digital transformation results of Hậu Giang&quot;"))
    }

    @Test("No Vietnamese interface word is left in the unit page's own sections, its A4 card or its embed card")
    func noVietnameseInterfaceWords() throws {
        let page = Self.page("don-vi/hau-giang/index.html")
        // The unit page's own sections (the charts inside them are drawn by the chart code, checked by its own tests).
        var own: [String] = []
        for (open, close) in [("<aside class=\"lineage notes\"", "</aside>"), ("<section class=\"headline\"", "</section>"),
                              ("<table class=\"index-ranks\">", "</table>"), ("<section aria-labelledby=\"manh-yeu\">", "</section>"),
                              ("<section aria-labelledby=\"tru-cot\">", "</section>"), ("<section aria-labelledby=\"lich-su\">", "</section>"),
                              ("<section aria-labelledby=\"danh-gia\">", "</section>"), ("<section class=\"share\"", "</section>")] {
            own.append(try #require(Self.segment(page, from: open, to: close), "\(open)"))
        }
        own.append(try #require(Self.segment(page, from: "<h2 id=\"dien-bien\">", to: "</h2>")))
        // The badge's own label is the share card's words, not this page's.
        let badgeLabel = try #require(Self.segment(page, from: "<img src=\"the-hieu.svg\" alt=\"", to: "\">"))
            .dropFirst("<img src=\"the-hieu.svg\" alt=\"".count).dropLast(2)
        let text = Self.readerText(own.joined(separator: "\n")).replacingOccurrences(of: String(badgeLabel), with: "")
        let names = ["Hậu Giang", "Cần Thơ", "QĐ"]
        #expect(Self.vietnameseLetters(text, names: names).isEmpty, "\(Self.vietnameseLetters(text, names: names))")
        for word in ["điểm", "Điểm", "Hạng", "hạng", "kỳ", "Năm", "Xếp loại", "Nguồn", "Trích dẫn"] { #expect(!text.contains(word), "\(word)") }

        let card = Self.page("don-vi/hau-giang/in/index.html")
        #expect(card.contains("<html lang=\"en\">") && card.contains("<title>A4 results card: Hậu Giang – 2022</title>"))
        #expect(card.contains("<link rel=\"canonical\" href=\"https://dti.haugiang.gov.vn/en/don-vi/hau-giang/\">"))
        #expect(card.contains("This page prints on one A4 sheet: use your browser&#39;s Print command (Ctrl+P). <a href=\"../../../don-vi/hau-giang/\">Back to the unit&#39;s page</a>"))
        #expect(card.contains("<th scope=\"col\" class=\"num\">Maximum</th><th scope=\"col\" class=\"num\">Mean</th>"))
        #expect(card.contains("<strong>Printed on: </strong>") && card.contains("<strong>Legal basis: </strong>Decision No. 922/QĐ-BTTTT"))
        #expect(card.contains("<figcaption>Scan the code to open the unit&#39;s page</figcaption>"))
        for word in ["Ngày in", "Căn cứ", "Tối đa", "TB nhóm", "Quét mã", "Trang này in"] { #expect(!card.contains(word), "\(word)") }

        let embed = Self.page("don-vi/hau-giang/nhung/index.html")
        #expect(embed.contains("<html lang=\"en\">") && embed.contains("<title>Embeddable card: Hậu Giang – 2022</title>"))
        #expect(embed.contains("<caption>Score of each index against its maximum; grey line: group mean</caption>"))
        #expect(embed.contains(">See the full results: Digital Transformation Index of Hậu Giang Province</a>"))
        #expect(!embed.contains("Xem chi tiết") && !embed.contains("vạch xám"))
    }

    @Test("A department's English page: total in points, rank of 19, group statistics and neighbours in English number forms")
    func departmentPage() throws {
        let page = Self.page("don-vi/so-tu-phap/index.html")
        #expect(page.contains("<span class=\"measure\">Total score</span> <strong class=\"big\">206.45</strong><span class=\"max\"> / 245</span>"))
        #expect(page.contains("<strong>Rank 13 of 19</strong>"))
        #expect(page.contains("Ranked for the first time."))
        #expect(page.contains("<caption>Score of each main index against its maximum, the group&#39;s mean and best, and its rank among 19 units; 2022.</caption>"))
        #expect(page.contains("<td class=\"num\">35.11</td><td class=\"num\">40.00</td>"))
        #expect(page.contains("Sở Xây dựng</a> – 211.25 / 245 points</li>"))
        #expect(page.contains("<td class=\"num\">206.45 / 245 points</td><td class=\"num\">13 of 19</td>"))
        #expect(page.contains("Digital Human Resources <span class=\"change up\">▲ +17 percentage points</span>"))
        // The unit page's own sections (the charts, the compare link, the
        // class badge and the social card are other code's, checked by their tests).
        for (open, close) in [("<section class=\"headline\"", "<span class=\"badge"), ("<table class=\"index-ranks\">", "</table>"),
                              ("<section aria-labelledby=\"tru-cot\">", "</section>"), ("<section aria-labelledby=\"lan-can\">", "</section>"),
                              ("<table class=\"history\">", "<span class=\"badge")] {
            let own = try #require(Self.segment(page, from: open, to: close), "\(open)")
            #expect(Self.vietnameseLetters(Self.readerText(own), names: ["Sở", "Tư pháp", "Xây dựng", "Công Thương", "Y tế", "Giao thông vận tải"]).isEmpty, "\(own)")
        }
    }

    @Test("Lineage dates and citations in each language's form")
    func datesAndCitations() throws {
        let (catalogues, _) = BuiltInCatalogues.load(Language.builtIn)
        let vi = catalogues[0], en = catalogues[1]
        let link = LineageLink(from: "a", to: "b", since: "3/12/2025", sinceISO: "2025-12-03", basis: nil, note: nil, line: 2)
        #expect(UnitLineage.date(link, words: vi) == "3/12/2025")
        #expect(UnitLineage.date(link, words: en) == "3 December 2025")
        // A date the loader did not write is shown as it was given.
        let odd = LineageLink(from: "a", to: nil, since: "sometime", sinceISO: "2025-13-01", basis: nil, note: nil, line: 2)
        #expect(UnitLineage.date(odd, words: en) == "sometime")

        let config = SiteConfig(title: "Cổng DTI", baseURL: "https://example.vn/")
        let table = try #require(ContentLoader.load(from: TestSupport.bundledContent).0?.rankings.first)
        #expect(Citation.ranking(table, site: config, words: .builtInVietnamese, edition: "").hasPrefix("Nguồn: “") && Citation.ranking(table, site: config, words: .builtInVietnamese, edition: "").contains(", truy cập ngày …/…/…."))
        let english = Citation.ranking(table, site: config, words: en, edition: "en/")
        #expect(english.hasPrefix("“") && english.contains(", https://example.vn/en/xep-hang/") && english.hasSuffix(", accessed …/…/…."))
    }
}
