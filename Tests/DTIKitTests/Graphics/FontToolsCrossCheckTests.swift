import Foundation
import Testing
@testable import DTIKit

/// The reader against an independent decoder: fontTools reads the same
/// embedded files and reports every glyph's points (composites resolved),
/// every advance, the character map and the kerning pairs; all must match.
///
/// fontTools is a Python package (`python3 -m pip install fonttools`). When
/// it is missing the test passes silently, unless DTI_REQUIRE_TOOLS=1 (CI),
/// where it fails.
@Suite("TrueType reader agrees with fontTools")
struct FontToolsCrossCheckTests {
    static let script = #"""
    import json, sys
    from fontTools.ttLib import TTFont
    font = TTFont(sys.argv[1])
    glyf = font["glyf"]
    order = font.getGlyphOrder()
    glyphs = []
    for name in order:
        coordinates, ends, flags = glyf[name].getCoordinates(glyf)
        glyphs.append({"x": [p[0] for p in coordinates], "y": [p[1] for p in coordinates],
                       "on": [bool(f & 1) for f in flags], "ends": list(ends)})
    kern = [[order.index(a), order.index(b), v] for t in font["kern"].kernTables for (a, b), v in t.kernTable.items()]
    json.dump({"advances": [font["hmtx"][n][0] for n in order],
               "cmap": {str(c): order.index(n) for c, n in font.getBestCmap().items()},
               "kern": kern, "glyphs": glyphs}, sys.stdout)
    """#

    struct Report: Decodable {
        struct Glyph: Decodable {
            var x: [Double]
            var y: [Double]
            var on: [Bool]
            var ends: [Int]
        }
        var advances: [Int]
        var cmap: [String: Int]
        var kern: [[Int]]
        var glyphs: [Glyph]
    }

    /// What fontTools reports about `bytes`, or nil when it is not installed.
    static func fontToolsReport(_ bytes: [UInt8]) throws -> Report? {
        let folder = NSTemporaryDirectory() + "dti-fonttools-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data(bytes).write(to: URL(fileURLWithPath: folder + "/font.ttf"))
        try script.write(toFile: folder + "/report.py", atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", folder + "/report.py", folder + "/font.ttf"]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus != 0 {
            if message.contains("No module named") { return nil }
            Issue.record("fontTools failed: \(message)")
            return nil
        }
        return try JSONDecoder().decode(Report.self, from: data)
    }

    @Test func glyphsAdvancesCharacterMapAndKerningMatchFontTools() throws {
        for bytes in [EmbeddedFonts.regular, EmbeddedFonts.bold] {
            guard let report = try Self.fontToolsReport(bytes) else {
                if ProcessInfo.processInfo.environment["DTI_REQUIRE_TOOLS"] == "1" {
                    Issue.record("fontTools is needed: python3 -m pip install fonttools")
                }
                return
            }
            let font = try TrueTypeFont(bytes: bytes)
            #expect(report.glyphs.count == font.glyphCount)
            for (number, expected) in report.glyphs.enumerated() {
                let glyph = GlyphID(UInt16(number))
                #expect(font.advanceWidth(glyph) == report.advances[number], "advance of \(glyph)")
                let points = try font.points(of: glyph)
                #expect(points.contourEnds == expected.ends, "\(glyph)")
                #expect(points.onCurve == expected.on, "\(glyph)")
                #expect(points.x == expected.x && points.y == expected.y, "points of \(glyph)")
            }
            for (code, number) in report.cmap {
                let scalar = try #require(UInt32(code).flatMap(Unicode.Scalar.init))
                #expect(font.glyph(for: scalar) == GlyphID(UInt16(number)), "U+\(String(scalar.value, radix: 16))")
            }
            #expect(report.cmap.count > 370)
            #expect(report.kern.count == font.kerningPairs.count)
            for pair in report.kern {
                #expect(font.kerning(GlyphID(UInt16(pair[0])), GlyphID(UInt16(pair[1]))) == pair[2])
            }
        }
    }
}
