import Foundation
import Testing
@testable import DTIKit

@Suite("Site build")
struct SiteBuildTests {
    @Test func everyPageOfIssueThreeExists() {
        let root = SiteTestSupport.bundled
        for path in ["index.html", "404.html", "sitemap.xml", "robots.txt", "feed.xml", "assets/style.css", "assets/logo.svg",
                     "assets/favicon.svg", "assets/dti.js", "xep-hang/index.html", "xep-hang/2022/so-ban-nganh/index.html",
                     "don-vi/index.html", "don-vi/so-tu-phap/index.html", "tru-cot/index.html", "tru-cot/cqs/index.html",
                     "tru-cot/kts/index.html", "tru-cot/xhs/index.html", "tru-cot/cqs/2022/so-ban-nganh/index.html",
                     "tru-cot/xhs/2022/ubnd-huyen/index.html", "phuong-phap/index.html", "phuong-phap/hau-giang-2022-so-nganh/index.html",
                     "du-lieu/index.html", "du-lieu/xep-hang/2022/so-ban-nganh.csv", "du-lieu/xep-hang/2022/so-ban-nganh.json",
                     "du-lieu/don-vi/so-tu-phap.json", "du-lieu/SHA256SUMS", "du-lieu/index.json"] {
            #expect(FileSystem.isFile(root + "/" + path), "missing \(path)")
        }
        // Pillar rankings exist only where the framework has the pillar.
        #expect(!FileSystem.isFile(root + "/tru-cot/kts/2022/so-ban-nganh/index.html"))
    }

    @Test func everySeed000UnitHasAPageWithItsTotalAndClass() {
        let root = SiteTestSupport.bundled
        let units = Seed000Tests.soBanNganh + Seed000Tests.nganhDoc + Seed000Tests.ubndHuyen
        #expect(units.count == 32)
        for unit in units {
            let page = SiteTestSupport.text(root, "don-vi/\(SlugTransliteration.slug(unit.name))/index.html")
            let total = unit.total.replacingOccurrences(of: ".", with: ",")
            #expect(page.contains("<strong class=\"big\">\(total)</strong>"), "\(unit.name): \(total)")
            #expect(page.contains(">\(unit.className)</span>"), "\(unit.name): \(unit.className)")
            #expect(page.contains("Hạng \(unit.rank)/"), "\(unit.name): rank \(unit.rank)")
        }
        // Published precision survives to the page: three decimals beside two,
        // the fraction in a box as wide as the column's longest (aligned on the comma).
        #expect(SiteTestSupport.text(root, "xep-hang/2022/so-ban-nganh/index.html").contains("<span class=\"v\">187<span class=\"fr3\">,390</span></span>"))
        #expect(SiteTestSupport.text(root, "xep-hang/2022/so-ban-nganh/index.html").contains("<span class=\"v\">187<span class=\"fr3\">,386</span></span>"))
        #expect(SiteTestSupport.text(root, "xep-hang/2022/so-ban-nganh/index.html").contains("<span class=\"v\">206<span class=\"fr3\">,45</span></span>"))
    }

