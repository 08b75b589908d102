import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// Inputs and an independent checker (Python's standard library) shared by
/// the format tests.
enum FormatsTestSupport {
    /// Runs `script` with python3, handing it `input` as the file named by
    /// `sys.argv[1]`; returns the bytes it writes to the file `sys.argv[2]`,
    /// or nil (with the failure recorded) when it exits with an error.
    static func python(_ script: String, input: [UInt8], sourceLocation: Testing.SourceLocation = #_sourceLocation) -> [UInt8]? {
        let folder = TestSupport.temporaryDirectory("dti-formats")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let inputPath = folder + "/input", outputPath = folder + "/output", scriptPath = folder + "/check.py"
        do {
            try Data(input).write(to: URL(fileURLWithPath: inputPath))
            try script.write(toFile: scriptPath, atomically: false, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", scriptPath, inputPath, outputPath]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            guard process.terminationStatus == 0 else {
                Issue.record("python3 failed (\(process.terminationStatus)): \(message)", sourceLocation: sourceLocation)
                return nil
            }
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: outputPath)))
        } catch {
            Issue.record("could not run python3: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Vietnamese UTF-8 text of about `size` bytes, varied so that it is
    /// neither random nor one repeated sentence.
    static func vietnameseText(size: Int, seed: UInt64 = 84) -> [UInt8] {
        let words = ["Sở", "Tư", "pháp", "chuyển", "đổi", "số", "chỉ", "số", "đánh", "giá", "mức", "độ", "của", "các",
                     "cơ", "quan", "nhà", "nước", "tỉnh", "thành", "phố", "trực", "thuộc", "trung", "ương", "năm", "2022",
                     "hạ", "tầng", "nền", "tảng", "nhận", "thức", "thể", "chế", "nhân", "lực", "an", "toàn", "thông", "tin",
                     "hoạt", "động", "chính", "quyền", "kinh", "tế", "xã", "hội", "Ủy", "ban", "nhân", "dân", "huyện",
                     "xếp", "hạng", "điểm", "tổng", "Quyết", "định", "số", "QĐ-BTTTT", "Hướng", "dẫn", "dịch", "vụ", "công",
                     "trực", "tuyến", "toàn", "trình", "một", "phần", "Đắk", "Lắk", "Bà", "Rịa", "Vũng", "Tàu", "Thừa",
                     "Thiên", "Huế", "người", "dân", "doanh", "nghiệp", "được", "phục", "vụ", "tốt", "hơn"]
        var random = SplitMix64(seed: seed)
        var text: [UInt8] = []
        text.reserveCapacity(size + 64)
        var sentence = 0
        while text.count < size {
            let word = words[Int(random.next() % UInt64(words.count))]
            if sentence == 0, let first = word.first { text += Array(String(first).uppercased().utf8) + Array(word.dropFirst().utf8) } else { text += Array(word.utf8) }
            sentence += 1
            if sentence > 6 && random.next() % 8 == 0 {
                text += Array((random.next() % 5 == 0 ? ".\n" : ". ").utf8)
                if random.next() % 3 == 0 { text += Array("Điểm: \(random.next() % 1000),\(random.next() % 100). ".utf8) }
                sentence = 0
            } else {
                text.append(random.next() % 11 == 0 ? 0x2C : 0x20)
                if text.last == 0x2C { text.append(0x20) }
            }
        }
        return Array(text.prefix(size))
    }

    /// `count` bytes from a seeded generator: incompressible.
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        var bytes = [UInt8](repeating: 0, count: count)
        var index = 0
        while index < count {
            var word = random.next()
            for _ in 0..<8 where index < count { bytes[index] = UInt8(truncatingIfNeeded: word); word >>= 8; index += 1 }
        }
        return bytes
    }

    /// A synthetic social card: a solid background, a few rectangles, and
    /// bands of anti-aliased "text" (random 5×7 glyphs scaled up with soft
    /// edges, blended over the background).
    static func card(width: Int = 1200, height: Int = 630, channels: Int = 4, seed: UInt64 = 630) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        let background: [UInt8] = [0x0B, 0x3D, 0x91, 0xFF], panel: [UInt8] = [0xF4, 0xF6, 0xFA, 0xFF]
        let accent: [UInt8] = [0xDA, 0x25, 0x1D, 0xFF], ink: [UInt8] = [0x1A, 0x1A, 0x2E, 0xFF]
        var pixels = [UInt8](repeating: 0, count: width * height * channels)
        func fill(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ color: [UInt8]) {
            for y in max(0, y0)..<min(height, y1) {
                for x in max(0, x0)..<min(width, x1) {
                    for c in 0..<channels { pixels[(y * width + x) * channels + c] = color[c] }
                }
            }
        }
        fill(0, 0, width, height, background)
        fill(width / 16, height / 8, width - width / 16, height - height / 8, panel)
        fill(width / 16, height / 8, width / 16 + width / 60 + 1, height - height / 8, accent)
        fill(width - width / 5, height - height / 4, width - width / 10, height - height / 6, accent)
        // Text bands: glyph cells 12×16 px, a 5×7 bitmap per glyph, soft edges.
        var bandTop = height / 8 + 30
        while bandTop + 20 < height - height / 8 - 40 {
            var x = width / 16 + 40
            while x + 12 < width - width / 16 - 40 {
                if random.next() % 7 == 0 { x += 12; continue }
                let bits = random.next()
                for gy in 0..<16 {
                    for gx in 0..<12 {
                        // Coverage from the four nearest bitmap cells (a blurred bitmap).
                        var coverage = 0
                        for (dx, dy) in [(0, 0), (1, 0), (0, 1), (1, 1)] {
                            let bx = min(4, (gx + dx) * 5 / 12), by = min(6, (gy + dy) * 7 / 16)
                            if bits >> UInt64(by * 5 + bx) & 1 == 1 { coverage += 64 }
                        }
                        coverage = min(255, coverage)
                        guard coverage > 0 else { continue }
                        let offset = ((bandTop + gy) * width + x + gx) * channels
                        for c in 0..<channels {
                            pixels[offset + c] = UInt8((Int(ink[c]) * coverage + Int(panel[c]) * (255 - coverage)) / 255)
                        }
                    }
                }
                x += 12
            }
            bandTop += 44
        }
        return pixels
    }
}

