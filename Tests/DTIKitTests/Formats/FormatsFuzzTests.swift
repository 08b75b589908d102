import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// A bounded, seeded mutational fuzz test of the readers of untrusted input:
/// valid DEFLATE streams and ZIP archives are damaged (bit flips, cuts,
/// inserted bytes, length fields overwritten) and fed to Inflate, Zlib and
/// ZIPArchive. None may crash, hang or return more than its limit; and the
/// damage must really be caught (several distinct errors seen).
@Suite("Fuzzing the readers")
struct FormatsFuzzTests {
    /// One damaged copy of `bytes`; `fields` are offsets of length fields
    /// worth overwriting (16 or 32 bits), if any.
    static func mutate(_ bytes: [UInt8], fields: [Int], _ random: inout SplitMix64) -> [UInt8] {
        var out = bytes
        let rounds = 1 + Int(random.next() % 3)
        for _ in 0..<rounds {
            switch random.next() % 6 {
            case 0, 1:
                guard !out.isEmpty else { continue }
                let bit = Int(random.next() % UInt64(out.count * 8))
                out[bit / 8] ^= 1 << UInt8(bit % 8)
            case 2:
                out = Array(out.prefix(Int(random.next() % UInt64(out.count + 1))))
            case 3:
                let at = Int(random.next() % UInt64(out.count + 1))
                out.insert(contentsOf: (0..<(1 + random.next() % 4)).map { _ in UInt8(truncatingIfNeeded: random.next()) }, at: at)
            case 4:
                guard !out.isEmpty else { continue }
                let at = Int(random.next() % UInt64(out.count))
                out[at] = UInt8(truncatingIfNeeded: random.next())
            default:
                // A length or offset field given an extreme or random value.
                let candidates = fields.isEmpty ? [Int(random.next() % UInt64(max(out.count, 1)))] : fields
                let at = candidates[Int(random.next() % UInt64(candidates.count))]
                let width = random.next() % 2 == 0 ? 2 : 4
                let values: [UInt64] = [0, 1, 0xFFFF, 0xFFFF_FFFF, 0x7FFF_FFFF, random.next()]
                let value = values[Int(random.next() % UInt64(values.count))]
                for index in 0..<width where at + index < out.count {
                    out[at + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt64(index)))
                }
            }
        }
        return out
    }

    @Test func mutatedDeflateStreams() {
        let text = FormatsTestSupport.vietnameseText(size: 3_000, seed: 50)
        let image = FormatsTestSupport.card(width: 40, height: 24)
        let seeds: [[UInt8]] = [
            Deflate.compress(text), Deflate.compress(text, level: .fast), Deflate.compress(image),
            Deflate.compress(FormatsTestSupport.randomBytes(600, seed: 51)),
            Deflate.compress([UInt8](repeating: 0, count: 20_000)),
        ]
        let limit = 16_384
        var random = SplitMix64(seed: 0xF0F0)
        var errors: Set<String> = []
        var decoded = 0
        var slowest = 0.0
        for iteration in 0..<2_000 {
            let mutated = Self.mutate(seeds[iteration % seeds.count], fields: [], &random)
            let started = Date()
            do throws(InflateError) {
                let output = try Inflate.decompress(mutated, limit: limit)
                #expect(output.count <= limit)
                decoded += 1
            } catch {
                errors.insert("\(error)")
            }
            mutated.withUnsafeBytes { fuzzInflate($0) }
            slowest = max(slowest, Date().timeIntervalSince(started))
        }
        #expect(errors.count >= 6, "distinct errors seen: \(errors.sorted())")
        #expect(decoded > 0)
        #expect(slowest < 2, "no input takes long")
    }

    @Test func mutatedZIPArchives() throws {
        var writer = ZIPWriter()
        try writer.add(path: "[Content_Types].xml", bytes: Array("<Types/>".utf8), compress: false)
        try writer.add(path: "xl/sharedStrings.xml", bytes: FormatsTestSupport.vietnameseText(size: 2_000, seed: 60))
        try writer.add(path: "Tên tiếng Việt.bin", bytes: FormatsTestSupport.randomBytes(300, seed: 61))
        try writer.add(path: "zeros.bin", bytes: [UInt8](repeating: 0, count: 30_000))
        let archive = writer.finish()
        // Every size, count, offset and length field of every record.
        var fields: [Int] = []
        let end = archive.count - 22
        fields += [end + 8, end + 10, end + 12, end + 16, end + 20]
        var record = ZIPArchive.u32(archive, end + 16)
        for _ in 0..<4 {
            fields += [record + 10, record + 20, record + 24, record + 28, record + 30, record + 32, record + 42]
            let local = ZIPArchive.u32(archive, record + 42)
            fields += [local + 8, local + 18, local + 22, local + 26, local + 28]
            record += 46 + ZIPArchive.u16(archive, record + 28)
        }
        let limits = ZIPArchive.Limits(maxEntries: 16, maxEntrySize: 64 << 10, maxTotalSize: 128 << 10,
                                       maxCompressionRatio: 50, ratioExemptSize: 4 << 10)
        var random = SplitMix64(seed: 0x21B)
        var errors: Set<String> = []
        var opened = 0
        var slowest = 0.0
        for _ in 0..<1_500 {
            let mutated = Self.mutate(archive, fields: fields, &random)
            let started = Date()
            do throws(ZIPError) {
                let zip = try ZIPArchive(bytes: mutated, limits: limits)
                opened += 1
                var total = 0
                for entry in zip.entries {
                    do throws(ZIPError) {
                        let contents = try zip.contents(of: entry)
                        #expect(contents.count == entry.uncompressedSize && contents.count <= limits.maxEntrySize)
                        #expect(CRC32.checksum(contents) == entry.crc32)
                        total += contents.count
                    } catch {
                        errors.insert(Self.kind(error))
                    }
                }
                #expect(total <= limits.maxTotalSize)
            } catch {
                errors.insert(Self.kind(error))
            }
            mutated.withUnsafeBytes { fuzzZIP($0) }
            slowest = max(slowest, Date().timeIntervalSince(started))
        }
        #expect(errors.count >= 8, "distinct errors seen: \(errors.sorted())")
        #expect(opened > 0)
        #expect(slowest < 2, "no input takes long")
    }

    /// The case name of an error, without its values.
    static func kind(_ error: ZIPError) -> String {
        String(String(describing: Mirror(reflecting: error).children.first?.label ?? "\(error)").prefix(40))
    }
}

