/// A point of an outline, in font units (y up) or pixels (y down), as the
/// context says.
public struct OutlinePoint: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }
}

/// One closed contour of an outline: a start point and the straight and
/// quadratic segments that lead from it around and back to it.
public struct Contour: Equatable, Sendable {
    /// A piece of the contour, from where the previous one ended.
    public enum Segment: Equatable, Sendable {
        case line(to: OutlinePoint)
        /// A quadratic Bézier curve pulled toward `control`.
        case quadratic(control: OutlinePoint, to: OutlinePoint)

        /// Where the segment ends.
        public var end: OutlinePoint {
            switch self {
            case .line(let to), .quadratic(_, let to): return to
            }
        }
    }

    public var start: OutlinePoint
    /// The segments in order; the last one ends at `start`.
    public var segments: [Segment]

    public init(start: OutlinePoint, segments: [Segment]) {
        self.start = start
        self.segments = segments
    }
}

/// A glyph's points as the 'glyf' table stores them: coordinates, whether
/// each lies on the curve, and the index of each contour's last point.
/// Composite glyphs are assembled in this form, because their "point
/// matching" placement refers to point numbers.
struct GlyphPoints {
    var x: [Double] = []
    var y: [Double] = []
    var onCurve: [Bool] = []
    var contourEnds: [Int] = []
}

extension TrueTypeFont {
    /// How deeply composite glyphs may nest (real fonts use 1 or 2 levels).
    static let maximumCompositeDepth = 8
    /// Points and components decoded for one outline, at most: a bound on
    /// time and memory for composites that repeat one another many times.
    static let maximumOutlineWork = 1 << 17

    /// The outline of `glyph` in font units (y up): its contours made of
    /// lines and quadratic curves, components of composite glyphs placed and
    /// transformed. Contours may overlap; they are filled by the non-zero
    /// winding rule. Throws for a glyph the file describes badly.
    public func outline(_ glyph: GlyphID) throws(FontError) -> [Contour] {
        let points = try points(of: glyph)
        var contours: [Contour] = []
        var first = 0
        for last in points.contourEnds {
            if let contour = Self.contour(points, first, last) { contours.append(contour) }
            first = last + 1
        }
        return contours
    }

    /// The points of `glyph` as stored, composites resolved (the form other
    /// decoders report, for tests that compare with them).
    func points(of glyph: GlyphID) throws(FontError) -> GlyphPoints {
        var ancestors: [Int] = []
        var work = Self.maximumOutlineWork
        return try decode(Int(glyph.rawValue), depth: 0, ancestors: &ancestors, work: &work)
    }

    /// The points of glyph number `glyph`, composites resolved.
    private func decode(_ glyph: Int, depth: Int, ancestors: inout [Int], work: inout Int) throws(FontError) -> GlyphPoints {
        guard glyph >= 0, glyph < glyphCount else { throw .invalid("không có hình chữ số \(glyph)") }
        let start = glyphOffsets[glyph], end = glyphOffsets[glyph + 1]
        guard start <= end else { throw .invalid("bảng 'loca' giảm dần ở hình chữ số \(glyph)") }
        if start == end { return GlyphPoints() }  // a glyph without ink, such as the space
        let data = try glyphTable.slice(start, end - start, name: "hình chữ số \(glyph) trong bảng 'glyf'")
        let contourCount = try data.i16(0)
        if contourCount >= 0 { return try simpleGlyph(data, contourCount: contourCount, glyph: glyph, work: &work) }
        return try compositeGlyph(data, glyph: glyph, depth: depth, ancestors: &ancestors, work: &work)
    }

    /// A simple glyph: contour ends, instructions (skipped), then flags and
    /// x and y coordinates as deltas packed according to the flags.
    private func simpleGlyph(_ data: FontSlice, contourCount: Int, glyph: Int, work: inout Int) throws(FontError) -> GlyphPoints {
        var points = GlyphPoints()
        var previous = -1
        for index in 0..<contourCount {
            let last = try data.u16(10 + 2 * index)
            guard last >= previous else { throw .invalid("hình chữ số \(glyph) có điểm cuối đường viền giảm dần") }
            points.contourEnds.append(last)
            previous = last
        }
        let count = previous + 1
        work -= count
        guard work >= 0 else { throw .glyphTooComplex(glyph: glyph, reason: "quá nhiều điểm") }

        var at = 12 + 2 * contourCount + (try data.u16(10 + 2 * contourCount))
        var flags: [UInt8] = []
        flags.reserveCapacity(count)
        while flags.count < count {
            let flag = UInt8(try data.u8(at))
            at += 1
            var repeats = 1
            if flag & 0x08 != 0 {
                repeats += try data.u8(at)
                at += 1
            }
            guard flags.count + repeats <= count else { throw .invalid("hình chữ số \(glyph) có cờ lặp vượt quá số điểm") }
            flags.append(contentsOf: repeatElement(flag, count: repeats))
        }
        points.onCurve = flags.map { $0 & 0x01 != 0 }
        points.x = try coordinates(data, &at, flags, short: 0x02, same: 0x10)
        points.y = try coordinates(data, &at, flags, short: 0x04, same: 0x20)
        return points
    }

