import Testing
@testable import DTIKit

/// Unit identity: diacritics count, two rows of one table are two units,
/// folding only suggests, slugs are stable (Content/README.md, "Đơn vị").
@Suite("Unit identity")
struct UnitIdentityTests {
    /// A content tree with one framework and `tables` (path → rows of `Tên đơn vị,Nhận thức,Chính quyền số`).
    static func load(_ tables: [String: [String]], header: String = "STT,Tên đơn vị,Nhận thức,Chính quyền số",
                     headers: [String: String] = [:], units: String? = nil) -> (Content?, DiagnosticList) {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["rankings/2022/so.csv"] = nil
        files["rankings/2022/so.conf"] = nil
        for (path, rows) in tables {
            files["rankings/\(path).csv"] = ([headers[path] ?? header] + rows.enumerated().map { "\($0.offset + 1),\($0.element)" }).joined(separator: "\n") + "\n"
            files["rankings/\(path).conf"] = "framework = khung\ntitle = Bảng \(path)\nsource = Phụ lục\n"
        }
        if let units { files["units.csv"] = units }
        TestSupport.write(files, under: root)
        return ContentLoader.load(from: root)
    }

    static func slugs(_ content: Content?, _ table: String) -> [String] {
        content?.rankings.first { $0.id == table }?.rows.map(\.unitSlug) ?? []
    }

    @Test("Identity keys keep every mark and ignore case, spaces, NFC/NFD and old/new tone placement", arguments: [
        ("Xã Phú Thành", "Xã Phú Thạnh", false),
        ("Xã Phú Thành", "Xã Phú Thanh", false),
        ("Xã Phú Thanh", "Xã Phú Thạnh", false),
        ("Xã Đông Hòa", "Xã Dông Hòa", false),
        ("Xã Phú Hòa", "Xã Phú Hoà", true),                                // old and new tone placement
        ("Xã Phú Ho\u{0300}a", "Xã Phú Hoà", true),                        // NFD, new placement
        ("Xã Phú H\u{006F}\u{0300}a", "XÃ  PHÚ HOÀ", true),                // NFD old placement, capitals, two spaces
        ("Thị trấn Thủy", "Thị trấn Thuỷ", true),
        ("Xã Hòa An", "Xã Hoà An", true),
        ("Xã Hoàng", "Xã Hòang", false),                                     // a final consonant: no second rule
        ("Sở Y tế", "Sở Y Tế", true),
    ])
    func keys(_ a: String, _ b: String, same: Bool) {
        #expect((NameKey.exact(a) == NameKey.exact(b)) == same)
        #expect(NameKey.folded(a) == NameKey.folded(b) || !same)
    }