    @Test func unitPagesAreSmallAndCompleteWithoutJavaScript() throws {
        let root = SiteTestSupport.bundled
        // Unit pages themselves (don-vi/<slug>/index.html), not their embed and A4 cards.
        let pages = SiteTestSupport.files(root).filter {
            $0.hasPrefix("don-vi/") && $0.hasSuffix("/index.html") && $0 != "don-vi/index.html" && $0.split(separator: "/").count == 3
        }
        #expect(pages.count >= 32)
        for page in pages {
            let bytes = FileSystem.read(root + "/" + page)!.count
            #expect(bytes <= 60 * 1024, "\(page) is \(bytes) bytes")
            let html = SiteTestSupport.text(root, page)
            // The only script is the deferred enhancement; nothing is injected by it.
            #expect(html.components(separatedBy: "<script").count == 3)   // the words, then dti.js
            #expect(html.contains("<script src=\"../../assets/dti.js\" defer></script>"))
            // Content that needs JavaScript is hidden until the script reveals it.
            #expect(html.contains("class=\"copy-link\" data-url=\"https://dti.haugiang.gov.vn/\(page.dropLast("index.html".count))\" hidden>"))
        }
        let page = SiteTestSupport.text(root, "don-vi/so-giao-thong-van-tai/index.html")
        #expect(page.contains("Hạng 15/19"))
        #expect(page.contains("<link rel=\"canonical\" href=\"https://dti.haugiang.gov.vn/don-vi/so-giao-thong-van-tai/\">"))
        // Title and description carry the unit's result, in plain words.
        #expect(page.contains("<meta property=\"og:title\" content=\"Sở Giao thông vận tải: Hạng 15/19, Khá (DTI năm 2022)\">"))
        #expect(page.contains("<meta name=\"twitter:description\" content=\"Năm 2022, Sở Giao thông vận tải đạt 187,390 trên 245 điểm chuyển đổi số, "
                              + "đứng thứ 15 trong 19 đơn vị (Sở, ban, ngành tỉnh), xếp loại Khá."))
    }

    @Test func noBrokenLinksAtTheRootOrUnderASubPath() {
        #expect(SiteTestSupport.brokenLinks(in: SiteTestSupport.bundled) == [])
        let (output, report) = SiteTestSupport.build(baseURL: "https://example.gov.vn/dti/")
        #expect(report.succeeded)
        #expect(SiteTestSupport.brokenLinks(in: output, basePath: "/dti/") == [])
        let page = SiteTestSupport.text(output, "don-vi/so-tu-phap/index.html")
        #expect(page.contains("href=\"https://example.gov.vn/dti/don-vi/so-tu-phap/\""))
        #expect(SiteTestSupport.text(output, "404.html").contains("href=\"/dti/assets/style.css\""))
        #expect(SiteTestSupport.text(output, "sitemap.xml").contains("<loc>https://example.gov.vn/dti/xep-hang/2022/ubnd-huyen/</loc>"))
        #expect(SiteTestSupport.text(output, "robots.txt").contains("Sitemap: https://example.gov.vn/dti/sitemap.xml"))
    }

    @Test func sitemapListsEveryPage() {
        let root = SiteTestSupport.bundled
        let sitemap = SiteTestSupport.text(root, "sitemap.xml")
        // Every page but the embed and A4 cards, which say noindex and name the unit page as canonical.
        let pages = SiteTestSupport.files(root).filter { $0.hasSuffix("index.html") && !$0.hasSuffix("/nhung/index.html") && !$0.hasSuffix("/in/index.html") }
        for page in pages {
            #expect(sitemap.contains("<loc>https://dti.haugiang.gov.vn/\(page.dropLast("index.html".count))</loc>"), "\(page)")
        }
        #expect(!sitemap.contains("404"))
        // And nothing else: no badge, image or card page.
        #expect(sitemap.components(separatedBy: "<loc>").count - 1 == pages.count)
    }

    @Test func openDataChecksumsMatchTheFiles() throws {
        let root = SiteTestSupport.bundled
        let sums = SiteTestSupport.text(root, "du-lieu/SHA256SUMS").split(separator: "\n")
        #expect(sums.count == SiteTestSupport.files(root).filter { $0.hasPrefix("du-lieu/") && ($0.hasSuffix(".csv") || $0.hasSuffix(".xlsx") || ($0.hasSuffix(".json") && $0 != "du-lieu/index.json")) }.count)
        #expect(sums.contains { $0.hasSuffix("  xep-hang/2022/so-ban-nganh.xlsx") })
        for line in sums {
            let hash = String(line.prefix(64)), path = String(line.dropFirst(66))
            #expect(SHA256.hex(FileSystem.read(root + "/du-lieu/" + path)!) == hash, "\(path)")
        }
        let csv = SiteTestSupport.text(root, "du-lieu/xep-hang/2022/so-ban-nganh.csv")
        #expect(csv.hasPrefix("\u{FEFF}period,group,rank,tied,slug,name,1,2,3,4,5,total,class\r\n"))   // with Excel's UTF-8 BOM
        #expect(csv.contains("2022,so-ban-nganh,15,false,so-giao-thong-van-tai,Sở Giao thông vận tải,25,10,13.32,31,108.07,187.390,Khá"))
        #expect(csv.contains("\"Sở Văn hóa, Thể thao và Du lịch\""))
        let page = SiteTestSupport.text(root, "du-lieu/index.html")
        #expect(page.contains(SHA256.hex(FileSystem.read(root + "/du-lieu/xep-hang/2022/so-ban-nganh.csv")!)))
        #expect(page.contains("id=\"tu-dien-du-lieu\""))
    }

    @Test func feedHasOneEntryPerRankingWithDatesFromTheData() {
        let root = SiteTestSupport.bundled
        let feed = SiteTestSupport.text(root, "feed.xml")
        let (content, _) = ContentLoader.load(from: TestSupport.bundledContent)
        #expect(feed.components(separatedBy: "<entry>").count - 1 == content!.rankings.count)
        #expect(feed.contains("<updated>2023-02-01T00:00:00Z</updated>"))   // "published = 02/2023"
        #expect(SiteFiles.date(RankingTable(period: Period(label: "2022")!, group: "x", file: "", confFile: "", frameworkID: nil, title: "", groupName: nil, source: nil, sourceURL: nil, published: "25/11/2023", note: nil, of: nil, indexCodes: [], hasTotal: false, hasClass: false, hasRank: false, normalizedMeasures: [], rows: [])) == "2023-11-25T00:00:00Z")
    }
}

