import Foundation
import Testing
@testable import DTIKit

/// Known answers for the QR Code encoder that need no other tool: the
/// standard's own tables and worked example, and one whole symbol checked
/// once against segno and zxing-cpp and committed here. The comparisons
/// with those tools on many symbols are in `QRCodeReferenceTests`.
@Suite("QR Code encoder")
struct QRCodeTests {
    static let permalink = "https://dti.haugiang.gov.vn/don-vi/so-tu-phap/"

    /// `permalink` at level M: version 4, mask 0 (lowest penalty). Equal to
    /// segno 1.6.6's symbol for version 4, mask 0 (with its padding fixed,
    /// see `QRCodeReferenceTests`) and read back by zxing-cpp 3.1.1.
    static let permalinkSymbol = """
        #######.....####.###..##..#######
        #.....#.#.#...##..##.#.#..#.....#
        #.###.#....#.##..###..#.#.#.###.#
        #.###.#..#...######.#...#.#.###.#
        #.###.#.###.###.#.#.#.##..#.###.#
        #.....#..#.##.###.####.##.#.....#
        #######.#.#.#.#.#.#.#.#.#.#######
        ..........#..###.###.###.........
        #.#.#.#...##.#..##..##..#...#..#.
        ..#.##.#.#.###..##....#.####...##
        ##.####.#..#..#...#..#..####..###
        ###.##...######.###.###.##..#..##
        ##....#..###..###.#.#.######.#.##
        ..###..#....#####.####..#.#..##.#
        .#.#..##..########.##...##.######
        ##...#.#.#..#.#.###.####..#.##.#.
        ####..#....##.####.###.####......
        ...##...###.##....#.#....###....#
        .##...##.#####..##..##...##...###
        ..####.#..###...#...#..#...##....
        ##..#.####....##...#...##.#..#.#.
        ..###.......##.#.#.#.#..####..###
        #...#.#.##....#..#...#..####.#.##
        .#.##...##...#.#.#.#.###.#..#..##
        #.#...##.#.#.##.###.##..######.#.
        ........#.##.#..##..##.##...##.##
        #######..#..#...#.#...###.#.#.#.#
        #.....#..##..##.####.##.#...#..##
        #.###.#.#.##..#.#.#.#.#.######.#.
        #.###.#.....##.##.###.##....##.##
        #.###.#.##.##.####.##.####..##..#
        #.....#..#.##...##..###.#.#.#..#.
        #######.#...####.#.###.####.#..##
        """

    @Test func permalinkSymbolIsTheKnownAnswer() throws {
        let code = try QRCode.encode(Self.permalink)
        #expect(code.version == 4 && code.size == 33 && code.mask == 0 && code.correction == .medium)
        let expected = Self.permalinkSymbol.split(separator: "\n").map { $0.replacingOccurrences(of: "#", with: "1").replacingOccurrences(of: ".", with: "0") }
        #expect(QRCodeTestSupport.rows(code) == expected)
        #expect(!code.isDark(x: -1, y: 0) && !code.isDark(x: 0, y: 33) && code.isDark(x: 0, y: 0))
    }

    /// ISO/IEC 18004 Table C.1: the 15 format bits for every level and mask,
    /// and where they sit: both copies read back from encoded symbols.
    @Test func formatInformationMatchesTableC1() throws {
        let table: [QRCode.ErrorCorrection: [Int]] = [
            .low: [0x77C4, 0x72F3, 0x7DAA, 0x789D, 0x662F, 0x6318, 0x6C41, 0x6976],
            .medium: [0x5412, 0x5125, 0x5E7C, 0x5B4B, 0x45F9, 0x40CE, 0x4F97, 0x4AA0],
            .quartile: [0x355F, 0x3068, 0x3F31, 0x3A06, 0x24B4, 0x2183, 0x2EDA, 0x2BED],
            .high: [0x1689, 0x13BE, 0x1CE7, 0x19D0, 0x0762, 0x0255, 0x0D0C, 0x083B],
        ]
        for (level, patterns) in table {
            for mask in 0..<8 {
                #expect(QRCodeTables.formatBits(correction: level, mask: mask) == patterns[mask], "\(level) \(mask)")
                let code = try QRCode.encode(Array("format".utf8), correction: level, version: 2, mask: mask)
                let n = code.size
                // Copy 1: bits 14…9 along row 8, bits 8, 7 at the corner, bits 6…0 up column 8.
                let first: [(Int, Int)] = [(0, 8), (1, 8), (2, 8), (3, 8), (4, 8), (5, 8), (7, 8), (8, 8),
                                           (8, 7), (8, 5), (8, 4), (8, 3), (8, 2), (8, 1), (8, 0)]
                // Copy 2: bits 14…8 up from the bottom of column 8, bits 7…0 along row 8 to the right edge.
                let second: [(Int, Int)] = (0..<7).map { (8, n - 1 - $0) } + (0..<8).map { (n - 8 + $0, 8) }
                for copy in [first, second] {
                    let read = copy.reduce(0) { $0 << 1 | (code.isDark(x: $1.0, y: $1.1) ? 1 : 0) }
                    #expect(read == patterns[mask], "\(level) mask \(mask)")
                }
                #expect(code.isDark(x: 8, y: n - 8), "dark module")
            }
        }
    }

