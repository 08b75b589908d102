/// Writes a DEFLATE bit stream: values are packed least significant bit
/// first into bytes (RFC 1951, 3.1.1).
///
/// Bits collect in a 64-bit register and leave it four bytes at a time, so
/// a Huffman code costs a shift and an or, not a call per bit.
struct BitWriter {
    /// The finished bytes.
    private(set) var bytes: [UInt8] = []
    private var register: UInt64 = 0
    private var registerBits = 0

    /// An empty stream with room for `capacity` bytes.
    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// The number of bits written so far.
    var bitCount: Int { bytes.count * 8 + registerBits }

    /// Writes the low `count` bits of `value` (count ≤ 32; higher bits of
    /// `value` must be zero).
    @inline(__always)
    mutating func write(_ value: UInt32, _ count: Int) {
        register |= UInt64(value) << UInt64(registerBits)
        registerBits &+= count
        if registerBits >= 32 {
            let word = UInt32(truncatingIfNeeded: register)
            bytes.append(UInt8(truncatingIfNeeded: word))
            bytes.append(UInt8(truncatingIfNeeded: word >> 8))
            bytes.append(UInt8(truncatingIfNeeded: word >> 16))
            bytes.append(UInt8(truncatingIfNeeded: word >> 24))
            register >>= 32
            registerBits &-= 32
        }
    }

    /// Pads with zero bits to the next byte boundary and empties the register.
    mutating func alignToByte() {
        while registerBits > 0 {
            bytes.append(UInt8(truncatingIfNeeded: register))
            register >>= 8
            registerBits = max(registerBits - 8, 0)
        }
        register = 0
    }

    /// Appends whole bytes; the stream must be byte-aligned.
    mutating func appendAligned(_ source: UnsafeBufferPointer<UInt8>) {
        alignToByte()
        bytes.append(contentsOf: source)
    }

    /// Pads to a byte boundary and hands over the bytes.
    mutating func finish() -> [UInt8] {
        alignToByte()
        return bytes
    }
}
