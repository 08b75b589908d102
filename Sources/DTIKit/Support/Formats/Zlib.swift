/// The zlib format (RFC 1950): a two-byte header, a raw DEFLATE stream and
/// the Adler-32 of the uncompressed data, big-endian. PNG's image data is
/// a zlib stream.
public enum Zlib {
    /// `bytes` compressed into a zlib stream. The header's level hint
    /// follows `level` (it is informative only) and no dictionary is used.
    public static func compress(_ bytes: [UInt8], level: Deflate.Level = .default) -> [UInt8] {
        bytes.withUnsafeBufferPointer { compress($0, level: level) }
    }

    /// The bytes behind `bytes` compressed into a zlib stream.
    public static func compress(_ bytes: UnsafeBufferPointer<UInt8>, level: Deflate.Level = .default) -> [UInt8] {
        // CMF 0x78: DEFLATE with a 32 KiB window. FLG: level hint, then the
        // check bits that make CMF·256 + FLG a multiple of 31.
        let hint: UInt16 = !level.lazy ? 1 : level.maxChain > 1024 ? 3 : 2
        var header: UInt16 = 0x7800 | hint << 6
        header += 31 - header % 31
        var out: [UInt8] = [UInt8(header >> 8), UInt8(header & 0xFF)]
        out += Deflate.compress(bytes, level: level)
        var adler = Adler32()
        adler.update(UnsafeRawBufferPointer(bytes))
        let check = adler.value
        out += [UInt8(check >> 24), UInt8((check >> 16) & 0xFF), UInt8((check >> 8) & 0xFF), UInt8(check & 0xFF)]
        return out
    }

    /// Decompresses a complete zlib stream, checking the header and the
    /// Adler-32; nothing may follow the stream.
    /// - Parameter limit: the most bytes the output may have.
    public static func decompress(_ bytes: [UInt8], limit: Int) throws(InflateError) -> [UInt8] {
        guard bytes.count >= 2 else { throw .truncated }
        let method = bytes[0], flags = bytes[1]
        guard method & 0x0F == 8, method >> 4 <= 7, (UInt16(method) << 8 | UInt16(flags)) % 31 == 0 else {
            throw .badZlibHeader
        }
        guard flags & 0x20 == 0 else { throw .presetDictionary }
        let result: Result<(bytes: [UInt8], consumed: Int), InflateError> = bytes.withUnsafeBytes { raw in
            Result { () throws(InflateError) in
                try Inflate.decompress(UnsafeRawBufferPointer(rebasing: raw[2...]), limit: limit)
            }
        }
        let (output, consumed) = try result.get()
        let trailer = 2 + consumed
        guard bytes.count - trailer >= 4 else { throw .truncated }
        let expected = UInt32(bytes[trailer]) << 24 | UInt32(bytes[trailer + 1]) << 16
            | UInt32(bytes[trailer + 2]) << 8 | UInt32(bytes[trailer + 3])
        guard Adler32.checksum(output) == expected else { throw .checksumMismatch }
        guard bytes.count == trailer + 4 else { throw .trailingData }
        return output
    }
}
