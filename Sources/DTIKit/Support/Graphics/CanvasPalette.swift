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
    /// One pass: a pixel equal to its left neighbour (most of a card) costs
    /// a comparison; others are looked up in a small open-addressing table
    /// keyed by the pixel's 32 bits. The palette order is that of first
    /// appearance, so the same pixels always give the same bytes.
    public func indexedPixels(maxColors: Int = 256) -> IndexedPixels? {
        let limit = min(256, max(1, maxColors))
        let count = width * height
        guard count > 0 else { return nil }
        // 1024 slots for at most 256 keys: short probe runs; a slot holds key + 1 (0 = empty).
        var keys = [UInt64](repeating: 0, count: 1024)
        var values = [UInt8](repeating: 0, count: 1024)
        var palette: [RGBAColor] = []
        palette.reserveCapacity(limit)
        var failed = false
        let indices = [UInt8](unsafeUninitializedCapacity: count) { out, initialized in
            pixels.withUnsafeBytes { raw in
                var previous: UInt32 = 0
                var previousIndex: UInt8 = 0
                var havePrevious = false
                for i in 0..<count {
                    let pixel = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self))
                    if havePrevious && pixel == previous { out[i] = previousIndex; continue }
                    guard pixel >> 24 == 0xFF else { failed = true; return }
                    var slot = Int((pixel &* 0x9E37_79B1) >> 22)
                    while true {
                        let stored = keys[slot]
                        if stored == UInt64(pixel) + 1 { previousIndex = values[slot]; break }
                        if stored == 0 {
                            guard palette.count < limit else { failed = true; return }
                            keys[slot] = UInt64(pixel) + 1
                            previousIndex = UInt8(palette.count)
                            values[slot] = previousIndex
                            palette.append(RGBAColor(red: UInt8(pixel & 0xFF), green: UInt8(pixel >> 8 & 0xFF), blue: UInt8(pixel >> 16 & 0xFF)))
                            break
                        }
                        slot = (slot + 1) & 1023
                    }
                    previous = pixel
                    havePrevious = true
                    out[i] = previousIndex
                }
            }
            initialized = failed ? 0 : count
        }
        return failed ? nil : IndexedPixels(palette: palette, indices: indices)
    }
}
