import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import DTIKit

/// Corpus cases: text that must reach every output safely (audit item 9),
/// links, encodings and the usual mistakes.
extension BadInputCorpusTests {
    /// No built file holds a control character other than tab, LF and CR;
    /// a workbook (a ZIP archive, binary) is checked part by part.
    static func noRawControls(_ output: String) {
        var texts = allText(output).filter { !$0.path.hasSuffix(".png") && !$0.path.hasSuffix(".xlsx") }
        for (path, bytes) in snapshot(output) where path.hasSuffix(".xlsx") {
            guard let archive = try? ZIPArchive(bytes: bytes) else { Issue.record("\(path) is not a ZIP archive"); continue }
            for entry in archive.entries {
                texts.append((path + ":" + entry.name, String(decoding: (try? archive.contents(of: entry)) ?? [], as: UTF8.self)))
            }
        }
        for (path, text) in texts {
            let bad = text.unicodeScalars.filter { ControlCharacters.isControl($0) && !["\t", "\n", "\r"].contains($0) }
            #expect(bad.isEmpty, "\(path) holds \(bad.map { String($0.value, radix: 16) })")
        }
    }

    /// `feed.xml` and `sitemap.xml` parse as XML (Foundation's parser, not dti's writer).
    static func xmlParses(_ output: String) {
        for file in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: FileManager.default.contents(atPath: output + "/" + file) ?? Data())
            #expect(parser.parse(), "\(file): \(String(describing: parser.parserError))")
        }
    }

    static let textCases: [Case] = [
        C(name: "control characters in site.conf title", change: ["site.conf": "title = Thử\u{1}\u{1B}[31m nghiệm\u{7F}\u{85}\nbase_url = https://dti.example.gov.vn/\n"],
          code: 0, location: nil, output: .builds({ (output: String) throws in
              noRawControls(output)
              xmlParses(output)
              #expect(try text(output, "feed.xml").contains("<title>Thử[31m nghiệm</title>"))
          })),
        C(name: "terminal escapes in a unit name", change: so("1,Sở \u{1B}]0;pwn\u{7}\u{1B}[2JA,45,50,95,Tốt,1\n2,Sở B,30,30,60,Khá,2\n"),
          code: 0, location: "rankings/2022/so.csv:2:", words: ["␛]0;pwn␇␛[2JA"], output: .builds({ (output: String) throws in
              noRawControls(output)
              xmlParses(output)
              let json = try text(output, "du-lieu/xep-hang/2022/so.json")
              #expect(json.contains("\\u001b]0;pwn\\u0007\\u001b[2JA"))
              #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
          })),
        C(name: "NUL and C1 controls in a unit name", change: so("1,Sở\u{0}A\u{9B}31m,40,50,90,Tốt,1\n2,Sở B,30,30,60,Khá,2\n"),
          code: 0, location: nil, output: .builds({ (output: String) throws in
              noRawControls(output)
              #expect(try text(output, "du-lieu/xep-hang/2022/so.json").contains("Sở\\u0000A\\u009b31m"))
              #expect(try text(output, "du-lieu/xep-hang/2022/so.csv").contains(",SởA31m,"))
          })),
        C(name: "script tag in a unit name is escaped", change: so("1,<script>alert(1)</script>,40,50,90,Tốt,1\n2,Sở B,30,30,60,Khá,2\n"),
          code: 0, location: nil, output: .builds({ (output: String) throws in
              for (path, text) in allText(output) where path.hasSuffix(".html") {
                  #expect(!text.contains("<script>alert"), "\(path)")
              }
              #expect(try text(output, "xep-hang/2022/so/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
              #expect(try text(output, "du-lieu/xep-hang/2022/so.json").contains("\\u003cscript>alert(1)\\u003c/script>"))
          })),
        C(name: "formula-like unit name is kept as text", change: so("1,=1+1,40,50,90,Tốt,1\n2,Sở B,30,30,60,Khá,2\n"),
          code: 0, location: nil, output: .builds({ (output: String) throws in
              #expect(try text(output, "du-lieu/xep-hang/2022/so.csv").contains("=1+1"))
              #expect(try text(output, "xep-hang/2022/so/index.html").contains("=1+1"))
          })),
        C(name: "protocol-relative links in a page are not links", change: ["pages/gioi-thieu.md": "# Giới thiệu\n\n[a](//evil.example/x), [b](/\\evil.example), [c]( //evil.example), [d](ok/)\n"],
          code: 0, location: nil, output: .builds({ (output: String) throws in
              let page = try text(output, "gioi-thieu/index.html")
              let links = page.components(separatedBy: "href=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
              #expect(!links.isEmpty && !links.contains { $0.contains("evil") }, "\(links)")
              #expect(page.contains("<a href=\"ok/\">d</a>"))
          })),
        C(name: "control characters inside a page link (found by fuzzing)", change: ["pages/gioi-thieu.md": "# Giới thiệu\n\n[a](/\u{0}\u{0}/evil.example) [b](/\u{85}/evil.example)\n"],
          code: 0, location: nil, output: .builds({ (output: String) throws in
              let page = try text(output, "gioi-thieu/index.html")
              #expect(!page.contains("href=\"//") && page.contains("<p>a b</p>"))
          })),
        C(name: "protocol-relative source_url", change: ["rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử\nsource = Phụ lục thử\nsource_url = //evil.example/a\n"],
          code: 1, location: "rankings/2022/so.conf:4:14", words: ["http://", "https://"]),
        C(name: "protocol-relative base_url", change: ["site.conf": "title = Thử\nbase_url = //evil.example/\n"],
          code: 1, location: "site.conf:2:12", words: ["`base_url`", "//evil.example/"]),
        C(name: "javascript base_url", change: ["site.conf": "title = Thử\nbase_url = javascript:alert(1)\n"],
          code: 1, location: "site.conf:2:12", words: ["`base_url`"]),
        C(name: "javascript legal_basis_url", change: ["frameworks/khung.conf": TestSupport.minimalContent["frameworks/khung.conf"]! + "legal_basis_url = javascript:alert(1)\n"],
          code: 1, location: "frameworks/khung.conf:7:19", words: ["http://"]),
        C(name: "site.conf missing base_url", change: ["site.conf": "title = Thử\n"], code: 1, location: "site.conf: error", words: ["base_url"]),
    ]

    static let usualCases: [Case] = [
        C(name: "ANSI (Windows-1258) bytes in a table", bytes: ["rankings/2022/so.csv": Array(rankingHeader.utf8) + Array("1,S".utf8) + [0xF5] + Array(",40,50,90,Tốt,1\n".utf8)],
          code: 1, location: "rankings/2022/so.csv:2", words: ["không phải UTF-8", "0xF5"]),
        C(name: "UTF-8 with BOM gives the same site", bytes: ["rankings/2022/so.csv": [0xEF, 0xBB, 0xBF] + Array(TestSupport.minimalContent["rankings/2022/so.csv"]!.utf8)],
          code: 0, location: nil, output: .identical),
        C(name: "UTF-16LE with BOM gives the same site", bytes: ["rankings/2022/so.csv": [0xFF, 0xFE] + TestSupport.minimalContent["rankings/2022/so.csv"]!.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }],
          code: 0, location: nil, output: .identical),
        C(name: "UTF-16BE with BOM and CRLF gives the same site", bytes: ["rankings/2022/so.csv": [0xFE, 0xFF] + TestSupport.minimalContent["rankings/2022/so.csv"]!.replacingOccurrences(of: "\n", with: "\r\n").utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }],
          code: 0, location: nil, output: .identical),
        C(name: "UTF-16 without BOM is recognized", bytes: ["rankings/2022/so.csv": TestSupport.minimalContent["rankings/2022/so.csv"]!.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }],
          code: 0, location: nil, output: .identical),
        C(name: "BOM in a .conf file is fine", bytes: ["rankings/2022/so.conf": [0xEF, 0xBB, 0xBF] + Array(TestSupport.minimalContent["rankings/2022/so.conf"]!.utf8)],
          code: 0, location: nil, output: .identical),
        C(name: "ragged row", change: so("1,Sở A,40,50,90,Tốt,1\n2,Sở B,30\n"), code: 1, location: "rankings/2022/so.csv:3:", words: ["3 ô", "7 cột"]),
        C(name: "quote opened and closed lines later", change: so("1,\"Sở A,40,50,90,Tốt,1\n2,Sở B,30,30,60,Khá,2\n3,\"Sở C\",20,20,40,Yếu,3\n"),
          code: 1, location: "rankings/2022/so.csv:2:3", words: ["dấu ngoặc kép mở từ dòng 2", "kéo dài tới dòng 4"]),
        C(name: "quote opened and closed lines later, rows ragged", change: so("1,\"Sở A,40,50,90,Tốt,1\n2,Sở B,30,30,60,Khá,2\n3,Sở C,\"20\",20,40,Yếu,3\n"),
          code: 1, location: "rankings/2022/so.csv:2:3", words: ["dấu ngoặc kép mở từ dòng 2"]),
        C(name: "quote never closed", change: so("1,\"Sở A,40,50,90,Tốt,1\n2,Sở B,30,30,60,Khá,2\n"),
          code: 1, location: "rankings/2022/so.csv:2:3", words: ["không bao giờ đóng"]),
        C(name: "unknown key in a table .conf", change: ["rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử\nsource = Phụ lục\nsoucre = x\n"],
          code: 1, location: "rankings/2022/so.conf:4:1", words: ["soucre", "source"]),
        C(name: "missing framework", change: ["rankings/2022/so.conf": "framework = khung-2023\ntitle = Bảng thử\nsource = Phụ lục\n"],
          code: 1, location: "rankings/2022/so.conf:1:13", words: ["khung-2023"]),
        C(name: "bad index code", change: ["frameworks/khung.csv": "code,name,short,max,group,pillar\n1,Nhận thức số,Nhận thức,40,nen-tang,\n1.a,Thành phần,,10,,\n2,Hoạt động chính quyền số,Chính quyền số,60,hoat-dong,CQS\n"],
          code: 1, location: "frameworks/khung.csv:3:1", words: ["1.a"]),
        C(name: "unknown ranking header", change: ["rankings/2022/so.csv": "STT,Tên đơn vị,Nhận thức,Chinh quyen so,Hạ tầng\n1,Sở A,40,50,1\n"],
          code: 1, location: "rankings/2022/so.csv:1:", words: ["Hạ tầng"]),
        C(name: "workbook saved as .csv", bytes: ["rankings/2022/so.csv": [0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0]],
          code: 1, location: "rankings/2022/so.csv: error", words: ["sổ tính Excel (.xlsx)"]),
        C(name: "a markdown page full of unmatched markers builds quickly", change: ["pages/dai.md": "# Dài\n\n" + String(repeating: "[a](b *c `d _e ", count: 8_000) + "\n"],
          code: 0, location: nil, output: .builds({ (output: String) throws in
              #expect(try text(output, "dai/index.html").contains("<em>c `d _e [a](b </em>"))
          })),
    ]
}
