import Foundation
import Testing
@testable import DTIKit

/// What a unit offers for sharing beyond its page: link-preview meta tags,
/// the badge, the embed card, the A4 card with its QR code, and the page
/// titles and descriptions in plain words.
@Suite("Share, embed and print")
struct ShareAndEmbedTests {
    /// The bundled units that have results (a badge, embed and A4 card each).
    static func rankedUnits(_ site: String) -> [String] {
        (FileSystem.list(site + "/don-vi") ?? []).filter { FileSystem.exists(site + "/don-vi/" + $0 + "/the-hieu.svg") }.sorted()
    }

    /// The `content` of `<meta property|name="key">` in a page.
    static func meta(_ key: String, in html: String) -> String? {
        for attribute in ["property", "name"] {
            let marker = "<meta \(attribute)=\"\(key)\" content=\""
            if let start = html.range(of: marker) {
                return unescaped(String(html[start.upperBound...].prefix { $0 != "\"" }))
            }
        }
        return nil
    }

    static func title(_ html: String) -> String? {
        html.range(of: "<title>").flatMap { start in html[start.upperBound...].range(of: "</title>").map { unescaped(String(html[start.upperBound..<$0.lowerBound])) } }
    }

    /// Text as a reader sees it: the writer's entities undone (`&#39;` is one character).
    static func unescaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test("Every page: a title of at most 70 characters; og:title without the site's name; og:image an absolute URL to a card that exists, with size and alt")
    func metaTags() throws {
        let site = SiteTestSupport.bundled
        let base = "https://dti.haugiang.gov.vn/"
        let siteTitle = "Chỉ số chuyển đổi số tỉnh Hậu Giang", englishTitle = "Digital Transformation Index of Hậu Giang Province"
        let pages = SiteTestSupport.files(site).filter { $0.hasSuffix(".html") }
        #expect(pages.count > 100)
        for page in pages {
            let html = SiteTestSupport.text(site, page)
            let title = try #require(Self.title(html), "\(page)")
            #expect(title.count <= 70 && !title.isEmpty, "\(page): \(title.count) characters")
            guard !page.hasSuffix("/nhung/index.html"), !page.hasSuffix("/in/index.html") else { continue }
            let ogTitle = try #require(Self.meta("og:title", in: html), "\(page)")
            let english = page.hasPrefix("en/")
            let ownTitle = english ? englishTitle : siteTitle
            #expect(ogTitle.count <= 70 && !ogTitle.hasSuffix(" – " + ownTitle), "\(page): \(ogTitle)")
            #expect(Self.meta("og:site_name", in: html) == ownTitle, "\(page)")
            let image = try #require(Self.meta("og:image", in: html), "\(page)")
            #expect(image.hasPrefix(base) && image.hasSuffix("/the-chia-se.png"), "\(page): \(image)")
            #expect(FileSystem.exists(site + "/" + image.dropFirst(base.count)), "\(page): \(image)")
            #expect(Self.meta("og:image:width", in: html) == "1200" && Self.meta("og:image:height", in: html) == "630")
            #expect((Self.meta("og:image:alt", in: html)?.count ?? 0) > 20, "\(page)")
            #expect(Self.meta("twitter:card", in: html) == "summary_large_image")
            #expect(Self.meta("twitter:image", in: html) == image)
            #expect(html.contains("<link rel=\"apple-touch-icon\" href=\"") && html.contains("sizes=\"32x32\""))
        }
        let unit = SiteTestSupport.text(site, "don-vi/so-tu-phap/index.html")
        #expect(Self.meta("og:image", in: unit) == base + "don-vi/so-tu-phap/the-chia-se.png")
        #expect(Self.meta("og:image:alt", in: unit) == "Thẻ kết quả chuyển đổi số: Sở Tư pháp, năm 2022: 206,45 / 245 điểm, hạng 13/19, xếp loại Tốt.")
        // With the site's name it would pass 70 characters, so the title stands alone (og:site_name names the site).
        #expect(Self.title(unit) == "Sở Tư pháp: Hạng 13/19, Tốt (DTI năm 2022)")
        #expect(Self.title(SiteTestSupport.text(site, "xep-hang/index.html")) == "Bảng xếp hạng – Chỉ số chuyển đổi số tỉnh Hậu Giang")
        // The description is sentences, not "CQS 0,8427 (hạng 13)".
        let description = try #require(Self.meta("description", in: unit))
        #expect(description.hasPrefix("Năm 2022, Sở Tư pháp đạt 206,45 trên 245 điểm chuyển đổi số, đứng thứ 13 trong 19 đơn vị"))
        #expect(!description.contains("CQS") && !description.contains("(hạng"))
        let province = SiteTestSupport.text(site, "don-vi/hau-giang/index.html")
        let provinceDescription = try #require(Self.meta("description", in: province))
        #expect(provinceDescription.contains("đạt chỉ số chuyển đổi số (DTI) 0,6342, đứng thứ 17 trong 63 đơn vị"))
        #expect(provinceDescription.contains("Theo trụ cột: chính quyền số thứ 13, kinh tế số thứ 20, xã hội số thứ 16."))
        // Across the QĐ 1726 → QĐ 922 break no points are compared, only the rank.
        #expect(provinceDescription.contains("Giữ nguyên hạng so với năm 2021 (bộ chỉ số đã thay đổi nên không so sánh điểm)."))
        #expect(Self.meta("og:image", in: SiteTestSupport.text(site, "xep-hang/2022/so-ban-nganh/index.html")) == base + "xep-hang/2022/so-ban-nganh/the-chia-se.png")
        #expect(Self.meta("og:image", in: SiteTestSupport.text(site, "phuong-phap/index.html")) == base + "the-chia-se.png")
    }

