import Dispatch
import Foundation
import Testing
@testable import DTIKit

/// The rasteriser puts the right amount of ink in the right pixels: checked
/// against stem widths fontTools reads from the files, against areas worked
/// out separately from the outlines, and pixel by pixel on simple shapes.
@Suite("Glyph rasterizer and canvas")
struct GlyphRasterizerTests {
    let regular = try! TrueTypeFont.embedded(.regular)
    let bold = try! TrueTypeFont.embedded(.bold)

    func mask(_ font: TrueTypeFont, _ character: Unicode.Scalar, size: Double, quarter: Int = 0) throws -> CoverageMask {
        let glyph = try #require(font.glyph(for: character))
        return RGBACanvas(width: 1, height: 1).glyphMask(font, glyph, size: size, quarter: quarter)
    }

    /// Coverage of the pixel at (x, y) relative to the pen and baseline.
    func coverage(_ mask: CoverageMask, _ x: Int, _ y: Int) -> Int {
        let column = x - mask.left, row = y - mask.top
        guard column >= 0, column < mask.width, row >= 0, row < mask.height else { return 0 }
        return Int(mask.coverage[row * mask.width + column])
    }

    /// The width of the inside of `contours` along the line y = `y` (font
    /// units): crossings of the flattened contours, paired left to right.
    static func outlineWidth(_ contours: [Contour], at y: Double) -> Double {
        var crossings: [Double] = []
        for contour in contours {
            var from = contour.start
            for segment in contour.segments {
                for p in flattened(from, segment) {
                    if (from.y - y) * (p.y - y) < 0 { crossings.append(from.x + (y - from.y) / (p.y - from.y) * (p.x - from.x)) }
                    from = p
                }
            }
        }
        crossings.sort()
        return stride(from: 0, to: crossings.count - 1, by: 2).reduce(0) { $0 + crossings[$1 + 1] - crossings[$1] }
    }

    /// A segment as 256 straight pieces (curves) or itself (lines).
    static func flattened(_ from: OutlinePoint, _ segment: Contour.Segment) -> [OutlinePoint] {
        guard case .quadratic(let c, let to) = segment else { return [segment.end] }
        return (1...256).map { step in
            let t = Double(step) / 256, u = 1 - t
            return OutlinePoint(x: u * u * from.x + 2 * u * t * c.x + t * t * to.x, y: u * u * from.y + 2 * u * t * c.y + t * t * to.y)
        }
    }

