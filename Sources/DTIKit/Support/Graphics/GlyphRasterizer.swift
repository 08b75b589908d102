/// How much of each pixel of a rectangle a shape covers, 0 (none) to 255
/// (all), placed in pixel coordinates.
public struct CoverageMask: Equatable, Sendable {
    /// Pixel column and row of the mask's top-left pixel.
    public var left: Int
    public var top: Int
    public var width: Int
    public var height: Int
    /// Row after row, top row first.
    public var coverage: [UInt8]

    public static let empty = CoverageMask(left: 0, top: 0, width: 0, height: 0, coverage: [])
}

/// A rectangle of whole pixels (clip windows).
public struct PixelRect: Equatable, Sendable {
    public var left: Int
    public var top: Int
    public var right: Int
    public var bottom: Int
    public init(left: Int, top: Int, right: Int, bottom: Int) {
        (self.left, self.top, self.right, self.bottom) = (left, top, right, bottom)
    }
}

/// Anti-aliased filling of outlines by exact area coverage.
///
/// Curves are cut into straight edges (adaptively: enough pieces that no
/// piece strays more than `flatness` pixels from the curve). Each edge adds,
/// to an accumulation buffer, its signed contribution to the area of every
/// pixel it crosses: within one pixel row it adds to its own cell the part
/// of the covered height left of the edge's crossing, and the rest to the
/// next cell, so that a running sum along the row gives, in every pixel, the
/// signed area of the shape inside it (upward and downward edges carry
/// opposite signs). The coverage of a pixel is that sum's magnitude, capped
/// at 1: overlapping contours of the same direction (composite glyphs) give
/// 2 inside and are capped, a hole drawn the other way gives 0: the non-zero
/// winding rule, exact for whole pixels and close at edges.
///
/// Everything is plain Double arithmetic in a fixed order: the same outline
/// at the same size and position gives the same bytes every time.
public enum GlyphRasterizer {
    /// The largest distance, in pixels, a straight piece may stray from its curve.
    static let flatness = 0.05
    /// The most pieces one curve is cut into.
    static let maximumPieces = 128
    /// How far from the origin, in pixels, points are kept.
    static let farthest = 1e6

    /// Fills `contours` mapped to pixels by `x·scaleX + dx`, `y·scaleY + dy`
    /// (fonts pass a negative `scaleY`: their y axis points up), clipped to
    /// `clip`. The mask covers the shape's bounding box inside the clip.
    public static func rasterize(_ contours: [Contour], scaleX: Double, scaleY: Double, dx: Double, dy: Double,
                                 clip: PixelRect) -> CoverageMask {
        // Points are held within a million pixels of the origin, so no
        // difference of two can overflow; a shape with a NaN is not drawn.
        var finite = true
        func map(_ p: OutlinePoint) -> OutlinePoint {
            let x = p.x * scaleX + dx, y = p.y * scaleY + dy
            if x.isNaN || y.isNaN { finite = false }
            return OutlinePoint(x: min(farthest, max(-farthest, x)), y: min(farthest, max(-farthest, y)))
        }
        // The curve lies inside the hull of its points, so their box bounds it.
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        func include(_ p: OutlinePoint) {
            let q = map(p)
            (minX, maxX, minY, maxY) = (min(minX, q.x), max(maxX, q.x), min(minY, q.y), max(maxY, q.y))
        }
        for contour in contours {
            include(contour.start)
            for segment in contour.segments {
                if case .quadratic(let control, _) = segment { include(control) }
                include(segment.end)
            }
        }
        guard finite, minX <= maxX else { return .empty }
        let left = max(clip.left, Int(minX.rounded(.down))), top = max(clip.top, Int(minY.rounded(.down)))
        let right = min(clip.right, Int(maxX.rounded(.up))), bottom = min(clip.bottom, Int(maxY.rounded(.up)))
        guard left < right, top < bottom else { return .empty }

        var area = AreaAccumulator(width: right - left, height: bottom - top)
        let origin = (x: Double(left), y: Double(top))
        for contour in contours {
            let start = map(contour.start)
            var from = start
            for segment in contour.segments {
                switch segment {
                case .line(let to):
                    let end = map(to)
                    area.addEdge(from.x - origin.x, from.y - origin.y, end.x - origin.x, end.y - origin.y)
                    from = end
                case .quadratic(let control, let to):
                    let c = map(control), end = map(to)
                    let pieces = piecesFor(from, c, end)
                    var previous = from
                    for step in 1...pieces {
                        let t = Double(step) / Double(pieces), u = 1 - t
                        let next = step == pieces ? end : OutlinePoint(x: u * u * from.x + 2 * u * t * c.x + t * t * end.x,
                                                                       y: u * u * from.y + 2 * u * t * c.y + t * t * end.y)
                        area.addEdge(previous.x - origin.x, previous.y - origin.y, next.x - origin.x, next.y - origin.y)
                        previous = next
                    }
                    from = end
                }
            }
            // An open contour is closed, or its area would spill along the rows.
            if from != start { area.addEdge(from.x - origin.x, from.y - origin.y, start.x - origin.x, start.y - origin.y) }
        }
        return CoverageMask(left: left, top: top, width: right - left, height: bottom - top, coverage: area.coverage())
    }

