import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// A bounded, seeded mutational fuzz test of the workbook reader: whole
/// archives damaged byte by byte (the ZIP and DEFLATE layers), and archives
/// rebuilt around damaged XML parts (the XML reader, the parts, the sheet
/// and the table layout). Nothing may crash or take long; damage must be
/// reported as errors, and some mutants must still read.
@Suite("Fuzzing the workbook reader")
struct WorkbookFuzzTests {
    typealias Cell = WorkbookFixture.Cell

    /// Workbooks that exercise every part: shared and rich strings, styles,
    /// dates, merged two-line headers, formulas; and one written by dti.
    static let seeds: [[UInt8]] = {
        let rows: [[Cell]] = [
            [.text("STT"), .text("Tên đơn vị"), .text("Điểm"), .blank, .text("Tổng")],
            [.blank, .blank, .text("Nhận thức"), .text("Xếp hạng"), .blank],
            [.number("1", style: 7), .shared(1), .number("40.5", style: 1), .formula("1+0", cached: "1"), .number("44635", style: 3)],
            [.number("2", style: 7), .shared(0), .number("0.85", style: 5), .error("#N/A"), .formula("A4", cached: nil)],
        ]
        let strings = ["<t>Sở A</t>", "<r><t>Sở </t></r><r><rPr><b/></rPr><t>B</t></r><rPh><t>x</t></rPh>"]
        let sheet = WorkbookFixture.sheetXML(rows, merges: ["A1:A2", "B1:B2", "C1:D1", "E1:E2"])
        let written = WorkbookWriter(title: "t", author: "a", sheets: [WorkbookWriter.Sheet(name: "Xếp hạng", rows: [
            [.text("Xếp hạng"), .text("Tên đơn vị"), .text("Tổng điểm")],
            [.integer(1), .text("=1+1"), .published(PublishedNumber.parse("187.390"))],
        ])]).bytes()
        return [
            WorkbookFixture.xlsx(sheets: [("Sheet1", sheet)], sharedStrings: strings, compress: false),
            WorkbookFixture.xlsx(sheets: [("Sheet1", sheet), ("Hai", sheet)], sharedStrings: strings, compress: true),
            written,
        ]
    }()

    static let limits = FuzzEntryPoints.workbookLimits

    /// Reads one candidate, returning the outcome as a short string.
    static func outcome(_ bytes: [UInt8]) -> String {
        do {
            let table = try WorkbookTableReader.read(bytes, file: "f.xlsx", sheet: nil, range: nil, limits: limits)
            #expect(table.table.rows.count <= limits.maxCells)
            return "read"
        } catch {
            return error.diagnostics.first.map { $0.kind + ": " + $0.message.prefix(40) } ?? "?"
        }
    }

    @Test func mutatedArchives() {
        var random = SplitMix64(seed: 0x5EED_0018)
        var outcomes: [String: Int] = [:]
        var slowest = 0.0
        for iteration in 0..<1_500 {
            let mutated = FormatsFuzzTests.mutate(Self.seeds[iteration % Self.seeds.count], fields: [], &random)
            let started = Date()
            outcomes[Self.outcome(mutated), default: 0] += 1
            mutated.withUnsafeBytes { fuzzWorkbook($0) }
            slowest = max(slowest, Date().timeIntervalSince(started))
        }
        #expect(outcomes.count >= 8, "distinct outcomes: \(outcomes.keys.sorted())")
        #expect(outcomes["read", default: 0] > 0)
        #expect(slowest < 2, "no input takes long")
    }

    @Test func mutatedXMLParts() throws {
        var random = SplitMix64(seed: 0x0018_0018)
        let archive = try ZIPArchive(bytes: Self.seeds[0])
        let parts = try archive.entries.map { ($0.name, try archive.contents(of: $0)) }
        var outcomes: [String: Int] = [:]
        var slowest = 0.0
        for iteration in 0..<1_500 {
            // Damage one XML part, and keep the archive itself sound.
            let target = iteration % parts.count
            var zip = ZIPWriter()
            for (index, part) in parts.enumerated() {
                let bytes = index == target ? FormatsFuzzTests.mutate(part.1, fields: [], &random) : part.1
                try zip.add(path: part.0, bytes: bytes, compress: false)
                if index == target { bytes.withUnsafeBytes { fuzzXML($0) } }
            }
            let started = Date()
            outcomes[Self.outcome(zip.finish()), default: 0] += 1
            slowest = max(slowest, Date().timeIntervalSince(started))
        }
        #expect(outcomes.count >= 8, "distinct outcomes: \(outcomes.keys.sorted())")
        #expect(outcomes.keys.contains { $0.contains("XML") || $0.contains("phần") })
        #expect(slowest < 2, "no input takes long")
    }

    @Test func hostileSheetsStayCheap() {
        // Huge references, endless merges, deep nesting: each refused or read within the caps.
        let sheets = [
            "<worksheet><sheetData><row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c></row></sheetData></worksheet>",
            "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>b</t></is></c></row></sheetData><mergeCells>"
                + String(repeating: "<mergeCell ref=\"A1:XFD1048576\"/>", count: 2_000) + "</mergeCells></worksheet>",
            String(repeating: "<a>", count: 5_000) + String(repeating: "</a>", count: 5_000),
            "<worksheet><sheetData>" + String(repeating: "<row><c t=\"s\"><v>99999999999999999999</v></c></row>", count: 2_000) + "</sheetData></worksheet>",
        ]
        for sheet in sheets {
            let started = Date()
            _ = Self.outcome(WorkbookFixture.xlsx(sheets: [("Sheet1", sheet)]))
            #expect(Date().timeIntervalSince(started) < 2)
        }
    }
}
