@testable import DTIKit

/// Writes small TrueType files byte by byte, so tests can make fonts with
/// known glyphs and then break them in precise ways (a table offset past the
/// end, a huge count, a composite that contains itself).
struct TestFontBuilder {
    /// One glyph of the font being built.
    enum Glyph {
        /// No outline (like the space).
        case empty
        /// Contours of (x, y, on-curve) points, written with 16-bit deltas.
        case simple([[(Int, Int, Bool)]])
        /// Components (glyph, dx, dy), each placed by a 16-bit offset.
        case composite([(Int, Int, Int)])
        /// Exactly these bytes in 'glyf'.
        case raw([UInt8])
    }

    var glyphs: [Glyph] = [.empty]
    /// Characters mapped by 'cmap' (format 4), to glyph numbers.
    var characters: [(Unicode.Scalar, Int)] = []
    var advance = 500
    var unitsPerEm = 1000
    /// Kerning pairs (left, right, value) for a format-0 'kern' table.
    var kerning: [(Int, Int, Int)] = []
    /// Changes to make to a table's bytes before the file is assembled.
    var patches: [String: ([UInt8]) -> [UInt8]] = [:]

    /// The finished file and where each table landed in it.
    func build() -> (bytes: [UInt8], offsets: [String: Int]) {
        var glyf: [UInt8] = [], loca: [UInt8] = []
        for glyph in glyphs {
            loca += u32(glyf.count)
            glyf += encode(glyph)
            while glyf.count % 4 != 0 { glyf.append(0) }
        }
        loca += u32(glyf.count)
        var tables: [(String, [UInt8])] = [
            ("cmap", cmap()),
            ("glyf", glyf),
            ("head", head()),
            ("hhea", u32(0x0001_0000) + u16(800) + u16(-200) + u16(0) + [UInt8](repeating: 0, count: 24) + u16(glyphs.count)),
            ("hmtx", glyphs.indices.flatMap { _ in u16(advance) + u16(0) }),
            ("loca", loca),
            ("maxp", u32(0x0000_5000) + u16(glyphs.count)),
        ]
        if !kerning.isEmpty { tables.append(("kern", kern())) }
        tables.sort { $0.0 < $1.0 }
        tables = tables.map { entry in (entry.0, patches[entry.0]?(entry.1) ?? entry.1) }
        var file = u32(0x0001_0000) + u16(tables.count) + u16(0) + u16(0) + u16(0)
        var offset = 12 + 16 * tables.count
        var offsets: [String: Int] = [:]
        for (tag, data) in tables {
            file += Array(tag.utf8) + u32(0) + u32(offset) + u32(data.count)
            offsets[tag] = offset
            offset += (data.count + 3) / 4 * 4
        }
        for (_, data) in tables {
            while file.count % 4 != 0 { file.append(0) }  // no padding after the last: every byte counts
            file += data
        }
        return (file, offsets)
    }

    private func head() -> [UInt8] {
        var head = u32(0x0001_0000) + u32(0) + u32(0) + u32(0x5F0F_3CF5) + u16(0) + u16(unitsPerEm)
        head += [UInt8](repeating: 0, count: 50 - head.count)
        return head + u16(1) + u16(0)  // long 'loca' offsets
    }

    private func encode(_ glyph: Glyph) -> [UInt8] {
        switch glyph {
        case .empty:
            return []
        case .raw(let bytes):
            return bytes
        case .simple(let contours):
            var data = u16(contours.count) + u16(0) + u16(0) + u16(0) + u16(0)
            var end = -1
            for contour in contours {
                end += contour.count
                data += u16(end)
            }
            data += u16(0)  // no instructions
            let points = contours.flatMap { $0 }
            data += points.map { $0.2 ? 1 : 0 }
            var last = 0
            for point in points { data += u16(point.0 - last); last = point.0 }
            last = 0
            for point in points { data += u16(point.1 - last); last = point.1 }
            return data
        case .composite(let components):
            var data = u16(-1) + u16(0) + u16(0) + u16(0) + u16(0)
            for (index, component) in components.enumerated() {
                let more = index < components.count - 1 ? 0x20 : 0
                data += u16(0x0003 | more) + u16(component.0) + u16(component.1) + u16(component.2)
            }
            return data
        }
    }

    private func cmap() -> [UInt8] {
        let mapped = characters.sorted { $0.0.value < $1.0.value }
        let segments = mapped.map { (Int($0.0.value), Int($0.0.value), ($0.1 - Int($0.0.value)) & 0xFFFF) } + [(0xFFFF, 0xFFFF, 1)]
        var table = u16(4) + u16(0) + u16(0) + u16(2 * segments.count) + u16(0) + u16(0) + u16(0)
        table += segments.flatMap { u16($0.1) } + u16(0)
        table += segments.flatMap { u16($0.0) }
        table += segments.flatMap { u16($0.2) }
        table += segments.flatMap { _ in u16(0) }
        table.replaceSubrange(2..<4, with: u16(table.count))
        return u16(0) + u16(1) + u16(3) + u16(1) + u32(12) + table
    }

    private func kern() -> [UInt8] {
        let pairs = kerning.sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        var table = u16(0) + u16(1)
        table += u16(0) + u16(14 + 6 * pairs.count) + u16(0x0001) + u16(pairs.count) + u16(0) + u16(0) + u16(0)
        for pair in pairs { table += u16(pair.0) + u16(pair.1) + u16(pair.2) }
        return table
    }
}

func u16(_ value: Int) -> [UInt8] { [UInt8(truncatingIfNeeded: value >> 8), UInt8(truncatingIfNeeded: value)] }
func u32(_ value: Int) -> [UInt8] { u16(value >> 16) + u16(value) }

/// A square from (x, y) to (x + side, y + side), counter-clockwise as
/// TrueType's outer contours are not (direction does not matter here).
func testSquare(_ x: Int, _ y: Int, _ side: Int) -> [(Int, Int, Bool)] {
    [(x, y, true), (x, y + side, true), (x + side, y + side, true), (x + side, y, true)]
}