    /// Pieces for a quadratic from `p0` pulled by `p1` to `p2`: cut into n
    /// equal steps of t, a piece strays at most |p0 − 2p1 + p2| / (4n²).
    static func piecesFor(_ p0: OutlinePoint, _ p1: OutlinePoint, _ p2: OutlinePoint) -> Int {
        let ddx = p0.x - 2 * p1.x + p2.x, ddy = p0.y - 2 * p1.y + p2.y
        let bend = (ddx * ddx + ddy * ddy).squareRoot()
        let pieces = (bend / (4 * flatness)).squareRoot().rounded(.up)
        return Int(min(Double(maximumPieces), max(1, pieces)))
    }
}

/// The accumulation buffer of `GlyphRasterizer`: per row, one cell per
/// pixel and one more, because an edge in the last pixel hands the rest of
/// its area to the cell after it.
struct AreaAccumulator {
    let width: Int
    let height: Int
    private var cells: [Double]

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        cells = [Double](repeating: 0, count: (width + 2) * height)
    }

    /// Adds the edge from (x0, y0) to (x1, y1), in buffer pixels. Parts left
    /// or right of the buffer count as if on its border (where their effect
    /// on the pixels inside is the same); parts above or below are dropped.
    mutating func addEdge(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
        guard y0 != y1 else { return }
        let limit = Double(width)
        if x0 >= 0, x0 <= limit, x1 >= 0, x1 <= limit {
            addClampedEdge(x0, y0, x1, y1)
            return
        }
        // Cut where the edge crosses the left and right borders, then clamp.
        var cutA = 1.0, cutB = 1.0
        if (x0 - 0) * (x1 - 0) < 0 { cutA = (0 - x0) / (x1 - x0) }
        if (x0 - limit) * (x1 - limit) < 0 { cutB = (limit - x0) / (x1 - x0) }
        let cuts = [0, min(cutA, cutB), max(cutA, cutB), 1]
        for index in 0..<3 where cuts[index] < cuts[index + 1] {
            let t0 = cuts[index], t1 = cuts[index + 1]
            let ax = min(limit, max(0, x0 + (x1 - x0) * t0)), ay = y0 + (y1 - y0) * t0
            let bx = min(limit, max(0, x0 + (x1 - x0) * t1)), by = y0 + (y1 - y0) * t1
            addClampedEdge(ax, ay, bx, by)
        }
    }

    /// An edge inside 0...width horizontally, split into pixel rows.
    private mutating func addClampedEdge(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) {
        guard y0 != y1 else { return }
        let direction = y0 < y1 ? 1.0 : -1.0
        let (topX, topY, bottomY) = y0 < y1 ? (x0, y0, y1) : (x1, y1, y0)
        let slope = (x1 - x0) / (y1 - y0)
        let firstRow = max(0, Int(topY.rounded(.down)))
        let lastRow = min(height - 1, Int(bottomY.rounded(.up)) - 1)
        guard firstRow <= lastRow else { return }
        for row in firstRow...lastRow {
            let rowTop = max(topY, Double(row)), rowBottom = min(bottomY, Double(row + 1))
            guard rowBottom > rowTop else { continue }
            let xa = topX + (rowTop - topY) * slope, xb = topX + (rowBottom - topY) * slope
            addInRow(row, min(xa, xb), max(xa, xb), direction * (rowBottom - rowTop))
        }
    }

    /// The part of an edge within one row, spanning `low...high` in x and
    /// `height` (signed) in y, cut at pixel borders. In each pixel it covers,
    /// the share of the area right of it stays in that cell and the rest
    /// passes to the next: together with the running sum, exact area.
    private mutating func addInRow(_ row: Int, _ low: Double, _ high: Double, _ height: Double) {
        let rowStart = row * (width + 2)
        let firstColumn = min(width, Int(low.rounded(.down)))
        if high <= Double(firstColumn + 1) {
            let middle = (low + high) / 2 - Double(firstColumn)
            cells[rowStart + firstColumn] += height * (1 - middle)
            cells[rowStart + firstColumn + 1] += height * middle
            return
        }
        let perUnit = height / (high - low)
        var x = low
        var column = firstColumn
        while x < high && column <= width {
            let next = min(Double(column + 1), high)
            let share = perUnit * (next - x)
            let middle = (x + next) / 2 - Double(column)
            cells[rowStart + column] += share * (1 - middle)
            cells[rowStart + column + 1] += share * middle
            x = next
            column += 1
        }
    }

    /// The running sums, as 0…255 coverage per pixel.
    func coverage() -> [UInt8] {
        var result = [UInt8](repeating: 0, count: width * height)
        cells.withUnsafeBufferPointer { cells in
            result.withUnsafeMutableBufferPointer { out in
                for row in 0..<height {
                    var sum = 0.0
                    let cellStart = row * (width + 2), outStart = row * width
                    for column in 0..<width {
                        sum += cells[cellStart + column]
                        let value = min(1, abs(sum))
                        out[outStart + column] = UInt8(value * 255 + 0.5)
                    }
                }
            }
        }
        return result
    }
}
