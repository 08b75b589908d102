/// Keys for deciding which names are the same name.
///
/// Diacritics are meaning: `Thành`, `Thanh` and `Thạnh` are different words,
/// so the identity key keeps every mark. It ignores only what does not change
/// a word: letter case, runs of spaces, the Unicode form (NFC and NFD spell
/// the same letters), and where a tone mark sits in the syllables `oa`, `oe`
/// and `uy` without a final consonant, which Vietnamese writes two ways
/// (`Hòa`/`Hoà`, `Thủy`/`Thuỷ`, `khỏe`/`khoẻ`: the old and the new rule).
///
/// Folding the marks away (`SlugTransliteration.key`) is for slugs and for
/// suggesting a match, never for deciding one.
public enum NameKey {
    /// The identity key of a name: `  Xã  Phú Hòa ` → `xã phú hoà`.
    public static func exact(_ name: String) -> String {
        let text = name.normalizedText
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        var scalars = Array(text.lowercased().unicodeScalars)
        moveTonesToNewPlacement(&scalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// The folded key: case, marks, đ and punctuation ignored (`xa phu hoa`).
    public static func folded(_ name: String) -> String { SlugTransliteration.key(name) }

    /// In a syllable ending in `oa`, `oe` or `uy`, moves the tone from the
    /// first vowel to the second (`hòa` → `hoà`). With a final consonant
    /// (`hoàng`, `thuyết`) both rules already agree, so nothing moves.
    static func moveTonesToNewPlacement(_ scalars: inout [Unicode.Scalar]) {
        var i = 0
        while i + 1 < scalars.count {
            let endsWord = i + 2 == scalars.count || !scalars[i + 2].properties.isAlphabetic
            if endsWord, let (tone, base) = toned[scalars[i].value],
               let moved = tonedVowel[tone]?[scalars[i + 1].value],
               (base == "o" && (scalars[i + 1] == "a" || scalars[i + 1] == "e")) || (base == "u" && scalars[i + 1] == "y") {
                scalars[i] = base
                scalars[i + 1] = moved
            }
            i += 1
        }
    }

    /// The five toned forms of plain `o` and `u` (lowercase), as (tone, base).
    private static let toned: [UInt32: (Int, Unicode.Scalar)] = [
        0xF2: (0, "o"), 0xF3: (1, "o"), 0x1ECF: (2, "o"), 0xF5: (3, "o"), 0x1ECD: (4, "o"),
        0xF9: (0, "u"), 0xFA: (1, "u"), 0x1EE7: (2, "u"), 0x169: (3, "u"), 0x1EE5: (4, "u"),
    ]

    /// `a`, `e` and `y` with each tone (huyền, sắc, hỏi, ngã, nặng), by tone then base letter.
    private static let tonedVowel: [Int: [UInt32: Unicode.Scalar]] = [
        0: [0x61: "à", 0x65: "è", 0x79: "ỳ"],
        1: [0x61: "á", 0x65: "é", 0x79: "ý"],
        2: [0x61: "ả", 0x65: "ẻ", 0x79: "ỷ"],
        3: [0x61: "ã", 0x65: "ẽ", 0x79: "ỹ"],
        4: [0x61: "ạ", 0x65: "ẹ", 0x79: "ỵ"],
    ]
}
