import Foundation
import Testing
@testable import DTIKit

/// ZIP reading and writing, checked against Python's `zipfile`, and the
/// reader's refusals of damaged and hostile archives.
@Suite("ZIP archives")
struct ZIPTests {
    static let members: [(name: String, bytes: [UInt8])] = [
        ("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types/>".utf8)),
        ("xl/worksheets/sheet1.xml", FormatsTestSupport.vietnameseText(size: 30_000, seed: 31)),
        ("Bảng điểm/Sở Tư pháp.txt", Array("Điểm tổng: 206,45\n".utf8)),
        ("empty.bin", []),
        ("random.bin", FormatsTestSupport.randomBytes(5_000, seed: 32)),
    ]

    /// The error opening `bytes` and reading every member gives, or nil.
    static func failure(_ bytes: [UInt8], limits: ZIPArchive.Limits = .default) -> ZIPError? {
        do throws(ZIPError) {
            let archive = try ZIPArchive(bytes: bytes, limits: limits)
            for entry in archive.entries { _ = try archive.contents(of: entry) }
            return nil
        } catch {
            return error
        }
    }

    static func writerArchive() throws -> [UInt8] {
        var writer = ZIPWriter()
        for (index, member) in members.enumerated() {
            try writer.add(path: member.name, bytes: member.bytes, compress: index != 0)
        }
        return writer.finish()
    }

    /// Where the central directory starts (the archive has no comment).
    static func directoryOffset(_ archive: [UInt8]) -> Int { ZIPArchive.u32(archive, archive.count - 22 + 16) }

    /// Where the `index`-th central directory record starts.
    static func centralRecord(_ archive: [UInt8], _ index: Int) -> Int {
        var offset = directoryOffset(archive)
        for _ in 0..<index {
            offset += 46 + ZIPArchive.u16(archive, offset + 28) + ZIPArchive.u16(archive, offset + 30) + ZIPArchive.u16(archive, offset + 32)
        }
        return offset
    }

    static func patch(_ archive: inout [UInt8], at offset: Int, _ value: Int, bytes: Int) {
        for index in 0..<bytes { archive[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * index)) }
    }

    /// Archives from Python's `zipfile`: stored and deflated members, UTF-8
    /// names, a directory entry and an archive comment; and the same written
    /// to a stream that cannot seek, so sizes and CRCs follow each member in
    /// data descriptors (flag bit 3) and the local headers hold zeros.
    @Test func readsPythonZipfileArchives() throws {
        let script = FormatsTestSupport.pythonPacking + """
            import zipfile, io
            names = ['[Content_Types].xml', 'xl/worksheets/sheet1.xml', 'Bảng điểm/Sở Tư pháp.txt', 'empty.bin', 'random.bin']
            class Unseekable:
                def __init__(self): self.data = bytearray()
                def write(self, b): self.data += b; return len(b)
                def flush(self): pass
            def build(target):
                with zipfile.ZipFile(target, 'w') as archive:
                    archive.comment = b'made by zipfile'
                    archive.writestr('xl/', b'')
                    for index, (name, data) in enumerate(zip(names, items)):
                        archive.writestr(name, data, zipfile.ZIP_STORED if index % 2 == 0 else zipfile.ZIP_DEFLATED)
            seekable, unseekable = io.BytesIO(), Unseekable()
            build(seekable); build(unseekable)
            open(sys.argv[2], 'wb').write(pack([seekable.getvalue(), bytes(unseekable.data)]))
            """
        guard let packed = FormatsTestSupport.python(script, input: FormatsTestSupport.pack(Self.members.map(\.bytes))) else { return }
        let archives = FormatsTestSupport.unpack(packed)
        #expect(archives.count == 2)
        for (index, bytes) in archives.enumerated() {
            let archive = try ZIPArchive(bytes: bytes)
            #expect(archive.entries.map(\.name) == ["xl/"] + Self.members.map(\.name))
            #expect(archive.entries.map(\.method) == [.stored, .stored, .deflate, .stored, .deflate, .stored])
            #expect(try archive.contents(of: "xl/") == [])
            for member in Self.members {
                #expect(FormatsTestSupport.mismatch(try archive.contents(of: member.name), member.bytes) == nil, "\(member.name), archive \(index)")
            }
            let sheet = try #require(archive.entries.first { $0.name == "xl/worksheets/sheet1.xml" })
            #expect(sheet.uncompressedSize == 30_000 && sheet.compressedSize < 15_000)
            #expect(throws: ZIPError.noSuchEntry("xl/missing.xml")) { try archive.contents(of: "xl/missing.xml") }
        }
        // The second really uses data descriptors.
        let second = try #require(archives.last)
        #expect(ZIPArchive.u16(second, 6) & 0x0008 != 0)
    }

    @Test func pythonAcceptsOurArchives() throws {
        let bytes = try Self.writerArchive()
        #expect(try Self.writerArchive() == bytes, "deterministic")
        let script = FormatsTestSupport.pythonPacking + """
            import zipfile, io
            archive = zipfile.ZipFile(io.BytesIO(items[0]))
            assert archive.testzip() is None, 'testzip'
            out = []
            for info in archive.infolist():
                assert info.date_time == (1980, 1, 1, 0, 0, 0), info.date_time
                assert not info.extra and not info.comment
                utf8 = bool(info.flag_bits & 0x800)
                assert utf8 == (not info.filename.isascii()), info.filename
                out += [info.filename.encode(), bytes([info.compress_type]), archive.read(info)]
            open(sys.argv[2], 'wb').write(pack(out))
            """
        guard let packed = FormatsTestSupport.python(script, input: FormatsTestSupport.pack([bytes])) else { return }
        let fields = FormatsTestSupport.unpack(packed)
        #expect(fields.count == Self.members.count * 3)
        for (index, member) in Self.members.enumerated() where index * 3 + 2 < fields.count {
            #expect(String(decoding: fields[index * 3], as: UTF8.self) == member.name)
            // The first member is stored on request; the others are stored
            // when deflate would not make them smaller (the short, empty and random ones).
            let expectedMethod: UInt8 = index == 0 || Deflate.compress(member.bytes).count >= member.bytes.count ? 0 : 8
            #expect(expectedMethod == (index == 1 ? 8 : 0))
            #expect(fields[index * 3 + 1] == [expectedMethod], "\(member.name)")
            #expect(FormatsTestSupport.mismatch(fields[index * 3 + 2], member.bytes) == nil, "\(member.name)")
        }
        // And our reader agrees.
        let archive = try ZIPArchive(bytes: bytes)
        for member in Self.members { #expect(FormatsTestSupport.mismatch(try archive.contents(of: member.name), member.bytes) == nil) }
        var writer = ZIPWriter()
        try writer.add(path: "a", bytes: [1])
        #expect(throws: ZIPError.duplicateName("a")) { try writer.add(path: "a", bytes: [2]) }
    }

    /// Unflagged names that are not UTF-8 are read as code page 437,
    /// checked byte for byte against Python's cp437 codec.
    @Test func codePage437Names() throws {
        var writer = ZIPWriter()
        try writer.add(path: "cp437-@@.txt", bytes: [1, 2, 3], compress: false)
        var bytes = writer.finish()
        for offset in 0..<(bytes.count - 1) where bytes[offset] == 0x40 && bytes[offset + 1] == 0x40 {
            bytes[offset] = 0x81; bytes[offset + 1] = 0xE9
        }
        let archive = try ZIPArchive(bytes: bytes)
        #expect(archive.entries.first?.name == "cp437-üΘ.txt")
        #expect(archive.entries.first?.nameBytes == Array("cp437-".utf8) + [0x81, 0xE9] + Array(".txt".utf8))
        let script = "import sys\nopen(sys.argv[2], 'wb').write(bytes(range(128, 256)).decode('cp437').encode('utf-8'))\n"
        guard let expected = FormatsTestSupport.python(script, input: []) else { return }
        #expect(String(decoding: expected, as: UTF8.self).unicodeScalars.elementsEqual(ZIPNames.codePage437High))
    }

    @Test func refusesTruncatedAndGarbage() throws {
        let bytes = try Self.writerArchive()
        for cut in [0, 1, 21, 30, 100, bytes.count / 2, bytes.count - 22, bytes.count - 1] {
            #expect(Self.failure(Array(bytes.prefix(cut))) == .endOfCentralDirectoryMissing, "cut at \(cut)")
        }
        // Bytes taken out of the middle: the directory is no longer where the end record says.
        var shortened = bytes
        shortened.removeSubrange(100..<110)
        #expect(Self.failure(shortened) == .badCentralDirectory)
        // A local header offset pointing past the data area.
        var pointing = bytes
        Self.patch(&pointing, at: Self.centralRecord(bytes, 1) + 42, Self.directoryOffset(bytes) - 10, bytes: 4)
        #expect(Self.failure(pointing) == .truncated)
        // A local header offset pointing at the wrong member.
        pointing = bytes
        Self.patch(&pointing, at: Self.centralRecord(bytes, 1) + 42, 0, bytes: 4)
        #expect(Self.failure(pointing) == .badLocalHeader(name: Self.members[1].name))
        #expect(Self.failure(FormatsTestSupport.randomBytes(10_000, seed: 40)) == .endOfCentralDirectoryMissing)
        #expect(Self.failure(Array("PK".utf8)) == .endOfCentralDirectoryMissing)
        // An empty archive is fine.
        #expect(try ZIPArchive(bytes: ZIPWriter().finish()).entries.isEmpty)
    }

    @Test func refusesUnsupportedFeatures() throws {
        let bytes = try Self.writerArchive()
        let second = Self.centralRecord(bytes, 1), name = Self.members[1].name
        var archive = bytes
        archive[second + 8] |= 1
        #expect(Self.failure(archive) == .encrypted(name: name))
        archive = bytes
        Self.patch(&archive, at: second + 10, 12, bytes: 2)
        #expect(Self.failure(archive) == .unsupportedMethod(name: name, method: 12))
        archive = bytes
        Self.patch(&archive, at: second + 20, 0xFFFF_FFFF, bytes: 4)
        #expect(Self.failure(archive) == .zip64)
        archive = bytes
        Self.patch(&archive, at: archive.count - 22 + 10, 0xFFFF, bytes: 2)
        #expect(Self.failure(archive) == .zip64)
        // A ZIP64 end-of-directory locator before the end record.
        archive = Array(bytes[..<(bytes.count - 22)]) + [0x50, 0x4B, 0x06, 0x07] + [UInt8](repeating: 0, count: 16)
            + Array(bytes[(bytes.count - 22)...])
        #expect(Self.failure(archive) == .zip64)
        archive = bytes
        Self.patch(&archive, at: archive.count - 22 + 4, 1, bytes: 2)
        #expect(Self.failure(archive) == .multiDisk)
    }

    @Test func refusesDamagedMembers() throws {
        let bytes = try Self.writerArchive()
        let second = Self.centralRecord(bytes, 1), name = Self.members[1].name
        var archive = bytes
        archive[second + 16] ^= 0x55
        #expect(Self.failure(archive) == .crcMismatch(name: name))
        // The deflated data damaged in the middle.
        archive = bytes
        let dataStart = ZIPArchive.u32(bytes, second + 42) + 30 + name.utf8.count
        archive[dataStart + 200] ^= 0xFF
        let damaged = Self.failure(archive)
        var corrupt = false
        if case .corruptData(name, _)? = damaged { corrupt = true }
        #expect(corrupt || damaged == .crcMismatch(name: name) || damaged == .sizeMismatch(name: name),
                "\(String(describing: damaged))")
        // A stored member whose sizes disagree.
        archive = bytes
        let first = Self.centralRecord(bytes, 0)
        Self.patch(&archive, at: first + 24, ZIPArchive.u32(bytes, first + 24) + 1, bytes: 4)
        #expect(Self.failure(archive) == .sizeMismatch(name: Self.members[0].name))
        // Duplicate names.
        var writer = ZIPWriter()
        try writer.add(path: "a.txt", bytes: [1])
        try writer.add(path: "b.txt", bytes: [2])
        archive = writer.finish()
        for offset in 0..<(archive.count - 4) where Array(archive[offset..<(offset + 5)]) == Array("b.txt".utf8) {
            archive[offset] = UInt8(ascii: "a")
        }
        #expect(Self.failure(archive) == .duplicateName("a.txt"))
    }

    /// A member whose data holds another member's local header, with a
    /// central record pointing inside it: overlapping data is refused.
    @Test func refusesOverlappingMembers() throws {
        var inner = ZIPWriter()
        try inner.add(path: "b.txt", bytes: Array("hello".utf8), compress: false)
        let innerArchive = inner.finish()
        let innerLocal = Array(innerArchive[..<Self.directoryOffset(innerArchive)])
        var innerCentral = Array(innerArchive[Self.directoryOffset(innerArchive)..<(innerArchive.count - 22)])
        var outer = ZIPWriter()
        try outer.add(path: "a.txt", bytes: innerLocal, compress: false)
        let outerArchive = outer.finish()
        Self.patch(&innerCentral, at: 42, 30 + 5, bytes: 4)   // inside a.txt's data
        let directory = Self.directoryOffset(outerArchive)
        var archive = Array(outerArchive[..<(outerArchive.count - 22)]) + innerCentral + Array(outerArchive.suffix(22))
        Self.patch(&archive, at: archive.count - 22 + 8, 2, bytes: 2)
        Self.patch(&archive, at: archive.count - 22 + 10, 2, bytes: 2)
        Self.patch(&archive, at: archive.count - 22 + 12, archive.count - 22 - directory, bytes: 4)
        #expect(Self.failure(archive) == .overlappingEntries(name: "b.txt"))
    }

    @Test func refusesBombsAndOversizedArchives() throws {
        // 50 MB of zeros, deflated by Python's zipfile: about 1000:1.
        let script = """
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[2], 'w', zipfile.ZIP_DEFLATED) as archive:
                archive.writestr('ok.txt', b'small')
                archive.writestr('bomb.bin', bytes(50_000_000))
            """
        guard let bomb = FormatsTestSupport.python(script, input: []) else { return }
        #expect(bomb.count < 100_000)
        let started = Date()
        guard case .compressionRatioTooHigh(name: "bomb.bin", let ratio, limit: 200)? = Self.failure(bomb) else {
            Issue.record("the bomb was not refused for its ratio: \(String(describing: Self.failure(bomb)))")
            return
        }
        #expect(ratio > 900)
        #expect(Self.failure(bomb, limits: .init(maxEntrySize: 1 << 20, maxCompressionRatio: 10_000))
                == .entryTooLarge(name: "bomb.bin", size: 50_000_000, limit: 1 << 20))
        #expect(Self.failure(bomb, limits: .init(maxTotalSize: 40_000_000, maxCompressionRatio: 10_000))
                == .totalTooLarge(size: 50_000_005, limit: 40_000_000))
        #expect(Self.failure(bomb, limits: .init(maxEntries: 1)) == .tooManyEntries(count: 2, limit: 1))
        // Headers that lie about the size: decompression stops at the declared size.
        var lying = bomb
        let second = Self.centralRecord(bomb, 1)
        Self.patch(&lying, at: second + 24, 1000, bytes: 4)
        let archive = try ZIPArchive(bytes: lying)
        #expect(throws: ZIPError.sizeMismatch(name: "bomb.bin")) { try archive.contents(of: "bomb.bin") }
        #expect(try archive.contents(of: "ok.txt") == Array("small".utf8))
        #expect(Date().timeIntervalSince(started) < 2, "refused without inflating 50 MB")
    }
}