    @Test("Tone-only pairs in one table are two units with two pages")
    func toneOnlyPairsInOneTable() throws {
        let (content, diagnostics) = Self.load(["2022/xa": ["Xã Phú Thành,30,40", "Xã Phú Thạnh,20,30", "Xã Phú Thanh,25,35"]])
        #expect(!diagnostics.hasErrors)
        #expect(Self.slugs(content, "2022/xa") == ["xa-phu-thanh", "xa-phu-thanh-2", "xa-phu-thanh-3"])
        let model = SiteModel.build(try #require(content))
        #expect(model.units.map(\.name).sorted() == ["Xã Phú Thanh", "Xã Phú Thành", "Xã Phú Thạnh"])
        // One warning lists the slugs given and the units.csv lines that pin them.
        let collision = try #require(diagnostics.warnings.first { $0.kind == "slug-collision" })
        #expect(collision.message.contains("`xa-phu-thanh-2` → Xã Phú Thạnh") && collision.message.contains("`xa-phu-thanh-3` → Xã Phú Thanh"))
        #expect(collision.hint?.contains("`xa-phu-thanh-2,Xã Phú Thạnh,`") == true)
        #expect(!diagnostics.warnings.contains { $0.kind == "linked-by-folding" })
    }

    @Test("A cross-year typo is linked to its unit, with a warning naming both spellings")
    func crossYearTypo() throws {
        let (content, diagnostics) = Self.load(["2022/so": ["Sở Y tế,30,40", "Sở Tư pháp,20,30"],
                                               "2023/so": ["Sở Y tê,31,41", "Sở Tư pháp,21,31"]])
        #expect(!diagnostics.hasErrors)
        #expect(Self.slugs(content, "2023/so") == ["so-y-te", "so-tu-phap"])
        let linked = diagnostics.warnings.filter { $0.kind == "linked-by-folding" }
        #expect(linked.count == 1)
        #expect(linked.first?.message.contains("`Sở Y tê`") == true && linked.first?.message.contains("`Sở Y tế`") == true)
        #expect(linked.first?.location.description.hasSuffix("rankings/2023/so.csv:2:3") == true)
        let model = SiteModel.build(try #require(content))
        #expect(model.unit("so-y-te")?.appearances.count == 2)
    }

    @Test("A fold that matches two units is an error listing both and the units.csv lines; nothing is guessed")
    func ambiguousFold() throws {
        let (_, diagnostics) = Self.load(["2022/xa": ["Xã Phú Thành,30,40", "Xã Phú Thạnh,20,30"],
                                         "2023/xa": ["Xã Phu Thanh,30,40"]])
        let error = try #require(diagnostics.errors.first { $0.kind == "ambiguous-unit" })
        #expect(error.location.description.hasSuffix("rankings/2023/xa.csv:2:3"))
        #expect(error.message.contains("`Xã Phú Thành`") && error.message.contains("`Xã Phú Thạnh`"))
        #expect(error.hint?.contains("`xa-phu-thanh,Xã Phú Thành,,Xã Phu Thanh`") == true)
        // The units.csv line settles it.
        let (content, settled) = Self.load(["2022/xa": ["Xã Phú Thành,30,40", "Xã Phú Thạnh,20,30"], "2023/xa": ["Xã Phu Thanh,30,40"]],
                                           units: "slug,name,aliases\nxa-phu-thanh,Xã Phú Thành,Xã Phu Thanh\n")
        #expect(!settled.hasErrors && !settled.warnings.contains { $0.kind == "linked-by-folding" })
        #expect(Self.slugs(content, "2023/xa") == ["xa-phu-thanh"])
        #expect(Self.slugs(content, "2022/xa") == ["xa-phu-thanh", "xa-phu-thanh-2"])
    }

    @Test("Slugs never change when a later period adds a colliding name")
    func slugStability() throws {
        let before = Self.load(["2022/xa": ["Xã Phú Thạnh,30,40", "Xã An Bình,20,30"]])
        let after = Self.load(["2022/xa": ["Xã Phú Thạnh,30,40", "Xã An Bình,20,30"],
                               "2023/xa": ["Xã Phú Thành,30,40", "Xã Phú Thạnh,25,30", "Xã An Bình,20,30"]])
        #expect(Self.slugs(before.0, "2022/xa") == ["xa-phu-thanh", "xa-an-binh"])
        #expect(Self.slugs(after.0, "2022/xa") == ["xa-phu-thanh", "xa-an-binh"])
        #expect(Self.slugs(after.0, "2023/xa") == ["xa-phu-thanh-2", "xa-phu-thanh", "xa-an-binh"])
        // A half-year before the year sorts first: first seen keeps the plain slug.
        let half = Self.load(["2023/xa": ["Xã Phú Thành,30,40", "Xã Phú Thạnh,25,30"], "2023-6t/xa": ["Xã Phú Thạnh,25,30"]])
        #expect(Self.slugs(half.0, "2023-6t/xa") == ["xa-phu-thanh"])
        #expect(Self.slugs(half.0, "2023/xa") == ["xa-phu-thanh-2", "xa-phu-thanh"])
        #expect(!half.1.warnings.contains { $0.kind == "linked-by-folding" })
    }

    @Test("Hòa and Hoà are one name in any table; Đông and Dông are two")
    func spellingVariants() throws {
        let (content, diagnostics) = Self.load(["2022/xa": ["Xã Phú Hòa,30,40", "Xã Đông Hải,20,30"],
                                               "2023/xa": ["Xã Phú Ho\u{0300}a,31,41", "Xã Đông Hải,20,30", "Xã Dông Hải,10,10"]])
        #expect(!diagnostics.hasErrors)
        #expect(!diagnostics.warnings.contains { $0.kind == "linked-by-folding" })
        #expect(Self.slugs(content, "2023/xa") == ["xa-phu-hoa", "xa-dong-hai", "xa-dong-hai-2"])
    }

    @Test("A parent column qualifies the name: one commune name in two districts is two units, the parent in the slug")
    func parentColumn() throws {
        let (content, diagnostics) = Self.load(
            ["2022/xa": ["Xã Tân Phú,Huyện Châu Thành,30,40", "Xã Tân Phú,Huyện Long Mỹ,20,30", "Xã Vị Thanh,Huyện Vị Thủy,25,35"],
             "2023/xa": ["Xã Tân Phú,Huyện Long Mỹ,21,31", "Xã Tân Phú,Huyện Châu Thành,31,41"]],
            header: "STT,Tên đơn vị,Huyện,Nhận thức,Chính quyền số")
        #expect(!diagnostics.hasErrors)
        #expect(!diagnostics.warnings.contains { $0.kind == "same-name-in-table" })
        #expect(Self.slugs(content, "2022/xa") == ["xa-tan-phu-huyen-chau-thanh", "xa-tan-phu-huyen-long-my", "xa-vi-thanh-huyen-vi-thuy"])
        #expect(Self.slugs(content, "2023/xa") == ["xa-tan-phu-huyen-long-my", "xa-tan-phu-huyen-chau-thanh"])
        let model = SiteModel.build(try #require(content))
        #expect(model.unit("xa-tan-phu-huyen-long-my")?.parent == "Huyện Long Mỹ")
        #expect(model.unit("xa-tan-phu-huyen-long-my")?.appearances.count == 2)
        // A table without the parent column that names only `Xã Tân Phú` cannot say which: an error, not a guess.
        let (_, ambiguous) = Self.load(
            ["2022/xa": ["Xã Tân Phú,Huyện Châu Thành,30,40", "Xã Tân Phú,Huyện Long Mỹ,20,30"], "2023/xa": ["Xã Tân Phú,30,40"]],
            header: "STT,Tên đơn vị,Huyện,Nhận thức,Chính quyền số", headers: ["2023/xa": "STT,Tên đơn vị,Nhận thức,Chính quyền số"])
        let error = try #require(ambiguous.errors.first { $0.kind == "ambiguous-unit" })
        #expect(error.message.contains("(Huyện Châu Thành)") && error.message.contains("(Huyện Long Mỹ)"))
    }

    @Test("units.csv names each of two tone-only units on its own, by exact name, with its own slug")
    func registryByExactName() throws {
        let units = "slug,name,aliases,website\nphu-thanh,Xã Phú Thành,,https://phuthanh.example.gov.vn\nphu-thanh-b,Xã Phú Thạnh,Xã Phú Thạnh B,\n"
        let (content, diagnostics) = Self.load(["2022/xa": ["Xã Phú Thạnh,20,30", "Xã Phú Thành,30,40"],
                                               "2023/xa": ["Xã Phú Thạnh B,21,31", "Xã Phú Thành,30,40"]], units: units)
        #expect(!diagnostics.hasErrors)
        #expect(!diagnostics.warnings.contains { $0.kind == "slug-collision" || $0.kind == "linked-by-folding" })
        #expect(Self.slugs(content, "2022/xa") == ["phu-thanh-b", "phu-thanh"])
        #expect(Self.slugs(content, "2023/xa") == ["phu-thanh-b", "phu-thanh"])
        let model = SiteModel.build(try #require(content))
        #expect(model.unit("phu-thanh")?.website == "https://phuthanh.example.gov.vn")
        #expect(model.unit("phu-thanh-b")?.name == "Xã Phú Thạnh")
    }

    @Test("Very long names give slugs capped at 80 bytes with a stable hash suffix, distinct for distinct names")
    func longSlugs() {
        let long = "Trung tâm " + String(repeating: "Phát triển hạ tầng công nghệ thông tin và chuyển đổi số ", count: 6)
        let a = UnitSlug.base(name: long + "A", parent: nil), b = UnitSlug.base(name: long + "B", parent: nil)
        #expect(a.utf8.count <= UnitSlug.maximumLength && b.utf8.count <= UnitSlug.maximumLength)
        #expect(a != b && a.hasPrefix("trung-tam-phat-trien-ha-tang"))
        #expect(a == UnitSlug.base(name: long + "A", parent: nil))
        #expect(UnitSlug.base(name: "Sở Tư pháp", parent: nil) == "so-tu-phap")
    }
}
