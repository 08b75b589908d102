import Testing
@testable import DTIKit
@testable import DTIBench

/// PNG files checked by an independent reader in Python's standard library.
@Suite("PNG encoder")
struct PNGEncoderTests {
    /// Decodes with the tests' independent PNG reader (`FormatsTestSupport.pngReader`):
    /// signature, chunk order (no PLTE outside palette images), every CRC,
    /// IHDR fields, IDAT inflated, each row's filter undone.
    static let reader = FormatsTestSupport.pngReader

    static func image(width: Int, height: Int, color: PNGEncoder.ColorType, seed: UInt64) -> [UInt8] {
        // Smooth gradients, flat areas and noise, so every filter gets picked.
        var random = SplitMix64(seed: seed)
        let channels = color.bytesPerPixel
        var pixels = [UInt8](repeating: 0, count: width * height * channels)
        for y in 0..<height {
            for x in 0..<width {
                for c in 0..<channels {
                    let value: Int
                    switch (y / 3) % 4 {
                    case 0: value = x * 7 + c * 40
                    case 1: value = y * 5 + x * 3 + c
                    case 2: value = 200
                    default: value = Int(random.next() % 256)
                    }
                    pixels[(y * width + x) * channels + c] = UInt8(truncatingIfNeeded: value)
                }
            }
        }
        return pixels
    }

    @Test func pythonReadsBackTheExactPixels() throws {
        var cases: [(width: Int, height: Int, color: PNGEncoder.ColorType, pixels: [UInt8])] = []
        for color in [PNGEncoder.ColorType.grey, .rgb, .rgba] {
            for (width, height) in [(1, 1), (3, 7), (7, 3), (180, 180)] {
                cases.append((width, height, color, Self.image(width: width, height: height, color: color, seed: UInt64(width * height))))
            }
        }
        cases.append((1200, 630, .rgba, FormatsTestSupport.card()))
        cases.append((601, 317, .rgb, FormatsTestSupport.card(width: 601, height: 317, channels: 3)))
        var files: [[UInt8]] = []
        for item in cases {
            let png = try PNGEncoder.encode(width: item.width, height: item.height, color: item.color, pixels: item.pixels)
            if item.width * item.height < 100_000 {   // (the large ones are slow to encode twice in a debug build)
                #expect(FormatsTestSupport.mismatch(try PNGEncoder.encode(width: item.width, height: item.height, color: item.color, pixels: item.pixels), png) == nil,
                        "deterministic")
            }
            files.append(png)
        }
        guard let packed = FormatsTestSupport.python(Self.reader, input: FormatsTestSupport.pack(files)) else { return }
        let decoded = FormatsTestSupport.unpack(packed)
        #expect(decoded.count == cases.count)
        for (item, result) in zip(cases, decoded) {
            let label = "\(item.width)×\(item.height) \(item.color)"
            var header: [UInt8] = []
            for value in [item.width, item.height, Int(item.color.code), item.color.bytesPerPixel] { header.appendBigEndian(UInt32(value)) }
            #expect(Array(result.prefix(16)) == header, "\(label) header")
            #expect(FormatsTestSupport.mismatch(Array(result.dropFirst(16)), item.pixels) == nil, "\(label) pixels")
        }
        // The card compresses well (it is mostly flat).
        #expect(files[files.count - 2].count < 60_000)
    }

    /// Each filter type is chosen where it is best, judged by our own
    /// reading of the filter bytes (the Python reader checks their effect).
    @Test func filterChoiceFollowsTheHeuristic() {
        // A flat first row: Sub (Paeth ties with it and ties go to the lower
        // type); a second row equal to the first: Up (all zeros).
        let width = 16
        var pixels = [UInt8](repeating: 50, count: width * 2)
        var rows = PNGEncoder.filteredRows(pixels, rowBytes: width, height: 2, bytesPerPixel: 1)
        #expect(rows[0] == 1 && rows[width + 1] == 2)
        #expect(Array(rows[1...width]) == [50] + [UInt8](repeating: 0, count: width - 1))
        // A horizontal ramp: Sub.
        pixels = (0..<width).map { UInt8($0 * 9) }
        rows = PNGEncoder.filteredRows(pixels, rowBytes: width, height: 1, bytesPerPixel: 1)
        #expect(rows[0] == 1)
        #expect(Array(rows[2...]) == [UInt8](repeating: 9, count: width - 1))
        #expect(PNGEncoder.paeth(10, 20, 10) == 20 && PNGEncoder.paeth(20, 10, 10) == 20 && PNGEncoder.paeth(5, 5, 5) == 5)
    }

    @Test func refusesBadSizes() {
        #expect(throws: PNGError.badDimensions(width: 0, height: 5)) {
            try PNGEncoder.encode(width: 0, height: 5, color: .rgb, pixels: [])
        }
        #expect(throws: PNGError.pixelCountMismatch(expected: 12, actual: 11)) {
            try PNGEncoder.encode(width: 2, height: 2, color: .rgb, pixels: [UInt8](repeating: 0, count: 11))
        }
        #expect(throws: PNGError.badDimensions(width: Int.max / 2, height: 3)) {
            try PNGEncoder.encode(width: Int.max / 2, height: 3, color: .rgba, pixels: [])
        }
    }
}
