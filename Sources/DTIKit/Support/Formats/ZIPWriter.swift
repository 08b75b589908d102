/// Writes ZIP archives: the .xlsx workbooks the site offers for download.
///
/// The output depends only on what is added: members appear in the order
/// added, every time stamp is the DOS epoch (1980-01-01 00:00), there are
/// no extra fields, comments or attributes, and no data descriptors (sizes
/// and CRC go in the local header, since the data is in memory). Names are
/// stored as UTF-8, with flag bit 11 set when a name is not plain ASCII.
/// No ZIP64: an archive that would need it is refused.
public struct ZIPWriter: Sendable {
    private var body: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0
    private var names: Set<String> = []
    /// How members added with `compress: true` are compressed.
    public let level: Deflate.Level

    /// An empty archive whose compressed members use `level`.
    public init(level: Deflate.Level = .default) {
        self.level = level
    }

    /// Adds a member called `path` holding `bytes`. With `compress`, the data
    /// is deflated, unless that would not make it smaller; then, as without
    /// `compress`, it is stored as is.
    public mutating func add(path: String, bytes: [UInt8], compress: Bool = true) throws(ZIPError) {
        guard !names.contains(path) else { throw .duplicateName(path) }
        let name = Array(path.utf8)
        var data = bytes
        var method: UInt16 = 0
        if compress {
            let deflated = Deflate.compress(bytes, level: level)
            if deflated.count < bytes.count {
                data = deflated
                method = 8
            }
        }
        let offset = body.count
        // Every count, size and offset must fit its 16- or 32-bit field
        // (0xFFFF and 0xFFFFFFFF themselves mean ZIP64 to a reader.)
        guard count < 0xFFFE, name.count <= 0xFFFF, bytes.count < 0xFFFF_FFFF,
              offset + 30 + name.count + data.count < 0xFFFF_FFFF,
              directory.count + 46 + name.count < 0xFFFF_FFFF else { throw .archiveTooLarge }

        let flags: UInt16 = name.allSatisfy { $0 < 0x80 } ? 0 : 0x0800
        let versionNeeded: UInt16 = method == 8 ? 20 : 10
        let crc = CRC32.checksum(bytes)
        var shared: [UInt8] = []
        shared.appendLittleEndian(versionNeeded)
        shared.appendLittleEndian(flags)
        shared.appendLittleEndian(method)
        shared.appendLittleEndian(UInt16(0))       // time 00:00:00
        shared.appendLittleEndian(UInt16(0x0021))  // date 1980-01-01
        shared.appendLittleEndian(crc)
        shared.appendLittleEndian(UInt32(data.count))
        shared.appendLittleEndian(UInt32(bytes.count))
        shared.appendLittleEndian(UInt16(name.count))
        shared.appendLittleEndian(UInt16(0))       // extra field length

        body.appendLittleEndian(UInt32(0x0403_4B50))
        body += shared
        body += name
        body += data

        directory.appendLittleEndian(UInt32(0x0201_4B50))
        directory.appendLittleEndian(UInt16(20))   // made by: MS-DOS, version 2.0
        directory += shared
        directory.appendLittleEndian(UInt16(0))    // comment length
        directory.appendLittleEndian(UInt16(0))    // disk number
        directory.appendLittleEndian(UInt16(0))    // internal attributes
        directory.appendLittleEndian(UInt32(0))    // external attributes
        directory.appendLittleEndian(UInt32(offset))
        directory += name
        count += 1
        names.insert(path)
    }

    /// The finished archive: the members, the central directory and the end record.
    public func finish() -> [UInt8] {
        var archive = body
        archive += directory
        archive.appendLittleEndian(UInt32(0x0605_4B50))
        archive.appendLittleEndian(UInt16(0))       // this disk
        archive.appendLittleEndian(UInt16(0))       // disk with the directory
        archive.appendLittleEndian(UInt16(count))
        archive.appendLittleEndian(UInt16(count))
        archive.appendLittleEndian(UInt32(directory.count))
        archive.appendLittleEndian(UInt32(body.count))
        archive.appendLittleEndian(UInt16(0))       // comment length
        return archive
    }
}

extension [UInt8] {
    /// Appends `value` in little-endian byte order (ZIP's).
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        var remaining = value
        for _ in 0..<(T.bitWidth / 8) {
            append(UInt8(truncatingIfNeeded: remaining))
            remaining >>= 8
        }
    }
}