    /// One axis of a simple glyph: each value is a delta from the previous
    /// point, a byte with the sign in `same`, or 16 bits, or 0 when `same`
    /// is set without `short`.
    private func coordinates(_ data: FontSlice, _ at: inout Int, _ flags: [UInt8], short: UInt8, same: UInt8) throws(FontError) -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(flags.count)
        var value = 0
        for flag in flags {
            if flag & short != 0 {
                let delta = try data.u8(at)
                at += 1
                value += flag & same != 0 ? delta : -delta
            } else if flag & same == 0 {
                value += try data.i16(at)
                at += 2
            }
            values.append(Double(value))
        }
        return values
    }

    /// A composite glyph: components, each another glyph moved by an offset
    /// (or so that two numbered points meet) after an optional scale, x/y
    /// scale or 2×2 matrix. Nesting is bounded and loops are refused.
    private func compositeGlyph(_ data: FontSlice, glyph: Int, depth: Int, ancestors: inout [Int], work: inout Int) throws(FontError) -> GlyphPoints {
        guard depth < Self.maximumCompositeDepth else {
            throw .glyphTooComplex(glyph: glyph, reason: "các hình ghép lồng nhau quá \(Self.maximumCompositeDepth) tầng")
        }
        ancestors.append(glyph)
        defer { ancestors.removeLast() }
        var result = GlyphPoints()
        var at = 10
        var more = true
        while more {
            work -= 1
            guard work >= 0 else { throw .glyphTooComplex(glyph: glyph, reason: "quá nhiều thành phần") }
            let flags = try data.u16(at), component = try data.u16(at + 2)
            at += 4
            guard !ancestors.contains(component) else {
                throw .glyphTooComplex(glyph: glyph, reason: "hình ghép chứa lại chính nó (vòng lặp qua hình chữ số \(component))")
            }
            let wordArguments = flags & 0x0001 != 0, offsets = flags & 0x0002 != 0
            let first: Int, second: Int
            switch (wordArguments, offsets) {
            case (true, true): (first, second) = (try data.i16(at), try data.i16(at + 2))
            case (true, false): (first, second) = (try data.u16(at), try data.u16(at + 2))
            case (false, true): (first, second) = (try data.i8(at), try data.i8(at + 1))
            case (false, false): (first, second) = (try data.u8(at), try data.u8(at + 1))
            }
            at += wordArguments ? 4 : 2
            // x' = a·x + c·y, y' = b·x + d·y
            var (a, b, c, d) = (1.0, 0.0, 0.0, 1.0)
            if flags & 0x0008 != 0 {
                a = try data.f2dot14(at)
                d = a
                at += 2
            } else if flags & 0x0040 != 0 {
                (a, d) = (try data.f2dot14(at), try data.f2dot14(at + 2))
                at += 4
            } else if flags & 0x0080 != 0 {
                (a, b, c, d) = (try data.f2dot14(at), try data.f2dot14(at + 2), try data.f2dot14(at + 4), try data.f2dot14(at + 6))
                at += 8
            }
            var part = try decode(component, depth: depth + 1, ancestors: &ancestors, work: &work)
            for index in part.x.indices {
                let (x, y) = (part.x[index], part.y[index])
                part.x[index] = a * x + c * y
                part.y[index] = b * x + d * y
            }
            var dx: Double, dy: Double
            if offsets {
                (dx, dy) = (Double(first), Double(second))
                // Offsets are not scaled unless the glyph asks (Microsoft's rule).
                if flags & 0x0800 != 0 && flags & 0x1000 == 0 { (dx, dy) = (a * dx + c * dy, b * dx + d * dy) }
            } else {
                guard first < result.x.count, second < part.x.count else {
                    throw .invalid("hình chữ số \(glyph) khớp điểm ngoài phạm vi")
                }
                (dx, dy) = (result.x[first] - part.x[second], result.y[first] - part.y[second])
            }
            let base = result.x.count
            result.x.append(contentsOf: part.x.map { $0 + dx })
            result.y.append(contentsOf: part.y.map { $0 + dy })
            result.onCurve.append(contentsOf: part.onCurve)
            result.contourEnds.append(contentsOf: part.contourEnds.map { $0 + base })
            more = flags & 0x0020 != 0
        }
        return result
    }

    /// Turns points `first...last` into segments. Two off-curve points in a
    /// row imply an on-curve point halfway between them; a contour with no
    /// on-curve point at all starts halfway between its last and first.
    /// Contours of fewer than two points enclose nothing and are dropped.
    private static func contour(_ points: GlyphPoints, _ first: Int, _ last: Int) -> Contour? {
        let count = last - first + 1
        guard count >= 2 else { return nil }
        func point(_ index: Int) -> OutlinePoint { OutlinePoint(x: points.x[index], y: points.y[index]) }
        func midpoint(_ p: OutlinePoint, _ q: OutlinePoint) -> OutlinePoint { OutlinePoint(x: (p.x + q.x) / 2, y: (p.y + q.y) / 2) }

        let start: OutlinePoint
        let order: [Int]
        if let onCurve = (first...last).first(where: { points.onCurve[$0] }) {
            start = point(onCurve)
            order = (1..<count).map { first + (onCurve - first + $0) % count }
        } else {
            start = midpoint(point(last), point(first))
            order = Array(first...last)
        }
        var segments: [Contour.Segment] = []
        segments.reserveCapacity(count)
        var control: OutlinePoint?
        for index in order {
            let here = point(index)
            if points.onCurve[index] {
                segments.append(control.map { .quadratic(control: $0, to: here) } ?? .line(to: here))
                control = nil
            } else {
                if let previous = control { segments.append(.quadratic(control: previous, to: midpoint(previous, here))) }
                control = here
            }
        }
        segments.append(control.map { .quadratic(control: $0, to: start) } ?? .line(to: start))
        return Contour(start: start, segments: segments)
    }
}
