import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// The encoder against two independent tools from PyPI: segno (an encoder:
/// same version, level and mask must give the same modules) and zxing-cpp
/// (a decoder: images of our symbols must read back as the input).
///
/// CI installs them (`pip install segno zxing-cpp`) and sets
/// `DTI_REQUIRE_TOOLS=1`; without them these tests skip, unless that is set.
@Suite("QR Code against segno and zxing-cpp")
struct QRCodeReferenceTests {
    /// segno 1.6.6 writes a whole extra 0x00 codeword when the bit stream
    /// already ends on a byte boundary (heuer/segno#148, open), where §7.4.10
    /// pads only up to the boundary; in byte mode that is every symbol. The
    /// script replaces that one function with the standard's rule before
    /// comparing; everything else (blocks, Reed–Solomon, placement, masks,
    /// format and version information) is segno's own.
    static let segnoScript = """
        import json, sys
        import segno, segno.encoder as encoder
        encoder.write_padding_bits = lambda buff, version, length: buff.extend([0] * (-length % 8))
        out = []
        for case in json.load(open(sys.argv[1])):
            symbol = segno.make_qr(bytes.fromhex(case['hex']), mode='byte', error=case['level'], version=case['version'],
                                   mask=case['mask'], boost_error=False)
            rows = [''.join('1' if module else '0' for module in row) for row in symbol.matrix]
            ours = tuple(bytearray(1 if c == '1' else 0 for c in row) for row in case['rows'])
            scores = encoder.mask_scores(ours, len(ours), len(ours))
            out.append({'rows': rows, 'version': symbol.version, 'mask': symbol.mask, 'level': symbol.error,
                        'scores': list(scores)})
        json.dump(out, open(sys.argv[2], 'w'))
        """

    /// Draws each matrix 4 pixels a module with a 4-module quiet zone into a
    /// greyscale image and returns what zxing-cpp reads from it.
    static let zxingScript = """
        import json, sys
        import numpy, zxingcpp
        out = []
        for case in json.load(open(sys.argv[1], encoding='utf-8')):
            rows, scale, quiet = case['rows'], 4, 4
            side = (len(rows) + 2 * quiet) * scale
            image = numpy.full((side, side), 255, numpy.uint8)
            for y, row in enumerate(rows):
                for x, module in enumerate(row):
                    if module == '1':
                        image[(y + quiet) * scale:(y + quiet + 1) * scale, (x + quiet) * scale:(x + quiet + 1) * scale] = 0
            found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            out.append([{'hex': r.bytes.hex(), 'text': r.text, 'level': r.ec_level,
                         'version': str(getattr(r, 'extra', {}).get('Version', '')),
                         'mask': str(getattr(r, 'extra', {}).get('DataMask', ''))} for r in found])
        json.dump(out, open(sys.argv[2], 'w', encoding='utf-8'), ensure_ascii=False)
        """

