import Testing
@testable import DTIKit

@Suite("CSV reader")
struct CSVReaderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let bytes: [UInt8]
        let header: [String]
        let rows: [[String]]
        let delimiter: Character
        var testDescription: String { name }
    }

    static func utf16(_ text: String, bigEndian: Bool, bom: Bool = true) -> [UInt8] {
        var bytes: [UInt8] = bom ? (bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]) : []
        for unit in text.utf16 {
            let hi = UInt8(unit >> 8), lo = UInt8(unit & 0xFF)
            bytes += bigEndian ? [hi, lo] : [lo, hi]
        }
        return bytes
    }

    static let cases: [Case] = [
        Case(name: "UTF-8 with BOM, comma, CRLF",
             bytes: [0xEF, 0xBB, 0xBF] + Array("STT,Tên đơn vị,ATTT\r\n1,Sở Tư pháp,34\r\n".utf8),
             header: ["STT", "Tên đơn vị", "ATTT"], rows: [["1", "Sở Tư pháp", "34"]], delimiter: ","),
        Case(name: "semicolon with decimal commas (Excel, Vietnamese locale)",
             bytes: Array("Tên đơn vị;Nhân lực;Điểm số\nSở Nông nghiệp và Phát triển nông thôn;26,25;233,06\n".utf8),
             header: ["Tên đơn vị", "Nhân lực", "Điểm số"],
             rows: [["Sở Nông nghiệp và Phát triển nông thôn", "26,25", "233,06"]], delimiter: ";"),
        Case(name: "tab-separated (Excel Unicode text), UTF-16 LE with BOM",
             bytes: utf16("Tên đơn vị\tDTI\r\nHậu Giang\t0,6342\r\n", bigEndian: false),
             header: ["Tên đơn vị", "DTI"], rows: [["Hậu Giang", "0,6342"]], delimiter: "\t"),
        Case(name: "UTF-16 BE with BOM",
             bytes: utf16("Tên đơn vị,CQS\nĐà Nẵng,0,7235\n".replacingOccurrences(of: "0,7235", with: "\"0,7235\""), bigEndian: true),
             header: ["Tên đơn vị", "CQS"], rows: [["Đà Nẵng", "0,7235"]], delimiter: ","),
        Case(name: "quoted fields with delimiters, doubled quotes and newlines",
             bytes: Array("code,name,note\n1.1,\"Văn hóa, Thể thao\",\"dòng 1\ndòng 2 \"\"trích\"\"\"\n".utf8),
             header: ["code", "name", "note"], rows: [["1.1", "Văn hóa, Thể thao", "dòng 1\ndòng 2 \"trích\""]], delimiter: ","),
        Case(name: "trailing empty lines and a blank record are fine",
             bytes: Array("a,b\n1,2\n,\n\n\n".utf8),
             header: ["a", "b"], rows: [["1", "2"]], delimiter: ","),
        Case(name: "no final newline, lone CR line ends",
             bytes: Array("a;b\r3;4\r5;6".utf8),
             header: ["a", "b"], rows: [["3", "4"], ["5", "6"]], delimiter: ";"),
    ]

    @Test(arguments: cases)
    func reads(_ c: Case) throws {
        let table = try CSVReader.parse(c.bytes, file: "t.csv")
        #expect(table.header.cells.map(\.text) == c.header)
        #expect(table.rows.map { $0.cells.map(\.text) } == c.rows)
        #expect(table.delimiter == c.delimiter.asciiValue!)
    }

    @Test func detectsEncodings() throws {
        #expect(try CSVReader.parse(Self.utf16("a\n1\n", bigEndian: false), file: "x").encoding == .utf16LE)
        #expect(try CSVReader.parse(Self.utf16("a\n1\n", bigEndian: true), file: "x").encoding == .utf16BE)
        #expect(try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("a\n1\n".utf8), file: "x").encoding == .utf8BOM)
        // UTF-16 saved without a BOM is still recognized.
        #expect(try CSVReader.parse(Self.utf16("ab,c\n1,2\n", bigEndian: false, bom: false), file: "x").rows[0].cells.map(\.text) == ["1", "2"])
    }

    @Test func tracksLineAndColumnOfEveryCell() throws {
        let text = "STT,Tên đơn vị,ATTT\n1,\"Ban Quản lý\ncác khu\",39\n2,Sở Y tế,31\n"
        let table = try CSVReader.parse(Array(text.utf8), file: "t.csv")
        let first = table.rows[0]
        #expect(first.line == 2)
        #expect(first.cells.map(\.column) == [1, 3, 10])       // `39` starts after the closing quote on line 3
        #expect(first.cells[2].line == 3)                       // the quoted name spans lines 2–3
        #expect(table.rows[1].line == 4)
        // Columns count characters, not bytes: `Sở Y tế` has multi-byte letters.
        #expect(table.rows[1].cells[2].column == 11)
    }

    @Test func raggedRowIsAnErrorAtItsLine() {
        let text = "STT,Tên đơn vị,ATTT\n1,Sở A,30\n2,Sở B,31,99\n3,Sở C\n"
        #expect {
            try CSVReader.parse(Array(text.utf8), file: "Content/rankings/2022/so.csv")
        } throws: { error in
            guard let error = error as? DiagnosticError else { return false }
            let lines = error.diagnostics.map { $0.location.line }
            return error.diagnostics.count == 2 && lines == [3, 4]
                && error.diagnostics[0].location.description == "Content/rankings/2022/so.csv:3:11"
                && error.diagnostics[0].message.contains("4 ô") && error.diagnostics.allSatisfy { $0.severity == .error }
        }
    }

    @Test func unterminatedQuoteIsAnErrorAtTheQuote() {
        #expect {
            try CSVReader.parse(Array("a,b\n1,\"open\n2,3\n".utf8), file: "q.csv")
        } throws: { error in
            (error as? DiagnosticError)?.diagnostics.first?.location.description == "q.csv:2:3"
        }
    }

    @Test func refusesANSIFilesWithAFix() {
        // "Sở" in Windows-1258 is not valid UTF-8.
        #expect {
            try CSVReader.parse([0x53, 0xDE, 0x0A], file: "ansi.csv")
        } throws: { error in
            guard let d = (error as? DiagnosticError)?.diagnostics.first else { return false }
            return d.message.contains("UTF-8") && d.hint?.contains("CSV UTF-8") == true && d.location.line == 1
        }
    }

    @Test(arguments: [("a,b;c;d\n", UInt8(ascii: ";")), ("a\tb\tc,d\n", UInt8(ascii: "\t")), ("\"a;b\",c\n", UInt8(ascii: ",")), ("single\n", UInt8(ascii: ","))])
    func detectsDelimiterFromHeader(_ header: String, _ expected: UInt8) {
        #expect(CSVReader.detectDelimiter(Array(header.utf8)) == expected)
    }
}