/// Streams made of many tiny blocks, each forcing a new decoding table or
/// none, cost time in proportion to their size, and end as empty output.
@Suite("Hostile block sequences")
struct HostileBlockTests {
    @Test func manyTinyBlocksDecodeQuickly() throws {
        // Empty fixed blocks (10 bits each), then minimal dynamic blocks, then empty stored blocks.
        var writer = BitWriter(capacity: 1 << 17)
        while writer.bitCount < 200_000 { writer.write(1 << 1, 3); writer.write(0, 7) }
        let order = DeflateTables.codeLengthOrder
        while writer.bitCount < 600_000 {
            // Code-length code: symbols 1 and 18, one bit each. Literal code:
            // 0 and 256, one bit each; one 1-bit distance code.
            writer.write(2 << 1, 3); writer.write(0, 5); writer.write(0, 5); writer.write(15, 4)
            for symbol in order { writer.write(symbol == 18 || symbol == 1 ? 1 : 0, 3) }
            writer.write(0, 1)
            writer.write(1, 1); writer.write(127, 7)
            writer.write(1, 1); writer.write(106, 7)
            writer.write(0, 1); writer.write(0, 1)
            writer.write(1, 1)   // end of block
        }
        for index in 0..<5_000 {
            writer.write(index == 4_999 ? 1 : 0, 3)
            writer.alignToByte()
            writer.write(0xFFFF_0000, 32)
        }
        let stream = writer.finish()
        #expect(stream.count > 100_000)
        let started = Date()
        #expect(try Inflate.decompress(stream, limit: 0) == [])
        #expect(Date().timeIntervalSince(started) < 3)
    }
}
