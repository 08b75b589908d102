/// Copies the short runs of bytes that writers copy all the time: a tag
/// name, an attribute name, a string before its first special byte.
///
/// A build makes some 16 million copies, nearly all under 32 bytes. Through
/// `update(from:count:)` each was a call to `memmove`, which for a handful
/// of bytes costs more in the call and its size dispatch than in the copy.
/// Here runs of up to 32 bytes are moved in registers, with two overlapping
/// loads and stores of a word (or half-word) covering any length; longer runs
/// still go to `memmove`. Source and target must not overlap.
enum SmallCopy {
    @inline(__always)
    static func copy(_ source: UnsafePointer<UInt8>, to target: UnsafeMutablePointer<UInt8>, count: Int) {
        copy(raw: UnsafeRawPointer(source), to: UnsafeMutableRawPointer(target), count: count)
    }

    @inline(__always)
    static func copy(raw s: UnsafeRawPointer, to t: UnsafeMutableRawPointer, count: Int) {
        if count >= 8 {
            guard count <= 32 else { t.copyMemory(from: s, byteCount: count); return }
            // Whole words from the start, then one last word ending at the end.
            var i = 0
            while i &+ 8 < count {
                t.storeBytes(of: s.loadUnaligned(fromByteOffset: i, as: UInt64.self), toByteOffset: i, as: UInt64.self)
                i &+= 8
            }
            let last = count &- 8
            t.storeBytes(of: s.loadUnaligned(fromByteOffset: last, as: UInt64.self), toByteOffset: last, as: UInt64.self)
        } else if count >= 4 {
            let head = s.loadUnaligned(as: UInt32.self), tail = s.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)
            t.storeBytes(of: head, as: UInt32.self)
            t.storeBytes(of: tail, toByteOffset: count &- 4, as: UInt32.self)
        } else if count > 0 {
            // One to three bytes: first, middle and last cover them all.
            let a = s.load(as: UInt8.self), b = s.load(fromByteOffset: count >> 1, as: UInt8.self), c = s.load(fromByteOffset: count &- 1, as: UInt8.self)
            t.storeBytes(of: a, as: UInt8.self)
            t.storeBytes(of: b, toByteOffset: count >> 1, as: UInt8.self)
            t.storeBytes(of: c, toByteOffset: count &- 1, as: UInt8.self)
        }
    }
}

extension StaticString {
    /// Copies the string's UTF-8 bytes to `target`; returns how many.
    @inline(__always)
    func copyBytes(to target: UnsafeMutablePointer<UInt8>) -> Int {
        let count = utf8CodeUnitCount
        SmallCopy.copy(utf8Start, to: target, count: count)
        return count
    }
}
