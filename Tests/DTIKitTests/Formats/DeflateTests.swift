import Foundation
import Testing
@testable import DTIKit

/// The compressor and decompressor, each checked against Python's zlib.
@Suite("DEFLATE and zlib")
struct DeflateTests {
    static let levels: [(name: String, level: Deflate.Level)] = [("fast", .fast), ("default", .default), ("best", .best)]
    static let corpus = FormatsTestSupport.deflateCorpus()
    /// The corpus compressed at each level (level-major), made once for the
    /// tests that need it: compressing a megabyte is slow in a debug build.
    static let compressedCorpus: [[UInt8]] = levels.flatMap { level in corpus.map { Deflate.compress($0.bytes, level: level.level) } }

    /// Python's zlib decodes every corpus item compressed at every level to
    /// exactly the input, ending the stream with no byte left over.
    @Test func pythonDecodesOurDeflate() {
        let corpus = DeflateTests.corpus
        let streams = DeflateTests.compressedCorpus
        let script = FormatsTestSupport.pythonPacking + """
            out = []
            for stream in items:
                d = zlib.decompressobj(-15)
                data = d.decompress(stream) + d.flush()
                if not d.eof or d.unused_data:
                    raise SystemExit('stream not ended cleanly')
                out.append(data)
            open(sys.argv[2], 'wb').write(pack(out))
            """
        guard let decoded = FormatsTestSupport.python(script, input: FormatsTestSupport.pack(streams)) else { return }
        let results = FormatsTestSupport.unpack(decoded)
        #expect(results.count == streams.count)
        for (index, result) in results.enumerated() {
            let item = corpus[index % corpus.count]
            #expect(FormatsTestSupport.mismatch(result, item.bytes) == nil, "\(item.name) at level \(DeflateTests.levels[index / corpus.count].name)")
        }
    }

    /// Our Inflate decodes what Python's zlib writes at levels 0, 1, 6 and 9
    /// and with the fixed-code and Huffman-only strategies.
    @Test func inflateDecodesPythonZlib() throws {
        let corpus = DeflateTests.corpus
        let script = FormatsTestSupport.pythonPacking + """
            out = []
            for data in items:
                for level, strategy in [(0, 0), (1, 0), (6, 0), (9, 0), (6, zlib.Z_FIXED), (6, zlib.Z_HUFFMAN_ONLY)]:
                    c = zlib.compressobj(level, zlib.DEFLATED, -15, 8, strategy)
                    out.append(c.compress(data) + c.flush())
                out.append(zlib.compress(data, 6))
            open(sys.argv[2], 'wb').write(pack(out))
            """
        guard let packed = FormatsTestSupport.python(script, input: FormatsTestSupport.pack(corpus.map(\.bytes))) else { return }
        let streams = FormatsTestSupport.unpack(packed)
        #expect(streams.count == corpus.count * 7)
        for (index, stream) in streams.enumerated() {
            let item = corpus[index / 7]
            if index % 7 == 6 {
                #expect(FormatsTestSupport.mismatch(try Zlib.decompress(stream, limit: item.bytes.count), item.bytes) == nil, "zlib: \(item.name)")
            } else {
                let (output, consumed) = try stream.withUnsafeBytes { raw in
                    try Inflate.decompress(raw, limit: item.bytes.count, sizeHint: 0)
                }
                #expect(FormatsTestSupport.mismatch(output, item.bytes) == nil, "\(item.name), variant \(index % 7)")
                #expect(consumed == stream.count, "\(item.name): the whole stream is read")
            }
        }
    }

    /// Deflate then Inflate gives back the input, at every level; the same
    /// input always gives the same bytes; zlib round trips too.
    @Test func roundTripsAndIsDeterministic() throws {
        let corpus = DeflateTests.corpus
        for (index, compressed) in DeflateTests.compressedCorpus.enumerated() {
            let item = corpus[index % corpus.count], level = DeflateTests.levels[index / corpus.count]
            #expect(FormatsTestSupport.mismatch(try Inflate.decompress(compressed, limit: item.bytes.count), item.bytes) == nil, "\(item.name) \(level.name)")
            if level.name == "default" {
                #expect(FormatsTestSupport.mismatch(Deflate.compress(item.bytes, level: level.level), compressed) == nil, "\(item.name) deterministic")
                let wrapped = Zlib.compress(item.bytes, level: .fast)
                #expect(FormatsTestSupport.mismatch(try Zlib.decompress(wrapped, limit: item.bytes.count), item.bytes) == nil, "zlib \(item.name)")
            }
        }
    }

