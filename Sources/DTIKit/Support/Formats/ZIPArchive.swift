/// Reads ZIP archives (PKWARE APPNOTE 6.3) from untrusted bytes: the .xlsx
/// workbooks users upload.
///
/// Everything that can be checked without decompressing is checked when the
/// archive is opened: the end record, the central directory, each member's
/// local header, flags, method, declared sizes against the `Limits`, and
/// that no two members share data or a name. A member is decompressed only
/// when asked for, never past its declared size, and its CRC-32 is checked.
/// Refused outright: ZIP64, split archives, encryption, methods other than
/// stored and deflate. Nothing is written to disk, so names are kept as
/// given (a `..` in a name is harmless here).
public struct ZIPArchive: Sendable {
    /// Caps that keep a hostile archive from using unbounded memory or time.
    public struct Limits: Sendable, Hashable {
        /// The most members (default 10 000; a workbook has a few dozen).
        public var maxEntries: Int
        /// The largest uncompressed member (default 128 MiB).
        public var maxEntrySize: Int
        /// The largest uncompressed total of all members (default 512 MiB).
        public var maxTotalSize: Int
        /// The highest uncompressed : compressed ratio (default 200; XML
        /// usually compresses 5–30×, while DEFLATE reaches 1032× on zeros).
        public var maxCompressionRatio: Int
        /// Members up to this uncompressed size are exempt from the ratio
        /// check: small ones cannot be bombs (default 1 MiB).
        public var ratioExemptSize: Int

        /// Limits with the given caps; each defaults to the documented value.
        public init(maxEntries: Int = 10_000, maxEntrySize: Int = 128 << 20, maxTotalSize: Int = 512 << 20,
                    maxCompressionRatio: Int = 200, ratioExemptSize: Int = 1 << 20) {
            self.maxEntries = maxEntries
            self.maxEntrySize = maxEntrySize
            self.maxTotalSize = maxTotalSize
            self.maxCompressionRatio = maxCompressionRatio
            self.ratioExemptSize = ratioExemptSize
        }

        /// The documented defaults.
        public static let `default` = Limits()
    }

    /// How a member's data is stored.
    public enum Method: Int, Sendable, Hashable {
        /// Method 0: the bytes as they are.
        case stored = 0
        /// Method 8: raw DEFLATE.
        case deflate = 8
    }

    /// One member, as the central directory describes it.
    public struct Entry: Sendable, Hashable {
        /// The name: UTF-8 when flagged so or valid as such, otherwise read as code page 437.
        public var name: String
        /// The name's bytes as stored.
        public var nameBytes: [UInt8]
        /// Stored or deflated.
        public var method: Method
        /// The sizes of the data in the archive and once decompressed, as declared.
        public var compressedSize: Int
        public var uncompressedSize: Int
        /// The declared CRC-32 of the decompressed data.
        public var crc32: UInt32
        /// Where the member's data starts in the archive.
        var dataOffset: Int
    }

    /// The members in central directory order.
    public let entries: [Entry]
    private let bytes: [UInt8]
    private let indexByName: [String: Int]

