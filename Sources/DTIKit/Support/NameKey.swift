#if canImport(Glibc)
import Glibc
#endif

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
        var scalars = latinLowercased(text) ?? Array(text.lowercased().unicodeScalars)
        moveTonesToNewPlacement(&scalars)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// Lower case by table for the Latin letters Vietnamese names use
    /// (U+0000–U+024F, U+1E00–U+1EFF); nil for any other scalar. The table
    /// is made once with the standard library's own rule, so both paths
    /// agree; Unicode property lookups per letter were most of the cost of
    /// telling which rows of 20,000 are which unit.
    private static func latinLowercased(_ text: String) -> [Unicode.Scalar]? {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(text.utf8.count)
        let table = lowercaseTable
        for scalar in text.unicodeScalars {
            let v = scalar.value
            guard v < 0x250 || (0x1E00..<0x1F00).contains(v) else { return nil }
            result.append(Unicode.Scalar(table[Int(v)])!)
        }
        return result
    }

    private static let lowercaseTable: [UInt32] = (0..<0x1F00).map { value -> UInt32 in
        guard value < 0x250 || value >= 0x1E00, let scalar = Unicode.Scalar(UInt32(value)) else { return UInt32(value) }
        let lower = String(scalar).lowercased().unicodeScalars
        return lower.count == 1 ? lower.first!.value : UInt32(value)
    }

    /// A key as its UTF-8 bytes, hashed and compared as bytes: keys are
    /// already in one canonical form, so equal bytes is equal text, and
    /// `String`'s own hashing normalizes every non-ASCII key again.
    struct Bytes: Hashable {
        let text: String
        private let hash: Int

        init(_ text: String) {
            self.text = text
            var hasher = Hasher()
            text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hash = hasher.finalize()
        }

        static func == (a: Bytes, b: Bytes) -> Bool {
            guard a.hash == b.hash, a.text.utf8.count == b.text.utf8.count else { return false }
            return a.text.withUTF8Bytes { p in b.text.withUTF8Bytes { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    /// The folded key: case, marks, đ and punctuation ignored (`xa phu hoa`).
    public static func folded(_ name: String) -> String { SlugTransliteration.key(name) }

    /// In a syllable ending in `oa`, `oe` or `uy`, moves the tone from the
    /// first vowel to the second (`hòa` → `hoà`). With a final consonant
    /// (`hoàng`, `thuyết`) both rules already agree, so nothing moves.
    static func moveTonesToNewPlacement(_ scalars: inout [Unicode.Scalar]) {
        var i = 0
        while i + 1 < scalars.count {
            if let (tone, base) = toned[scalars[i].value],
               (base == "o" && (scalars[i + 1] == "a" || scalars[i + 1] == "e")) || (base == "u" && scalars[i + 1] == "y"),
               i + 2 == scalars.count || !scalars[i + 2].properties.isAlphabetic,
               let moved = tonedVowel[tone]?[scalars[i + 1].value] {
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
