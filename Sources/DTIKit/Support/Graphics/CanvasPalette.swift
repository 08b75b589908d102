/// An opaque picture as a palette of at most 256 colours and one index
/// byte per pixel: what a palette PNG stores, a third of RGB's bytes.
public struct IndexedPixels: Sendable, Equatable {
    /// The colours in the order first met, row by row from the top left.
    public var palette: [RGBAColor]
    /// One byte per pixel, row after row, each an index into `palette`.
    public var indices: [UInt8]
}

extension RGBACanvas {
    /// The picture as a palette and indices when it is opaque and has at
    /// most `maxColors` (≤ 256) distinct colours, else nil: exact, never
    /// an approximation. Cards drawn with `coverageLevels = 16` stay within
    /// 256 colours; anything richer falls back to RGB.
    ///
    /// One pass: a run of pixels equal to their left neighbour (most of a
    /// card) is compared two at a time and filled at once; other pixels are
    /// looked up in a small open-addressing table keyed by their 32 bits. The palette order is that of first
    /// appearance, so the same pixels always give the same bytes.
    public func indexedPixels(maxColors: Int = 256) -> IndexedPixels? {
        let limit = min(256, max(1, maxColors))
        let count = width * height
        guard count > 0 else { return nil }
        var palette: [UInt32] = []
        palette.reserveCapacity(limit)
        var failed = false
        let indices = [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
            // 1024 slots for at most 256 keys: short probe runs; a slot holds key + 1 (0 = empty).
            // Local buffers, not captured arrays: the loop runs once per pixel.
            let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: 1024)
            let values = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
            keys.initialize(repeating: 0, count: 1024)
            values.initialize(repeating: 0, count: 1024)
            defer { keys.deallocate(); values.deallocate() }
            var found: [UInt32] = []
            found.reserveCapacity(limit)
            var ok = true
            pixels.withUnsafeBytes { raw in
                var previous: UInt32 = 0
                var previousIndex: UInt8 = 0
                var i = 0
                var run: UInt64 = 0
                while i < count {
                    let pixel = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
                    if pixel == previous && i > 0 {
                        // A run of the previous colour (most of a card): two pixels a compare, one fill.
                        var end = i &+ 1
                        while end &+ 2 <= count && UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end &* 4, as: UInt64.self)) == run {
                            end &+= 2
                        }
                        while end < count && UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: end &* 4, as: UInt32.self)) == previous {
                            end &+= 1
                        }
                        UnsafeMutableBufferPointer(rebasing: out[i..<end]).initialize(repeating: previousIndex)
                        i = end
                        continue
                    }
                    guard pixel >> 24 == 0xFF else { ok = false; return }
                    var slot = Int((pixel &* 0x9E37_79B1) >> 22)
                    while true {
                        let stored = keys[slot]
                        if stored == UInt64(pixel) &+ 1 { previousIndex = values[slot]; break }
                        if stored == 0 {
                            guard found.count < limit else { ok = false; return }
                            keys[slot] = UInt64(pixel) &+ 1
                            previousIndex = UInt8(truncatingIfNeeded: found.count)
                            values[slot] = previousIndex
                            found.append(pixel)
                            break
                        }
                        slot = (slot &+ 1) & 1023
                    }
                    previous = pixel
                    run = UInt64(pixel) | UInt64(pixel) << 32
                    out[i] = previousIndex
                    i &+= 1
                }
            }
            palette = found
            failed = !ok
            initialized = ok ? count : 0
        }
        guard !failed else { return nil }
        return IndexedPixels(palette: palette.map { RGBAColor(red: UInt8($0 & 0xFF), green: UInt8($0 >> 8 & 0xFF), blue: UInt8($0 >> 16 & 0xFF)) },
                             indices: indices)
    }
}