    /// ISO/IEC 18004 Table D.1, and the two copies in a version 7 symbol.
    @Test func versionInformationMatchesTableD1() throws {
        let table = [7: 0x07C94, 8: 0x085BC, 9: 0x09A99, 10: 0x0A4D3, 21: 0x15683, 32: 0x209D5, 40: 0x28C69]
        for (version, bits) in table { #expect(QRCodeTables.versionBits(version: version) == bits, "\(version)") }
        let code = try QRCode.encode(Array(repeating: 0x41, count: 110), correction: .medium)
        #expect(code.version == 7)
        var topRight = 0, bottomLeft = 0
        for i in stride(from: 17, through: 0, by: -1) {
            let along = code.size - 11 + i % 3, across = i / 3
            topRight = topRight << 1 | (code.isDark(x: along, y: across) ? 1 : 0)
            bottomLeft = bottomLeft << 1 | (code.isDark(x: across, y: along) ? 1 : 0)
        }
        #expect(topRight == 0x07C94 && bottomLeft == 0x07C94)
    }

    /// The worked example of ISO/IEC 18004 Annex I ("01234567", 1-M) and the
    /// degree-7 generator polynomial listed in Annex A.
    @Test func reedSolomonMatchesTheStandardsExample() {
        let data: [UInt8] = [0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11]
        #expect(ReedSolomonEncoder(degree: 10).remainder(of: data[...]) == [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55])
        let alphaPowers = [87, 229, 146, 149, 238, 102, 21]
        #expect(ReedSolomonEncoder(degree: 7).coefficients == alphaPowers.map { GaloisField256.exp[$0] })
        #expect(GaloisField256.multiply(0x80, 0x02) == 0x1D && GaloisField256.multiply(0, 0x53) == 0)
    }

    /// Table 7's byte-mode capacities, Table 1's codeword totals, and the
    /// rule for data modules agreeing with a count on each built matrix.
    @Test func capacitiesMatchTheStandardsTables() {
        let medium = [14, 26, 42, 62, 84, 106, 122, 152, 180, 213, 251, 287, 331, 362, 412, 450, 504, 560, 624, 666,
                      711, 779, 857, 911, 997, 1059, 1125, 1190, 1264, 1370, 1452, 1538, 1628, 1722, 1809, 1911, 1989, 2099, 2213, 2331]
        #expect(QRCodeTables.versions.map { QRCodeTables.byteCapacity(version: $0, correction: .medium) } == medium)
        #expect([QRCode.ErrorCorrection.low, .quartile, .high].map { QRCodeTables.byteCapacity(version: 1, correction: $0) } == [17, 11, 7])
        #expect(QRCode.ErrorCorrection.allCases.map { QRCode.maximumByteCount(correction: $0) } == [2953, 2331, 1663, 1273])
        for (version, codewords) in [1: 26, 2: 44, 7: 196, 14: 581, 21: 1156, 40: 3706] {
            #expect(QRCodeTables.rawDataModules(version: version) / 8 == codewords, "\(version)")
        }
        #expect(QRCodeTables.blockLayout(version: 5, correction: .quartile)
                == QRCodeTables.BlockLayout(blocks: 4, shortBlocks: 2, shortDataLength: 15, eccLength: 18))
        for version in QRCodeTables.versions {
            let free = QRCodeMatrix(version: version).reservedCount(false)
            #expect(free == QRCodeTables.rawDataModules(version: version), "version \(version)")
        }
    }

