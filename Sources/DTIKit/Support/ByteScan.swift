/// Finds the first byte a writer must escape, eight bytes at a time.
///
/// Nearly every string written into a page or a data file has nothing to
/// escape, so writers look for the first special byte, copy everything
/// before it in one go, and only then go byte by byte. The look is made on
/// 64-bit words with the "has a zero byte" bit trick (`(x − 0x01…) & ~x &
/// 0x80…` is nonzero exactly when some byte of `x` is 0), applied to `x`
/// XOR-ed with each special byte: a few instructions per eight bytes, and no
/// branch per byte. (`SIMD16` comparisons were tried and compiled to a loop
/// over the lanes.)
enum ByteScan {
    /// The position of the first byte the HTML writer must look at in
    /// `utf8`, or `utf8.count`: `"`, `&`, `'`, `<`, `>`, a C0 control or DEL,
    /// or a lead byte that may start a C1 control (`C2`) or U+FFFE/U+FFFF
    /// (`EF`). The last two are rare in Vietnamese text (its letters lead
    /// with `C3`–`C6` and `E1`), so normal text keeps the fast path.
    @inline(__always)
    static func firstHTMLSpecial(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        first(in: utf8, word: { x in
            hasZeroByte(x ^ spread(0x22)) | hasZeroByte(x ^ spread(0x26)) | hasZeroByte(x ^ spread(0x27))
                | hasZeroByte(x ^ spread(0x3C)) | hasZeroByte(x ^ spread(0x3E)) | hasByteBelow0x20(x)
                | hasZeroByte(x ^ spread(0x7F)) | hasZeroByte(x ^ spread(0xC2)) | hasZeroByte(x ^ spread(0xEF))
        }, byte: isHTMLSpecial)
    }

    /// The position of the first `"`, `\`, `<`, control byte (below 0x20, or
    /// DEL), or C1 lead byte (`C2`) in `utf8`, or `utf8.count`.
    @inline(__always)
    static func firstJSONSpecial(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        first(in: utf8, word: { x in
            hasZeroByte(x ^ spread(0x22)) | hasZeroByte(x ^ spread(0x5C)) | hasZeroByte(x ^ spread(0x3C)) | hasByteBelow0x20(x)
                | hasZeroByte(x ^ spread(0x7F)) | hasZeroByte(x ^ spread(0xC2))
        }, byte: isJSONSpecial)
    }

    @inline(__always)
    static func isHTMLSpecial(_ byte: UInt8) -> Bool {
        byte < 64 ? htmlBelow64 & (1 << UInt64(byte)) != 0 : (byte == 0x7F || byte == 0xC2 || byte == 0xEF)
    }

    @inline(__always)
    static func isJSONSpecial(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == 0x7F || byte == 0xC2
    }

    /// Bit `b` is set for the bytes below 64 the HTML writer looks at: the
    /// five it escapes and every C0 control.
    private static let htmlBelow64: UInt64 = 1 << 0x22 | 1 << 0x26 | 1 << 0x27 | 1 << 0x3C | 1 << 0x3E | 0xFFFF_FFFF

    private static let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080

    /// `byte` in all eight bytes of a word.
    @inline(__always) private static func spread(_ byte: UInt8) -> UInt64 { UInt64(byte) &* ones }

    /// Nonzero exactly when some byte of `x` is zero.
    @inline(__always) private static func hasZeroByte(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & highs }

    /// Nonzero exactly when some byte of `x` is below 0x20.
    @inline(__always) private static func hasByteBelow0x20(_ x: UInt64) -> UInt64 { (x &- spread(0x20)) & ~x & highs }

    /// Whole words are tested with `word`; from the first word with a match,
    /// and in the tail shorter than a word, bytes are tested with `byte`.
    @inline(__always)
    private static func first(in utf8: UnsafeBufferPointer<UInt8>, word: (UInt64) -> UInt64, byte: (UInt8) -> Bool) -> Int {
        guard let base = utf8.baseAddress else { return 0 }
        let count = utf8.count
        var i = 0
        while i + 8 <= count, word(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) == 0 { i &+= 8 }
        while i < count, !byte(base[i]) { i &+= 1 }
        return i
    }
}
