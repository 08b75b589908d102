/// An sRGB colour with straight (not premultiplied) alpha, as PNG stores it.
public struct RGBAColor: Hashable, Sendable {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8
    public var alpha: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
        (self.red, self.green, self.blue, self.alpha) = (red, green, blue, alpha)
    }

    /// A colour written as a theme writes it: `#1a73e8`, `#1a73e8cc`, with
    /// or without `#`; nil for anything else.
    public init?(hex: String) {
        var digits = Substring(hex)
        if digits.hasPrefix("#") { digits = digits.dropFirst() }
        guard digits.count == 6 || digits.count == 8, let value = UInt32(digits, radix: 16) else { return nil }
        let full = digits.count == 6 ? value << 8 | 0xFF : value
        self.init(red: UInt8(full >> 24), green: UInt8(full >> 16 & 0xFF), blue: UInt8(full >> 8 & 0xFF), alpha: UInt8(full & 0xFF))
    }

    public static let black = RGBAColor(red: 0, green: 0, blue: 0)
    public static let white = RGBAColor(red: 255, green: 255, blue: 255)
    public static let transparent = RGBAColor(red: 0, green: 0, blue: 0, alpha: 0)
}

/// A width × height picture of RGBA8 pixels that shapes and text are
/// painted onto, for card images written as PNG.
///
/// Painting is "source over": what is drawn covers what is below in
/// proportion to its alpha and the shape's anti-aliased coverage. The
/// arithmetic is integer with fixed rounding (see `blend`), so the same
/// drawing calls give byte-identical pixels on every machine and thread.
/// Coordinates are pixels, y down, (0, 0) the top-left corner; shapes
/// outside the canvas are clipped.
///
/// A class: it is painted on in place by many calls, and it keeps a cache
/// of rasterised glyphs and a record of characters its fonts lacked
/// (CanvasText.swift). Not shared between threads: one card, one canvas.
public final class RGBACanvas {
    public let width: Int
    public let height: Int
    /// Row after row, top row first, four bytes (R, G, B, A) per pixel.
    public private(set) var pixels: [UInt8]

    /// The largest side accepted (far beyond a 1200×630 card), which bounds
    /// memory at 256 MB whatever a caller asks for.
    public static let maximumSide = 8192

    /// How many levels of coverage edges are painted with (2…256). 256
    /// keeps every level the rasteriser computes; fewer (16 for cards)
    /// round each edge pixel's coverage to the nearest level, which keeps
    /// the number of distinct colours small enough for a palette PNG (see
    /// `indexedPixels`) at no visible cost at card sizes.
    public var coverageLevels = 256 {
        didSet {
            coverageLevels = min(256, max(2, coverageLevels))
            let steps = coverageLevels - 1
            coverageMap = (0...255).map { UInt8((($0 * steps + 127) / 255 * 255 + steps / 2) / steps) }
        }
    }
    /// Coverage as painted, by coverage as rasterised (the identity at 256 levels).
    private var coverageMap: [UInt8] = (0...255).map(UInt8.init)

    var glyphCache: [GlyphCacheKey: CoverageMask] = [:]
    /// The fonts the cache refers to, kept alive so an identity is never reused.
    var cachedFonts: [ObjectIdentifier: TrueTypeFont] = [:]
    var missing: Set<Unicode.Scalar> = []
    var problems: [FontError] = []

