/// The font's map from Unicode scalars to glyphs (the 'cmap' table).
///
/// Of the many subtable kinds only the two Unicode ones that every modern
/// TrueType font carries are read: format 12 (segmented coverage, all of
/// Unicode) and format 4 (segments of the Basic Multilingual Plane, which
/// holds every Vietnamese letter). Format 12 is preferred when both exist.
/// Lookups are binary searches over arrays checked when the font is opened;
/// a lookup that would read outside the table simply finds no glyph.
struct CharacterMap: Sendable {
    /// One format-4 segment: `start...end` maps through `delta` or, when
    /// `rangeOffset` is not 0, through the glyph array at `rangeOffsetAt`.
    struct Segment: Sendable {
        var start: Int
        var end: Int
        var delta: Int
        var rangeOffset: Int
        /// Where this segment's idRangeOffset value sits in the table: the
        /// format counts its glyph array offsets from there.
        var rangeOffsetAt: Int
    }

    /// One format-12 group: `start...end` maps to `glyph`, `glyph + 1`, …
    struct Group: Sendable {
        var start: Int
        var end: Int
        var glyph: Int
    }

    private enum Subtable: Sendable {
        case segments([Segment], FontSlice)
        case groups([Group])
    }

    private let subtable: Subtable

    /// Reads the best Unicode subtable of `table`.
    init(_ table: FontSlice) throws(FontError) {
        let count = try table.u16(2)
        var best: (rank: Int, offset: Int)?
        for index in 0..<count {
            let record = 4 + 8 * index
            let platform = try table.u16(record)
            let encoding = try table.u16(record + 2)
            let offset = try table.u32(record + 4)
            let format = try table.u16(offset)
            // Lower rank is better: full Unicode first, then the BMP.
            let rank: Int
            switch (platform, encoding, format) {
            case (3, 10, 12): rank = 0
            case (0, _, 12): rank = 1
            case (3, 1, 4): rank = 2
            case (0, _, 4): rank = 3
            default: continue
            }
            if rank < best?.rank ?? Int.max { best = (rank, offset) }
        }
        guard let best else { throw .invalid("bảng 'cmap' không có bảng mã Unicode (định dạng 4 hoặc 12)") }
        let data = try table.slice(best.offset, table.count - best.offset)
        if try data.u16(0) == 12 {
            subtable = .groups(try Self.readGroups(data))
        } else {
            subtable = .segments(try Self.readSegments(data), data)
        }
    }

    /// Format 4: four parallel arrays of `segCount` values after a 14-byte
    /// header, then the glyph array. The length field is not trusted (old
    /// tools wrote it wrong); the table's end bounds every read instead.
    private static func readSegments(_ data: FontSlice) throws(FontError) -> [Segment] {
        let doubled = try data.u16(6)
        guard doubled % 2 == 0 else { throw .invalid("bảng 'cmap' định dạng 4 có số đoạn lẻ") }
        let count = doubled / 2
        let ends = 14, starts = 16 + doubled, deltas = 16 + 2 * doubled, offsets = 16 + 3 * doubled
        guard data.contains(offsets, doubled) else { throw .truncated("bảng 'cmap'") }
        var segments: [Segment] = []
        segments.reserveCapacity(count)
        for index in 0..<count {
            let segment = Segment(start: try data.u16(starts + 2 * index), end: try data.u16(ends + 2 * index),
                                  delta: try data.u16(deltas + 2 * index), rangeOffset: try data.u16(offsets + 2 * index),
                                  rangeOffsetAt: offsets + 2 * index)
            if let last = segments.last, segment.end <= last.end {
                throw .invalid("bảng 'cmap' định dạng 4 có các đoạn không tăng dần")
            }
            segments.append(segment)
        }
        return segments
    }

    /// Format 12: a count, then groups of three 32-bit values, sorted.
    private static func readGroups(_ data: FontSlice) throws(FontError) -> [Group] {
        let count = try data.u32(12)
        guard data.contains(16, count * 12) else { throw .truncated("bảng 'cmap'") }
        var groups: [Group] = []
        groups.reserveCapacity(count)
        for index in 0..<count {
            let at = 16 + 12 * index
            let group = Group(start: try data.u32(at), end: try data.u32(at + 4), glyph: try data.u32(at + 8))
            guard group.start <= group.end, group.end <= 0x10FFFF else {
                throw .invalid("bảng 'cmap' định dạng 12 có nhóm ký tự sai")
            }
            if let last = groups.last, group.start <= last.end {
                throw .invalid("bảng 'cmap' định dạng 12 có các nhóm không tăng dần")
            }
            groups.append(group)
        }
        return groups
    }

    /// The glyph number of `scalar`, or 0 (the .notdef glyph) when unmapped.
    func glyphNumber(for scalar: Unicode.Scalar) -> Int {
        let code = Int(scalar.value)
        switch subtable {
        case .groups(let groups):
            let index = Self.firstIndex(ending: code, count: groups.count) { groups[$0].end }
            guard index < groups.count, groups[index].start <= code else { return 0 }
            return groups[index].glyph + (code - groups[index].start)
        case .segments(let segments, let data):
            let index = Self.firstIndex(ending: code, count: segments.count) { segments[$0].end }
            guard index < segments.count, segments[index].start <= code else { return 0 }
            let segment = segments[index]
            if segment.rangeOffset == 0 { return (code + segment.delta) & 0xFFFF }
            let at = segment.rangeOffsetAt + segment.rangeOffset + 2 * (code - segment.start)
            guard let glyph = try? data.u16(at), glyph != 0 else { return 0 }
            return (glyph + segment.delta) & 0xFFFF
        }
    }

    /// The first of `count` ranges sorted by their ends whose end is at or
    /// past `code` (`count` when there is none): a binary search.
    @inline(__always)
    private static func firstIndex(ending code: Int, count: Int, end: (Int) -> Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if end(middle) < code { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
