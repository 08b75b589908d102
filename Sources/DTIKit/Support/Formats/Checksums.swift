/// CRC-32 as PNG, ZIP and gzip use it (IEEE 802.3: reflected polynomial
/// 0xEDB88320, initial value and final xor 0xFFFFFFFF).
///
/// Table-driven, eight bytes a step ("slicing by eight": eight tables of 256
/// entries, each giving the CRC contribution of a byte that many positions
/// back), so that checking a large ZIP member or a PNG's IDAT costs little
/// next to compressing it. The tables are built once from the polynomial.
/// A value can be updated piece by piece; `value` is the checksum of all the
/// bytes given so far.
public struct CRC32: Sendable, Hashable {
    /// The running register (before the final xor).
    private var register: UInt32 = 0xFFFF_FFFF

    /// A checksum of no bytes yet.
    public init() {}

    /// The CRC-32 of everything passed to `update` so far.
    public var value: UInt32 { register ^ 0xFFFF_FFFF }

    /// The CRC-32 of `bytes`, in one call.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// The CRC-32 of the bytes behind `bytes`, in one call.
    public static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        var crc = CRC32()
        crc.update(bytes)
        return crc.value
    }

    /// Adds `bytes` to the checksum.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds the bytes behind `bytes` to the checksum.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        var crc = register
        var p = base
        var left = bytes.count
        CRC32.tables.withUnsafeBufferPointer { table in
            let t = table.baseAddress!
            while left >= 8 {
                let low = crc ^ UInt32(littleEndian: p.loadUnaligned(as: UInt32.self))
                let high = UInt32(littleEndian: p.loadUnaligned(fromByteOffset: 4, as: UInt32.self))
                crc = t[7 &* 256 &+ Int(low & 0xFF)] ^ t[6 &* 256 &+ Int((low >> 8) & 0xFF)]
                    ^ t[5 &* 256 &+ Int((low >> 16) & 0xFF)] ^ t[4 &* 256 &+ Int(low >> 24)]
                    ^ t[3 &* 256 &+ Int(high & 0xFF)] ^ t[2 &* 256 &+ Int((high >> 8) & 0xFF)]
                    ^ t[1 &* 256 &+ Int((high >> 16) & 0xFF)] ^ t[Int(high >> 24)]
                p += 8
                left &-= 8
            }
            while left > 0 {
                crc = t[Int((crc ^ UInt32(p.load(as: UInt8.self))) & 0xFF)] ^ (crc >> 8)
                p += 1
                left &-= 1
            }
        }
        register = crc
    }

    /// Table k (at offset 256·k) holds the CRC of a byte followed by k zero
    /// bytes; table 0 is the classic byte-at-a-time table.
    private static let tables: [UInt32] = {
        var tables = [UInt32](repeating: 0, count: 8 * 256)
        for byte in 0..<256 {
            var c = UInt32(byte)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            tables[byte] = c
        }
        for k in 1..<8 {
            for byte in 0..<256 {
                let previous = tables[(k - 1) * 256 + byte]
                tables[k * 256 + byte] = tables[Int(previous & 0xFF)] ^ (previous >> 8)
            }
        }
        return tables
    }()
}

/// Adler-32 (RFC 1950), the checksum at the end of a zlib stream.
///
/// Two sums modulo 65521; the modulo is taken once every 5552 bytes, the
/// most that cannot overflow 32 bits, instead of once per byte.
public struct Adler32: Sendable, Hashable {
    private var a: UInt32 = 1
    private var b: UInt32 = 0

    /// A checksum of no bytes yet (value 1).
    public init() {}

    /// The Adler-32 of everything passed to `update` so far.
    public var value: UInt32 { b << 16 | a }

    /// The Adler-32 of `bytes`, in one call.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var adler = Adler32()
        adler.update(bytes)
        return adler.value
    }

    /// Adds `bytes` to the checksum.
    public mutating func update(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { update($0) }
    }

    /// Adds the bytes behind `bytes` to the checksum.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        let modulus: UInt32 = 65521
        var a = self.a, b = self.b
        var start = 0
        while start < bytes.count {
            let end = min(start + 5552, bytes.count)
            var i = start
            // Eight bytes at a time: b gains 8·a plus each byte weighted by
            // how many of the eight sums it enters (8 for the first … 1 for
            // the last), and a gains their sum. The same totals as byte by
            // byte, so the 5552-byte bound still holds, with a short
            // dependency chain instead of two additions per byte.
            while i &+ 8 <= end {
                let x0 = UInt32(bytes[i]), x1 = UInt32(bytes[i &+ 1]), x2 = UInt32(bytes[i &+ 2]), x3 = UInt32(bytes[i &+ 3])
                let x4 = UInt32(bytes[i &+ 4]), x5 = UInt32(bytes[i &+ 5]), x6 = UInt32(bytes[i &+ 6]), x7 = UInt32(bytes[i &+ 7])
                let weighted = (x0 &* 8 &+ x1 &* 7 &+ x2 &* 6 &+ x3 &* 5) &+ (x4 &* 4 &+ x5 &* 3 &+ x6 &* 2 &+ x7)
                b &+= a &* 8 &+ weighted
                a &+= (x0 &+ x1 &+ x2 &+ x3) &+ (x4 &+ x5 &+ x6 &+ x7)
                i &+= 8
            }
            while i < end { a &+= UInt32(bytes[i]); b &+= a; i &+= 1 }
            a %= modulus
            b %= modulus
            start = end
        }
        self.a = a
        self.b = b
    }
}
