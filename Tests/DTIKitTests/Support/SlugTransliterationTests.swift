import Testing
@testable import DTIKit

@Suite("Slugs and keys")
struct SlugTransliterationTests {
    @Test(arguments: [
        ("Sở Tư pháp", "so-tu-phap"),
        ("Đà Nẵng", "da-nang"),
        ("UBND huyện Châu Thành A", "ubnd-huyen-chau-thanh-a"),
        ("Sở Văn hóa, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich"),
        ("Sở Văn hoá, Thể thao và Du lịch", "so-van-hoa-the-thao-va-du-lich"),   // new-style tone placement
        ("Sở Lao động - Thương binh và Xã hội", "so-lao-dong-thuong-binh-va-xa-hoi"),
        ("ĐẢNG ỦY KHỐI", "dang-uy-khoi"),
        ("  Sở   Y  Tế ", "so-y-te"),
        ("Sở KH&ĐT", "so-kh-dt"),
        ("Ngân hàng Nhà nước Hậu Giang", "ngan-hang-nha-nuoc-hau-giang"),
        ("Trung tâm 2022 (thí điểm)", "trung-tam-2022-thi-diem"),
        ("<script>alert(1)</script>", "script-alert-1-script"),
    ])
    func slug(_ name: String, _ expected: String) {
        #expect(SlugTransliteration.slug(name) == expected)
    }

    @Test func decomposedInputGivesTheSameSlug() {
        // "Sở Tư pháp" typed with combining marks (NFD) must not produce a different slug.
        let nfd = "So\u{031B}\u{0309} Tu\u{031B} pha\u{0301}p"
        #expect(SlugTransliteration.slug(nfd) == "so-tu-phap")
    }

    @Test func keysIgnoreCaseDiacriticsAndSpaces() {
        #expect(SlugTransliteration.key("  Xếp  Hạng ") == "xep hang")
        #expect(SlugTransliteration.key("Tổng điểm") == SlugTransliteration.key("TONG DIEM"))
        #expect(SlugTransliteration.key("An toàn thông tin mạng") == "an toan thong tin mang")
    }

    @Test func emptySlugIsAnError() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["rankings/2022/so.csv"] = "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm\n1,Sở A,40,50,90\n2,---,30,30,60\n"
        TestSupport.write(files, under: root)
        let (_, diagnostics) = ContentLoader.load(from: root)
        let error = diagnostics.errors.first { $0.kind == "empty-slug" }
        #expect(error?.location.line == 3)
        #expect(error?.location.file.hasSuffix("rankings/2022/so.csv") == true)
    }

    @Test func twoRowsOfOneTableAreTwoUnitsEvenWithOneName() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        // `Sở Y Tế` and `Sở Y tế` are one name (case aside), but two rows of
        // one table are never one unit: both build, told apart by their slugs.
        files["rankings/2022/so.csv"] = "STT,Tên đơn vị,Nhận thức,Chính quyền số\n1,Sở Y Tế,40,50\n2,Sở Tư pháp,35,50\n3,Sở Y tế,30,30\n"
        TestSupport.write(files, under: root)
        let (content, diagnostics) = ContentLoader.load(from: root)
        #expect(!diagnostics.hasErrors)
        let twice = diagnostics.warnings.filter { $0.kind == "same-name-in-table" }
        #expect(twice.count == 1 && twice.first?.location.line == 4)
        #expect(twice.first?.message.contains("dòng 2 và dòng 4") == true)
        let rows = try #require(content?.rankings.first?.rows)
        #expect(rows.map(\.unitSlug) == ["so-y-te", "so-tu-phap", "so-y-te-2"])
        let slugs = diagnostics.warnings.filter { $0.kind == "slug-collision" }
        #expect(slugs.count == 1)
        #expect(slugs.first?.hint?.contains("`so-y-te-2,Sở Y tế,`") == true)
    }

    @Test func twoRegisteredUnitsWithOneSlugNameBothRows() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["units.csv"] = "slug,name,group,aliases,website\n,Sở Tư pháp,so,,\nso-a,Sở A,so,Sở A cũ,https://a.example.gov.vn\n,Sở Tư  Pháp,so,,\n"
        TestSupport.write(files, under: root)
        let (_, diagnostics) = ContentLoader.load(from: root)
        let collision = diagnostics.errors.first { $0.kind == "slug-collision" }
        #expect(collision?.message == "hai đơn vị có cùng slug `so-tu-phap`: dòng 2 và dòng 4")
        #expect(collision?.location.description.hasSuffix("units.csv:4") == true)
    }

    @Test func aliasesGiveOneUnitAcrossYears() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["units.csv"] = "slug,name,group,aliases,website\nso-a,Sở A,so,Sở A (cũ)|Sở Ây,https://a.example.gov.vn\n"
        files["rankings/2021/so.csv"] = "STT,Tên đơn vị,Nhận thức,Chính quyền số\n1,Sở Ây,20,20\n"
        files["rankings/2021/so.conf"] = "framework = khung\ntitle = Bảng 2021\nsource = Phụ lục\n"
        TestSupport.write(files, under: root)
        let (content, diagnostics) = ContentLoader.load(from: root)
        #expect(!diagnostics.hasErrors)
        let model = SiteModel.build(try #require(content))
        let unit = try #require(model.unit("so-a"))
        #expect(unit.appearances.count == 2)
        #expect(unit.name == "Sở A")
        #expect(unit.website == "https://a.example.gov.vn")
    }
}