    /// 'l' spans x = 85…173 in Regular and 78…227 in Bold (as fontTools
    /// reads them); 'I' has bars top and bottom, so its stem is measured on
    /// the outline at the row's height.
    @Test func verticalStemsAreFullyCoveredAndAsWideAsTheOutline() throws {
        for (font, letter, xMin, xMax) in [(regular, "l" as Unicode.Scalar, 85, 173), (bold, "l", 78, 227),
                                           (regular, "I", nil, nil), (bold, "I", nil, nil)] as [(TrueTypeFont, Unicode.Scalar, Int?, Int?)] {
            let outline = try font.outline(try #require(font.glyph(for: letter)))
            for quarter in 0..<4 {
                let m = try mask(font, letter, size: 100, quarter: quarter)
                for y in [-50, -38, -15] {  // between the bars of 'I' (126…588 units in Bold)
                    // The row's pixels span y…y+1: the outline at its middle.
                    let width = Self.outlineWidth(outline, at: -(Double(y) + 0.5) * 10) / 10
                    if let xMin, let xMax { #expect(width == Double(xMax - xMin) / 10) }
                    let row = (m.left..<(m.left + m.width)).map { coverage(m, $0, y) }
                    let ink = Double(row.reduce(0, +)) / 255
                    let full = row.filter { $0 == 255 }.count
                    #expect(abs(ink - width) < 0.05, "\(letter) row \(y): \(ink) px of ink, outline \(width)")
                    #expect(full >= Int(width) - 1 && full <= Int(width.rounded(.up)), "\(letter) row \(y): \(full) full pixels")
                    #expect(Set(row.filter { $0 > 0 && $0 < 255 }).count <= 2, "only the two edge pixels are partial")
                    if let xMin {
                        // The ink starts where the outline does, moved by the quarter pixel.
                        let firstInk = try #require(row.firstIndex { $0 > 0 }) + m.left
                        #expect(Double(firstInk) == (Double(xMin) / 10 + Double(quarter) / 4).rounded(.down))
                    }
                }
            }
        }
    }

    /// Area by the shoelace formula on contours cut into 256 straight pieces
    /// per curve: independent of the rasteriser's own adaptive cutting.
    static func outlineArea(_ contours: [Contour]) -> Double {
        var twice = 0.0
        for contour in contours {
            var from = contour.start
            for segment in contour.segments {
                for p in flattened(from, segment) {
                    twice += from.x * p.y - p.x * from.y
                    from = p
                }
            }
        }
        return abs(twice) / 2
    }

    @Test func totalCoverageEqualsTheOutlineArea() throws {
        for font in [regular, bold] {
            for letter in "oBg8đơẶ%".unicodeScalars {
                let glyph = try #require(font.glyph(for: letter))
                let area = Self.outlineArea(try font.outline(glyph))
                for (size, tolerance) in [(24.0, 0.01), (56.0, 0.004), (100.0, 0.002)] {
                    for quarter in [0, 3] {
                        let m = try mask(font, letter, size: size, quarter: quarter)
                        let ink = Double(m.coverage.reduce(0) { $0 + Int($1) }) / 255
                        let expected = area * size * size / 1_000_000
                        #expect(abs(ink - expected) / expected < tolerance, "\(letter) at \(size): \(ink) vs \(expected)")
                    }
                }
            }
        }
    }

    /// Two squares drawn the same way round overlap: their union is filled
    /// once (non-zero winding), not twice; one drawn the other way round
    /// inside another is a hole.
    @Test func overlappingContoursFollowTheNonZeroRule() {
        func square(_ x: Double, _ y: Double, _ side: Double, clockwise: Bool = true) -> Contour {
            let corners = [OutlinePoint(x: x, y: y), OutlinePoint(x: x + side, y: y),
                           OutlinePoint(x: x + side, y: y + side), OutlinePoint(x: x, y: y + side)]
            let order = clockwise ? corners : corners.reversed()
            return Contour(start: order[0], segments: order.dropFirst().map { .line(to: $0) } + [.line(to: order[0])])
        }
        let clip = PixelRect(left: 0, top: 0, right: 40, bottom: 40)
        let union = GlyphRasterizer.rasterize([square(2, 2, 10), square(7, 7, 10)], scaleX: 1, scaleY: 1, dx: 0, dy: 0, clip: clip)
        #expect(union.coverage.reduce(0) { $0 + Int($1) } == 175 * 255)
        #expect(Set(union.coverage) == [0, 255])
        let hole = GlyphRasterizer.rasterize([square(2, 2, 20), square(7, 7, 10, clockwise: false)], scaleX: 1, scaleY: 1, dx: 0, dy: 0, clip: clip)
        #expect(hole.coverage.reduce(0) { $0 + Int($1) } == 300 * 255)
        // Half-pixel edges: a 3×3 square at (1.5, 1.5) covers 9 px² of ink.
        let half = GlyphRasterizer.rasterize([square(1.5, 1.5, 3)], scaleX: 1, scaleY: 1, dx: 0, dy: 0, clip: clip)
        #expect(half.width == 4 && half.height == 4 && half.left == 1 && half.top == 1)
        #expect(half.coverage == [64, 128, 128, 64, 128, 255, 255, 128, 128, 255, 255, 128, 64, 128, 128, 64])
        // Clipped at the canvas edge: what is inside is exact.
        let clipped = GlyphRasterizer.rasterize([square(-5, -5, 10)], scaleX: 1, scaleY: 1, dx: 0, dy: 0, clip: clip)
        #expect(clipped.left == 0 && clipped.width == 5 && Set(clipped.coverage) == [255])
    }

    /// Rows of ink of the connected shapes in `m` that lie wholly above `line`
    /// (y relative to the baseline, negative is up) or wholly below it.
    func clusters(_ m: CoverageMask, above line: Int? = nil, below floor: Int? = nil) -> [ClosedRange<Int>] {
        var seen = [Bool](repeating: false, count: m.coverage.count)
        var result: [ClosedRange<Int>] = []
        for start in m.coverage.indices where m.coverage[start] >= 32 && !seen[start] {
            var stack = [start], rows: [Int] = []
            seen[start] = true
            while let at = stack.popLast() {
                let (row, column) = (at / m.width, at % m.width)
                rows.append(row + m.top)
                for dy in -1...1 { for dx in -1...1 {
                    let r = row + dy, c = column + dx
                    guard r >= 0, r < m.height, c >= 0, c < m.width else { continue }
                    let next = r * m.width + c
                    if m.coverage[next] >= 32 && !seen[next] { seen[next] = true; stack.append(next) }
                } }
            }
            let range = rows.min()!...rows.max()!
            if let line, range.upperBound < line { result.append(range) }
            if let floor, range.lowerBound > floor { result.append(range) }
        }
        return result.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// x-height 536 and cap height 714 units (OS/2), 54 and 71 px at 100 px.
    @Test func stackedMarksAreSeparateAndInsideTheLineBox() throws {
        for font in [regular, bold] {
            for letter in ["ẩ", "ỗ"] as [Unicode.Scalar] {
                let above = clusters(try mask(font, letter, size: 100), above: -54)
                #expect(above.count == 2, "\(letter): \(above)")
            }
            // ỗ: the tilde sits wholly above the circumflex.
            let ỗ = clusters(try mask(font, "ỗ", size: 100), above: -54)
            #expect(ỗ.count == 2 && ỗ[0].upperBound < ỗ[1].lowerBound, "\(ỗ)")
            // Ặ: a breve above the cap height and a dot below the baseline.
            let capital = try mask(font, "Ặ", size: 100)
            #expect(clusters(capital, above: -72).count == 1)
            #expect(clusters(capital, below: 1).count == 1)
            // ự: the dot below the baseline; the horn rises past the x-height
            // (to 619 units), where a plain u (536) has no ink.
            let ự = try mask(font, "ự", size: 100), u = try mask(font, "u", size: 100)
            #expect(clusters(ự, below: 1).count == 1)
            #expect(clusters(u, below: 1).isEmpty)
            #expect((0..<ự.width).contains { coverage(ự, ự.left + $0, -58) > 128 })
            #expect(!(0..<u.width).contains { coverage(u, u.left + $0, -58) > 0 })
        }
        // No letter reaches above the line box (ascender 1069 units), at any
        // size: capitals with stacked marks (Ỗ: 1048 units) fit.
        for font in [regular, bold] {
            for size in [28.0, 56.0, 100.0] {
                let lineTop = -Int((Double(font.ascender) * size / 1000).rounded(.up))
                for letter in "ẨỖỰẶẫỹợÂẤẦẬ".unicodeScalars {
                    let m = try mask(font, letter, size: size)
                    let firstInkRow = m.coverage.firstIndex { $0 > 0 }.map { $0 / m.width + m.top }
                    #expect(try #require(firstInkRow) >= lineTop, "\(letter) at \(size)")
                    #expect(m.top > -Int(size * 2), "\(letter) clipped by the rasteriser window")
                }
            }
        }
    }

    @Test func drawingIsByteIdenticalAcrossCanvasesCachesAndThreads() throws {
        let text = "Sở Văn hóa, Thể thao và Du lịch — Ẩm ỗ ự Ặ 87,5%"
        let regular = self.regular, bold = self.bold
        @Sendable func draw(warm: Bool) -> [UInt8] {
            let canvas = RGBACanvas(width: 900, height: 140, background: RGBAColor(hex: "#f4f6fb")!)
            if warm {  // fill the cache first, with the same glyphs at other positions
                canvas.drawText(text, font: regular, size: 40, x: 3.3, baseline: 50, color: .black)
                canvas.fillRect(x: 0, y: 0, width: 900, height: 140, color: RGBAColor(hex: "#f4f6fb")!)
            }
            canvas.drawText(text, font: regular, size: 40, x: 10.1, baseline: 50, color: RGBAColor(hex: "#14213d")!)
            canvas.drawText(text, font: bold, size: 28, x: 10.6, baseline: 110, color: RGBAColor(red: 200, green: 16, blue: 46, alpha: 180))
            return canvas.pixels
        }
        let first = draw(warm: false)
        #expect(first.count == 900 * 140 * 4)
        #expect(Set(first).count > 50, "text was drawn")
        #expect(draw(warm: false) == first)
        #expect(draw(warm: true) == first)
        let results = LockedResults()
        DispatchQueue.concurrentPerform(iterations: 4) { _ in results.add(draw(warm: false)) }
        #expect(results.all.allSatisfy { $0 == first })
    }

    /// Source-over in integers, checked against the formula worked by hand.
    @Test func compositingArithmetic() {
        let canvas = RGBACanvas(width: 3, height: 1, background: .white)
        canvas.fillRect(x: 0.5, y: 0, width: 1, height: 1, color: .black)  // half of pixels 0 and 1
        #expect(canvas.pixel(x: 0, y: 0) == RGBAColor(red: 127, green: 127, blue: 127))
        #expect(canvas.pixel(x: 1, y: 0) == RGBAColor(red: 127, green: 127, blue: 127))
        #expect(canvas.pixel(x: 2, y: 0) == .white)
        let clear = RGBACanvas(width: 1, height: 1)
        clear.fillRect(x: 0, y: 0, width: 0.5, height: 1, color: .black)
        #expect(clear.pixel(x: 0, y: 0) == RGBAColor(red: 0, green: 0, blue: 0, alpha: 128))
        // Red at alpha 128 over blue at alpha 128: alpha 0.502 + 0.502·0.498
        // = 0.752 (192), red 0.502/0.752 (170), blue 0.250/0.752 (85).
        let layered = RGBACanvas(width: 1, height: 1, background: RGBAColor(red: 0, green: 0, blue: 255, alpha: 128))
        layered.fillRect(x: 0, y: 0, width: 1, height: 1, color: RGBAColor(red: 255, green: 0, blue: 0, alpha: 128))
        #expect(layered.pixel(x: 0, y: 0) == RGBAColor(red: 170, green: 0, blue: 85, alpha: 192))
        #expect(RGBAColor(hex: "#1a73e8") == RGBAColor(red: 0x1a, green: 0x73, blue: 0xe8))
        #expect(RGBAColor(hex: "1a73e880")?.alpha == 0x80)
        #expect(RGBAColor(hex: "#12345") == nil && RGBAColor(hex: "#gg0000") == nil)
    }

    @Test func roundedRectanglesAndLinesCoverTheirArea() {
        let canvas = RGBACanvas(width: 200, height: 100)
        canvas.fillRoundedRect(x: 10, y: 10, width: 120, height: 60, radius: 20, color: .black)
        let ink = stride(from: 3, to: canvas.pixels.count, by: 4).reduce(0) { $0 + Int(canvas.pixels[$1]) }
        let expected = 120.0 * 60 - (4 - Double.pi) * 20 * 20
        #expect(abs(Double(ink) / 255 - expected) < 2, "\(Double(ink) / 255) vs \(expected)")
        #expect(canvas.pixel(x: 70, y: 10)?.alpha == 255 && canvas.pixel(x: 10, y: 10)?.alpha == 0)
        let lines = RGBACanvas(width: 100, height: 100)
        lines.strokeLine(from: OutlinePoint(x: 10, y: 10), to: OutlinePoint(x: 70, y: 90), width: 4, color: .black)
        let lineInk = stride(from: 3, to: lines.pixels.count, by: 4).reduce(0) { $0 + Int(lines.pixels[$1]) }
        #expect(abs(Double(lineInk) / 255 - 400) < 1)  // 100 long, 4 wide
    }
}

extension GlyphRasterizerTests {
    /// Coordinates far outside, infinite or NaN clip or draw nothing; they never trap.
    @Test func absurdCoordinatesNeverTrap() {
        let canvas = RGBACanvas(width: 20, height: 10, background: .white)
        canvas.fillRect(x: -1e300, y: -1e300, width: 1e300, height: 1e300, color: .black)
        canvas.fillRect(x: .nan, y: 0, width: 5, height: 5, color: .black)
        canvas.fillRect(x: 1e300, y: 1e300, width: 5, height: 5, color: .black)
        #expect(canvas.pixels.allSatisfy { $0 == 255 })
        canvas.fillPolygon([OutlinePoint(x: -1e300, y: -1e300), OutlinePoint(x: 1e300, y: -1e300), OutlinePoint(x: 0, y: 1e300)], color: .black)
        #expect(canvas.pixel(x: 10, y: 5) == .black, "a huge triangle covers the middle")
        canvas.fillPolygon([OutlinePoint(x: .nan, y: 0), OutlinePoint(x: 5, y: 5), OutlinePoint(x: 0, y: 5)], color: .white)
        canvas.fillRoundedRect(x: .infinity, y: 0, width: 5, height: 5, radius: 2, color: .white)
        canvas.strokeLine(from: OutlinePoint(x: 0, y: 0), to: OutlinePoint(x: .infinity, y: 3), width: 2, color: .white)
        canvas.drawText("Sở", font: regular, size: 30, x: 1e300, baseline: -1e300, color: .white)
        canvas.drawText("Sở", font: regular, size: .nan, x: 0, baseline: 9, color: .white)
        canvas.drawText("Sở", font: regular, size: 1e9, x: 0, baseline: 9, color: .white)
        #expect(canvas.pixel(x: 10, y: 5) == .black)
        #expect(RGBACanvas(width: -5, height: 1 << 40).pixels.isEmpty)
    }
}

/// Collects results from concurrent work.
final class LockedResults: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [[UInt8]] = []
    func add(_ item: [UInt8]) { lock.lock(); items.append(item); lock.unlock() }
    var all: [[UInt8]] { lock.lock(); defer { lock.unlock() }; return items }
}
