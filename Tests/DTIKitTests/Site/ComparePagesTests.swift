import Foundation
import Testing
@testable import DTIKit

/// What the pages carry for search and comparison without JavaScript: the
/// compare page's explanation, the unit pages' "So sánh với…" links, the
/// A–Z letter index, the home form, and which pages load which script.
@Suite("Search and compare pages")
struct ComparePagesTests {
    static func page(_ path: String, _ root: String = SiteTestSupport.bundled) -> String {
        SiteTestSupport.text(root, path + "index.html")
    }

    @Test("the compare page explains it needs JavaScript and links every group's ranking")
    func comparePage() {
        let html = Self.page("so-sanh/")
        #expect(html.contains("<title>So sánh đơn vị – Chỉ số chuyển đổi số tỉnh Hậu Giang</title>"))
        #expect(html.contains("<p class=\"no-js-hint notes\">Trang so sánh cần JavaScript"))
        #expect(html.contains("<div id=\"so-sanh\" class=\"compare\" data-enhancement=\"\" data-root=\"../\" data-index=\"../tim-kiem/chi-muc.json\"></div>"))
        for group in ["so-ban-nganh", "nganh-doc", "ubnd-huyen"] {
            #expect(html.contains("<a href=\"../xep-hang/2022/\(group)/\">"), "\(group)")
        }
        let scripts = SiteTestSupport.attributeValues("src", in: html).filter { $0.hasSuffix(".js") }
        #expect(scripts == ["../assets/words.vi.js", "../assets/dti.js", "../assets/search.js", "../assets/compare-view.js", "../assets/compare.js"])
        #expect(SiteTestSupport.text(SiteTestSupport.bundled, "sitemap.xml").contains("<loc>https://dti.haugiang.gov.vn/so-sanh/</loc>"))
    }

    @Test("unit pages link to a comparison with the unit and its nearest peers")
    func unitLinks() {
        func link(_ slug: String) -> String? {
            let html = Self.page("don-vi/\(slug)/")
            return SiteTestSupport.attributeValues("href", in: html).first { $0.hasPrefix("../../so-sanh/") }
        }
        // Rank 13 of 19: the units ranked 12 and 14.
        #expect(link("so-tu-phap") == "../../so-sanh/?don-vi=so-tu-phap,so-cong-thuong,so-y-te")
        #expect(Self.page("don-vi/so-tu-phap/").contains("So sánh với Sở Công Thương và Sở Y tế →"))
        // First and last: the two nearest.
        #expect(link("so-nong-nghiep-va-phat-trien-nong-thon") == "../../so-sanh/?don-vi=so-nong-nghiep-va-phat-trien-nong-thon,so-khoa-hoc-va-cong-nghe,so-thong-tin-va-truyen-thong")
        #expect(link("thanh-tra-tinh") == "../../so-sanh/?don-vi=thanh-tra-tinh,so-tai-nguyen-va-moi-truong,ban-dan-toc-tinh")
        // Alone in its latest table: the unit only; no results: no link.
        #expect(link("hau-giang") == "../../so-sanh/?don-vi=hau-giang")
        #expect(link("thanh-pho-can-tho") == nil)
    }

    @Test("the A–Z list opens with a letter index linking its headings in order")
    func letterIndex() throws {
        let html = Self.page("don-vi/")
        let nav = try #require(html.range(of: "<nav class=\"letters\" aria-label=\"Chữ cái đầu của tên đơn vị\">"))
        let list = try #require(html.range(of: "<div id=\"danh-sach-don-vi\">"))
        #expect(nav.lowerBound < list.lowerBound)
        let links = SiteTestSupport.attributeValues("href", in: String(html[nav.lowerBound..<list.lowerBound])).filter { $0.hasPrefix("#") }
        let headings = SiteTestSupport.attributeValues("id", in: String(html[list.lowerBound...])).filter { $0.hasPrefix("chu-") }
        #expect(links == headings.map { "#" + $0 })
        #expect(links == ["#chu-b", "#chu-c", "#chu-h", "#chu-k", "#chu-n", "#chu-s", "#chu-t", "#chu-u", "#chu-v"])
    }

    @Test("the home search form opens the A–Z list without JavaScript; the index is fetched with it")
    func homeForm() {
        let html = Self.page("")
        #expect(html.contains("<form class=\"search site-search\" action=\"don-vi/\" method=\"get\" role=\"search\" data-index=\"tim-kiem/chi-muc.json\" data-root=\"./\">"))
        #expect(html.contains("<input id=\"tim-kiem\" type=\"search\" name=\"q\""))
        #expect(html.contains("aria-controls=\"ket-qua-tim-kiem\""))
        #expect(html.contains("<div class=\"search-status\" role=\"status\" data-enhancement=\"\"></div>"))
        let scripts = SiteTestSupport.attributeValues("src", in: html).filter { $0.hasSuffix(".js") }
        #expect(scripts == ["assets/words.vi.js", "assets/dti.js", "assets/search.js", "assets/search-box.js"])
    }

    @Test("ranking pages load the tick-box script; other pages load no extra script")
    func scripts() {
        let ranking = Self.page("xep-hang/2022/so-ban-nganh/")
        #expect(ranking.contains("<script src=\"../../../assets/compare-pick.js\" defer></script>"))
        #expect(!ranking.contains("type=\"checkbox\""))
        for path in ["don-vi/", "xep-hang/", "phuong-phap/", "gioi-thieu/"] {
            #expect(Self.page(path).components(separatedBy: "<script").count == 3, "\(path)")   // the words, then dti.js
        }
    }

    @Test("under a sub-path the compare page and the form link relatively")
    func subPath() {
        let (root, report) = SiteTestSupport.build(baseURL: "https://example.gov.vn/dti/")
        #expect(report.succeeded)
        #expect(Self.page("so-sanh/", root).contains("data-root=\"../\" data-index=\"../tim-kiem/chi-muc.json\""))
        #expect(Self.page("so-sanh/", root).contains("<link rel=\"canonical\" href=\"https://example.gov.vn/dti/so-sanh/\">"))
        #expect(SiteTestSupport.brokenLinks(in: root, basePath: "/dti/").isEmpty)
    }

    @Test("every built-in script is published, and a theme can replace one")
    func assets() {
        let names = BuiltInTheme.files.map(\.name)
        for name in ["search.js", "search-box.js", "compare.js", "compare-view.js", "compare-pick.js"] {
            #expect(names.contains(name), "\(name)")
            #expect(FileSystem.isFile(SiteTestSupport.bundled + "/assets/" + name), "\(name)")
        }
    }
}
