import Testing
@testable import DTIKit
@testable import DTIBench

/// Fonts are untrusted input: every broken file throws a FontError with a
/// Vietnamese message, and nothing traps. Small fonts are built byte by
/// byte, checked to read back exactly, then broken one way at a time.
@Suite("Bad font files")
struct BadFontTests {
    /// notdef, a square, an all-off-curve contour, and a composite of both.
    static func sampleBuilder() -> TestFontBuilder {
        var builder = TestFontBuilder()
        builder.glyphs = [
            .simple([testSquare(0, 0, 400)]),
            .simple([testSquare(100, 0, 500)]),
            .simple([[(0, 100, false), (100, 0, false), (0, -100, false), (-100, 0, false)]]),
            .composite([(1, 50, 60), (2, 0, 0)]),
            .empty,
        ]
        builder.characters = [("A", 1), ("B", 2), ("C", 3), (" ", 4)]
        builder.kerning = [(1, 2, -30)]
        return builder
    }

    func p(_ x: Double, _ y: Double) -> OutlinePoint { OutlinePoint(x: x, y: y) }

    @Test func aBuiltFontReadsBackExactly() throws {
        let font = try TrueTypeFont(bytes: Self.sampleBuilder().build().bytes)
        #expect(font.glyphCount == 5 && font.unitsPerEm == 1000 && font.ascender == 800 && font.descender == -200)
        #expect(font.glyph(for: "A") == GlyphID(1) && font.glyph(for: "C") == GlyphID(3) && font.glyph(for: "D") == nil)
        let square = Contour(start: p(100, 0), segments: [.line(to: p(100, 500)), .line(to: p(600, 500)), .line(to: p(600, 0)), .line(to: p(100, 0))])
        #expect(try font.outline(GlyphID(1)) == [square])
        // No on-curve point: the contour starts between the last and first
        // points and every implied point is a midpoint.
        let round = Contour(start: p(-50, 50), segments: [
            .quadratic(control: p(0, 100), to: p(50, 50)), .quadratic(control: p(100, 0), to: p(50, -50)),
            .quadratic(control: p(0, -100), to: p(-50, -50)), .quadratic(control: p(-100, 0), to: p(-50, 50)),
        ])
        #expect(try font.outline(GlyphID(2)) == [round])
        let moved = Contour(start: p(150, 60), segments: [.line(to: p(150, 560)), .line(to: p(650, 560)), .line(to: p(650, 60)), .line(to: p(150, 60))])
        #expect(try font.outline(GlyphID(3)) == [moved, round])
        #expect(try font.outline(GlyphID(4)).isEmpty)
        #expect(font.kerning(GlyphID(1), GlyphID(2)) == -30 && font.kerning(GlyphID(2), GlyphID(1)) == 0)
        #expect(font.measure("AB", size: 100) == 97)
    }

    @Test func scaledAndMatchedComponentsArePlacedByTheSpec() throws {
        var builder = Self.sampleBuilder()
        // Component 1 scaled by 0.5 (F2Dot14 0x2000), then component 1 again
        // placed so that its point 0 meets point 2 of what came before.
        let scaled: [UInt8] = u16(-1) + u16(0) + u16(0) + u16(0) + u16(0)
            + u16(0x0003 | 0x0008 | 0x0020) + u16(1) + u16(10) + u16(20) + u16(0x2000)
            + u16(0x0001 | 0x0020 | 0x0080) + u16(1) + u16(2) + u16(0) + u16(0) + u16(0x4000) + u16(-0x4000) + u16(0)
            + u16(0x0000) + u16(1) + [2, 0]
        builder.glyphs[3] = .raw(scaled)
        let font = try TrueTypeFont(bytes: builder.build().bytes)
        let contours = try font.outline(GlyphID(3))
        #expect(contours.count == 3)
        // Scaled by 0.5 about the origin, offset unscaled: (60, 20)…(310, 270).
        #expect(contours[0].start == p(60, 20) && contours[0].segments[1].end == p(310, 270))
        // 2×2 matrix with x' = −y, y' = x; its point 0 placed on point 2 so
        // far (310, 270). Its points (100, 0), (100, 500) turn to (0, 100),
        // (−500, 100): the offset is (310, 170).
        #expect(contours[1].start == p(310, 270))
        #expect(contours[1].segments[0].end == p(-190, 270))
        // Byte arguments as point numbers: (100, 0) of an unchanged square on (310, 270).
        #expect(contours[2].start == p(310, 270) && contours[2].segments[1].end == p(810, 770))
    }