    @Test("Under a sub-path, card, badge and embed URLs carry it; long names keep the result in a title of at most 70 characters")
    func subPathAndLongTitles() throws {
        let (site, report) = SiteTestSupport.build(content: CardTestSupport.content(), baseURL: "https://example.gov.vn/dti/", shareCards: true)
        #expect(report.succeeded)
        let page = SiteTestSupport.text(site, "don-vi/so-a/index.html")
        #expect(Self.meta("og:image", in: page) == "https://example.gov.vn/dti/don-vi/so-a/the-chia-se.png")
        #expect(page.contains("&lt;iframe src=&quot;https://example.gov.vn/dti/don-vi/so-a/nhung/&quot;"))
        #expect(page.contains("&lt;img src=&quot;https://example.gov.vn/dti/don-vi/so-a/the-hieu.svg&quot;"))
        #expect(SiteTestSupport.brokenLinks(in: site, basePath: "/dti/") == [])
        let long = try #require(SiteTestSupport.files(site).first { $0.hasPrefix("don-vi/uy-ban") && $0.hasSuffix("/index.html") && $0.split(separator: "/").count == 3 })
        let title = try #require(Self.title(SiteTestSupport.text(site, long)))
        #expect(title.count <= 70 && title.hasPrefix("Ủy ban nhân dân xã") && title.hasSuffix("…: Hạng 2/4, Khá (DTI năm 2022)"), "\(title)")
    }

