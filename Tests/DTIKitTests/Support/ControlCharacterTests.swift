import Foundation
import Testing
@testable import DTIKit

/// Control characters from content never reach an output raw (audit item 9),
/// and normal text is written byte for byte as before.
@Suite("Control characters in every output")
struct ControlCharacterTests {
    /// Every C0 but tab, LF and CR, DEL, every C1, and U+FFFE/U+FFFF.
    static let dropped: [Unicode.Scalar] = (0..<0x20).filter { ![0x09, 0x0A, 0x0D].contains($0) }.map { Unicode.Scalar($0)! }
        + [Unicode.Scalar(0x7F)!] + (0x80...0x9F).map { Unicode.Scalar($0)! } + ["\u{FFFE}", "\u{FFFF}"]

    /// Letters whose UTF-8 starts like a control or a noncharacter but is not one.
    static let lookalikes = "¢ ÿ Â Ā ｆ \u{FFFD} \u{FEFF} ạ ư"

    @Test func htmlDropsControlsAtEveryPositionAndKeepsLookalikes() {
        for scalar in Self.dropped {
            for position in 0..<20 {
                let prefix = String(repeating: "a", count: position)
                let text = prefix + String(scalar) + "<ế>" + Self.lookalikes + "\t\n"
                #expect(HTML.escaped(text) == prefix + "&lt;ế&gt;" + Self.lookalikes + "\t\n", "U+\(String(scalar.value, radix: 16)) at \(position)")
            }
        }
        #expect(HTML.escaped("Sở Tư pháp – “Đà Nẵng” ¢") == "Sở Tư pháp – “Đà Nẵng” ¢")
        var html = HTML()
        html.element(.p, .title("a\u{1B}[31mb\u{85}")) { $0.text("x\u{0}y") }
        #expect(html.string == "<p title=\"a[31mb\">xy</p>")
    }

    @Test func jsonEscapesEveryControlAsUnicodeAndDecodesBack() throws {
        for scalar in Self.dropped where scalar.value < 0xA0 {
            let text = "a" + String(scalar) + Self.lookalikes
            var json = JSONWriter()
            json.array { $0.string(text) }
            let bytes = json.finish()
            let written = String(decoding: bytes, as: UTF8.self)
            #expect(!written.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" }, "\(written.debugDescription)")
            #expect(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String] == [text])
        }
        var json = JSONWriter()
        json.array { $0.string("\u{85}\u{9B}\u{7F}\u{1B}") }
        #expect(String(decoding: json.finish(), as: UTF8.self) == "[\"\\u0085\\u009b\\u007f\\u001b\"]\n")
    }

    @Test func csvDropsControlsButTabAndLineFeed() {
        var out = ByteBuffer()
        var line = CSVLine()
        line.field("Sở\u{1B}[2J A\u{85}", into: &out)
        line.field("x\ty", into: &out)
        line.field("dòng 1\ndòng 2\r", into: &out)
        line.field("=1+1", into: &out)
        line.field("¢ Đà", into: &out)
        CSVLine.end(into: &out)
        #expect(out.string == "Sở[2J A,x\ty,\"dòng 1\ndòng 2\",=1+1,¢ Đà\r\n")
    }

    @Test func terminalShowsControlsAsSymbols() {
        #expect(TerminalText.visible("Sở \u{1B}[31mA\u{7}") == "Sở ␛[31mA␇")
        #expect(TerminalText.visible("a\nb\r\u{0}\u{7F}") == "a␊b␍␀␡")
        #expect(TerminalText.visible("\u{9B}2J \u{202E}cba") == "\\u{9B}2J \\u{202E}cba")
        let plain = "Sở Tư pháp – “Đà Nẵng” → 26,25 …"
        #expect(TerminalText.visible(plain) == plain)
        let diagnostic = Diagnostic.warning(SourceLocation(file: "Content/x\u{1B}.csv", line: 2, column: 3),
                                            "Sở \u{1B}]0;pwn\u{7}A: vượt", hint: "gợi ý\u{1B}[0m", kind: "k")
        #expect(diagnostic.description == "Content/x␛.csv:2:3: warning: Sở ␛]0;pwn␇A: vượt\n    gợi ý: gợi ý␛[0m")
        #expect(ControlCharacters.stripped("a\u{1}b\tc\nd\u{85}", keepTabAndLineFeed: true) == "ab\tc\nd")
        #expect(ControlCharacters.stripped("a\u{1}b\tc", keepTabAndLineFeed: false) == "abc")
    }

    @Test func protocolRelativeLinksAreRefused() {
        for link in ["//evil.example/x", "/\\evil.example", "\\\\evil.example", " //evil.example", "\t/\n/evil.example", "\u{1}//evil"] {
            #expect(!SafeURL.isAllowedInPage(link), "\(link.debugDescription)")
            #expect(!SafeURL.isRelativeLink(link), "\(link.debugDescription)")
        }
        for link in ["/ok/", "../du-lieu/", "#muc", "?a=1", "gioi-thieu/", "./a//b"] {
            #expect(SafeURL.isAllowedInPage(link) && SafeURL.isRelativeLink(link), "\(link)")
        }
        #expect(SafeURL.isAllowedInPage("https://dti.gov.vn/a") && !SafeURL.isRelativeLink("https://dti.gov.vn/a"))
        #expect(SafeURL.web("//evil.example") == nil && SafeURL.web("https://a.vn/\u{85}") == nil)
        #expect(Attribute.href("//evil.example").value.text == "#")
        var html = HTML()
        Markdown.inline("[a](//evil.example) [b](/x/)", into: &html)
        #expect(html.string == "a <a href=\"/x/\">b</a>")
    }
}

extension Attribute.Value {
    var text: String? { if case .text(let value) = self { return value } else { return nil } }
}
