import Foundation
import Testing
@testable import DTIKit

/// Every file in Content/ is used or reported (Content/README.md, "Tệp nào được đọc").
@Suite("Every file accounted for")
struct ContentFilesTests {
    static func load(extra: [String: [UInt8]], dropping: [String] = []) -> DiagnosticList {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        for path in dropping { files[path] = nil }
        TestSupport.write(files, under: root)
        for (path, bytes) in extra {
            let full = root + "/" + path
            try! FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            FileManager.default.createFile(atPath: full, contents: Data(bytes))
        }
        return ContentLoader.load(from: root).1
    }

    static let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00] + Array(repeating: 0, count: 40)

    @Test("A workbook in rankings/ is read as a table: a damaged one says so, one outside the table folders is reported")
    func workbookInRankings() throws {
        let diagnostics = Self.load(extra: ["rankings/2022/ubnd-huyen.xlsx": Self.zip, "rankings/2022/ubnd-huyen.conf": Array("title = x\n".utf8)])
        let error = try #require(diagnostics.errors.first { $0.kind == "workbook" })
        #expect(error.location.description.hasSuffix("rankings/2022/ubnd-huyen.xlsx"))
        #expect(error.message.hasPrefix("sổ tính bị hỏng hoặc không an toàn: "))
        #expect(error.hint?.contains("CSV UTF-8") == true)
        let elsewhere = try #require(Self.load(extra: ["bang.xlsx": Self.zip]).errors.first { $0.kind == "unused-workbook" })
        #expect(elsewhere.message.contains("chỉ đọc bảng trong frameworks/ và rankings/<kỳ>/"))
    }

    @Test("An .xlsx renamed to .csv is recognised as a workbook, not reported as a bad encoding")
    func disguisedWorkbook() throws {
        let diagnostics = Self.load(extra: ["rankings/2022/so.csv": Self.zip])
        let error = try #require(diagnostics.errors.first)
        #expect(error.kind == "disguised-workbook")
        #expect(error.message.contains("thực ra là sổ tính Excel (.xlsx)"))
        #expect(!diagnostics.errors.contains { $0.kind == "encoding" })
    }

    @Test(".CSV and .Csv are tables like .csv", arguments: ["so.CSV", "so.Csv"])
    func extensionCase(name: String) throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["rankings/2022/" + name] = files.removeValue(forKey: "rankings/2022/so.csv")
        TestSupport.write(files, under: root)
        let (content, diagnostics) = ContentLoader.load(from: root)
        #expect(!diagnostics.hasErrors && diagnostics.warnings.isEmpty)
        #expect(content?.rankings.first?.rows.map(\.name) == ["Sở A", "Sở B"])
    }

    @Test("Old .xls, .ods, .txt, stray files and nested folders are each reported", arguments: [
        ("rankings/2022/so-ban-nganh.xls", "unused-workbook", Diagnostic.Severity.error),
        ("frameworks/khung-2.ods", "unused-workbook", .error),
        ("rankings/2022/ubnd-xa.txt", "unused-file", .error),
        ("rankings/2022/ghi-chu.docx", "unused-file", .warning),
        ("rankings/2022/cu/so.csv", "unused-folder", .warning),
        ("bao-cao.pdf", "unused-file", .warning),
        ("pages/lien-he.html", "unused-file", .warning),
        ("rankings/so.csv", "misplaced-file", .error),
    ])
    func reported(path: String, kind: String, severity: Diagnostic.Severity) throws {
        let diagnostics = Self.load(extra: [path: Array("x".utf8)])
        let finding = try #require(diagnostics.items.first { $0.kind == kind })
        #expect(finding.severity == severity)
        #expect(finding.location.file.contains(path.split(separator: "/").dropLast(kind == "unused-folder" ? 1 : 0).joined(separator: "/")))
    }

    @Test("Editor and system leftovers are ignored silently")
    func leftovers() {
        let diagnostics = Self.load(extra: ["rankings/2022/~$so.xlsx": Self.zip, ".DS_Store": [0], "rankings/2022/.~lock.so.csv#": [0],
                                            "README.md": Array("# Nội dung".utf8), "rankings/2022/so.csv~": [0]])
        #expect(diagnostics.items.isEmpty)
    }

    @Test("A period folder with an unknown label is an error listing the accepted forms")
    func badPeriod() throws {
        let diagnostics = Self.load(extra: ["rankings/nam-2023/so.csv": Array("x".utf8)])
        let error = try #require(diagnostics.errors.first { $0.kind == "bad-period" })
        #expect(error.hint?.contains("2022-6t (6 tháng đầu năm)") == true && error.hint?.contains("2022-q1") == true)
    }
}
