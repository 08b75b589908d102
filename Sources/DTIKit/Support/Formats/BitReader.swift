/// Reads a DEFLATE bit stream (least significant bit first) from bytes that
/// may be truncated or hostile.
///
/// Bits are kept in a 64-bit register. Away from the end of the input it is
/// refilled with one unaligned 8-byte load, adding as many whole bytes as
/// fit ("branchless refill"): the register's bits above `bitCount` are then
/// always either zero or the very next bits of the stream, so or-ing the
/// same bytes in again later changes nothing. Near the end bytes are added
/// one at a time. Asking for more bits than remain throws `.truncated`.
struct BitReader {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    /// The next byte not yet in the register.
    private var position = 0
    private(set) var register: UInt64 = 0
    private(set) var bitCount = 0

    /// A reader of the `count` bytes at `base`.
    init(_ base: UnsafeRawPointer, count: Int) {
        self.base = base.assumingMemoryBound(to: UInt8.self)
        self.count = count
    }

    /// Bytes consumed so far, counting a partly read byte as consumed.
    var consumedBytes: Int { position - bitCount / 8 }

    /// Tops the register up to at least 56 bits, or to the end of the input.
    @inline(__always)
    mutating func refill() {
        if position &+ 8 <= count {
            let word = UInt64(littleEndian: UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self))
            register |= word &<< UInt64(bitCount)
            let added = (63 &- bitCount) >> 3
            position &+= added
            bitCount &+= added &* 8
        } else {
            while bitCount <= 56 && position < count {
                register |= UInt64(base[position]) &<< UInt64(bitCount)
                position &+= 1
                bitCount &+= 8
            }
        }
    }

    /// Removes `n` bits (n ≤ bitCount) from the register.
    @inline(__always)
    mutating func consume(_ n: Int) {
        register &>>= UInt64(n)
        bitCount &-= n
    }

    /// The next `n` bits (0 ≤ n ≤ 32) as a number, refilling as needed.
    @inline(__always)
    mutating func bits(_ n: Int) throws(InflateError) -> UInt32 {
        if bitCount < n {
            refill()
            if bitCount < n { throw .truncated }
        }
        let value = UInt32(truncatingIfNeeded: register & ((1 &<< UInt64(n)) &- 1))
        consume(n)
        return value
    }

    /// Drops the bits up to the next byte boundary (before a stored block).
    mutating func alignToByte() {
        consume(bitCount & 7)
    }

    /// Copies `length` bytes of a stored block to `target`; the reader must
    /// be byte-aligned.
    mutating func copyBytes(_ length: Int, to target: UnsafeMutablePointer<UInt8>) throws(InflateError) {
        var done = 0
        while done < length && bitCount >= 8 {
            target[done] = UInt8(truncatingIfNeeded: register)
            consume(8)
            done &+= 1
        }
        let rest = length &- done
        guard rest <= count &- position else { throw .truncated }
        (target + done).update(from: base + position, count: rest)
        position &+= rest
        // The register held a look-ahead of bytes now skipped over: clear it.
        register = bitCount == 0 ? 0 : register & ((1 &<< UInt64(bitCount)) &- 1)
    }
}
