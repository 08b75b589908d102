import Testing
@testable import DTIKit

/// Palette images: coverage levels, exact palettes from a canvas, palette
/// PNGs read back by Python's zlib, and the fast paths cards rely on.
@Suite("Palette images and card painting")
struct PaletteTests {
    @Test("16 coverage levels paint only 16 shades of black text on white; 256 levels keep the rasteriser's")
    func coverageLevels() throws {
        let font = try TrueTypeFont.embedded(.regular)
        func shades(_ levels: Int) -> Set<UInt8> {
            let canvas = RGBACanvas(width: 300, height: 60, background: .white)
            canvas.coverageLevels = levels
            canvas.drawText("Ủy ban nhân dân xã Đồng Hưng", font: font, size: 22, x: 4, baseline: 40, color: .black)
            return Set((0..<60).flatMap { y in (0..<300).map { canvas.pixel(x: $0, y: y)!.red } })
        }
        let sixteen = shades(16), full = shades(256)
        #expect(sixteen.count <= 16 && sixteen.count >= 12, "\(sixteen.sorted())")
        #expect(sixteen.allSatisfy { $0 % 17 == 0 }, "\(sixteen.sorted())")
        #expect(full.count > 64)
        let canvas = RGBACanvas(width: 1, height: 1)
        canvas.coverageLevels = 1000
        #expect(canvas.coverageLevels == 256)
    }

    @Test("A canvas of at most 256 opaque colours gives an exact palette in order of first appearance; more colours or any transparency give none")
    func indexedPixels() throws {
        let canvas = RGBACanvas(width: 40, height: 10, background: .white)
        canvas.fillRect(x: 10, y: 0, width: 10, height: 10, color: RGBAColor(red: 1, green: 2, blue: 3))
        canvas.fillRect(x: 0, y: 5, width: 40, height: 5, color: RGBAColor(red: 200, green: 0, blue: 0))
        let indexed = try #require(canvas.indexedPixels())
        #expect(indexed.palette == [.white, RGBAColor(red: 1, green: 2, blue: 3), RGBAColor(red: 200, green: 0, blue: 0)])
        #expect(indexed.indices.count == 400)
        for y in 0..<10 {
            for x in 0..<40 {
                #expect(indexed.palette[Int(indexed.indices[y * 40 + x])] == canvas.pixel(x: x, y: y)!, "\(x),\(y)")
            }
        }
        // 300 distinct greys: too many; the limit is honoured exactly.
        let ramp = RGBACanvas(width: 300, height: 1, background: .white)
        for x in 0..<300 { ramp.fillRect(x: Double(x), y: 0, width: 1, height: 1, color: RGBAColor(red: UInt8(x % 256), green: UInt8(x / 256), blue: 0)) }
        #expect(ramp.indexedPixels() == nil)
        #expect(ramp.indexedPixels(maxColors: 256) == nil)
        let small = RGBACanvas(width: 256, height: 1, background: .white)
        for x in 0..<256 { small.fillRect(x: Double(x), y: 0, width: 1, height: 1, color: RGBAColor(red: UInt8(x), green: 0, blue: 0)) }
        #expect(small.indexedPixels()?.palette.count == 256)
        #expect(small.indexedPixels(maxColors: 255) == nil)
        #expect(RGBACanvas(width: 4, height: 4).indexedPixels() == nil, "transparent pixels have no place in PLTE")
    }

    @Test("Palette PNGs: Python's zlib reads back the exact pixels; bad palettes and indices are errors, not traps")
    func palettePNG() throws {
        var palette: [RGBAColor] = []
        for i in 0..<200 { palette.append(RGBAColor(red: UInt8(i), green: UInt8(255 - i), blue: UInt8(i / 2))) }
        var indices: [UInt8] = []
        for i in 0..<(37 * 23) { indices.append(UInt8((i * 7 + i / 37) % 200)) }
        let png = try PNGEncoder.encode(width: 37, height: 23, palette: palette, indices: indices, level: .fast)
        let decoded = try #require(CardTestSupport.decode([png])?.first)
        #expect(decoded.width == 37 && decoded.height == 23 && decoded.color == 3)
        var expected: [UInt8] = []
        for index in indices { expected += [palette[Int(index)].red, palette[Int(index)].green, palette[Int(index)].blue] }
        #expect(decoded.pixels == expected)
        #expect(throws: PNGError.badPalette(count: 0)) { try PNGEncoder.encode(width: 1, height: 1, palette: [], indices: [0]) }
        #expect(throws: PNGError.indexOutOfPalette(index: 2, count: 2)) {
            try PNGEncoder.encode(width: 2, height: 1, palette: [.white, .black], indices: [1, 2])
        }
        #expect(throws: PNGError.pixelCountMismatch(expected: 4, actual: 3)) {
            try PNGEncoder.encode(width: 2, height: 2, palette: [.white], indices: [0, 0, 0])
        }
        palette.append(contentsOf: Array(repeating: .black, count: 57))
        indices = [0]
        #expect(throws: PNGError.badPalette(count: 257)) { try PNGEncoder.encode(width: 1, height: 1, palette: palette, indices: indices) }
    }

    @Test("Opaque whole-pixel rectangles and clear() set exactly the pixels the general blending path would")
    func fastFills() {
        let fast = RGBACanvas(width: 30, height: 20, background: .transparent)
        fast.clear(to: RGBAColor(red: 9, green: 8, blue: 7))
        fast.fillRect(x: 3, y: 4, width: 10, height: 6, color: RGBAColor(red: 200, green: 100, blue: 50))
        // The general path: the same rectangle as a polygon (non-zero fill, full coverage inside).
        let slow = RGBACanvas(width: 30, height: 20, background: RGBAColor(red: 9, green: 8, blue: 7))
        slow.fillPolygon([OutlinePoint(x: 3, y: 4), OutlinePoint(x: 13, y: 4), OutlinePoint(x: 13, y: 10), OutlinePoint(x: 3, y: 10)],
                         color: RGBAColor(red: 200, green: 100, blue: 50))
        #expect(fast.pixels == slow.pixels)
        #expect(fast.pixel(x: 3, y: 4) == RGBAColor(red: 200, green: 100, blue: 50) && fast.pixel(x: 13, y: 4) == RGBAColor(red: 9, green: 8, blue: 7))
    }
}
