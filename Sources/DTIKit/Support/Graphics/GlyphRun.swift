import Foundation

/// A line of text as glyphs and pen positions: what drawing and measuring
/// share, so that a measured width is exactly the width drawn.
///
/// Text is NFC-normalized first: every Vietnamese letter has a precomposed
/// code point (ẩ is U+1EA9), and the font draws it as one glyph whose marks
/// the designer placed, stacked and clear of each other. Text typed with
/// combining marks (a + U+0302 + U+0309) becomes the same single letter.
/// There is no other shaping: glyphs follow each other left to right by
/// their advances, adjusted by the font's pair kerning.
public struct GlyphRun: Equatable, Sendable {
    /// The glyphs in order; .notdef where the font lacks the character.
    public var glyphs: [GlyphID]
    /// Where each glyph's origin lies, in pixels from the run's start.
    public var offsets: [Double]
    /// The pen's advance over the whole run, in pixels.
    public var width: Double
    /// Characters the font has no glyph for, in text order.
    public var missing: [Unicode.Scalar]
}

extension TrueTypeFont {
    /// The glyphs of `text` at `size` pixels per em. Positions are sums of
    /// advances and kerning in font units, scaled once: no rounding drift.
    public func glyphRun(_ text: String, size: Double) -> GlyphRun {
        let scale = scale(forSize: size)
        var run = GlyphRun(glyphs: [], offsets: [], width: 0, missing: [])
        var pen = 0
        var previous: GlyphID?
        for scalar in Self.normalized(text).unicodeScalars {
            let glyph: GlyphID
            if let found = self.glyph(for: scalar) {
                glyph = found
            } else {
                glyph = .notdef
                run.missing.append(scalar)
            }
            if let previous { pen += kerning(previous, glyph) }
            run.glyphs.append(glyph)
            run.offsets.append(Double(pen) * scale)
            pen += advanceWidth(glyph)
            previous = glyph
        }
        run.width = Double(pen) * scale
        return run
    }

    /// The width `text` takes at `size` pixels per em: advances plus kerning.
    public func measure(_ text: String, size: Double) -> Double {
        glyphRun(text, size: size).width
    }

    /// `text` in NFC. Text made only of characters that NFC leaves alone
    /// and that cannot combine with a neighbour, the common case (ASCII,
    /// Latin-1 to Latin Extended-B, the precomposed Vietnamese letters of
    /// Latin Extended Additional, dashes and ellipsis), is returned as it is;
    /// anything else (a combining mark, any other script) is normalized.
    /// Cards measure every word of every line, and normalizing already
    /// normalized text through Foundation was most of that time.
    static func normalized(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ Self.isStableInNFC($0.value) }) { return text }
        return text.precomposedStringWithCanonicalMapping
    }

    /// Characters with NFC_Quick_Check = Yes that no following character
    /// composes with (see the Unicode Character Database, DerivedNormalizationProps):
    /// U+0000–U+02FF, U+1E00–U+1EFF, U+2010–U+2027.
    @inline(__always)
    static func isStableInNFC(_ value: UInt32) -> Bool {
        value < 0x300 || (0x1E00...0x1EFF).contains(value) || (0x2010...0x2027).contains(value)
    }
}
