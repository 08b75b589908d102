import Foundation
import Testing
@testable import DTIKit

/// The 1200×630 social cards: valid PNG read back by an independent
/// decoder, every Vietnamese letter drawn, byte-identical whatever the
/// build and thread count, and drawn only once thanks to the cache.
@Suite("Social cards")
struct SocialCardTests {
    static let white: [UInt8] = [255, 255, 255]

    @Test("A unit card is a 1200×630 palette PNG that Python's zlib decodes, with its band, name and bars where the layout puts them")
    func unitCardIsAValidPNG() throws {
        let context = try CardTestSupport.context()
        let index = try #require(context.model.unitIndex["so-a"])
        let cards = SocialCards(style: context.cardStyle, cache: nil)
        let png = cards.png(.unit(index), context: context)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(CardCache.isSoundPNG(png, width: 1200, height: 630))
        #expect(png.count > 10_000 && png.count < 60_000, "\(png.count) bytes")
        let decoded = try #require(CardTestSupport.decode([png])?.first)
        #expect(decoded.width == 1200 && decoded.height == 630 && decoded.color == 3 && decoded.channels == 3)
        func pixel(_ x: Int, _ y: Int) -> [UInt8] { Array(decoded.pixels[(y * 1200 + x) * 3..<(y * 1200 + x) * 3 + 3]) }
        let brand = context.cardStyle.brand
        #expect(pixel(600, 5) == [brand.red, brand.green, brand.blue], "the brand band runs along the top")
        #expect(pixel(1199, 629) == Self.white && pixel(620, 300) == Self.white)
        // Ink where the name is (bold, 56 px, from x 64, baseline 158), none in the margin.
        let nameRows = (110..<160).flatMap { y in (64..<300).map { pixel($0, y) } }
        #expect(nameRows.contains { $0 != Self.white })
        #expect((0..<630).allSatisfy { y in pixel(20, y) == Self.white || y < 12 })
        // The painted pixels and the decoded ones are the same picture.
        let canvas = RGBACanvas(width: 1200, height: 630)
        cards.sketch(.unit(index), context: context).paint(on: canvas, fonts: context.cardStyle.fonts)
        #expect(FormatsTestSupport.mismatch(canvas.opaqueRGB(), decoded.pixels) == nil)
    }

