import Testing
@testable import DTIKit

/// Hand-made bad streams: each way a DEFLATE or zlib stream can be wrong
/// gives its own error, never a crash.
@Suite("Inflate refuses bad streams")
struct InflateErrorTests {
    /// The error `bytes` give when inflated, or nil if they decode.
    static func failure(_ bytes: [UInt8], limit: Int = 1 << 20) -> InflateError? {
        do throws(InflateError) {
            _ = try Inflate.decompress(bytes, limit: limit)
            return nil
        } catch {
            return error
        }
    }

    static func zlibFailure(_ bytes: [UInt8], limit: Int = 1 << 20) -> InflateError? {
        do throws(InflateError) {
            _ = try Zlib.decompress(bytes, limit: limit)
            return nil
        } catch {
            return error
        }
    }

    static let fixedCodes = HuffmanLengths.reversedCodes(DeflateTables.fixedLiteralLengths)

    /// Writes literal/length symbol `symbol` with the fixed code.
    static func fixedSymbol(_ symbol: Int, to writer: inout BitWriter) {
        writer.write(UInt32(fixedCodes[symbol]), Int(DeflateTables.fixedLiteralLengths[symbol]))
    }

    /// A complete code-length code: symbols 0…12 get 4 bits, 13…18 get 5.
    static let codeLengthLengths: [UInt8] = Array(repeating: 4, count: 13) + Array(repeating: 5, count: 6)

    /// Starts a final dynamic block whose code lengths are sent one by one
    /// (`sequence` holds code-length symbols, with extra bits for 16–18).
    static func dynamicHeader(literalCount: Int, distanceCount: Int,
                              sequence: [(symbol: Int, extra: UInt32)], to writer: inout BitWriter) {
        writer.write(1 | 2 << 1, 3)
        writer.write(UInt32(literalCount - 257), 5)
        writer.write(UInt32(distanceCount - 1), 5)
        writer.write(19 - 4, 4)
        for index in 0..<19 { writer.write(UInt32(codeLengthLengths[DeflateTables.codeLengthOrder[index]]), 3) }
        let codes = HuffmanLengths.reversedCodes(codeLengthLengths)
        for (symbol, extra) in sequence {
            writer.write(UInt32(codes[symbol]), Int(codeLengthLengths[symbol]))
            switch symbol {
            case 16: writer.write(extra, 2)
            case 17: writer.write(extra, 3)
            case 18: writer.write(extra, 7)
            default: break
            }
        }
    }

    /// The code-length sequence sending `lengths` one symbol each.
    static func plain(_ lengths: [UInt8]) -> [(symbol: Int, extra: UInt32)] {
        lengths.map { (Int($0), 0) }
    }