    @Test func everyTruncationThrows() throws {
        let bytes = Self.sampleBuilder().build().bytes
        for length in 0..<bytes.count {
            #expect(throws: FontError.self, "first \(length) bytes") { try TrueTypeFont(bytes: Array(bytes.prefix(length))) }
        }
        let embedded = EmbeddedFonts.regular
        for length in stride(from: 0, to: embedded.count, by: 61) {
            #expect(throws: FontError.self, "first \(length) bytes") { try TrueTypeFont(bytes: Array(embedded.prefix(length))) }
        }
    }

    @Test func wrongSignaturesAndTableRecordsThrow() throws {
        func error(_ bytes: [UInt8]) -> FontError? {
            do { _ = try TrueTypeFont(bytes: bytes); return nil } catch { return error }
        }
        let (bytes, _) = Self.sampleBuilder().build()
        var file = bytes
        file.replaceSubrange(0..<4, with: Array("OTTO".utf8))
        #expect(error(file)?.description.contains("CFF") == true)
        file.replaceSubrange(0..<4, with: Array("wOFF".utf8))
        #expect(error(file)?.description.contains("woff") == true)
        #expect(error(Array("%PDF-1.7 not a font".utf8)) == .notTrueType("chữ ký đầu tệp không phải của phông TrueType"))
        #expect(error([]) == .truncated("phần đầu tệp"))

        // Table records: directory entry i is at 12 + 16·i (tags sorted).
        let tags = ["cmap", "glyf", "head", "hhea", "hmtx", "kern", "loca", "maxp"]
        let glyf = 12 + 16 * tags.firstIndex(of: "glyf")!
        file = bytes
        file.replaceSubrange(glyf + 8..<glyf + 12, with: u32(0x7FFF_FFF0))
        #expect(error(file) == .truncated("bảng 'glyf'"))
        file = bytes
        file.replaceSubrange(glyf + 12..<glyf + 16, with: u32(-1))
        #expect(error(file) == .truncated("bảng 'glyf'"))
        file = bytes
        let hmtx = 12 + 16 * tags.firstIndex(of: "hmtx")!
        file.replaceSubrange(hmtx..<hmtx + 4, with: Array("hmtz".utf8))
        #expect(error(file) == .missingTable("hmtx"))
        #expect(error(file)?.description == "Phông chữ thiếu bảng 'hmtx' bắt buộc; hãy dùng một tệp .ttf đầy đủ.")
        file = bytes
        file.replaceSubrange(4..<6, with: u16(0xFFFF))  // 65,535 tables
        #expect(error(file) == .truncated("danh mục bảng"))
    }

    @Test func hugeCountsThrowInsteadOfAllocating() throws {
        func error(_ builder: TestFontBuilder) -> FontError? {
            do { _ = try TrueTypeFont(bytes: builder.build().bytes); return nil } catch { return error }
        }
        var builder = Self.sampleBuilder()
        builder.patches["maxp"] = { $0.prefix(4) + u16(0xFFFF) }
        #expect(error(builder) == .truncated("bảng 'loca'"))
        builder = Self.sampleBuilder()
        builder.patches["hhea"] = { $0.prefix(34) + u16(0xFFFF) }
        #expect(error(builder)?.description.contains("65535 độ rộng") == true)
        builder.patches["hhea"] = { $0.prefix(34) + u16(0) }
        #expect(error(builder) != nil)
        builder = Self.sampleBuilder()
        builder.patches["cmap"] = { $0.prefix(12 + 6) + u16(0xFFFE) + $0.dropFirst(12 + 8) }
        #expect(error(builder) == .truncated("bảng 'cmap'"))
        builder.patches["cmap"] = { _ in u16(0) + u16(1) + u16(3) + u16(10) + u32(12) + u16(12) + u16(0) + u32(0) + u32(0) + u32(0xFFFF_FFFF) }
        #expect(error(builder) == .truncated("bảng 'cmap'"))
        builder.patches["cmap"] = { _ in u16(0) + u16(0xFFFF) }
        #expect(error(builder) == .truncated("bảng 'cmap'"))
        builder = Self.sampleBuilder()
        builder.patches["kern"] = { $0.prefix(10) + u16(0xFFFF) + $0.dropFirst(12) }
        #expect(error(builder) == .truncated("bảng 'kern'"))
        builder.patches["head"] = { $0.prefix(18) + u16(0) + $0.dropFirst(20) }
        #expect(error(builder)?.description.contains("số đơn vị mỗi em") == true)
    }

