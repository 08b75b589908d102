import Foundation
import Testing
@testable import DTIKit

/// `assets/words.<code>.js`: the words the theme's scripts show and where
/// their edition is, per language; and the scripts asking only for words
/// the catalogues have.
@Suite("Words for the theme's scripts")
struct WordsScriptTests {
    /// The two JSON objects of a words file (`window.dtiWords`, `window.dtiEdition`),
    /// read with Foundation's JSON decoder, not dti's writer.
    static func parts(_ text: String) throws -> (words: [String: String], edition: [String: String]) {
        let wordsStart = try #require(text.range(of: "window.dtiWords = "))
        let editionStart = try #require(text.range(of: ";\nwindow.dtiEdition = "))
        let editionEnd = try #require(text.range(of: ";\n", range: editionStart.upperBound..<text.endIndex))
        func object(_ json: Substring) throws -> [String: String] {
            try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
        }
        return (try object(text[wordsStart.upperBound..<editionStart.lowerBound]),
                try object(text[editionStart.upperBound..<editionEnd.lowerBound]))
    }

    /// The `js.*` words whose English text quotes Vietnamese on purpose: the
    /// abbreviations of Vietnamese names, and a tip naming a unit.
    static let vietnameseOnPurpose: Set<String> = ["search_abbreviations", "search_tip_shorter"]

    @Test("words.en.js holds the English words, the shared rank and class words, and the English edition's folder")
    func englishFile() throws {
        let (words, edition) = try Self.parts(SiteTestSupport.text(SiteTestSupport.bundled, "assets/words.en.js"))
        #expect(edition == ["language": "en", "home": "../en/", "decimal": "."])
        #expect(words["pick_hint"] == "Tick 2 to 4 units to compare them.")
        #expect(words["search_found"] == "{count} {count|result|results} for “{query}”: {groups}.")
        #expect(words["compare_total"] == "Total score")
        #expect(words["rank.of"] == "Rank {rank} of {count}" && words["class.good"] == "Good" && words["pillar.cqs"] == "Digital government")
        let english = try #require(BuiltInCatalogues.load([.english]).catalogues.first)
        let published = Set(words.keys)
        for word in Word.allCases where word.rawValue.hasPrefix("js.") {
            let key = WordsScript.scriptKey(word)
            #expect(words[key] == english[word], "\(key)")
            if !Self.vietnameseOnPurpose.contains(key) {
                #expect(!(words[key] ?? "").unicodeScalars.contains(where: Self.isVietnameseLetter), "\(key) is not English: \(words[key] ?? "")")
            }
        }
        #expect(published == Set(Word.allCases.filter { $0.rawValue.hasPrefix("js.") || WordsScript.sharedWords.contains($0) }.map(WordsScript.scriptKey)))
        // The Vietnamese file: the same keys, at the site's root, with a decimal comma.
        let (vi, viEdition) = try Self.parts(SiteTestSupport.text(SiteTestSupport.bundled, "assets/words.vi.js"))
        #expect(viEdition == ["language": "vi", "home": "../", "decimal": ","])
        #expect(vi["pick_hint"] == "Đánh dấu 2 đến 4 đơn vị để so sánh." && vi["rank.of"] == "Hạng {rank}/{count}")
        #expect(Set(vi.keys) == published)
        // An English page loads the English words, before the scripts that show them.
        let ranking = SiteTestSupport.text(SiteTestSupport.bundled, "en/xep-hang/2022/so-ban-nganh/index.html")
        let scripts = SiteTestSupport.attributeValues("src", in: ranking).filter { $0.hasSuffix(".js") }
        #expect(scripts == ["../../../../assets/words.en.js", "../../../../assets/dti.js", "../../../../assets/compare-pick.js"])
    }

    @Test("every js. key is written in every built-in catalogue, none is left to a fallback")
    func everyCatalogueHasEveryScriptWord() throws {
        let keys = Set(Word.allCases.map(\.rawValue).filter { $0.hasPrefix("js.") })
        #expect(keys.count > 80)
        for language in Language.builtIn {
            let text = try #require(BuiltInCatalogues.text(for: language))
            let (conf, problems) = ConfFile.parse(Array(text.utf8), file: language.code, allowedKeys: Word.allCases.map(\.rawValue))
            #expect(problems.isEmpty, "\(problems)")
            let written = Set(conf.entries.map(\.key).filter { $0.hasPrefix("js.") })
            #expect(written == keys, "\(language.code): missing \(keys.subtracting(written).sorted())")
            #expect(conf.entries.filter { $0.key.hasPrefix("js.") }.allSatisfy { !$0.value.isEmpty })
        }
    }