extension FormatsTestSupport {
    /// Nil when `a` and `b` are equal; otherwise a short description of
    /// the first difference. Large buffers are compared with this, since
    /// a failed `==` on them would print (and diff) every byte.
    static func mismatch(_ a: [UInt8], _ b: [UInt8]) -> String? {
        if a == b { return nil }
        let first = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        return "\(a.count) vs \(b.count) bytes, first difference at \(first)"
    }

    /// Items joined as [4-byte big-endian length][bytes]…, the way the Python
    /// helpers exchange several buffers through one file.
    static func pack(_ items: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = []
        for item in items {
            out.appendBigEndian(UInt32(item.count))
            out += item
        }
        return out
    }

    /// The inverse of `pack`.
    static func unpack(_ bytes: [UInt8]) -> [[UInt8]] {
        var items: [[UInt8]] = []
        var offset = 0
        while offset + 4 <= bytes.count {
            let length = Int(bytes[offset]) << 24 | Int(bytes[offset + 1]) << 16 | Int(bytes[offset + 2]) << 8 | Int(bytes[offset + 3])
            offset += 4
            guard offset + length <= bytes.count else { break }
            items.append(Array(bytes[offset..<(offset + length)]))
            offset += length
        }
        return items
    }

    /// Python helpers for `pack`ed files, prepended to the scripts.
    /// The PNG reader of the tests, in Python's standard library and
    /// independent of dti: signature,
    /// chunk order, every CRC, IHDR, PLTE for a palette image, every row's
    /// filter undone, palette indices looked up. Returns width, height,
    /// colour type, channels of the result (3 for palette and RGB, 4 for
    /// RGBA) and the pixels.
    static let pngReader = pythonPacking + """
        def decode(png):
            assert png[:8] == b'\\x89PNG\\r\\n\\x1a\\n', 'signature'
            offset, chunks = 8, []
            while offset < len(png):
                (length,) = struct.unpack('>I', png[offset:offset + 4])
                kind, data = png[offset + 4:offset + 8], png[offset + 8:offset + 8 + length]
                (crc,) = struct.unpack('>I', png[offset + 8 + length:offset + 12 + length])
                assert zlib.crc32(kind + data) == crc, 'crc of %r' % kind
                chunks.append((kind, data)); offset += 12 + length
            assert offset == len(png), 'bytes after IEND'
            kinds = [k for k, _ in chunks]
            assert kinds[0] == b'IHDR' and kinds[-1] == b'IEND', kinds
            width, height, depth, color, method, filters, interlace = struct.unpack('>IIBBBBB', chunks[0][1])
            assert depth == 8 and method == 0 and filters == 0 and interlace == 0
            palette = None
            if color == 3:
                assert kinds[1] == b'PLTE', 'PLTE right after IHDR'
                palette = chunks[1][1]
                assert len(palette) % 3 == 0 and 3 <= len(palette) <= 768
            # A palette image has its PLTE; any other has no chunk but these three.
            assert set(kinds) == ({b'IHDR', b'PLTE', b'IDAT', b'IEND'} if color == 3 else {b'IHDR', b'IDAT', b'IEND'}), kinds
            channels = {0: 1, 2: 3, 3: 1, 6: 4}[color]
            raw = zlib.decompress(b''.join(d for k, d in chunks if k == b'IDAT'))
            stride = width * channels
            assert len(raw) == height * (stride + 1), 'size of image data'
            out, previous = bytearray(), bytearray(stride)
            for y in range(height):
                kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
                if kind == 1:
                    for x in range(channels, stride): line[x] = (line[x] + line[x - channels]) & 0xFF
                elif kind == 2:
                    line = bytearray((x + y) & 0xFF for x, y in zip(line, previous))
                elif kind == 3:
                    for x in range(stride):
                        a = line[x - channels] if x >= channels else 0
                        line[x] = (line[x] + (a + previous[x]) // 2) & 0xFF
                elif kind == 4:
                    for x in range(stride):
                        a = line[x - channels] if x >= channels else 0
                        b, c = previous[x], previous[x - channels] if x >= channels else 0
                        pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                        line[x] = (line[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 0xFF
                elif kind != 0: raise SystemExit('bad filter type %d' % kind)
                out += line; previous = line
            if palette is not None:
                assert max(out) * 3 < len(palette), 'index outside the palette'
                out = b''.join(palette[3 * i:3 * i + 3] for i in out)
                channels = 3
            return struct.pack('>IIII', width, height, color, channels) + bytes(out)
        open(sys.argv[2], 'wb').write(pack([decode(png) for png in items]))
        """