    /// A canvas filled with `background`; sides are clamped to 0…maximumSide.
    public init(width: Int, height: Int, background: RGBAColor = .transparent) {
        self.width = min(max(0, width), Self.maximumSide)
        self.height = min(max(0, height), Self.maximumSide)
        let count = self.width * self.height * 4
        pixels = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            for at in stride(from: 0, to: count, by: 4) {
                (buffer[at], buffer[at + 1], buffer[at + 2], buffer[at + 3]) = (background.red, background.green, background.blue, background.alpha)
            }
            initialized = count
        }
    }

    /// The colour of the pixel at (`x`, `y`), or nil outside the canvas.
    public func pixel(x: Int, y: Int) -> RGBAColor? {
        guard x >= 0, x < width, y >= 0, y < height else { return nil }
        let at = (y * width + x) * 4
        return RGBAColor(red: pixels[at], green: pixels[at + 1], blue: pixels[at + 2], alpha: pixels[at + 3])
    }

    /// Paints `color` over the rectangle; fractional edges are anti-aliased
    /// by the share of each border pixel the rectangle covers.
    public func fillRect(x: Double, y: Double, width: Double, height: Double, color: RGBAColor) {
        let x1 = x + width, y1 = y + height
        guard width > 0, height > 0, x.isFinite, y.isFinite, x1.isFinite, y1.isFinite else { return }
        // Clamped to the canvas before becoming integers: no huge value can trap.
        func pixel(_ value: Double, _ limit: Int) -> Int { Int(min(Double(limit), max(0, value))) }
        let left = pixel(x.rounded(.down), self.width), right = pixel(x1.rounded(.up), self.width)
        let top = pixel(y.rounded(.down), self.height), bottom = pixel(y1.rounded(.up), self.height)
        guard left < right, top < bottom else { return }
        // Whole-pixel edges and an opaque colour cover every pixel fully:
        // the pixels are set directly (a card's background, bars and bands),
        // which is what the general path below would compute, much faster.
        if color.alpha == 255, x == x.rounded(), y == y.rounded(), x1 == x1.rounded(), y1 == y1.rounded() {
            return setPixels(columns: left..<right, rows: top..<bottom, to: color)
        }
        func share(_ cell: Int, _ low: Double, _ high: Double) -> Double {
            max(0, min(Double(cell + 1), high) - max(Double(cell), low))
        }
        let columns = (left..<right).map { share($0, x, x1) }
        var mask = CoverageMask(left: left, top: top, width: right - left, height: bottom - top, coverage: [])
        mask.coverage.reserveCapacity(mask.width * mask.height)
        for row in top..<bottom {
            let rowShare = share(row, y, y1)
            for column in columns { mask.coverage.append(UInt8(column * rowShare * 255 + 0.5)) }
        }
        paint(mask, color: color)
    }

    /// Starts a new picture on this canvas: every pixel becomes `background`,
    /// and the records of missing characters and font problems are emptied.
    /// The glyph cache is kept, which is why a canvas is worth reusing.
    public func clear(to background: RGBAColor) {
        setPixels(columns: 0..<width, rows: 0..<height, to: background)
        missing.removeAll()
        problems.removeAll()
    }

    /// Sets every pixel of the block to `color` (nothing blended): the first
    /// row pixel by pixel, the others copied from it.
    private func setPixels(columns: Range<Int>, rows: Range<Int>, to color: RGBAColor) {
        guard !columns.isEmpty, let firstRow = rows.first else { return }
        let pattern = UInt32(color.red) | UInt32(color.green) << 8 | UInt32(color.blue) << 16 | UInt32(color.alpha) << 24
        let canvasWidth = width
        pixels.withUnsafeMutableBytes { raw in
            let first = (firstRow * canvasWidth + columns.lowerBound) * 4
            for column in columns { raw.storeBytes(of: pattern.littleEndian, toByteOffset: (firstRow * canvasWidth + column) * 4, as: UInt32.self) }
            guard let base = raw.baseAddress else { return }
            for row in rows.dropFirst() {
                (base + (row * canvasWidth + columns.lowerBound) * 4).copyMemory(from: base + first, byteCount: columns.count * 4)
            }
        }
    }

    /// Paints a rectangle with corners rounded to `radius` (at most half the
    /// shorter side), each quarter circle drawn as two quadratic curves.
    public func fillRoundedRect(x: Double, y: Double, width: Double, height: Double, radius: Double, color: RGBAColor) {
        let r = max(0, min(radius, width / 2, height / 2))
        guard r > 0 else { return fillRect(x: x, y: y, width: width, height: height, color: color) }
        // Each corner is two 45° arcs meeting `bend` in from both sides; an
        // arc's control point is where the tangents at its ends meet,
        // r·tan 22.5° along the side from where the straight part ends.
        let reach = r * (2 - 2.0.squareRoot()), bend = r * (1 - 2.0.squareRoot() / 2)
        let x1 = x + width, y1 = y + height
        func p(_ px: Double, _ py: Double) -> OutlinePoint { OutlinePoint(x: px, y: py) }
        let segments: [Contour.Segment] = [
            .line(to: p(x1 - r, y)),
            .quadratic(control: p(x1 - reach, y), to: p(x1 - bend, y + bend)),
            .quadratic(control: p(x1, y + reach), to: p(x1, y + r)),
            .line(to: p(x1, y1 - r)),
            .quadratic(control: p(x1, y1 - reach), to: p(x1 - bend, y1 - bend)),
            .quadratic(control: p(x1 - reach, y1), to: p(x1 - r, y1)),
            .line(to: p(x + r, y1)),
            .quadratic(control: p(x + reach, y1), to: p(x + bend, y1 - bend)),
            .quadratic(control: p(x, y1 - reach), to: p(x, y1 - r)),
            .line(to: p(x, y + r)),
            .quadratic(control: p(x, y + reach), to: p(x + bend, y + bend)),
            .quadratic(control: p(x + reach, y), to: p(x + r, y)),
        ]
        fillPath([Contour(start: p(x + r, y), segments: segments)], color: color)
    }

    /// Paints the inside of `points` joined in order (a closed polygon).
    public func fillPolygon(_ points: [OutlinePoint], color: RGBAColor) {
        guard let first = points.first, points.count >= 3 else { return }
        fillPath([Contour(start: first, segments: points.dropFirst().map { .line(to: $0) } + [.line(to: first)])], color: color)
    }

    /// Paints a straight line `width` pixels thick with square-cut ends.
    public func strokeLine(from a: OutlinePoint, to b: OutlinePoint, width: Double, color: RGBAColor) {
        let dx = b.x - a.x, dy = b.y - a.y, length = (dx * dx + dy * dy).squareRoot()
        guard length > 0, width > 0 else { return }
        let nx = -dy / length * width / 2, ny = dx / length * width / 2
        fillPolygon([OutlinePoint(x: a.x + nx, y: a.y + ny), OutlinePoint(x: b.x + nx, y: b.y + ny),
                     OutlinePoint(x: b.x - nx, y: b.y - ny), OutlinePoint(x: a.x - nx, y: a.y - ny)], color: color)
    }

    /// Paints the inside of `contours` (pixel coordinates, non-zero winding).
    public func fillPath(_ contours: [Contour], color: RGBAColor) {
        let mask = GlyphRasterizer.rasterize(contours, scaleX: 1, scaleY: 1, dx: 0, dy: 0,
                                             clip: PixelRect(left: 0, top: 0, right: width, bottom: height))
        paint(mask, color: color)
    }

    /// Paints `color` through `mask`, moved by (`dx`, `dy`) pixels.
    func paint(_ mask: CoverageMask, color: RGBAColor, dx: Int = 0, dy: Int = 0) {
        guard color.alpha > 0, mask.width > 0 else { return }
        let left = mask.left + dx, top = mask.top + dy
        let firstColumn = max(0, -left), lastColumn = min(mask.width, width - left)
        let firstRow = max(0, -top), lastRow = min(mask.height, height - top)
        guard firstColumn < lastColumn, firstRow < lastRow else { return }
        let alpha = Int(color.alpha)
        let canvasWidth = width
        mask.coverage.withUnsafeBufferPointer { coverage in
        coverageMap.withUnsafeBufferPointer { levels in
            pixels.withUnsafeMutableBufferPointer { pixels in
                for row in firstRow..<lastRow {
                    var at = ((top + row) * canvasWidth + left + firstColumn) * 4
                    var from = row * mask.width + firstColumn
                    for _ in firstColumn..<lastColumn {
                        let cover = Int(levels[Int(coverage[from])])
                        if cover != 0 { Self.blend(pixels, at, color, (alpha * cover + 127) / 255) }
                        at += 4
                        from += 1
                    }
                }
            }
        }}
    }

    /// Source-over of `color` at opacity `a` (0…255) onto the pixel at byte
    /// `at`, in integers: result alpha = a + d·(1 − a), each channel the
    /// alpha-weighted mean, rounded to nearest. An opaque backdrop (the usual
    /// card) takes the short form (c·a + d·(255 − a)) / 255.
    @inline(__always)
    static func blend(_ pixels: UnsafeMutableBufferPointer<UInt8>, _ at: Int, _ color: RGBAColor, _ a: Int) {
        guard a > 0 else { return }
        let backdrop = Int(pixels[at + 3])
        if a == 255 || backdrop == 0 {
            (pixels[at], pixels[at + 1], pixels[at + 2], pixels[at + 3]) = (color.red, color.green, color.blue, UInt8(a))
        } else if backdrop == 255 {
            let rest = 255 - a
            pixels[at] = UInt8((Int(color.red) * a + Int(pixels[at]) * rest + 127) / 255)
            pixels[at + 1] = UInt8((Int(color.green) * a + Int(pixels[at + 1]) * rest + 127) / 255)
            pixels[at + 2] = UInt8((Int(color.blue) * a + Int(pixels[at + 2]) * rest + 127) / 255)
        } else {
            let below = backdrop * (255 - a)  // the backdrop's weight, ×255
            let total = a * 255 + below       // the result's alpha, ×255
            pixels[at] = UInt8((Int(color.red) * a * 255 + Int(pixels[at]) * below + total / 2) / total)
            pixels[at + 1] = UInt8((Int(color.green) * a * 255 + Int(pixels[at + 1]) * below + total / 2) / total)
            pixels[at + 2] = UInt8((Int(color.blue) * a * 255 + Int(pixels[at + 2]) * below + total / 2) / total)
            pixels[at + 3] = UInt8((total + 127) / 255)
        }
    }
}