    /// Opens the archive in `bytes`, checking its structure against `limits`.
    public init(bytes: [UInt8], limits: Limits = .default) throws(ZIPError) {
        self.bytes = bytes
        let end = try ZIPArchive.findEndRecord(bytes)
        let count = ZIPArchive.u16(bytes, end + 10)
        let directorySize = ZIPArchive.u32(bytes, end + 12), directoryOffset = ZIPArchive.u32(bytes, end + 16)
        if ZIPArchive.u16(bytes, end + 4) == 0xFFFF || ZIPArchive.u16(bytes, end + 6) == 0xFFFF
            || ZIPArchive.u16(bytes, end + 8) == 0xFFFF || count == 0xFFFF
            || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw .zip64
        }
        guard ZIPArchive.u16(bytes, end + 4) == 0, ZIPArchive.u16(bytes, end + 6) == 0,
              ZIPArchive.u16(bytes, end + 8) == count else { throw .multiDisk }
        guard count <= limits.maxEntries else { throw .tooManyEntries(count: count, limit: limits.maxEntries) }
        guard directoryOffset <= end, directorySize <= end - directoryOffset else { throw .badCentralDirectory }

        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var indexByName: [String: Int] = [:]
        var total = 0
        var spans: [(start: Int, end: Int, name: String)] = []
        var record = directoryOffset
        let directoryEnd = directoryOffset + directorySize
        for _ in 0..<count {
            let (entry, localOffset, next) = try ZIPArchive.readCentralRecord(bytes, at: record, directoryEnd: directoryEnd)
            record = next
            try ZIPArchive.check(entry, against: limits)
            total += entry.uncompressedSize
            guard total <= limits.maxTotalSize else { throw .totalTooLarge(size: total, limit: limits.maxTotalSize) }
            var located = entry
            located.dataOffset = try ZIPArchive.readLocalHeader(bytes, at: localOffset, for: entry, dataLimit: directoryOffset)
            guard indexByName[entry.name] == nil else { throw .duplicateName(entry.name) }
            indexByName[entry.name] = entries.count
            entries.append(located)
            spans.append((localOffset, located.dataOffset + entry.compressedSize, entry.name))
        }
        spans.sort { $0.start < $1.start }
        for index in spans.indices.dropFirst() where spans[index].start < spans[index - 1].end {
            throw .overlappingEntries(name: spans[index].name)
        }
        self.entries = entries
        self.indexByName = indexByName
    }

    /// The uncompressed bytes of the member called `name`, checked against
    /// its declared size and CRC-32.
    public func contents(of name: String) throws(ZIPError) -> [UInt8] {
        guard let index = indexByName[name] else { throw .noSuchEntry(name) }
        return try extract(entries[index])
    }

    /// The uncompressed bytes of `entry`, one of `entries`. The archive's
    /// own record of that name is used, whatever the values in `entry`.
    public func contents(of entry: Entry) throws(ZIPError) -> [UInt8] {
        try contents(of: entry.name)
    }

    /// Reads, inflates and checks one member.
    private func extract(_ entry: Entry) throws(ZIPError) -> [UInt8] {
        let start = entry.dataOffset, end = entry.dataOffset + entry.compressedSize
        guard start >= 0, end <= bytes.count, start <= end else { throw .truncated }
        let output: [UInt8]
        switch entry.method {
        case .stored:
            output = Array(bytes[start..<end])
        case .deflate:
            let result: Result<(bytes: [UInt8], consumed: Int), InflateError> = bytes.withUnsafeBytes { raw in
                Result { () throws(InflateError) in
                    try Inflate.decompress(UnsafeRawBufferPointer(rebasing: raw[start..<end]),
                                           limit: entry.uncompressedSize, sizeHint: entry.uncompressedSize)
                }
            }
            switch result {
            case .success(let inflated): output = inflated.bytes
            case .failure(.outputLimitExceeded): throw .sizeMismatch(name: entry.name)
            case .failure(let error): throw .corruptData(name: entry.name, error)
            }
        }
        guard output.count == entry.uncompressedSize else { throw .sizeMismatch(name: entry.name) }
        guard CRC32.checksum(output) == entry.crc32 else { throw .crcMismatch(name: entry.name) }
        return output
    }

    // MARK: - Records

    /// The offset of the end-of-central-directory record: the last signature
    /// in the final 64 KiB + 22 bytes whose record and comment fit the file.
    private static func findEndRecord(_ bytes: [UInt8]) throws(ZIPError) -> Int {
        guard bytes.count >= 22 else { throw .endOfCentralDirectoryMissing }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while offset >= lowest {
            if u32(bytes, offset) == 0x0605_4B50 && offset + 22 + u16(bytes, offset + 20) <= bytes.count {
                // A ZIP64 end record locator just before it marks a ZIP64 archive.
                if offset >= 20 && u32(bytes, offset - 20) == 0x0706_4B50 { throw .zip64 }
                return offset
            }
            offset -= 1
        }
        throw .endOfCentralDirectoryMissing
    }

    /// Reads the central directory record at `offset`: the entry, its local
    /// header's offset, and where the next record starts.
    private static func readCentralRecord(_ bytes: [UInt8], at offset: Int,
                                          directoryEnd: Int) throws(ZIPError) -> (Entry, Int, Int) {
        guard offset <= directoryEnd - 46 else { throw .badCentralDirectory }
        guard u32(bytes, offset) == 0x0201_4B50 else { throw .badCentralDirectory }
        let flags = u16(bytes, offset + 8), methodNumber = u16(bytes, offset + 10)
        let compressed = u32(bytes, offset + 20), uncompressed = u32(bytes, offset + 24)
        let nameLength = u16(bytes, offset + 28)
        let variable = nameLength + u16(bytes, offset + 30) + u16(bytes, offset + 32)
        let disk = u16(bytes, offset + 34), localOffset = u32(bytes, offset + 42)
        guard variable <= directoryEnd - offset - 46 else { throw .badCentralDirectory }
        let nameBytes = Array(bytes[(offset + 46)..<(offset + 46 + nameLength)])
        let name = ZIPNames.decode(nameBytes, flaggedUTF8: flags & 0x0800 != 0)
        if compressed == 0xFFFF_FFFF || uncompressed == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF || disk == 0xFFFF {
            throw .zip64
        }
        guard disk == 0 else { throw .multiDisk }
        // Bit 0: encrypted; bit 6: strong encryption; bit 13: encrypted directory; method 99: AES.
        guard flags & 0x2041 == 0 && methodNumber != 99 else { throw .encrypted(name: name) }
        guard let method = Method(rawValue: methodNumber) else {
            throw .unsupportedMethod(name: name, method: methodNumber)
        }
        let entry = Entry(name: name, nameBytes: nameBytes, method: method, compressedSize: compressed,
                          uncompressedSize: uncompressed, crc32: UInt32(truncatingIfNeeded: u32(bytes, offset + 16)),
                          dataOffset: 0)
        return (entry, localOffset, offset + 46 + variable)
    }

    /// Refuses an entry whose declared sizes pass the limits.
    private static func check(_ entry: Entry, against limits: Limits) throws(ZIPError) {
        let size = entry.uncompressedSize
        guard size <= limits.maxEntrySize else { throw .entryTooLarge(name: entry.name, size: size, limit: limits.maxEntrySize) }
        if entry.method == .stored && entry.compressedSize != size { throw .sizeMismatch(name: entry.name) }
        if size > limits.ratioExemptSize {
            let (allowed, overflow) = max(entry.compressedSize, 1).multipliedReportingOverflow(by: max(limits.maxCompressionRatio, 1))
            if !overflow && size > allowed {
                throw .compressionRatioTooHigh(name: entry.name, ratio: size / max(entry.compressedSize, 1),
                                               limit: limits.maxCompressionRatio)
            }
        }
    }

    /// Checks the local header at `offset` against the central record and
    /// returns where the data starts; the data must end before `dataLimit`.
    private static func readLocalHeader(_ bytes: [UInt8], at offset: Int, for entry: Entry,
                                        dataLimit: Int) throws(ZIPError) -> Int {
        guard offset <= dataLimit - 30 else { throw .truncated }
        guard u32(bytes, offset) == 0x0403_4B50, u16(bytes, offset + 8) == entry.method.rawValue,
              u16(bytes, offset + 6) & 0x2041 == 0 else { throw .badLocalHeader(name: entry.name) }
        let nameLength = u16(bytes, offset + 26)
        let dataOffset = offset + 30 + nameLength + u16(bytes, offset + 28)
        guard dataOffset <= dataLimit, entry.compressedSize <= dataLimit - dataOffset else { throw .truncated }
        guard bytes[(offset + 30)..<(offset + 30 + nameLength)].elementsEqual(entry.nameBytes) else {
            throw .badLocalHeader(name: entry.name)
        }
        return dataOffset
    }

    /// A little-endian 16-bit field; the caller has checked the range.
    @inline(__always)
    static func u16(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    /// A little-endian 32-bit field; the caller has checked the range.
    @inline(__always)
    static func u32(_ bytes: [UInt8], _ offset: Int) -> Int {
        u16(bytes, offset) | u16(bytes, offset + 2) << 16
    }
}