    @Test func badGlyphDataThrowsWhenTheGlyphIsDrawn() throws {
        func outlineError(_ glyph: TestFontBuilder.Glyph, kind: (FontError) -> Bool) throws {
            var builder = Self.sampleBuilder()
            builder.glyphs[3] = glyph
            let font = try TrueTypeFont(bytes: builder.build().bytes)
            do {
                _ = try font.outline(GlyphID(3))
                Issue.record("no error for \(glyph)")
            } catch { #expect(kind(error), "\(error)") }
            // A canvas draws nothing for it and says which glyph was bad.
            let canvas = RGBACanvas(width: 50, height: 50, background: .white)
            canvas.drawText("CA", font: font, size: 20, x: 0, baseline: 30, color: .black)
            #expect(canvas.fontProblems().count == 1)
        }
        let header = u16(1) + u16(0) + u16(0) + u16(0) + u16(0)
        // 65,535 points announced, no data for them.
        try outlineError(.raw(header + u16(0xFFFE) + u16(0))) { if case .truncated = $0 { true } else { false } }
        // A repeated flag running past the point count.
        try outlineError(.raw(header + u16(3) + u16(0) + [0x09, 200])) { if case .invalid = $0 { true } else { false } }
        // Instructions said to be longer than the glyph.
        try outlineError(.raw(header + u16(3) + u16(0xFFFF))) { if case .truncated = $0 { true } else { false } }
        // A component that does not exist.
        try outlineError(.composite([(999, 0, 0)])) { if case .invalid = $0 { true } else { false } }
        // A component point number past the points so far.
        try outlineError(.raw(u16(-1) + u16(0) + u16(0) + u16(0) + u16(0) + u16(0x0001) + u16(1) + u16(40) + u16(0))) {
            if case .invalid = $0 { true } else { false }
        }
    }

    @Test func compositeLoopsDepthAndBlowUpAreRefused() throws {
        func tooComplex(_ glyphs: [TestFontBuilder.Glyph], draw glyph: Int) throws -> String? {
            var builder = TestFontBuilder()
            builder.glyphs = glyphs
            let font = try TrueTypeFont(bytes: builder.build().bytes)
            do {
                _ = try font.outline(GlyphID(UInt16(glyph)))
                return nil
            } catch {
                guard case .glyphTooComplex(_, let reason) = error else { return "other: \(error)" }
                return reason
            }
        }
        let square = TestFontBuilder.Glyph.simple([testSquare(0, 0, 100)])
        #expect(try tooComplex([square, .composite([(1, 0, 0)])], draw: 1)?.contains("vòng lặp") == true)
        #expect(try tooComplex([square, .composite([(2, 0, 0)]), .composite([(0, 0, 0), (1, 5, 5)])], draw: 1)?.contains("vòng lặp") == true)
        // A chain of 12 composites, each holding the next.
        let chain = [square] + (1...12).map { TestFontBuilder.Glyph.composite([($0 + 1 <= 12 ? $0 + 1 : 0, 1, 1)]) }
        #expect(try tooComplex(chain, draw: 1)?.contains("lồng nhau") == true)
        #expect(try tooComplex(chain, draw: 6) == nil, "seven levels are fine")
        // Each level repeats the one below 40 times: 40⁴ copies of a square.
        let wide = [square] + (0..<4).map { level in TestFontBuilder.Glyph.composite(Array(repeating: (level, 0, 0), count: 40)) }
        #expect(try tooComplex(wide, draw: 4)?.contains("quá nhiều") == true)
        #expect(try tooComplex(wide, draw: 2) == nil, "1,600 squares are fine")
    }

    /// Random damage to the real font: each mutant either fails to open with
    /// a FontError or opens and draws every glyph without trapping.
    @Test func randomlyDamagedFontsNeverTrap() throws {
        var random = SplitMix64(seed: 20_260_101)
        let original = EmbeddedFonts.regular
        var opened = 0, refused = 0, badGlyphs = 0
        for _ in 0..<100 {
            var bytes = original
            for _ in 0..<(1 + Int(random.next() % 8)) {
                let at = random.next() % 2 == 0 ? Int(random.next() % 600) : Int(random.next() % UInt64(bytes.count))
                bytes[at] = UInt8(truncatingIfNeeded: random.next())
            }
            guard let font = try? TrueTypeFont(bytes: bytes) else {
                refused += 1
                continue
            }
            opened += 1
            for glyph in 0..<font.glyphCount {
                do { _ = try font.outline(GlyphID(UInt16(glyph))) } catch { badGlyphs += 1 }
            }
            let canvas = RGBACanvas(width: 120, height: 40, background: .white)
            canvas.drawText("Sở Văn hóa ẩ ỗ ự Ặ", font: font, size: 14, x: 2, baseline: 20, color: .black)
            _ = font.measure("Sở Văn hóa", size: 14)
        }
        #expect(opened > 20 && refused > 20, "opened \(opened), refused \(refused)")
        #expect(badGlyphs > 0)
    }
}
