import Testing
@testable import DTIKit

/// `share_cards = auto` (the default): cards for portals of up to
/// `SocialCards.automaticLimit` units with results; above that only with
/// `yes`, and the build says so in a note.
@Suite("share_cards = yes | no | auto")
struct ShareCardsChoiceTests {
    static func model(units: Int, setting: String?) throws -> SiteModel {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        var csv = "STT,Tên đơn vị,Nhận thức,Chính quyền số\n"
        for i in 1...units { csv += "\(i),Xã Thử \(i),\(40 - i % 40),\(60 - i % 60)\n" }
        files["rankings/2022/so.csv"] = csv
        if let setting { files["site.conf"]! += "share_cards = \(setting)\n" }
        TestSupport.write(files, under: root)
        let (content, diagnostics) = ContentLoader.load(from: root)
        #expect(!diagnostics.hasErrors, "\(diagnostics.report())")
        return SiteModel.build(try #require(content))
    }

    @Test("auto draws cards up to the limit and not beyond, saying why; yes and no decide")
    func choice() throws {
        let small = try Self.model(units: 40, setting: nil)
        #expect(small.content.site.shareCards && !small.diagnostics.contains { $0.kind == "share-cards-auto" })
        let large = try Self.model(units: SocialCards.automaticLimit + 1, setting: nil)
        #expect(!large.content.site.shareCards)
        let note = try #require(large.diagnostics.first { $0.kind == "share-cards-auto" })
        #expect(note.severity == .note && note.message.contains("cổng có \(SocialCards.automaticLimit + 1) đơn vị"))
        #expect(note.hint?.contains("share_cards = yes") == true)
        #expect(try Self.model(units: SocialCards.automaticLimit + 1, setting: "yes").content.site.shareCards)
        #expect(try !Self.model(units: 40, setting: "no").content.site.shareCards)
        #expect(try Self.model(units: 40, setting: "auto").content.site.shareCards)
    }
}
