import Foundation
import Testing
@testable import DTIKit

/// A small portal for the card tests (drawing cards takes tens of
/// milliseconds each in a debug build, so these tests draw few): two years
/// of one ranking, a unit with a long Vietnamese name that must wrap and
/// shorten, and one whose name is hostile markup.
enum CardTestSupport {
    /// Every letter of Vietnamese with every tone, in a name longer than two card lines.
    static let longName = "Ủy ban nhân dân xã Thượng Ẩm Ỗ Ứ Ự Đồng Hưng Nguyễn Thị Kỷ Mỹ Ỹ Ỵ Ơ Ờ Ớ Ở Ỡ Ợ Ư Ừ Ứ Ử Ữ Ự huyện Châu Thành A tỉnh Hậu Giang"

    static let hostileName = "Sở <script>alert(1)</script> & \"Bộ\""

    static let files: [String: String] = {
        var files = TestSupport.minimalContent
        let header = "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm,Xếp loại,Xếp hạng\n"
        files["rankings/2021/so.csv"] = header + "1,Sở A,35,45,80,Tốt,1\n2,Sở B,30,30,60,Khá,2\n3,\(longName),20,20,40,Yếu,3\n"
        files["rankings/2021/so.conf"] = "framework = khung\ntitle = Bảng 2021\nsource = Phụ lục 2021\n"
        files["rankings/2022/so.csv"] = header + "1,Sở A,40,50,90,Tốt,1\n2,\(longName),30,35,65,Khá,2\n3,Sở B,30,30,60,Khá,3\n"
            + "4,\"\(hostileName.replacingOccurrences(of: "\"", with: "\"\""))\",10,10,20,Yếu,4\n"
        return files
    }()

    /// The fixture written into a fresh folder; returns the content folder.
    static func content() -> String {
        let root = TestSupport.temporaryDirectory("dti-cards") + "/Content"
        TestSupport.write(files, under: root)
        return root
    }

    /// The social card files of a built site, path → bytes.
    static func cards(in site: String) -> [String: [UInt8]] {
        var cards: [String: [UInt8]] = [:]
        for path in SiteTestSupport.files(site) where path.hasSuffix(SocialCards.fileName) { cards[path] = FileSystem.read(site + "/" + path) }
        return cards
    }

    /// The step line that says how many cards a build drew and reused.
    static func cardStep(_ report: BuildReport) -> String? {
        report.steps.map(\.name).first { $0.hasPrefix("ảnh thẻ chia sẻ") }
    }

    /// The render context of a content folder, for drawing single cards.
    static func context(_ content: String = CardTestSupport.content()) throws -> RenderContext {
        let (loaded, diagnostics) = ContentLoader.load(from: content)
        #expect(!diagnostics.hasErrors, "\(diagnostics.report())")
        let theme = try Theme.load(from: TestSupport.bundledTheme).get()
        return RenderContext(model: SiteModel.build(try #require(loaded)), theme: theme)
    }

    /// Decodes PNG files independently of dti (see `FormatsTestSupport.pngReader`).
    static let reader = FormatsTestSupport.pngReader

    static func decode(_ pngs: [[UInt8]]) -> [(width: Int, height: Int, color: Int, channels: Int, pixels: [UInt8])]? {
        guard let output = FormatsTestSupport.python(reader, input: FormatsTestSupport.pack(pngs)) else { return nil }
        return FormatsTestSupport.unpack(output).map { item in
            func u32(_ at: Int) -> Int { Int(item[at]) << 24 | Int(item[at + 1]) << 16 | Int(item[at + 2]) << 8 | Int(item[at + 3]) }
            return (u32(0), u32(4), u32(8), u32(12), Array(item[16...]))
        }
    }
}
