/// What identifies one rasterised glyph in a canvas's cache: the font (by
/// identity), the glyph, the exact size, and which quarter of a pixel the
/// pen stood on.
struct GlyphCacheKey: Hashable {
    var font: ObjectIdentifier
    var glyph: UInt16
    var size: UInt64
    var quarter: Int
}

/// Text on a canvas: each glyph is rasterised once per font, size and
/// quarter-pixel pen position, cached, and painted through its mask.
///
/// Pens advance by exact fractional advances (GlyphRun), and each glyph is
/// drawn at its pen position rounded to a quarter pixel horizontally, so
/// letter spacing is even at any size while a line of repeated letters
/// still reuses at most four masks per glyph. Baselines are rounded to
/// whole pixels, which keeps horizontal strokes of one line aligned alike.
extension RGBACanvas {
    /// Sizes text may be drawn at, in pixels per em: beyond any card, and a
    /// bound on the memory one glyph mask may take.
    public static let textSizes: ClosedRange<Double> = 1...512

    /// The most glyph masks kept; past it the cache starts again (drawing is
    /// unchanged, only repeated rasterising costs time).
    static let glyphCacheLimit = 4096

    /// Draws one line of `text` in `color` with its baseline at `baseline`,
    /// starting at `x`, and returns where the pen ends (x plus the width
    /// `measure` gives). Characters the font lacks draw its .notdef glyph and
    /// are listed by `missingScalars()`; a glyph the file describes badly
    /// draws nothing and is listed by `fontProblems()`.
    @discardableResult
    public func drawText(_ text: String, font: TrueTypeFont, size: Double, x: Double, baseline: Double,
                         color: RGBAColor) -> Double {
        guard Self.textSizes.contains(size), x.isFinite, baseline.isFinite,
              abs(x) < 1e7, abs(baseline) < 1e7 else { return x }
        let run = font.glyphRun(text, size: size)
        missing.formUnion(run.missing)
        let row = Int(baseline.rounded())
        for (glyph, offset) in zip(run.glyphs, run.offsets) {
            let quarters = Int(((x + offset) * 4).rounded())
            let column = quarters >> 2  // floor division, also for negative positions
            let mask = glyphMask(font, glyph, size: size, quarter: quarters & 3)
            paint(mask, color: color, dx: column, dy: row)
        }
        return x + run.width
    }

    /// The width `text` takes at `size`: advances plus kerning, exactly the
    /// distance `drawText` moves the pen.
    public func measure(_ text: String, font: TrueTypeFont, size: Double) -> Double {
        font.measure(text, size: size)
    }

    /// Every character drawn so far that a font had no glyph for, once each,
    /// in code point order.
    public func missingScalars() -> [Unicode.Scalar] {
        missing.sorted { $0.value < $1.value }
    }

    /// Glyphs that could not be drawn because the font file describes them
    /// badly, once each, in the order met.
    public func fontProblems() -> [FontError] {
        problems
    }

    /// The coverage mask of `glyph` with its origin at (quarter/4, 0): left
    /// and top are relative to the pen's pixel and the baseline row.
    func glyphMask(_ font: TrueTypeFont, _ glyph: GlyphID, size: Double, quarter: Int) -> CoverageMask {
        let key = GlyphCacheKey(font: ObjectIdentifier(font), glyph: glyph.rawValue, size: size.bitPattern, quarter: quarter)
        if let mask = glyphCache[key] { return mask }
        let contours: [Contour]
        do {
            contours = try font.outline(glyph)
        } catch {
            if !problems.contains(error) { problems.append(error) }
            contours = []
        }
        // Room for any real glyph: two ems either side of the pen, up and down.
        let reach = Int(size * 2) + 2
        let scale = font.scale(forSize: size)
        let mask = GlyphRasterizer.rasterize(contours, scaleX: scale, scaleY: -scale, dx: Double(quarter) / 4, dy: 0,
                                             clip: PixelRect(left: -reach, top: -reach, right: reach + Int(size), bottom: reach))
        if glyphCache.count >= Self.glyphCacheLimit {
            glyphCache.removeAll(keepingCapacity: true)
            cachedFonts.removeAll()
        }
        glyphCache[key] = mask
        cachedFonts[key.font] = font
        return mask
    }
}