    @Test("The badge of every bundled unit: at most 2 kB, well-formed, self-contained, with an accessible name")
    func badges() throws {
        let site = SiteTestSupport.bundled
        let units = Self.rankedUnits(site)
        #expect(units.count >= 32)
        var documents: [String] = []
        for slug in units {
            let svg = SiteTestSupport.text(site, "don-vi/\(slug)/the-hieu.svg")
            #expect(svg.utf8.count <= 2048, "\(slug): \(svg.utf8.count) bytes")
            let label = try #require(svg.range(of: " aria-label=\"").map { String(svg[$0.upperBound...].prefix { $0 != "\"" }) })
            #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.contains(" role=\"img\""))
            #expect(svg.contains("<title>\(label)</title>") && label.hasPrefix("DTI "), "\(slug)")
            // Nothing fetched: no links, images or imports; the only URL is the namespace.
            #expect(!svg.contains("href") && !svg.contains("<image") && !svg.contains("@import"), "\(slug)")
            #expect(svg.components(separatedBy: "http").count == 2, "\(slug)")
            documents.append(svg)
        }
        let tuPhap = SiteTestSupport.text(site, "don-vi/so-tu-phap/the-hieu.svg")
        #expect(tuPhap.contains(">DTI 2022</text>") && tuPhap.contains(">Hạng 13/19 · Tốt</text>"))
        #expect(tuPhap.contains("aria-label=\"DTI 2022: hạng 13/19, xếp loại Tốt\""))
        // An independent XML parser reads every badge.
        let script = FormatsTestSupport.pythonPacking + """
            import xml.etree.ElementTree as ET
            out = []
            for item in items:
                root = ET.fromstring(item)
                out.append(('%s|%s|%d' % (root.tag, root.get('role'), len(list(root.iter('{http://www.w3.org/2000/svg}text'))))).encode())
            open(sys.argv[2], 'wb').write(pack(out))
            """
        let parsed = try #require(FormatsTestSupport.python(script, input: FormatsTestSupport.pack(documents.map { Array($0.utf8) })))
        for line in FormatsTestSupport.unpack(parsed) { #expect(String(decoding: line, as: UTF8.self) == "{http://www.w3.org/2000/svg}svg|img|2") }
    }

    @Test("The embed card: minimal, noindex, bars and a link back; the unit page offers both snippets in a details element, without JavaScript")
    func embedPage() throws {
        let site = SiteTestSupport.bundled
        let embed = SiteTestSupport.text(site, "don-vi/so-tu-phap/nhung/index.html")
        #expect(embed.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(embed.contains("<link rel=\"canonical\" href=\"https://dti.haugiang.gov.vn/don-vi/so-tu-phap/\">"))
        #expect(!embed.contains("<nav") && !embed.contains("<footer") && embed.contains("<h1>Sở Tư pháp</h1>"))
        #expect(embed.contains("<strong>206,45</strong>") && embed.contains("<strong>Hạng 13/19</strong> <span class=\"badge cls-tot\">Tốt</span>"))
        #expect(embed.contains("<th scope=\"row\">Hoạt động chính quyền số</th>") && embed.contains("<td class=\"num\">95,7 / 130</td>"))
        #expect(embed.contains("<a href=\"https://dti.haugiang.gov.vn/don-vi/so-tu-phap/\" target=\"_blank\" rel=\"noopener\">Xem chi tiết trên"))
        #expect(embed.utf8.count < 8 * 1024)
        let page = SiteTestSupport.text(site, "don-vi/so-tu-phap/index.html")
        let details = try #require(page.range(of: "<details class=\"embed-code\">").map { String(page[$0.lowerBound...]) })
        #expect(details.contains("<summary>Đưa kết quả lên trang web khác</summary>"))
        #expect(details.contains("<code>&lt;iframe src=&quot;https://dti.haugiang.gov.vn/don-vi/so-tu-phap/nhung/&quot;"))
        #expect(details.contains("<img src=\"the-hieu.svg\" alt=\"DTI 2022: hạng 13/19, xếp loại Tốt\">"))
        #expect(details.contains("<a href=\"nhung/\">xem trước</a>"))
        #expect(page.contains("<a href=\"in/\">Thẻ kết quả in một trang A4 (có mã QR)</a>"))
        #expect(page.contains("<a href=\"the-chia-se.png\">Ảnh chia sẻ (PNG 1200×630)</a>"))
    }

    @Test("Hostile unit names stay text in the badge, the embed card and the A4 card")
    func hostileNamesAreEscaped() throws {
        let (site, report) = SiteTestSupport.build(content: CardTestSupport.content(), shareCards: true)
        #expect(report.succeeded)
        let slug = try #require(Self.rankedUnits(site).first { $0.contains("script") })
        #expect(FileSystem.exists(site + "/don-vi/\(slug)/the-chia-se.png"))
        for file in ["nhung/index.html", "in/index.html", "index.html"] {
            let text = SiteTestSupport.text(site, "don-vi/\(slug)/\(file)")
            #expect(!text.contains("<script>alert"), "\(file)")
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(file)")
        }
    }

    @Test("The A4 card of every bundled unit: headline, indices with maximum and group mean, source, legal basis, print date, and a QR code that zxing-cpp reads as the permalink")
    func printCardsAndTheirQRCodes() throws {
        let site = SiteTestSupport.bundled
        var input: [[String: Any]] = []
        var permalinks: [String] = []
        for slug in Self.rankedUnits(site) {
            let page = SiteTestSupport.text(site, "don-vi/\(slug)/in/index.html")
            let permalink = "https://dti.haugiang.gov.vn/don-vi/\(slug)/"
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">") && page.contains("<link rel=\"canonical\" href=\"\(permalink)\">"))
            #expect(page.contains("class=\"card-score\"") && page.contains("<th scope=\"col\" class=\"num\">TB nhóm</th>"), "\(slug)")
            #expect(page.contains("<strong>Nguồn: </strong>") && page.contains("<strong>Căn cứ: </strong>Quyết định"), "\(slug)")
            #expect(page.contains("<strong>Ngày in: </strong><span data-print-date=\"\">"), "\(slug)")
            #expect(page.contains("<a href=\"\(permalink)\" class=\"pc-url\">\(permalink)</a>"), "\(slug)")
            let svg = try #require(page.range(of: "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").map { String(page[$0.lowerBound...]) }, "\(slug)")
            let side = try #require(Int(svg.dropFirst("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ".count).prefix { $0 != " " }))
            let d = try #require(svg.components(separatedBy: " d=\"").dropFirst().first?.components(separatedBy: "\"").first)
            let grid = try QRCodeTestSupport.rasterise(pathData: d, side: side)
            input.append(["rows": grid[4..<(side - 4)].map { String($0[4..<(side - 4)].map { $0 ? "1" : "0" }) }])
            permalinks.append(permalink)
        }
        #expect(permalinks.count >= 32)
        let hauGiang = SiteTestSupport.text(site, "don-vi/hau-giang/in/index.html")
        #expect(hauGiang.contains("<h2 id=\"pc-tru-cot\">Giá trị trụ cột</h2>"))
        #expect(hauGiang.contains("<th scope=\"row\">Chính quyền số</th><td class=\"num\">0,7235</td><td class=\"num\">13/63</td>"))
        guard let output = try QRCodeTestSupport.runPython(needing: ["numpy", "zxingcpp"], script: QRCodeReferenceTests.zxingScript, input: input) else { return }
        let results = try #require(output as? [[[String: Any]]])
        #expect(results.count == permalinks.count)
        for (found, permalink) in zip(results, permalinks) {
            #expect(found.count == 1 && found.first?["text"] as? String == permalink, "\(permalink): \(found)")
        }
    }
}
