import Testing
@testable import DTIKit

/// The interface words: one catalogue per language, complete and consistent,
/// overridable key by key, every mistake reported at its line.
@Suite("Catalogues of interface words")
struct CatalogueTests {
    @Test("The built-in catalogues have every word, no other key, and the same placeholders in every language")
    func builtInAreComplete() throws {
        let (catalogues, diagnostics) = BuiltInCatalogues.load(Language.builtIn)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        let vi = catalogues[0], en = catalogues[1]
        for word in Word.allCases {
            #expect(vi[word] != word.rawValue && en[word] != word.rawValue, "\(word.rawValue) has no text")
            #expect(Set(vi.placeholders(of: word)) == Set(en.placeholders(of: word)), "\(word.rawValue)")
        }
        let firstHalf = try #require(Period(label: "2023-6t")), nineMonths = try #require(Period(label: "2022-9t"))
        #expect(vi.period(firstHalf) == "6 tháng đầu năm 2023" && en.period(firstHalf) == "First half of 2023")
        #expect(en.periodInSentence(nineMonths) == "the first 9 months of 2022" && vi.periodInSentence(nineMonths) == "9 tháng đầu năm 2022")
        #expect(vi.rank(13, of: 19) == "Hạng 13/19" && en.rank(13, of: 19) == "Rank 13 of 19")
        #expect(en.rank(2, of: 19, tied: true, inSentence: true) == "tied rank 2 of 19" && en.rank(nil, of: 19) == "Not ranked")
        // Plural forms follow the number: 1 place, 3 places; Vietnamese has one form.
        #expect(en(.rankUp, ["places": "1"]) == "▲ 1 place" && en(.rankUp, ["places": "3"]) == "▲ 3 places")
        #expect(vi(.rankUp, ["places": "1"]) == "▲ 1 bậc")
        #expect(en.number(233.06, decimals: 2) == "233.06" && vi.number(233.06, decimals: 2) == "233,06")
        #expect(en.number("233,06") == "233.06" && vi.number("233,06") == "233,06")
    }

    @Test("A theme's catalogue overrides single keys; unknown keys, missing words and placeholder mismatches are errors at file:line")
    func overrides() throws {
        let theme = "nav.home = Trang nhà\nnav.homme = Sai\nperiod.year = Năm đánh giá\n"
        let (catalogues, diagnostics) = BuiltInCatalogues.load([.vietnamese, .english],
                                                               overrides: ["vi": ("Theme/i18n/vi.conf", Array(theme.utf8))])
        #expect(catalogues[0][.navHome] == "Trang nhà" && catalogues[0][.navUnits] == "Đơn vị")
        let unknown = try #require(diagnostics.first { $0.kind == "catalogue-unknown-key" })
        #expect(unknown.location.description == "Theme/i18n/vi.conf:2:1" && unknown.message.contains("nav.home"))
        // `Năm đánh giá` lost {year}: English now has a placeholder Vietnamese lacks.
        let mismatch = try #require(diagnostics.first { $0.kind == "catalogue-placeholder" })
        #expect(mismatch.message.contains("period.year") && mismatch.message.contains("{year}"))
        let (_, missing) = BuiltInCatalogues.load([Language(code: "fr", decimalSeparator: ",", openGraphLocale: "fr_FR", ownName: "Français")],
                                                  overrides: ["fr": ("Theme/i18n/fr.conf", Array("nav.home = Accueil\n".utf8))])
        #expect(missing.first?.kind == "catalogue-missing-key" && missing.first?.location.file == "Theme/i18n/fr.conf")
    }

    @Test("Placeholders are filled by name; one left unfilled stays visible")
    func templates() {
        let template = Catalogue.Template("Hạng {rank}/{count} {rank} {x-y} {}")
        #expect(template.placeholders == ["rank", "count"])
        let (catalogues, _) = BuiltInCatalogues.load([.vietnamese])
        #expect(catalogues[0](.footerContact, [:]) == "Liên hệ: {contact}")
        #expect(catalogues[0](.methodologyBreak, ["from": "QĐ 1726/QĐ-BTTTT", "to": "QĐ 922/QĐ-BTTTT"])
                == "Bộ chỉ số thay đổi: QĐ 1726/QĐ-BTTTT → QĐ 922/QĐ-BTTTT; không so sánh trực tiếp")
    }
}

/// `Word.index` reads the case's stored number instead of hashing its key.
@Suite("Word positions")
struct WordIndexTests {
    @Test("Every word's index is its place in allCases")
    func indexIsPlaceInAllCases() {
        for (place, word) in Word.allCases.enumerated() { #expect(word.index == place, "\(word.rawValue)") }
        #expect(MemoryLayout<Word>.size == (Word.allCases.count <= 256 ? 1 : 2))
    }
}

/// Period names come from a table made when the catalogue is made.
@Suite("Period names made once")
struct PeriodNameTableTests {
    @Test("Every period in the table reads exactly as composed, in both forms and both languages")
    func tableMatchesComposition() throws {
        let (catalogues, _) = BuiltInCatalogues.load(Language.builtIn)
        for words in catalogues {
            for year in [2000, 2022, 2060, 1999, 2061] {
                for suffix in ["", "-6t", "-9t", "-q1", "-q4"] {
                    let period = try #require(Period(label: String(year) + suffix))
                    #expect(words.period(period) == words.composePeriod(period))
                    #expect(words.periodInSentence(period) == words.composePeriodInSentence(period))
                }
            }
            #expect(words.periodName(try #require(Period(label: "2023-q2")), inSentence: false) != nil)
            #expect(words.periodName(try #require(Period(label: "1999")), inSentence: false) == nil)
        }
        #expect(catalogues[1].period(try #require(Period(label: "2023-6t"))) == "First half of 2023")
    }
}
