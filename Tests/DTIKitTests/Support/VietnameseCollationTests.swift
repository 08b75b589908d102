import Foundation
import Testing
@testable import DTIKit

/// Vietnamese order (CLDR `vi`): letters first, then tones in the order
/// ngang, huyền, hỏi, ngã, sắc, nặng, then case. The expected orders are
/// written out by hand from that rule (and match Chromium's
/// `Intl.Collator("vi")`, which `.ci/browser-check` compares on built pages).
@Suite("Vietnamese collation")
struct VietnameseCollationTests {
    static func sorted(_ names: [String]) -> [String] { names.sorted(by: VietnameseCollation.areInIncreasingOrder) }

    /// The issue's case: the letters decide (d < t) before any tone.
    @Test func lettersDecideBeforeTones() {
        let departments = ["Sở Giao thông vận tải", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Xây dựng", "Sở Tư pháp", "Sở Tài chính"]
        #expect(Self.sorted(departments) == ["Sở Giáo dục và Đào tạo", "Sở Giao thông vận tải", "Sở Tài chính", "Sở Tư pháp",
                                              "Sở Xây dựng", "Sở Y tế"])
        // Code point order, which the A–Z page and the tables used to follow, gets it wrong.
        #expect(departments.sorted().firstIndex(of: "Sở Giao thông vận tải")! < departments.sorted().firstIndex(of: "Sở Giáo dục và Đào tạo")!)
    }

    /// The six tones of one syllable, and the letter ă after every tone of a.
    @Test func tonesInDictionaryOrder() {
        let shuffled = ["mạ", "mă", "má", "mã", "ma", "mả", "mà", "mắ", "mb"]
        #expect(Self.sorted(shuffled) == ["ma", "mà", "mả", "mã", "má", "mạ", "mă", "mắ", "mb"])
        // Tones compare left to right, only when all the letters are equal.
        #expect(Self.sorted(["bá ba", "ba bá", "bà bà"]) == ["ba bá", "bà bà", "bá ba"])
    }

    @Test func everyLetterOfTheAlphabetInPlace() {
        let letters = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split(separator: " ").map(String.init)
        #expect(Self.sorted(letters.reversed()) == letters)
        // Letters Vietnamese does not use sit where Latin puts them.
        #expect(Self.sorted(["g", "f", "ê", "z", "y", "w", "v", "j", "i"]) == ["ê", "f", "g", "i", "j", "v", "w", "y", "z"])
        // Đ is a letter after every D, whatever follows.
        #expect(Self.sorted(["Đà Nẵng", "Duy Xuyên", "Đắk Lắk", "Dầu Tiếng"]) == ["Dầu Tiếng", "Duy Xuyên", "Đà Nẵng", "Đắk Lắk"])
        #expect(Self.sorted(["Ơ", "Ô", "O", "Ư", "U"]) == ["O", "Ô", "Ơ", "U", "Ư"])
    }

    @Test func caseOnlyBreaksTies() {
        #expect(Self.sorted(["Ba", "ba", "bà", "BA"]) == ["ba", "Ba", "BA", "bà"])
        #expect(VietnameseCollation.key("Sở y tế") < VietnameseCollation.key("Sở Y tế"))
    }

    @Test func spacesPunctuationAndDigitsComeBeforeLetters() {
        #expect(Self.sorted(["Huyện 2", "Huyện A", "Huyện-B", "Huyện", "Huyện 10"]) == ["Huyện", "Huyện 10", "Huyện 2", "Huyện A", "Huyện-B"])
        // Extra spaces around a name do not move it.
        #expect(VietnameseCollation.key("  Sở Y tế ") == VietnameseCollation.key("Sở Y tế"))
    }

    /// Text that arrives decomposed (NFD) sorts exactly as its NFC form.
    @Test func decomposedTextSortsLikeComposed() {
        for name in ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân huyện Châu Thành A", "Ngã Bảy", "Vị Thủy", "Phụng Hiệp"] {
            #expect(VietnameseCollation.key(name.decomposedStringWithCanonicalMapping) == VietnameseCollation.key(name))
        }
    }

    @Test func ranksAndInitials() {
        #expect(VietnameseCollation.ranks(["Vị Thanh", "Ngã Bảy", "Châu Thành", "Châu Thành A", "Long Mỹ"]) == [4, 3, 0, 1, 2])
        #expect(VietnameseCollation.initial("Đà Nẵng") == ("Đ", "dd"))
        #expect(VietnameseCollation.initial("ủy ban") == ("U", "u"))
        #expect(VietnameseCollation.initial("Ơn") == ("Ơ", "ow"))
        #expect(VietnameseCollation.initial("Ăn") == ("Ă", "aw"))
        #expect(VietnameseCollation.initial("3 Tháng 2") == ("#", "khac"))
        #expect(VietnameseCollation.initial("") == ("#", "khac"))
        // Other scripts and symbols never crash and sort after Latin letters.
        #expect(Self.sorted(["日本", "Zeta", "Ωmega", "«A»"]) == ["«A»", "Zeta", "Ωmega", "日本"])
    }
}
