import Foundation
import Testing
@testable import DTIKit

/// Layout holds no wording: every word a reader sees comes from the
/// catalogues, so the renderers' string literals carry no Vietnamese (nor
/// any other non-ASCII) letter. Comments may speak Vietnamese; symbols
/// (`▲`, `–`, `·`, `→`) are not words.
@Suite("Layout holds no wording")
struct WordsOutsideCatalogueTests {
    @Test("No string literal under Sources/DTIKit/Render holds a letter outside ASCII")
    func renderLiteralsHaveNoLetters() throws {
        let root = TestSupport.packageRoot + "/Sources/DTIKit/Render"
        let files = SiteTestSupport.files(root).filter { $0.hasSuffix(".swift") }
        #expect(files.count > 40)
        var findings: [String] = []
        for file in files {
            let source = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
            for (line, text) in SwiftLiterals.letters(in: source) {
                findings.append("Render/\(file):\(line): \(text)")
            }
        }
        let listed = findings.prefix(40).joined(separator: "\n")
        #expect(findings.isEmpty, "\(findings.count) literals hold words:\n\(listed)")
    }

    @Test("The scanner finds letters in every kind of literal and skips comments")
    func scannerSeesLiterals() {
        let source = ##"""
        // Trang chủ (a comment)
        let a = "Hạng \(rank)" /* Đơn vị */
        let b = #"raw: Xếp loại"#
        let c = """
            multi: Điểm
            """
        let d = "▲ \(x) · – →" // Thứ hạng
        let e = #"""
            // script comment: Tốt
            var t = "Tốt";
            """#
        """##
        let found = SwiftLiterals.letters(in: source).map(\.line)
        #expect(found == [2, 3, 5, 10])
    }
}

/// A small Swift lexer that knows just enough (comments, plain, raw and
/// multi-line string literals, interpolations) to find the lines where a
/// literal holds a letter outside ASCII.
enum SwiftLiterals {
    static func letters(in source: String) -> [(line: Int, text: String)] {
        let chars = Array(source.unicodeScalars)
        var found: [(Int, String)] = []
        var line = 1, i = 0
        var reported = Set<Int>()
        func at(_ k: Int) -> Unicode.Scalar? { k < chars.count ? chars[k] : nil }
        func starts(_ s: String, _ k: Int) -> Bool {
            var k = k
            for c in s.unicodeScalars { guard at(k) == c else { return false }; k += 1 }
            return true
        }
        func note(_ c: Unicode.Scalar) {
            guard !c.isASCII, c.properties.isAlphabetic, !reported.contains(line) else { return }
            reported.insert(line)
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            found.append((line, lines[line - 1].trimmingCharacters(in: .whitespaces)))
        }
        /// Skips a string literal starting at `i` (after any `#`s), noting letters; handles `\(…)` nesting.
        func string(hashes: Int) {
            let multi = starts("\"\"\"", i)
            i += multi ? 3 : 1
            let close = (multi ? "\"\"\"" : "\"") + String(repeating: "#", count: hashes)
            let escape = "\\" + String(repeating: "#", count: hashes)
            while i < chars.count {
                if starts(close, i) { i += close.unicodeScalars.count; return }
                if starts(escape + "(", i) {
                    i += escape.unicodeScalars.count + 1
                    code(untilParen: true)
                    continue
                }
                if starts(escape, i) { i += escape.unicodeScalars.count + 1; continue }
                if chars[i] == "\n" {
                    line += 1
                    if !multi { i += 1; return }
                    // A comment line of the script a literal holds (`// …`
                    // in a built-in .js file) is a comment too.
                    var k = i + 1
                    while let c = at(k), c == " " || c == "\t" { k += 1 }
                    if starts("//", k) {
                        while let c = at(k), c != "\n" { k += 1 }
                        i = k
                        continue
                    }
                }
                note(chars[i])
                i += 1
            }
        }
        /// Walks code, skipping comments, until the end (or the `)` closing an interpolation).
        func code(untilParen: Bool) {
            var depth = 0
            while i < chars.count {
                let c = chars[i]
                if starts("//", i) {
                    while i < chars.count, chars[i] != "\n" { i += 1 }
                } else if starts("/*", i) {
                    i += 2
                    while i < chars.count, !starts("*/", i) { if chars[i] == "\n" { line += 1 }; i += 1 }
                    i += 2
                } else if c == "#" || c == "\"" {
                    var hashes = 0
                    while at(i + hashes) == "#" { hashes += 1 }
                    if at(i + hashes) == "\"" { i += hashes; string(hashes: hashes) } else { i += hashes }
                } else {
                    if c == "\n" { line += 1 }
                    if untilParen {
                        if c == "(" { depth += 1 } else if c == ")" {
                            if depth == 0 { i += 1; return }
                            depth -= 1
                        }
                    }
                    i += 1
                }
            }
        }
        code(untilParen: false)
        return found
    }
}