    static let pythonPacking = """
        import sys, struct, zlib
        def unpack(data):
            items, offset = [], 0
            while offset < len(data):
                (n,) = struct.unpack('>I', data[offset:offset + 4]); offset += 4
                items.append(data[offset:offset + n]); offset += n
            return items
        def pack(items):
            return b''.join(struct.pack('>I', len(item)) + item for item in items)
        items = unpack(open(sys.argv[1], 'rb').read())

        """

    /// The DEFLATE test corpus: named inputs covering empty, tiny, text,
    /// repetitive, incompressible, multi-block and image-like data.
    static func deflateCorpus() -> [(name: String, bytes: [UInt8])] {
        let text = vietnameseText(size: 20_000)
        var imageLike = [UInt8](repeating: 0xF0, count: 200_000)
        var random = SplitMix64(seed: 5)
        for index in stride(from: 0, to: imageLike.count, by: 1) where (index / 4000) % 5 == 3 {
            imageLike[index] = UInt8(truncatingIfNeeded: random.next() % 24) &+ 0x40   // a noisy band
        }
        for index in 90_000..<110_000 { imageLike[index] = 0x12 }
        var large: [UInt8] = vietnameseText(size: 600_000, seed: 9)
        large += randomBytes(150_000, seed: 10)
        large += [UInt8](repeating: 0, count: 200_000)
        large += vietnameseText(size: 200_000, seed: 11)
        return [
            ("empty", []),
            ("one byte", [0x41]),
            ("two bytes", [0x00, 0xFF]),
            ("Vietnamese text", text),
            ("repetitive", Array(String(repeating: "Chỉ số DTI 2022; ", count: 4000).utf8)),
            ("one byte repeated", [UInt8](repeating: 7, count: 100_000)),
            ("random", randomBytes(70_000, seed: 3)),
            ("over 64 KiB text", vietnameseText(size: 70_000, seed: 4)),
            ("image-like", imageLike),
            ("over 1 MiB mixed", large),
        ]
    }
}