    static func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }

    /// Bytes that look like nothing in particular, the same on every run.
    static func pseudoRandomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    /// Every version at every level (one mask each, in turn), and every mask
    /// for a few inputs at versions around the table's turns (version
    /// information from 7, 16-bit counts from 10, version 32's alignment spacing).
    @Test func modulesMatchSegnoForEveryVersionLevelAndMask() throws {
        var cases: [(bytes: [UInt8], level: QRCode.ErrorCorrection, version: Int, mask: Int)] = []
        for (l, level) in QRCode.ErrorCorrection.allCases.enumerated() {
            for version in QRCodeTables.versions {
                let capacity = QRCodeTables.byteCapacity(version: version, correction: level)
                let count = [capacity, capacity / 2, 1, capacity - 1][(version + l) % 4]
                cases.append((Self.pseudoRandomBytes(count, seed: UInt64(version * 4 + l)), level, version, (version + l) % 8))
            }
        }
        let sweeps: [([UInt8], [Int])] = [(Array(QRCodeTests.permalink.utf8), [4, 7, 10, 32]),
                                          (Array("https://dti.haugiang.gov.vn/đơn-vị/sở-tư-pháp/".utf8), [5, 14]), ([0x00], [1, 40])]
        for (bytes, versions) in sweeps {
            for version in versions {
                for mask in 0..<8 { cases.append((bytes, .medium, version, mask)) }
            }
        }
        var input: [[String: Any]] = []
        var ours: [QRCode] = []
        for c in cases {
            let code = try QRCode.encode(c.bytes, correction: c.level, version: c.version, mask: c.mask)
            ours.append(code)
            input.append(["hex": Self.hex(c.bytes), "level": c.level.letter.lowercased(), "version": c.version, "mask": c.mask,
                          "rows": QRCodeTestSupport.rows(code)])
        }
        guard let output = try QRCodeTestSupport.runPython(needing: ["segno"], script: Self.segnoScript, input: input) else { return }
        let results = try #require(output as? [[String: Any]])
        try #require(results.count == cases.count)
        for (i, result) in results.enumerated() {
            let c = cases[i], code = ours[i]
            let label = "\(c.level.letter) version \(c.version) mask \(c.mask), \(c.bytes.count) bytes"
            let version = result["version"] as? Int, mask = result["mask"] as? Int, level = result["level"] as? String
            #expect(version == c.version && mask == c.mask && level == c.level.letter, "\(label)")
            #expect(result["rows"] as? [String] == QRCodeTestSupport.rows(code), "\(label)")
            // segno's penalty rules scored on our symbol: runs, squares and
            // balance must agree exactly. segno skips a finder-like pattern
            // that overlaps one it has just counted, so it may count fewer.
            let scores = try #require(result["scores"] as? [Int])
            let rules = QRCodePenalty.rules(code.modules, size: code.size)
            let agreeing: [Int] = [rules.runs, rules.blocks, rules.balance]
            #expect([scores[0], scores[1], scores[3]] == agreeing, "\(label)")
            #expect(scores[2] <= rules.finderLike && scores[2] % 40 == 0, "\(label)")
        }
    }

    /// Symbols (with the encoder's own choice of version and mask) read back
    /// by zxing-cpp as exactly the bytes put in, and text as the same text.
    @Test func zxingReadsBackWhatWasEncoded() throws {
        var cases: [(bytes: [UInt8], text: String?, level: QRCode.ErrorCorrection)] = []
        for slug in ["so-tu-phap", "so-thong-tin-va-truyen-thong", "ubnd-huyen-chau-thanh-a", "ubnd-thanh-pho-vi-thanh"] {
            let url = "https://dti.haugiang.gov.vn/don-vi/\(slug)/"
            cases.append((Array(url.utf8), url, .medium))
        }
        for text in ["https://dti.haugiang.gov.vn/đơn-vị/sở-tư-pháp/?tên=Sở%20Tư%20pháp&năm=2023#điểm",
                     "https://dti.haugiang.gov.vn/don-vi/s%E1%BB%9F-t%C6%B0-ph%C3%A1p/",
                     "Chỉ số chuyển đổi số năm 2023 của Sở Tư pháp tỉnh Hậu Giang đạt 187,39 điểm, xếp loại Tốt.", "x"] {
            cases.append((Array(text.utf8), text, .medium))
        }
        for level in QRCode.ErrorCorrection.allCases {
            cases.append((Array(QRCodeTests.permalink.utf8), QRCodeTests.permalink, level))
        }
        cases.append(([0xFF], nil, .medium))
        // Either side of the capacity of versions 1, 2, 9 (the last with an
        // 8-bit count) and 26 at level M, as bytes of every value.
        for version in [1, 2, 9, 26] {
            let capacity = QRCodeTables.byteCapacity(version: version, correction: .medium)
            for count in [capacity, capacity + 1] { cases.append((Self.pseudoRandomBytes(count, seed: UInt64(count)), nil, .medium)) }
        }
        let long = String(repeating: "https://dti.haugiang.gov.vn/don-vi/so-tu-phap/#", count: 21)   // 1008 bytes
        cases.append((Array(long.utf8), long, .medium))
        cases.append((Self.pseudoRandomBytes(2331, seed: 40), nil, .medium))   // version 40, full

        var codes = try cases.map { try QRCode.encode($0.bytes, correction: $0.level) }
        var input = codes.map { ["rows": QRCodeTestSupport.rows($0)] }
        // The SVG's path, rasterised back, must read the same as the permalink.
        var html = HTML()
        QRCodeSVG(code: codes[0], id: "qr", title: "QR").render(into: &html)
        let d = try #require(html.string.components(separatedBy: " d=\"").last?.components(separatedBy: "\"").first)
        let drawn = try QRCodeTestSupport.rasterise(pathData: d, side: codes[0].size + 8)
        input.append(["rows": drawn[4..<(drawn.count - 4)].map { String($0[4..<($0.count - 4)].map { $0 ? "1" : "0" }) }])
        cases.append(cases[0])
        codes.append(codes[0])

        guard let output = try QRCodeTestSupport.runPython(needing: ["numpy", "zxingcpp"], script: Self.zxingScript, input: input) else { return }
        let results = try #require(output as? [[[String: Any]]])
        try #require(results.count == cases.count)
        #expect(codes.map(\.version).max() == 40)
        for (i, found) in results.enumerated() {
            let c = cases[i], code = codes[i]
            let label = "case \(i): \(c.bytes.count) bytes, version \(code.version), level \(c.level.letter)"
            guard let read = found.first, found.count == 1 else { Issue.record("\(label): read \(found.count) symbols"); continue }
            #expect(read["hex"] as? String == Self.hex(c.bytes), "\(label)")
            if let text = c.text { #expect(read["text"] as? String == text, "\(label)") }
            #expect(read["level"] as? String == c.level.letter, "\(label)")
            for (key, value) in [("version", code.version), ("mask", code.mask)] where (read[key] as? String) != "" {
                #expect(read[key] as? String == String(value), "\(label) \(key)")
            }
        }
    }
}