    @Test("the scripts ask only for published words, and every js. word is asked for by a script")
    func scriptsUseTheirWords() {
        let scripts = BuiltInTheme.files.filter { $0.name.hasSuffix(".js") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined(separator: "\n")
        let published = Set(Word.allCases.filter { $0.rawValue.hasPrefix("js.") || WordsScript.sharedWords.contains($0) }.map(WordsScript.scriptKey))
        // Every quoted literal that looks like a word's key: "compare_total", "rank.of", "quoted".
        let prefixes = ["filter_", "copy_", "printed_", "search_", "pick_", "compare_", "rank.", "class.", "change.", "pillar."]
        var asked = Set<String>()
        for piece in scripts.split(separator: "\"", omittingEmptySubsequences: false).enumerated() where piece.offset % 2 == 1 {
            let literal = String(piece.element)
            guard literal == "quoted" || prefixes.contains(where: { literal.hasPrefix($0) }),
                  literal.allSatisfy({ $0.isLowercase || $0 == "_" || $0 == "." }) else { continue }
            asked.insert(literal)
        }
        // The pillars are asked for by code: "pillar." + code.
        #expect(scripts.contains("word(\"pillar.\" + code)"))
        asked.remove("pillar.")
        let unknown = asked.subtracting(published)
        #expect(unknown.isEmpty, "scripts ask for words no catalogue has: \(unknown.sorted())")
        let unused = published.subtracting(asked).filter { !$0.hasPrefix("pillar.") }
        #expect(unused.isEmpty, "published words no script asks for: \(unused.sorted())")
    }

    @Test("the built-in scripts and stylesheets hold no Vietnamese letter outside comments: their words come from the catalogue")
    func noVietnameseInScripts() {
        for file in BuiltInTheme.files where file.name.hasSuffix(".js") || file.name.hasSuffix(".css") {
            let text = String(decoding: file.bytes, as: UTF8.self)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
                .filter { line in
                    let code = line.element.drop { $0 == " " }
                    return !["//", "/*", "*"].contains { code.hasPrefix($0) } && code.unicodeScalars.contains(where: Self.isVietnameseLetter)
                }
                .map { $0.offset + 1 }
            #expect(lines.isEmpty, "\(file.name): lines \(lines)")
        }
    }

    @Test("a theme's catalogue changes a script's word; the edition's place does not depend on it")
    func themeOverride() throws {
        let override = "js.pick_hint = Chọn vài sở để so sánh.\njs.compare_total = Điểm tổng\n"
        let (catalogues, problems) = BuiltInCatalogues.load([.vietnamese, .english], overrides: ["vi": ("Theme/i18n/vi.conf", Array(override.utf8))])
        #expect(problems.isEmpty)
        let vi = try Self.parts(String(decoding: WordsScript.render(catalogues[0], edition: Edition(language: .vietnamese, isFirst: true)), as: UTF8.self))
        #expect(vi.words["pick_hint"] == "Chọn vài sở để so sánh." && vi.words["compare_total"] == "Điểm tổng")
        #expect(vi.words["compare_rank"] == "Thứ hạng")
        let en = try Self.parts(String(decoding: WordsScript.render(catalogues[1], edition: Edition(language: .english, isFirst: false)), as: UTF8.self))
        #expect(en.words["pick_hint"] == "Tick 2 to 4 units to compare them." && en.edition["home"] == "../en/")
        // A second language listed first would be at the root.
        let first = try Self.parts(String(decoding: WordsScript.render(catalogues[1], edition: Edition(language: .english, isFirst: true)), as: UTF8.self))
        #expect(first.edition["home"] == "../")
    }

    /// A letter only Vietnamese writes: a Latin letter with a mark in U+00C0…U+1EF9 or đ/Đ.
    static func isVietnameseLetter(_ scalar: Unicode.Scalar) -> Bool {
        (0xC0...0x1EF9).contains(scalar.value) && scalar.properties.isAlphabetic && scalar.value != 0xD7 && scalar.value != 0xF7
    }
}