@Suite("Site pages with the national and An Giang data")
struct SiteDataPagesTests {
    @Test func hauGiangUnitPageShowsItsNationalStanding() throws {
        let page = SiteTestSupport.text(SiteTestSupport.bundled, "don-vi/hau-giang/index.html")
        // Headline: DTI and rank of 63.
        #expect(page.contains("<strong class=\"big\">0,6342</strong>"))
        #expect(page.contains("<strong>Hạng 17/63</strong>"))
        // Pillar table: published value and rank, with points computed from the scores
        // (aligned on the comma, the maxima in boxes as wide as "1000").
        let points = { (value: String, fraction: String, max: String) in
            "<span class=\"v\">\(value)<span class=\"fr2\">\(fraction)</span></span> <span class=\"mx4\">/ \(max)</span>" }
        #expect(page.contains("<td class=\"num\">0,7235</td><td class=\"num\">\(points("506", ",42", "700"))</td><td class=\"num\">13/63</td>"))
        #expect(page.contains("<td class=\"num\">0,6798</td><td class=\"num\">\(points("441", ",9", "650"))</td><td class=\"num\">20/63</td>"))
        #expect(page.contains("<td class=\"num\">0,6209</td><td class=\"num\">\(points("403", ",6", "650"))</td><td class=\"num\">16/63</td>"))
        // Change since 2021: same rank 17, DTI +0,1672.
        #expect(page.contains("= giữ nguyên hạng"))
        #expect(page.contains("+0,1672 DTI"))
        // History holds 2020 and 2021 too, and the 2022 assessments are there.
        #expect(page.contains("DTI 0,3215") && page.contains("28/63"))
        #expect(page.contains("Tham mưu Người đứng đầu ký văn bản chỉ đạo về CDS"))
        // Published per-index ranks.
        #expect(page.contains("Hạ tầng số</th><td class=\"num\"><span class=\"v\">72<span class=\"fr2\">,73</span></span> <span class=\"mx3\">/ 100</span></td><td class=\"num\">10/63</td>"))
        // The headline says what its number is, with its maximum.
        #expect(page.contains("<span class=\"measure\">DTI</span> <strong class=\"big\">0,6342</strong><span class=\"max\"> / 1</span>"))
        // The 106 assessed components: recommendations that ask for action first, counts, the full table closed.
        #expect(page.contains("<ul class=\"counts\"><li>Đạt (✓): 35</li>"))
        #expect(page.contains("<details class=\"full-table\"><summary>") && !page.contains("<details open"))
        #expect(FileSystem.read(SiteTestSupport.bundled + "/don-vi/hau-giang/index.html")!.count <= 60 * 1024)
    }

    @Test func homePageShowsTheProvinceNationalTrend() {
        let home = SiteTestSupport.text(SiteTestSupport.bundled, "index.html")
        #expect(home.contains("Hậu Giang trên bảng xếp hạng DTI quốc gia"))
        #expect(home.contains("0,4670<span class=\"sub\">hạng 17</span>"))
        #expect(home.contains("0,2985<span class=\"sub\">hạng 18</span>"))
        // DTI with its maximum beside it.
        #expect(home.contains("<span class=\"measure\">DTI</span> <strong class=\"big\">0,6342</strong><span class=\"max\"> / 1</span>"))
        #expect(home.contains("href=\"xep-hang/2022/so-ban-nganh/\""))
    }

    @Test func anGiangTreeBuildsWithItsPillarPages() throws {
        let (output, report) = SiteTestSupport.build(content: TestSupport.packageRoot + "/Tests/Fixtures/an-giang")
        #expect(report.succeeded, "\(report.diagnostics.report())")
        #expect(SiteTestSupport.brokenLinks(in: output) == [])
        let cqs = SiteTestSupport.text(output, "tru-cot/cqs/index.html")
        let kts = SiteTestSupport.text(output, "tru-cot/kts/index.html")
        let xhs = SiteTestSupport.text(output, "tru-cot/xhs/index.html")
        // Huyện pillars: 355 foundation points + 140 / 75 / 130.
        #expect(cqs.contains("Tổng (mẫu số)</th><td class=\"num\">495</td>"))
        #expect(kts.contains("Tổng (mẫu số)</th><td class=\"num\">430</td>"))
        #expect(xhs.contains("Tổng (mẫu số)</th><td class=\"num\">485</td>"))
        // Sở has only CQS: 285 + 135.
        #expect(cqs.contains("Tổng (mẫu số)</th><td class=\"num\">420</td>"))
        #expect(!kts.contains("420"))
        let methodology = SiteTestSupport.text(output, "phuong-phap/an-giang-2024-huyen/index.html")
        #expect(methodology.contains("<td class=\"num\">65</td><td class=\"num\">700</td>"))   // components and points in the total row
        #expect(methodology.contains("Quyết định số 1407/QĐ-UBND"))
    }
}