    /// Annex E's alignment pattern rows, including version 32's odd spacing.
    @Test func alignmentCentresMatchAnnexE() {
        let table = [1: [], 2: [6, 18], 6: [6, 34], 7: [6, 22, 38], 14: [6, 26, 46, 66], 16: [6, 26, 50, 74],
                     32: [6, 34, 60, 86, 112, 138], 36: [6, 24, 50, 76, 102, 128, 154], 40: [6, 30, 58, 86, 114, 142, 170]]
        for (version, centres) in table { #expect(QRCodeTables.alignmentCentres(version: version) == centres, "\(version)") }
    }

    /// A full symbol's bytes pick that version, one byte more the next one,
    /// for every level; past version 40 there is none. Whole symbols are
    /// made either side of a few boundaries (the count grows to 16 bits at 10).
    @Test func smallestVersionThatFitsIsChosen() throws {
        for level in QRCode.ErrorCorrection.allCases {
            for version in QRCodeTables.versions {
                let capacity = QRCodeTables.byteCapacity(version: version, correction: level)
                #expect(QRCode.smallestVersion(byteCount: capacity, correction: level) == version)
                #expect(QRCode.smallestVersion(byteCount: capacity + 1, correction: level) == (version < 40 ? version + 1 : nil))
            }
        }
        for (count, version) in [(0, 1), (1, 1), (14, 1), (15, 2), (180, 9), (181, 10), (2213, 39), (2214, 40)] {
            #expect(try QRCode.encode(Array(repeating: 0x61, count: count)).version == version, "\(count) bytes")
        }
    }

    @Test func tooLongDataThrowsWithAVietnameseMessage() throws {
        #expect(throws: QRCodeError.dataTooLong(byteCount: 2332, maximum: 2331, correction: .medium)) {
            try QRCode.encode(Array(repeating: 0x61, count: 2332))
        }
        #expect(throws: QRCodeError.dataTooLong(byteCount: 1274, maximum: 1273, correction: .high)) {
            try QRCode.encode(Array(repeating: 0x61, count: 1274), correction: .high)
        }
        #expect(throws: QRCodeError.dataTooLong(byteCount: 50, maximum: 14, correction: .medium)) {
            try QRCode.encode(Array(repeating: 0x61, count: 50), correction: .medium, version: 1, mask: 0)
        }
        #expect(throws: QRCodeError.unsupportedSymbol(version: 41, mask: 0)) {
            try QRCode.encode([1], correction: .medium, version: 41, mask: 0)
        }
        #expect(throws: QRCodeError.unsupportedSymbol(version: 1, mask: 8)) {
            try QRCode.encode([1], correction: .medium, version: 1, mask: 8)
        }
        let message = QRCodeError.dataTooLong(byteCount: 2400, maximum: 2331, correction: .medium).description
        #expect(message.contains("quá dài") && message.contains("2400 byte") && message.contains("tối đa 2331 byte") && message.contains("mức sửa lỗi M"))
        #expect(try QRCode.encode(Array(repeating: 0x61, count: 2331)).version == 40)
    }

    /// Builds a square module grid from rows of `1` and `0` (or `#` and `.`).
    static func grid(_ rows: [String]) -> [UInt8] {
        rows.flatMap { $0.map { $0 == "1" || $0 == "#" ? UInt8(1) : 0 } }
    }

    /// The four penalty rules on grids small enough to count by hand.
    @Test func penaltyRulesScoreHandCountedGrids() {
        let light = String(repeating: "0", count: 21)
        let empty = [String](repeating: light, count: 21)
        // 42 lines of one 21-module run: 42 × (3 + 16); 20 × 20 light squares × 3;
        // no dark module: 50 % away from half, 10 whole 5 % steps.
        #expect(QRCodePenalty.rules(Self.grid(empty), size: 21) == (798, 1200, 0, 100))
        let checkerboard = (0..<21).map { y in String((0..<21).map { (y + $0) % 2 == 0 ? "1" : "0" }) }
        // 221 of 441 dark: 50,1 %.
        #expect(QRCodePenalty.rules(Self.grid(checkerboard), size: 21) == (0, 0, 0, 0))

        // One finder-like pattern at the left edge of row 10: outside the
        // symbol is light, so it counts. Runs: row 10 ends in 14 light (12),
        // 20 empty rows (20 × 19), 5 columns split 10 + 1 + 10 (5 × 16),
        // 16 empty columns (16 × 19). Squares: 7 of the 2 × 20 touching row
        // 10's dark modules are mixed. 5 dark of 441: 9 whole steps.
        var edge = empty
        edge[10] = "1011101" + String(repeating: "0", count: 14)
        #expect(QRCodePenalty.rules(Self.grid(edge), size: 21) == (776, 1158, 40, 90))
        let transposed = (0..<21).map { x in String((0..<21).map { y in Array(edge[y])[x] }) }
        #expect(QRCodePenalty.rules(Self.grid(transposed), size: 21) == (776, 1158, 40, 90))

        // Two patterns sharing a module, each with its own light side: both count.
        var overlapping = empty
        overlapping[3] = "0000" + "1011101011101" + "0000"
        #expect(QRCodePenalty.rules(Self.grid(overlapping), size: 21).finderLike == 80)
        // A pattern with a dark module within four on both sides does not count.
        var crowded = empty
        crowded[3] = "001" + "00" + "1011101" + "0" + "1" + String(repeating: "0", count: 7)
        #expect(QRCodePenalty.rules(Self.grid(crowded), size: 21).finderLike == 0)
    }

    /// The mask used is the first of the eight with the lowest penalty.
    @Test func maskWithTheLowestPenaltyIsChosen() throws {
        var chosen = Set<Int>()
        for text in [Self.permalink, "a", "Sở Tư pháp", String(repeating: "dti/", count: 60), "https://dti.haugiang.gov.vn/don-vi/ubnd-huyen-chau-thanh-a/"] {
            let code = try QRCode.encode(text)
            let penalties = try (0..<8).map { mask in
                let forced = try QRCode.encode(Array(text.utf8), correction: .medium, version: code.version, mask: mask)
                return QRCodePenalty.score(forced.modules, size: forced.size)
            }
            let lowest = penalties.min()!
            #expect(code.mask == penalties.firstIndex(of: lowest), "\(text): \(penalties)")
            #expect(try QRCode.encode(Array(text.utf8), correction: .medium, version: code.version, mask: code.mask) == code)
            chosen.insert(code.mask)
        }
        #expect(chosen.count > 1, "the choice depends on the data")
    }

    /// Same bytes, same symbol, from any number of threads at once.
    @Test func encodingIsDeterministicAcrossThreads() throws {
        let reference = try QRCode.encode(Self.permalink)
        let results = ConcurrentResults(count: 64)
        DispatchQueue.concurrentPerform(iterations: 64) { i in results.set(i, try? QRCode.encode(Self.permalink)) }
        #expect(results.values.allSatisfy { $0 == reference })
    }

    @Test func svgIsOnePathOfRunsInsideAQuietZone() throws {
        let code = try QRCode.encode(Self.permalink)
        var html = HTML()
        QRCodeSVG(code: code, id: "qr", title: "Mã QR <Sở Tư pháp>", length: "30mm").render(into: &html)
        let svg = html.string
        let head = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 41 41\" role=\"img\" aria-labelledby=\"qr-t\" "
            + "shape-rendering=\"crispEdges\" class=\"qr-code\" width=\"30mm\" height=\"30mm\"><title id=\"qr-t\">Mã QR &lt;Sở Tư pháp&gt;</title>"
            + "<rect width=\"41\" height=\"41\" fill=\"#fff\"/><path stroke=\"#000\" d=\""
        #expect(svg.hasPrefix(head))
        #expect(svg.hasSuffix("\"/></svg>"))
        let d = String(svg.dropFirst(head.count).dropLast("\"/></svg>".count))
        // Row 0, `#######.....####.###..##..#######`, drawn 4 modules in and down.
        #expect(d.hasPrefix("M4 4.5h7m5 0h4m1 0h3m2 0h2m2 0h7M4 5.5h1m5 0h1"))
        let drawn = try QRCodeTestSupport.rasterise(pathData: d, side: 41)
        let symbol = Self.permalinkSymbol.split(separator: "\n").map { $0.map { $0 == "#" } }
        let expected = (0..<41).map { y in
            (0..<41).map { x in (4..<37).contains(x) && (4..<37).contains(y) && symbol[y - 4][x - 4] }
        }
        #expect(drawn == expected)
        #expect(drawn == QRCodeSVG.drawnModules(code))

        var plain = HTML()
        QRCodeSVG(code: code, id: "u", title: "t", css: "card-qr").render(into: &plain)
        #expect(plain.string.contains("class=\"card-qr\"><title id=\"u-t\">t</title>") && !plain.string.contains("width=\"3"))
    }
}

extension QRCodeMatrix {
    /// How many modules are (or are not) reserved for function patterns.
    func reservedCount(_ value: Bool) -> Int { reserved.filter { $0 == value }.count }
}

/// Collects results written from many threads.
final class ConcurrentResults: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [QRCode?]
    init(count: Int) { stored = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: QRCode?) { lock.lock(); stored[index] = value; lock.unlock() }
    var values: [QRCode?] { lock.lock(); defer { lock.unlock() }; return stored }
}
