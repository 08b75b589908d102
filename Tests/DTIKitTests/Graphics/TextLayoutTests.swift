import Testing
@testable import DTIKit

/// Titles wrap by whole words into at most N lines, and shortened text says
/// so with "…".
@Suite("Text layout")
struct TextLayoutTests {
    let bold = try! TrueTypeFont.embedded(.bold)

    /// Ten pixels a character: layouts that can be worked out by hand.
    static func tenPerCharacter(_ text: String) -> Double { Double(text.count) * 10 }

    @Test func longUnitNameWrapsToTwoLinesThenEllipsis() {
        let name = "Ban Quản lý các khu công nghiệp tỉnh Hậu Giang và các đơn vị trực thuộc"
        let width = 900.0
        let lines = TextLayout.lines(name, font: bold, size: 56, maxWidth: width, maxLines: 2)
        #expect(lines == ["Ban Quản lý các khu công", "nghiệp tỉnh Hậu Giang và các…"])
        for line in lines { #expect(bold.measure(line, size: 56) <= width, "\(line)") }
        // Whole words only, in order: the lines are the name's first words.
        let shown = lines.joined(separator: " ").dropLast().split(separator: " ")
        #expect(Array(name.split(separator: " ").prefix(shown.count)) == shown)
        // And as many as fit: one more word would not.
        #expect(bold.measure("Ban Quản lý các khu công nghiệp", size: 56) > width)
        #expect(bold.measure("nghiệp tỉnh Hậu Giang và các đơn…", size: 56) > width)
        // Three lines hold it all.
        let three = TextLayout.lines(name, font: bold, size: 56, maxWidth: width, maxLines: 3)
        #expect(three.count == 3 && !three[2].hasSuffix("…") && three.joined(separator: " ") == name)
    }

    @Test func shortNamesStayOnOneLine() {
        #expect(TextLayout.lines("Sở Tư pháp", font: bold, size: 56, maxWidth: 900, maxLines: 2) == ["Sở Tư pháp"])
        #expect(TextLayout.lines("  UBND   tỉnh An Giang ", font: bold, size: 56, maxWidth: 900, maxLines: 2) == ["UBND tỉnh An Giang"])
        #expect(TextLayout.lines("", font: bold, size: 56, maxWidth: 900, maxLines: 2) == [])
        // Decomposed input is laid out as its NFC form.
        #expect(TextLayout.lines("Ho\u{302}\u{300}", font: bold, size: 56, maxWidth: 900, maxLines: 1) == ["Hồ"])
    }

    @Test func anUnbrokenWordLongerThanTheLineIsCutByCharacters() {
        let word = String(repeating: "Nghiệp", count: 10)  // 60 characters
        #expect(word.count == 60)
        let lines = TextLayout.lines(word, font: bold, size: 56, maxWidth: 900, maxLines: 2)
        #expect(lines.count == 1)
        let line = lines[0]
        #expect(line.hasSuffix("…"))
        #expect(bold.measure(line, size: 56) <= 900)
        let kept = String(line.dropLast())
        #expect(word.hasPrefix(kept) && kept.count > 10)
        #expect(bold.measure(String(word.prefix(kept.count + 1)) + "…", size: 56) > 900, "one more character would not fit")
        // Followed by more words, the cut word keeps its own line.
        let more = TextLayout.lines(word + " và các đơn vị", font: bold, size: 56, maxWidth: 900, maxLines: 2)
        #expect(more == [line, "và các đơn vị"])
    }

    @Test func rulesWithAFixedMetric() {
        let measure = Self.tenPerCharacter
        // Greedy whole-word lines.
        #expect(TextLayout.lines("aa bb cc dd", maxWidth: 50, maxLines: 3, measure: measure) == ["aa bb", "cc dd"])
        // Too many words: the last line gives up words for the "…".
        #expect(TextLayout.lines("aa bb cc dd ee", maxWidth: 50, maxLines: 2, measure: measure) == ["aa bb", "cc…"])
        #expect(TextLayout.lines("aa bb cc dd ee", maxWidth: 60, maxLines: 1, measure: measure) == ["aa bb…"])
        // No dangling comma or dash before the "…".
        #expect(TextLayout.lines("Sở Văn hóa, Thể thao", maxWidth: 110, maxLines: 1, measure: measure) == ["Sở Văn hóa…"])
        #expect(TextLayout.lines("Sở A — Sở B", maxWidth: 70, maxLines: 1, measure: measure) == ["Sở A…"])
        // A first word too long even for its "…" is cut by characters.
        #expect(TextLayout.lines("abcdefghij klm", maxWidth: 50, maxLines: 1, measure: measure) == ["abcd…"])
        // Marks stay with their letter when a word is cut (grapheme clusters).
        // (x̃ has no precomposed form, so it stays x + U+0303 after NFC.)
        let cut = TextLayout.lines("x\u{303}x\u{303}x\u{303}x\u{303}x\u{303}x\u{303}", maxWidth: 40, maxLines: 1, measure: measure)
        #expect(cut == ["x\u{303}x\u{303}x\u{303}…"] && cut[0].unicodeScalars.count == 7)
        // Nothing fits at all: just the ellipsis.
        #expect(TextLayout.lines("abc", maxWidth: 5, maxLines: 2, measure: measure) == ["…"])
        // maxLines below 1 is taken as 1.
        #expect(TextLayout.lines("aa bb", maxWidth: 30, maxLines: 0, measure: measure) == ["aa…"])
    }
}
