import Foundation
import Testing
@testable import DTIKit

/// The fonts compiled into dti cover Vietnamese completely, in both faces,
/// and their metrics are the ones the source font declares.
@Suite("Embedded fonts")
struct EmbeddedFontTests {
    static let faces: [(String, TrueTypeFont)] = [
        ("Regular", try! TrueTypeFont.embedded(.regular)),
        ("Bold", try! TrueTypeFont.embedded(.bold)),
    ]

    /// The 29 letters of the Vietnamese alphabet.
    static let alphabet = Array("aăâbcdđeêghiklmnoôơpqrstuưvxy")
    /// The vowels that carry tone marks.
    static let vowels = Array("aăâeêioôơuưy")
    /// huyền, hỏi, ngã, sắc, nặng as combining marks.
    static let tones: [Unicode.Scalar] = ["\u{300}", "\u{309}", "\u{303}", "\u{301}", "\u{323}"]

    /// Every vowel with every tone, upper and lower case, as the single
    /// precomposed scalar NFC gives: 12 × 5 × 2 = 120 letters.
    static var tonedLetters: [(base: String, toned: [String])] {
        vowels.flatMap { vowel in
            [String(vowel), String(vowel).uppercased()].map { base in
                (base, tones.map { (base + String($0)).precomposedStringWithCanonicalMapping })
            }
        }
    }

    @Test func embeddedFilesAreSmallWithTheirLicence() throws {
        #expect(EmbeddedFonts.regular.count > 40_000 && EmbeddedFonts.regular.count < 150_000)
        #expect(EmbeddedFonts.bold.count > 40_000 && EmbeddedFonts.bold.count < 150_000)
        #expect(Array(EmbeddedFonts.regular.prefix(4)) == [0, 1, 0, 0])
        #expect(EmbeddedFonts.license.contains("SIL OPEN FONT LICENSE Version 1.1"))
        #expect(EmbeddedFonts.license.contains("Copyright 2015 Google LLC"))
        #expect(EmbeddedFonts.license.contains("THE FONT SOFTWARE IS PROVIDED \"AS IS\""))
        #expect(EmbeddedFonts.fileNames.regular == "NotoSans-Regular-dti.ttf")
        for (_, font) in Self.faces {
            #expect(font.unitsPerEm == 1000)
            #expect(font.ascender == 1069)
            #expect(font.descender == -293)
            #expect(font.lineGap == 0)
            #expect(font.glyphCount == 391)
        }
    }

    @Test func everyVietnameseLetterHasItsOwnGlyphWithInk() throws {
        for (face, font) in Self.faces {
            for letter in Self.alphabet {
                for text in [String(letter), String(letter).uppercased()] {
                    let scalars = Array(text.unicodeScalars)
                    #expect(scalars.count == 1, "\(text)")
                    let glyph = try #require(font.glyph(for: scalars[0]), "\(face) \(text)")
                    #expect(try !font.outline(glyph).isEmpty, "\(face) \(text)")
                }
            }
            for (base, toned) in Self.tonedLetters {
                let baseGlyph = try #require(font.glyph(for: base.unicodeScalars.first!))
                var outlines = [try font.outline(baseGlyph)]
                for letter in toned {
                    #expect(letter.unicodeScalars.count == 1, "\(letter) has no precomposed form")
                    let glyph = try #require(font.glyph(for: letter.unicodeScalars.first!), "\(face) \(letter)")
                    let outline = try font.outline(glyph)
                    #expect(!outline.isEmpty, "\(face) \(letter)")
                    // The tone is drawn: no two of a vowel's six forms look alike.
                    #expect(!outlines.contains(outline), "\(face) \(letter) looks like another form of \(base)")
                    outlines.append(outline)
                }
            }
        }
    }

    @Test func digitsPunctuationAndSymbolsAreCovered() throws {
        let needed = "0123456789%/.,:;!?()[]-+=&@#*'\"«»–—…·•‘’“”№€₫▲▼▴▾"
        for (face, font) in Self.faces {
            for scalar in needed.unicodeScalars {
                let glyph = try #require(font.glyph(for: scalar), "\(face) U+\(String(scalar.value, radix: 16))")
                #expect(try !font.outline(glyph).isEmpty, "\(face) \(scalar)")
            }
            let space = try #require(font.glyph(for: " "))
            #expect(try font.outline(space).isEmpty)
            #expect(font.advanceWidth(space) == 260)
            // Not in Noto Sans, and so absent: a card writes "-" instead.
            #expect(font.glyph(for: "\u{2212}") == nil)
            #expect(font.glyph(for: "Ж") == nil)
            #expect(try !font.outline(.notdef).isEmpty, "the missing-character box has an outline")
        }
    }

    /// Advances and kerning as fontTools reads them from the same files
    /// (AV: 639 + 600 − 40; Văn hóa: V–ă kerned by −20).
    @Test func measureIsTheSumOfAdvancesAndKerningScaled() throws {
        let regular = try TrueTypeFont.embedded(.regular), bold = try TrueTypeFont.embedded(.bold)
        let cases: [(TrueTypeFont, String, [Int])] = [
            (regular, "AV", [639, 600, -40]),
            (regular, "Văn hóa", [600, 561, 618, 260, 618, 605, 561, -20]),
            (regular, "Tỉnh", [556, 258, 618, 618]),
            (bold, "AV", [690, 650, -40]),
            (bold, "Văn hóa", [650, 604, 657, 260, 657, 619, 604, -20]),
        ]
        for (font, text, units) in cases {
            for size in [10.0, 56.0, 100.0, 37.5] {
                let expected = Double(units.reduce(0, +)) * size / 1000
                #expect(abs(font.measure(text, size: size) - expected) < 1e-9, "\(text) at \(size)")
            }
        }
        let a = try #require(regular.glyph(for: "A")), v = try #require(regular.glyph(for: "V"))
        #expect(regular.kerning(a, v) == -40)
        #expect(regular.kerning(v, a) == -40)
        #expect(regular.kerning(a, a) == 0)
        #expect(regular.advanceWidth(a) == 639)

        // Drawing moves the pen exactly as far as measuring says.
        let canvas = RGBACanvas(width: 400, height: 80, background: .white)
        let end = canvas.drawText("Văn hóa", font: regular, size: 56, x: 10.25, baseline: 60, color: .black)
        #expect(end == 10.25 + canvas.measure("Văn hóa", font: regular, size: 56))
        // Text is NFC-normalized first: combining marks become the precomposed letter.
        #expect(regular.measure("a\u{302}\u{309}m", size: 50) == regular.measure("ẩm", size: 50))
        #expect(regular.glyphRun("a\u{302}\u{309}", size: 50).glyphs == [regular.glyph(for: "ẩ")!])
    }

    @Test func missingCharactersDrawTheBoxAndAreListed() throws {
        let font = try TrueTypeFont.embedded(.regular)
        let canvas = RGBACanvas(width: 300, height: 80, background: .white)
        canvas.drawText("中 Ж a 中", font: font, size: 40, x: 10, baseline: 50, color: .black)
        #expect(canvas.missingScalars() == ["Ж", "中"])
        #expect(canvas.fontProblems().isEmpty)
        // The box of the first 中 is inked, starting right at the pen.
        let ink = (12..<30).contains { x in (15..<50).contains { y in canvas.pixel(x: x, y: y) != .white } }
        #expect(ink)
    }
}
