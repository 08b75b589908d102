import Foundation
import Testing
@testable import DTIKit

/// The catalogue walked against the code that uses it: every word is asked
/// for somewhere (no dead keys for translators to keep), and every place that
/// fills a word's placeholders names exactly the placeholders the word has.
@Suite("Catalogue against the code's uses")
struct CatalogueUsesTests {
    /// Every Swift source of the library, concatenated per file.
    static let sources: [(file: String, text: String)] = {
        let root = TestSupport.packageRoot + "/Sources/DTIKit"
        return SiteTestSupport.files(root).filter { $0.hasSuffix(".swift") && !$0.hasPrefix("Localization/Catalogues/") }
            .map { ($0, (try? String(contentsOfFile: root + "/" + $0, encoding: .utf8)) ?? "") }
    }()

    @Test("Every word of the catalogue is used by the pages or the scripts")
    func everyWordIsUsed() {
        let code = Self.sources.filter { $0.file != "Localization/Word.swift" }.map(\.text).joined(separator: "\n")
        var unused: [String] = []
        for word in Word.allCases {
            let name = "\(word)"
            if word.rawValue.hasPrefix("js.") {
                // Scripts ask by the key without `js.` (see WordsScriptTests for their side).
                if !code.contains("\"\(word.rawValue.dropFirst(3))\"") && !code.contains("." + name) { unused.append(word.rawValue) }
            } else if code.range(of: "\\." + name + "\\b", options: .regularExpression) == nil && !code.contains("{{t:\(word.rawValue)}}") {
                unused.append(word.rawValue)
            }
        }
        #expect(unused.isEmpty, "words no code asks for: \(unused)")
    }

    /// A page may fill some placeholders and leave the rest to a helper that
    /// writes links there (`html.sentence`); a placeholder left
    /// unfilled on a page is caught by the page walk (EditionPairTests).
    @Test("Where code fills a word's placeholders, it names only placeholders the word has")
    func filledPlaceholdersMatch() throws {
        let words = Catalogue.builtInVietnamese
        let byName = Dictionary(uniqueKeysWithValues: Word.allCases.map { ("\($0)", $0) })
        // `(.rankOf, ["rank": …, "count": …])`: a word and a dictionary literal.
        let call = try Regex(#"\(\.([A-Za-z0-9]+), \[((?:[^\[\]]|\[[^\[\]]*\])*)\]\)"#)
        let key = try Regex(#""([a-z_]+)": "#)
        var checked = 0, mismatches: [String] = []
        for (file, text) in Self.sources {
            for match in text.matches(of: call) {
                guard let name = match.output[1].substring.map(String.init), let word = byName[name],
                      let body = match.output[2].substring else { continue }
                // Only the top level of the literal: keys of nested dictionaries are not this word's.
                let given = Set(String(body).matches(of: key).compactMap { $0.output[1].substring.map(String.init) })
                let expected = Set(words.placeholders(of: word))
                checked += 1
                if !given.isSubset(of: expected) { mismatches.append("\(file): .\(name) fills \(given.sorted()) but has \(expected.sorted())") }
            }
        }
        #expect(checked > 150, "only \(checked) filled words found: the pattern no longer matches the code")
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "\n"))")
    }
}