    @Test func blockHeaderAndStoredBlockErrors() throws {
        #expect(Self.failure([]) == .truncated)
        #expect(Self.failure([0x07]) == .invalidBlockType)
        #expect(Self.failure([0x01, 0x05, 0x00, 0x00, 0x00, 1, 2, 3, 4, 5]) == .storedLengthMismatch)
        #expect(Self.failure([0x01, 0x05, 0x00, 0xFA, 0xFF, 0x41, 0x42]) == .truncated)
        #expect(Self.failure([0x01, 0x05, 0x00]) == .truncated)
        // A well-formed stored block decodes; a non-final one needs a successor.
        #expect(try Inflate.decompress([0x01, 0x02, 0x00, 0xFD, 0xFF, 0x41, 0x42], limit: 2) == [0x41, 0x42])
        #expect(Self.failure([0x00, 0x02, 0x00, 0xFD, 0xFF, 0x41, 0x42]) == .truncated)
        // Every proper prefix of a real stream is truncated, never decoded or crashed.
        let stream = Deflate.compress(FormatsTestSupport.vietnameseText(size: 3000))
        for cut in 0..<stream.count { #expect(Self.failure(Array(stream.prefix(cut))) == .truncated, "cut at \(cut)") }
    }

    @Test func fixedBlockErrors() throws {
        // A match before any output reaches too far back.
        var writer = BitWriter(capacity: 16)
        writer.write(1 | 1 << 1, 3)
        Self.fixedSymbol(257, to: &writer)     // length 3
        writer.write(0, 5)                      // distance 1
        Self.fixedSymbol(256, to: &writer)
        #expect(Self.failure(writer.finish()) == .distanceTooFar)

        // After one literal, distance 1 is fine and repeats it.
        writer = BitWriter(capacity: 16)
        writer.write(1 | 1 << 1, 3)
        Self.fixedSymbol(0x61, to: &writer)
        Self.fixedSymbol(258, to: &writer)     // length 4
        writer.write(0, 5)
        Self.fixedSymbol(256, to: &writer)
        #expect(try Inflate.decompress(writer.finish(), limit: 100) == Array("aaaaa".utf8))

        // Length symbols 286 and 287 exist in the fixed code but mean nothing.
        for symbol in [286, 287] {
            writer = BitWriter(capacity: 16)
            writer.write(1 | 1 << 1, 3)
            Self.fixedSymbol(0x61, to: &writer)
            Self.fixedSymbol(symbol, to: &writer)
            writer.write(0, 16)
            #expect(Self.failure(writer.finish()) == .invalidSymbol, "symbol \(symbol)")
        }
        // So do distance symbols 30 and 31.
        for distanceSymbol in [30, 31] {
            writer = BitWriter(capacity: 16)
            writer.write(1 | 1 << 1, 3)
            Self.fixedSymbol(0x61, to: &writer)
            Self.fixedSymbol(257, to: &writer)
            writer.write(UInt32(HuffmanLengths.reverse(UInt16(distanceSymbol), bits: 5)), 5)
            writer.write(0, 16)
            #expect(Self.failure(writer.finish()) == .invalidSymbol, "distance symbol \(distanceSymbol)")
        }
    }

    @Test func dynamicHeaderErrors() {
        // HLIT 30 means 287 literal/length codes: too many.
        var writer = BitWriter(capacity: 16)
        writer.write(1 | 2 << 1, 3); writer.write(30, 5); writer.write(0, 5); writer.write(0, 4); writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .tooManySymbols)
        // HDIST 30 means 31 distance codes: too many.
        writer = BitWriter(capacity: 16)
        writer.write(1 | 2 << 1, 3); writer.write(0, 5); writer.write(30, 5); writer.write(0, 4); writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .tooManySymbols)
        // Four code-length codes of 1 bit: over-subscribed.
        writer = BitWriter(capacity: 16)
        writer.write(1 | 2 << 1, 3); writer.write(0, 5); writer.write(0, 5); writer.write(0, 4)
        for _ in 0..<4 { writer.write(1, 3) }
        writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .overSubscribedCode)
        // A lone code-length code of 2 bits: incomplete, not allowed there.
        writer = BitWriter(capacity: 16)
        writer.write(1 | 2 << 1, 3); writer.write(0, 5); writer.write(0, 5); writer.write(0, 4)
        writer.write(2, 3); writer.write(0, 9)
        writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .incompleteCode)

        // Repeat-previous as the very first length: nothing to repeat.
        writer = BitWriter(capacity: 64)
        Self.dynamicHeader(literalCount: 257, distanceCount: 1, sequence: [(16, 0)], to: &writer)
        writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .badLengthRepeat)
        // A run of zeros past the last length.
        writer = BitWriter(capacity: 64)
        Self.dynamicHeader(literalCount: 257, distanceCount: 1, sequence: [(18, 127), (18, 127)], to: &writer)
        writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .badLengthRepeat)

        // Literal/length lengths without end-of-block.
        var lengths = [UInt8](repeating: 0, count: 258)
        lengths[0] = 1; lengths[1] = 1
        writer = BitWriter(capacity: 256)
        Self.dynamicHeader(literalCount: 257, distanceCount: 1, sequence: Self.plain(lengths), to: &writer)
        writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .missingEndOfBlock)
        // Two 2-bit literal codes: incomplete.
        lengths = [UInt8](repeating: 0, count: 258)
        lengths[0] = 2; lengths[256] = 2
        writer = BitWriter(capacity: 256)
        Self.dynamicHeader(literalCount: 257, distanceCount: 1, sequence: Self.plain(lengths), to: &writer)
        writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .incompleteCode)
        // Three 1-bit literal codes: over-subscribed.
        lengths = [UInt8](repeating: 0, count: 258)
        lengths[0] = 1; lengths[1] = 1; lengths[256] = 1
        writer = BitWriter(capacity: 256)
        Self.dynamicHeader(literalCount: 257, distanceCount: 1, sequence: Self.plain(lengths), to: &writer)
        writer.write(0, 32)
        #expect(Self.failure(writer.finish()) == .overSubscribedCode)
    }

    /// A lone 1-bit code (only end-of-block) is the one incomplete code
    /// allowed; its unused bit pattern is an invalid symbol.
    @Test func loneOneBitCode() throws {
        var lengths = [UInt8](repeating: 0, count: 258)
        lengths[256] = 1
        for (bit, expected) in [(UInt32(0), InflateError?.none), (1, .invalidSymbol)] {
            var writer = BitWriter(capacity: 256)
            Self.dynamicHeader(literalCount: 257, distanceCount: 1, sequence: Self.plain(lengths), to: &writer)
            writer.write(bit, 1)
            #expect(Self.failure(writer.finish()) == expected, "bit \(bit)")
        }
    }

    @Test func outputLimit() throws {
        let zeros = [UInt8](repeating: 0, count: 10_000)
        let compressed = Deflate.compress(zeros)
        #expect(Self.failure(compressed, limit: 9_999) == .outputLimitExceeded(limit: 9_999))
        #expect(Self.failure(compressed, limit: 0) == .outputLimitExceeded(limit: 0))
        #expect(FormatsTestSupport.mismatch(try Inflate.decompress(compressed, limit: 10_000), zeros) == nil)
        let stored = Deflate.compress(FormatsTestSupport.randomBytes(1000, seed: 1))
        #expect(Self.failure(stored, limit: 999) == .outputLimitExceeded(limit: 999))
    }

    @Test func zlibWrapperErrors() throws {
        let data = FormatsTestSupport.vietnameseText(size: 500)
        let good = Zlib.compress(data)
        #expect(try Zlib.decompress(good, limit: 500) == data)
        #expect(Self.zlibFailure([0x78]) == .truncated)
        #expect(Self.zlibFailure([0x78, 0x00] + good.dropFirst(2)) == .badZlibHeader)
        #expect(Self.zlibFailure([0x77, 0x9C] + good.dropFirst(2)) == .badZlibHeader)
        #expect(Self.zlibFailure([0x78, 0xBB] + good.dropFirst(2)) == .presetDictionary)
        var wrongSum = good
        wrongSum[wrongSum.count - 1] ^= 1
        #expect(Self.zlibFailure(wrongSum) == .checksumMismatch)
        #expect(Self.zlibFailure(good + [0]) == .trailingData)
        #expect(Self.zlibFailure(Array(good.dropLast())) == .truncated)
        #expect(!InflateError.checksumMismatch.message.isEmpty)
    }
}