    @Test("A long Vietnamese name wraps to two lines, shortens with … by whole words, and every glyph is drawn")
    func longNameHasNoMissingGlyph() throws {
        let context = try CardTestSupport.context()
        let slug = try #require(context.model.units.first { $0.name == CardTestSupport.longName }?.slug)
        let index = try #require(context.model.unitIndex[slug])
        let sketch = SocialCards(style: context.cardStyle, cache: nil).sketch(.unit(index), context: context)
        let titleLines = sketch.steps.compactMap { step -> String? in
            if case .text(let text, true, 56, _, _, _) = step { return text }
            return nil
        }
        #expect(titleLines.count == 2)
        #expect(titleLines.first?.hasPrefix("Ủy ban nhân dân xã Thượng") == true)
        #expect(titleLines.last?.hasSuffix("…") == true)
        #expect(titleLines.allSatisfy { !$0.hasSuffix(" …") })
        let words = Set(CardTestSupport.longName.split(separator: " ").map(String.init))
        for line in titleLines {
            for word in line.replacingOccurrences(of: "…", with: "").split(separator: " ") { #expect(words.contains(String(word)), "\(word) is a whole word") }
        }
        let canvas = RGBACanvas(width: 1200, height: 630)
        sketch.paint(on: canvas, fonts: context.cardStyle.fonts)
        #expect(canvas.missingScalars() == [])
        #expect(canvas.fontProblems() == [])
    }

    @Test("Every letter of Vietnamese, each tone, both cases, both faces, drawn by the card's text path with no missing glyph")
    func everyVietnameseLetterDraws() throws {
        let context = try CardTestSupport.context()
        var letters = EmbeddedFontTests.alphabet.flatMap { [String($0), String($0).uppercased()] }
        letters += EmbeddedFontTests.tonedLetters.flatMap(\.toned)
        #expect(letters.count == 58 + 120)
        var layout = CardLayout(style: context.cardStyle, words: context.words)
        for (row, chunk) in stride(from: 0, to: letters.count, by: 30).map({ Array(letters[$0..<min($0 + 30, letters.count)]) }).enumerated() {
            for bold in [false, true] {
                let end = layout.line(chunk.joined(separator: " "), bold: bold, size: 22, x: 20, baseline: 40 + Double(row * 2 + (bold ? 1 : 0)) * 40,
                                      maxWidth: 1160, color: .black)
                #expect(end > 300)
            }
        }
        let drawn = layout.sketch.steps.compactMap { step -> String? in
            if case .text(let text, _, _, _, _, _) = step { return text }
            return nil
        }
        #expect(!drawn.contains { $0.contains("…") }, "every letter fits, none is cut")
        let canvas = RGBACanvas(width: 1200, height: 630)
        layout.sketch.paint(on: canvas, fonts: context.cardStyle.fonts)
        #expect(canvas.missingScalars() == [])
        // Both faces have ink for every line.
        for line in 0..<12 {
            let y = 40 + line * 40 - 8
            #expect((20..<300).contains { x in canvas.pixel(x: x, y: y) != .white }, "line \(line)")
        }
    }

    @Test("Cards are byte-identical across two builds and with 1 or 4 threads; a rebuild draws none")
    func cardsAreDeterministicAndCached() throws {
        let content = CardTestSupport.content()
        let one = SiteTestSupport.build(content: content, threads: 1, shareCards: true)
        let four = SiteTestSupport.build(content: content, threads: 4, shareCards: true)
        #expect(one.report.succeeded && four.report.succeeded, "\(one.report.diagnostics.report())")
        let a = CardTestSupport.cards(in: one.output), b = CardTestSupport.cards(in: four.output)
        // Home, one per ranking (2), one per unit with results (4).
        #expect(a.count == 7, "\(a.keys.sorted())")
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(FormatsTestSupport.mismatch(bytes, b[path] ?? []) == nil, "\(path)") }
        #expect(CardTestSupport.cardStep(one.report) == "ảnh thẻ chia sẻ: 7 vẽ mới, 0 lấy lại")

        // Rebuild into the same output after a change the cards do not show: all from the cache.
        TestSupport.write(["pages/moi.md": "# Trang mới\n\nNội dung.\n"], under: content)
        let again = SiteBuilder.build(BuildOptions(content: content, theme: TestSupport.bundledTheme, output: one.output, threads: 2, shareCards: true))
        #expect(again.succeeded)
        #expect(CardTestSupport.cardStep(again) == "ảnh thẻ chia sẻ: 0 vẽ mới, 7 lấy lại")
        let c = CardTestSupport.cards(in: one.output)
        for (path, bytes) in a { #expect(FormatsTestSupport.mismatch(bytes, c[path] ?? []) == nil, "\(path)") }
        // The cache holds exactly this site's cards.
        let cache = OutputLocation(one.output).cards
        #expect((FileSystem.list(cache) ?? []).count == 7)

        // A changed class redraws that unit's card and its ranking's (which counts classes), no other.
        var files = CardTestSupport.files
        files["rankings/2022/so.csv"] = files["rankings/2022/so.csv"]?.replacingOccurrences(of: "3,Sở B,30,30,60,Khá,3", with: "3,Sở B,30,30,60,Trung bình,3")
        TestSupport.write(files, under: content)
        let changed = SiteBuilder.build(BuildOptions(content: content, theme: TestSupport.bundledTheme, output: one.output, shareCards: true))
        #expect(CardTestSupport.cardStep(changed) == "ảnh thẻ chia sẻ: 2 vẽ mới, 5 lấy lại")
        #expect((FileSystem.list(cache) ?? []).count == 7, "stale entries are pruned")
    }

    @Test("A damaged or linked cache is never trusted or written through")
    func cacheIsSafe() throws {
        let content = CardTestSupport.content()
        let first = SiteTestSupport.build(content: content, shareCards: true)
        #expect(first.report.succeeded)
        let expected = CardTestSupport.cards(in: first.output)
        let cache = OutputLocation(first.output).cards
        // Damage one entry: it is drawn again, and the output is still right.
        let entry = try #require(FileSystem.list(cache)?.first { $0.hasSuffix(".png") })
        var damaged = try #require(FileSystem.read(cache + "/" + entry))
        damaged[damaged.count / 2] ^= 0xFF
        try FileSystem.write(damaged, to: cache + "/" + entry)
        TestSupport.write(["pages/a.md": "# A\n"], under: content)
        let second = SiteBuilder.build(BuildOptions(content: content, theme: TestSupport.bundledTheme, output: first.output, shareCards: true))
        #expect(CardTestSupport.cardStep(second) == "ảnh thẻ chia sẻ: 1 vẽ mới, 6 lấy lại")
        for (path, bytes) in CardTestSupport.cards(in: first.output) { #expect(FormatsTestSupport.mismatch(bytes, expected[path] ?? []) == nil, "\(path)") }
        #expect(FileSystem.read(cache + "/" + entry) != damaged)

        // The cache folder replaced by a link to another folder: the link goes, nothing is written there.
        let elsewhere = TestSupport.temporaryDirectory("dti-elsewhere")
        FileSystem.removeTree(cache)
        #expect(symlink(elsewhere, cache) == 0)
        TestSupport.write(["pages/b.md": "# B\n"], under: content)
        let third = SiteBuilder.build(BuildOptions(content: content, theme: TestSupport.bundledTheme, output: first.output, shareCards: true))
        #expect(third.succeeded)
        #expect(FileSystem.list(elsewhere) == [])
        #expect(OutputLocation.isPlain(cache, folder: true))
        for (path, bytes) in CardTestSupport.cards(in: first.output) { #expect(FormatsTestSupport.mismatch(bytes, expected[path] ?? []) == nil, "\(path)") }
    }

    @Test("share_cards = no: no images, badges, embed or A4 cards, no og:image, a summary twitter card; a bad value is an error at its line")
    func cardsCanBeTurnedOff() throws {
        var files = CardTestSupport.files
        files["site.conf"]! += "share_cards = no\n"
        let root = TestSupport.temporaryDirectory("dti-cards-off")
        TestSupport.write(files, under: root)
        let site = root + "-site/Site"
        let off = SiteBuilder.build(BuildOptions(content: root, theme: TestSupport.bundledTheme, output: site))
        #expect(off.succeeded)
        #expect(CardTestSupport.cards(in: site).isEmpty)
        #expect(CardTestSupport.cardStep(off) == nil)
        #expect(!FileSystem.exists(OutputLocation(site).cards))
        let page = SiteTestSupport.text(site, "don-vi/so-a/index.html")
        #expect(!page.contains("og:image") && page.contains("<meta name=\"twitter:card\" content=\"summary\">"))
        #expect(!page.contains("the-chia-se.png") && !page.contains("the-hieu.svg") && !page.contains("embed-code"))
        #expect(SiteTestSupport.files(site).filter { $0.hasSuffix("the-hieu.svg") || $0.contains("/nhung/") || $0.contains("/in/") } == [])
        // The PNG icons stay: three small files.
        #expect(FileSystem.exists(site + "/assets/apple-touch-icon.png"))

        files["site.conf"] = TestSupport.minimalContent["site.conf"]! + "share_cards = có lẽ\n"
        TestSupport.write(files, under: root)
        let (_, diagnostics) = ContentLoader.load(from: root)
        let error = try #require(diagnostics.items.first { $0.kind == "conf-value" })
        #expect(error.location.line == 3 && error.message.contains("share_cards"))
    }

    @Test("A font in Theme/fonts/ replaces the built-in one on the cards (and the cache tells them apart)")
    func themeFontOverride() throws {
        let work = TestSupport.temporaryDirectory("dti-theme-font")
        // The bold face as the regular one: a real, different font.
        try FileSystem.makeDirectories(work + "/Theme/fonts")
        try FileSystem.write(EmbeddedFonts.bold, to: work + "/Theme/fonts/NotoSans-Regular.ttf")
        let theme = try Theme.load(from: work + "/Theme").get()
        let fonts = try CardFonts.load(from: theme).get()
        let builtIn = CardFonts.builtIn
        #expect(fonts.digest != builtIn.digest)
        #expect(fonts.regular.measure("Sở Tư pháp", size: 30) == builtIn.bold.measure("Sở Tư pháp", size: 30))
        let context = try CardTestSupport.context()
        let index = try #require(context.model.unitIndex["so-a"])
        let plain = SocialCards(style: context.cardStyle, cache: nil)
        let swapped = SocialCards(style: CardStyle(theme: theme, fonts: fonts), cache: nil)
        #expect(plain.sketch(.unit(index), context: context).digest(fonts: builtIn)
                != swapped.sketch(.unit(index), context: context).digest(fonts: fonts))
        #expect(plain.png(.unit(index), context: context) != swapped.png(.unit(index), context: context))
    }

    @Test("A theme font that is not a TrueType file stops the build with an error naming the file")
    func badThemeFont() throws {
        let work = TestSupport.temporaryDirectory("dti-bad-font")
        TestSupport.write(["fonts/NotoSans-Bold.ttf": "không phải phông"], under: work + "/Theme")
        let report = SiteBuilder.build(BuildOptions(content: CardTestSupport.content(), theme: work + "/Theme", output: work + "/Site"))
        #expect(!report.succeeded && !FileSystem.exists(work + "/Site"))
        let lines = report.diagnostics.report().joined(separator: "\n")
        #expect(lines.contains(work + "/Theme/fonts/NotoSans-Bold.ttf: error: không dùng được phông để vẽ ảnh thẻ"), "\(lines)")
        #expect(lines.contains("Noto Sans có sẵn"))
    }

    @Test("PNG icons: 32 and 48 px favicons with transparent corners, a 180 px opaque touch icon, in the brand colour")
    func icons() throws {
        let brand = RGBAColor(red: 0x0B, green: 0x4F, blue: 0x8A)
        let pngs = SiteIcons.icons.map { SiteIcons.png(side: $0.side, fullBleed: $0.fullBleed, brand: brand) }
        let decoded = try #require(CardTestSupport.decode(pngs))
        #expect(decoded.map(\.width) == [32, 48, 180] && decoded.map(\.height) == [32, 48, 180])
        #expect(decoded.map(\.channels) == [4, 4, 3])
        for (i, icon) in decoded.enumerated() {
            let side = icon.width, c = icon.channels
            func pixel(_ x: Int, _ y: Int) -> [UInt8] { Array(icon.pixels[(y * side + x) * c..<(y * side + x) * c + c]) }
            #expect(Array(pixel(side / 10, side / 2).prefix(3)) == [0x0B, 0x4F, 0x8A], "icon \(i): brand colour")
            #expect(Array(pixel(side / 2 - 1, side * 3 / 5).prefix(3)) == [255, 255, 255], "icon \(i): the middle bar is white")
            if c == 4 { #expect(pixel(0, 0)[3] == 0, "icon \(i): transparent corner") }
        }
    }
}
