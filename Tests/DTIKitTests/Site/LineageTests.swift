import Foundation
import Testing
@testable import DTIKit

/// Units merged or split in a reorganisation keep their history, clearly
/// apart from their successor's, with links both ways (lineage.csv).
@Suite("Lineage: mergers and splits")
struct LineageTests {
    /// Tests/Fixtures/lineage: communes merged (An + Bình → An Bình) and split
    /// (Cát → Cát Đông, Cát Tây), a province merged into another, and a
    /// successor that no table ranks (Thành phố Mới).
    static let fixture = TestSupport.packageRoot + "/Tests/Fixtures/lineage"

    /// The fixture's files, for variants.
    static var files: [String: String] {
        var files: [String: String] = [:]
        for path in SiteTestSupport.files(fixture) { files[path] = SiteTestSupport.text(fixture, path) }
        return files
    }

    static let site: String = {
        let (output, report) = SiteTestSupport.build(content: fixture)
        precondition(report.succeeded, report.diagnostics.report().joined(separator: "\n"))
        return output
    }()

    static func page(_ slug: String) -> String { SiteTestSupport.text(site, "don-vi/\(slug)/index.html") }

    @Test("Many into one: each predecessor says where it went and links there; the successor holds each predecessor's history, apart")
    func mergerOfCommunes() {
        #expect(Self.page("xa-an").contains("Đơn vị này đã sáp nhập vào <a href=\"../../don-vi/xa-an-binh/\">Xã An Bình</a> từ ngày 1/7/2025. Căn cứ: Nghị quyết số 1/NQ-UBTVQH15."))
        let successor = Self.page("xa-an-binh")
        #expect(successor.contains("<h2 id=\"tien-than\">Các đơn vị đã sáp nhập vào Xã An Bình</h2>"))
        #expect(successor.contains("<h3><a href=\"../../don-vi/xa-an/\">Xã An</a></h3>") && successor.contains("<h3><a href=\"../../don-vi/xa-binh/\">Xã Bình</a></h3>"))
        #expect(successor.contains("aria-label=\"Lịch sử xếp hạng của Xã An\"") && successor.contains("aria-label=\"Lịch sử xếp hạng của Xã Bình\""))
        // Its own history is its own: one period, no trend joined to the predecessors'.
        #expect(!successor.contains("id=\"xu-huong-t\""))
        #expect(successor.contains("Lần đầu có trong bảng xếp hạng."))
    }

    @Test("One into several: the predecessor names both successors; each successor shows it")
    func split() {
        #expect(Self.page("xa-cat").contains("Đơn vị này đã được chia, nhập vào <a href=\"../../don-vi/xa-cat-dong/\">Xã Cát Đông</a> và <a href=\"../../don-vi/xa-cat-tay/\">Xã Cát Tây</a> từ ngày 1/7/2025."))
        for slug in ["xa-cat-dong", "xa-cat-tay"] { #expect(Self.page(slug).contains("<h3><a href=\"../../don-vi/xa-cat/\">Xã Cát</a></h3>")) }
    }

    @Test("Provinces: a merged province on a successor with results; a successor no table ranks still gets a page; no joined trend")
    func provinces() throws {
        let gia = Self.page("tinh-gia")
        #expect(gia.contains("<h3><a href=\"../../don-vi/tinh-hoa/\">Tỉnh Hoà</a></h3>"))
        // Tỉnh Gia's trend has its own two periods only.
        #expect(gia.components(separatedBy: "class=\"marker series-dti\"").count - 1 == 2 + 1)
        let new = Self.page("thanh-pho-moi")
        #expect(new.contains("<h1>Thành phố Mới</h1>") && new.contains("Chưa có kết quả đánh giá của Thành phố Mới trên cổng này."))
        #expect(new.contains("<h3><a href=\"../../don-vi/tinh-gia/\">Tỉnh Gia</a></h3>"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(FileSystem.read(Self.site + "/du-lieu/don-vi/tinh-hoa.json")!)) as? [String: Any])
        let successor = try #require((json["successors"] as? [[String: Any]])?.first)
        #expect(successor["slug"] as? String == "tinh-gia" && successor["since"] as? String == "2025-07-01")
    }

    @Test("The A–Z index lists predecessors as merged, with a link; links resolve both ways")
    func indexAndLinks() {
        let index = SiteTestSupport.text(Self.site, "don-vi/index.html")
        #expect(index.contains("<span class=\"lineage\"> · đã sáp nhập vào <a href=\"../don-vi/xa-an-binh/\">Xã An Bình</a> từ 1/7/2025</span>"))
        #expect(index.contains("Thành phố Mới</a><span class=\"muted\"> – chưa có kết quả đánh giá</span>"))
        #expect(SiteTestSupport.brokenLinks(in: Self.site) == [])
    }

    @Test("A predecessor no table names, a bad date and a self-merger are errors at their cell")
    func errors() throws {
        var files = Self.files
        files["lineage.csv"] = "from,to,since\nXã Dừa,Xã An Bình,1/7/2025\nXã An,Xã An Bình,31/13/2025\nXã An,Xã An,1/7/2025\nXa An,Xã An Bình,1/7/2025\n"
        let root = TestSupport.temporaryDirectory()
        TestSupport.write(files, under: root)
        let errors = ContentLoader.load(from: root).1.errors
        #expect(errors.map(\.kind) == ["unknown-unit", "bad-date", "lineage-loop", "unknown-unit"])
        #expect(errors.map { $0.location.description.split(separator: "/").last.map(String.init) ?? "" }
                    == ["lineage.csv:2:1", "lineage.csv:3:18", "lineage.csv:4:7", "lineage.csv:5:1"])
        #expect(errors.last?.message.contains("có phải `Xã An`?") == true)
    }

    @Test("The bundled Content records Hậu Giang becoming part of Cần Thơ on 1 July 2025, with its legal basis")
    func bundled() {
        let page = SiteTestSupport.text(SiteTestSupport.bundled, "don-vi/hau-giang/index.html")
        #expect(page.contains("Đơn vị này đã sáp nhập vào <a href=\"../../don-vi/thanh-pho-can-tho/\">Thành phố Cần Thơ</a> từ ngày 1/7/2025. Căn cứ: Nghị quyết số 202/2025/QH15"))
        let canTho = SiteTestSupport.text(SiteTestSupport.bundled, "don-vi/thanh-pho-can-tho/index.html")
        #expect(canTho.contains("<h3><a href=\"../../don-vi/hau-giang/\">Hậu Giang</a></h3>") && canTho.contains("DTI 0,6342"))
    }
}