    /// Incompressible data goes out as stored blocks (5 bytes of overhead for
    /// each block of 16384 tokens, as zlib does), empty input as the 2-byte
    /// empty fixed block zlib also writes.
    @Test func incompressibleDataIsStored() {
        let random = FormatsTestSupport.randomBytes(70_000, seed: 3)
        let compressed = Deflate.compress(random)
        #expect(compressed.count <= random.count + 5 * (random.count / 16384 + 1))
        #expect(compressed.count > random.count)
        #expect(Deflate.compress([]) == [0x03, 0x00])
    }

    /// Real compression: within 2% of Python's zlib level 6 on text and on a
    /// filtered card image (measured: slightly smaller on both).
    @Test func sizeIsComparableToZlibLevel6() {
        let card = FormatsTestSupport.card(width: 600, height: 315)
        let inputs = [FormatsTestSupport.vietnameseText(size: 120_000, seed: 21),
                      PNGEncoder.filteredRows(card, rowBytes: 2400, height: 315, bytesPerPixel: 4)]
        let script = FormatsTestSupport.pythonPacking + """
            open(sys.argv[2], 'wb').write(pack([struct.pack('>I', len(zlib.compress(data, 6)) - 6) for data in items]))
            """
        guard let packed = FormatsTestSupport.python(script, input: FormatsTestSupport.pack(inputs)) else { return }
        let zlibSizes = FormatsTestSupport.unpack(packed).map { $0.reduce(0) { $0 << 8 | Int($1) } }
        #expect(zlibSizes.count == 2)
        for (input, zlibSize) in zip(inputs, zlibSizes) {
            let ours = Deflate.compress(input).count
            #expect(Double(ours) <= Double(zlibSize) * 1.02, "ours \(ours) vs zlib \(zlibSize)")
        }
    }

    /// Package-merge lengths respect the limit on skewed (Fibonacci) counts
    /// where a plain Huffman tree would be 25 deep, and form a complete code.
    @Test func codeLengthsAreLimitedAndComplete() {
        var fibonacci: [UInt32] = [1, 1]
        while fibonacci.count < 26 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        for limit in [7, 15] {
            let counts = Array(fibonacci.prefix(limit == 7 ? 19 : 26))
            let lengths = HuffmanLengths.lengths(counts, limit: limit)
            #expect(lengths.allSatisfy { $0 >= 1 && Int($0) <= limit })
            let kraft = lengths.reduce(0.0) { $0 + pow(2.0, -Double($1)) }
            #expect(kraft == 1.0)
            #expect(lengths.max() == UInt8(limit))
        }
        // Equal counts give equal lengths; a lone symbol still gets a partner.
        #expect(HuffmanLengths.lengths([5, 5, 5, 5], limit: 15) == [2, 2, 2, 2])
        #expect(HuffmanLengths.lengths([0, 0, 9], limit: 15) == [1, 0, 1])
        #expect(HuffmanLengths.reversedCodes([2, 1, 3, 3]) == [0b01, 0b0, 0b011, 0b111])
    }

    /// CRC-32 and Adler-32 match the standard check values and Python's
    /// zlib, in one call or fed in pieces.
    @Test func checksumsMatchZlib() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Adler32.checksum(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(CRC32.checksum([]) == 0 && Adler32.checksum([]) == 1)
        var inputs: [[UInt8]] = []
        for length in [1, 7, 8, 9, 15, 16, 17, 100, 5551, 5552, 5553, 100_000] {
            inputs.append(FormatsTestSupport.randomBytes(length, seed: UInt64(length)))
        }
        inputs.append([UInt8](repeating: 0xFF, count: 20_000))
        let script = FormatsTestSupport.pythonPacking + """
            open(sys.argv[2], 'wb').write(pack([struct.pack('>II', zlib.crc32(d), zlib.adler32(d)) for d in items]))
            """
        guard let packed = FormatsTestSupport.python(script, input: FormatsTestSupport.pack(inputs)) else { return }
        let expected = FormatsTestSupport.unpack(packed)
        #expect(expected.count == inputs.count)
        for (input, sums) in zip(inputs, expected) {
            let crc = sums[0..<4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let adler = sums[4..<8].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            #expect(CRC32.checksum(input) == crc, "crc of \(input.count) bytes")
            #expect(Adler32.checksum(input) == adler, "adler of \(input.count) bytes")
            var pieces = CRC32(), adlerPieces = Adler32()
            var offset = 0, step = 1
            while offset < input.count {
                let piece = Array(input[offset..<min(offset + step, input.count)])
                pieces.update(piece); adlerPieces.update(piece)
                offset += step
                step = step * 3 + 1
            }
            #expect(pieces.value == crc && adlerPieces.value == adler, "in pieces: \(input.count) bytes")
        }
    }
}
