import Foundation

/// Vietnamese alphabetical order, for every list of names dti sorts.
///
/// The rule is the Unicode CLDR collation for Vietnamese (`vi`, "standard";
/// the tailoring `&̀<<̉<<̃<<́<<̣ &a<ă<â &d<đ &e<ê &o<ô<ơ &u<ư` on top of the
/// root order), which is also what dictionaries print and what
/// `Intl.Collator("vi")` does in browsers:
///
/// 1. **Letters** (primary): a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t
///    u ư v x y, with f, j, w, z at their Latin places. `ă`, `â`, `đ`, `ê`,
///    `ô`, `ơ`, `ư` are letters of their own, not `a`, `d`, … with a mark.
///    Spaces come before punctuation, punctuation before digits, digits
///    before letters, letters before other scripts.
/// 2. **Tones** (secondary, only where the letters are equal, read left to
///    right): ngang (none), huyền ◌̀, hỏi ◌̉, ngã ◌̃, sắc ◌́, nặng ◌̣.
///    Other marks (ü, ñ) come after the tones.
/// 3. **Case** (tertiary): lower case before upper case.
///
/// So `Sở Giáo dục và Đào tạo` < `Sở Giao thông vận tải` (`d` < `t` decides
/// before any tone is looked at), and `Đà Nẵng` files under Đ, after every D.
/// Texts equal on all three levels are ordered by their code points, so the
/// order is total and the same on every machine.
public enum VietnameseCollation {
    /// A sort key: comparing keys byte by byte compares the texts on the
    /// three levels. Primary weights take three bytes (offset so that their
    /// first byte is never 0), tone and case one byte each; a 0 byte
    /// separates the levels, so a shorter text sorts first at every level.
    public struct Key: Comparable, Hashable, Sendable {
        let bytes: [UInt8]

        public static func < (a: Key, b: Key) -> Bool {
            let common = Swift.min(a.bytes.count, b.bytes.count)
            let order = common == 0 ? 0 : a.bytes.withUnsafeBufferPointer { x in
                b.bytes.withUnsafeBufferPointer { y in memcmp(x.baseAddress!, y.baseAddress!, common) }
            }
            return order != 0 ? order < 0 : a.bytes.count < b.bytes.count
        }
    }

    /// The primary letters in order (f, j, w, z where Latin puts them).
    static let alphabet: [String] = ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
                                     "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z"]

    /// How each letter heads a section of an A–Z list, and the fragment id
    /// it gets there (Telex spelling: ă → aw, â → aa, đ → dd, ơ → ow).
    static let telex: [String] = ["a", "aw", "aa", "b", "c", "d", "dd", "e", "ee", "f", "g", "h", "i", "j", "k", "l", "m",
                                  "n", "o", "oo", "ow", "p", "q", "r", "s", "t", "u", "uw", "v", "w", "x", "y", "z"]

    // Primary weight bands.
    private static let space: UInt32 = 1, punctuation: UInt32 = 2, digit: UInt32 = 200, letter: UInt32 = 300, other: UInt32 = 1000

    /// The secondary weight of each tone mark (none is 1).
    private static func tone(_ mark: UInt32) -> UInt8? {
        switch mark {
        case 0x0300: return 2   // huyền
        case 0x0309: return 3   // hỏi
        case 0x0303: return 4   // ngã
        case 0x0301: return 5   // sắc
        case 0x0323: return 6   // nặng
        default: return nil
        }
    }

    /// One collation element: a letter (or other character) with its tone
    /// and case; eight bytes, since a name makes one per letter.
    private struct Element {
        var primary: UInt32
        var secondary: UInt8 = 1
        var tertiary: UInt8 = 1
        /// Index into `alphabet` when the element is a letter of it, else −1.
        private var letterIndex: Int8 = -1

        init(primary: UInt32, tertiary: UInt8 = 1, letter: Int? = nil) {
            self.primary = primary
            self.tertiary = tertiary
            self.letter = letter
        }

        var letter: Int? {
            get { letterIndex < 0 ? nil : Int(letterIndex) }
            set { letterIndex = newValue.map { Int8($0) } ?? -1 }
        }
    }

    /// Letter index of each lowercase ASCII letter a–z, by `byte - 0x61`.
    private static let asciiLetters: [Int] = (0..<26).map { offset in
        alphabet.firstIndex(of: String(UnicodeScalar(UInt8(0x61 + offset))))!
    }

    /// Letter index of a lowercase ASCII letter.
    private static func index(ofASCII byte: UInt32) -> Int { asciiLetters[Int(byte) - 0x61] }

    /// The letter a modifier mark makes of a base letter: a + ̆ → ă, o + ̛ → ơ.
    private static func modified(_ letter: Int, by mark: UInt32) -> Int? {
        switch (alphabet[letter], mark) {
        case ("a", 0x0306): return 1
        case ("a", 0x0302): return 2
        case ("e", 0x0302): return 8
        case ("o", 0x0302): return 19
        case ("o", 0x031B): return 20
        case ("u", 0x031B): return 27
        default: return nil
        }
    }

    /// Precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) as elements,
    /// found once from their canonical decomposition (the same rule as for
    /// text that arrives decomposed).
    private static let precomposed: [Element?] = {
        var table = [Element?](repeating: nil, count: 0x1F00)
        for value in Array(0xC0..<0x250) + Array(0x1E00..<0x1F00) {
            guard let scalar = Unicode.Scalar(UInt32(value)), scalar.properties.isAlphabetic else { continue }
            if value == 0x0111 || value == 0x0110 {
                table[value] = Element(primary: letter + 6, tertiary: value == 0x0110 ? 2 : 1, letter: 6)
                continue
            }
            let parts = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            guard let base = parts.first, base.isASCII, base.properties.isAlphabetic else { continue }
            var elements: [Element] = []
            append(base, to: &elements)
            for mark in parts.dropFirst() { append(mark, to: &elements) }
            if elements.count == 1 { table[value] = elements[0] }
        }
        return table
    }()

    /// Adds one scalar to the elements: a new element, or a mark that
    /// changes the last one's letter, tone or other diacritics.
    private static func append(_ scalar: Unicode.Scalar, to elements: inout [Element]) {
        let v = scalar.value
        switch v {
        case 0x61...0x7A:
            let i = index(ofASCII: v)
            elements.append(Element(primary: letter + UInt32(i), letter: i))
        case 0x41...0x5A:
            let i = index(ofASCII: v + 32)
            elements.append(Element(primary: letter + UInt32(i), tertiary: 2, letter: i))
        case 0x30...0x39:
            elements.append(Element(primary: digit + v - 0x30))
        case 0x09...0x0D, 0x20:
            if elements.last?.primary != space { elements.append(Element(primary: space)) }
        case 0x21...0x7E:
            elements.append(Element(primary: punctuation + v))
        case 0x0300...0x036F:
            guard let last = elements.indices.last else { elements.append(Element(primary: punctuation + 0x7F)); return }
            if let weight = tone(v) {
                elements[last].secondary = weight
            } else if let letterIndex = elements[last].letter, let new = modified(letterIndex, by: v) {
                elements[last].letter = new
                elements[last].primary = letter + UInt32(new)
            } else {
                // Marks Vietnamese does not use (ü, ñ): after every tone.
                elements[last].secondary = UInt8(16 + (v - 0x0300))
            }
        default:
            if (0xC0..<0x250).contains(v) || (0x1E00..<0x1F00).contains(v), let element = precomposed[Int(v)] {
                elements.append(element)
            } else if scalar.properties.isWhitespace {
                if elements.last?.primary != space { elements.append(Element(primary: space)) }
            } else if v < 0x80 || (0x2000...0x206F).contains(v) || (0xA0...0xBF).contains(v) {
                elements.append(Element(primary: punctuation + (v < 0x80 ? v : 0x80)))
            } else {
                elements.append(Element(primary: other + v))
            }
        }
    }

    private static func elements(_ text: String) -> [Element] {
        var elements: [Element] = []
        elements.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { append(scalar, to: &elements) }
        // Leading and trailing spaces do not count.
        while elements.first?.primary == space { elements.removeFirst() }
        while elements.last?.primary == space { elements.removeLast() }
        return elements
    }

    /// The sort key of `text` (see the type's rule).
    public static func key(_ text: String) -> Key {
        let elements = elements(text)
        let bytes = [UInt8](unsafeUninitializedCapacity: elements.count * 5 + 2) { out, count in
            var i = 0
            for element in elements {
                let weight = Swift.min(element.primary, 0xEF_FFFF) + 0x1_0000
                out[i] = UInt8(truncatingIfNeeded: weight >> 16)
                out[i + 1] = UInt8(truncatingIfNeeded: weight >> 8)
                out[i + 2] = UInt8(truncatingIfNeeded: weight)
                i += 3
            }
            out[i] = 0
            i += 1
            for element in elements { out[i] = element.secondary; i += 1 }
            out[i] = 0
            i += 1
            for element in elements { out[i] = element.tertiary; i += 1 }
            count = i
        }
        return Key(bytes: bytes)
    }

    /// True when `a` sorts before `b`; texts equal on all three levels are
    /// ordered by their Unicode scalars.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        let x = key(a), y = key(b)
        if x != y { return x < y }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }

    /// The positions of `names` in Vietnamese order: `order[i]` is the rank
    /// (from 0) of `names[i]`; equal names get consecutive ranks by index.
    public static func ranks(_ names: [String]) -> [Int] {
        ranks(names, keys: names.map(key))
    }

    /// The same with the names' keys already made (`keys[i]` is `key(names[i])`).
    public static func ranks(_ names: [String], keys: [Key]) -> [Int] {
        let sorted = names.indices.sorted { a, b in
            if keys[a] != keys[b] { return keys[a] < keys[b] }
            if names[a] != names[b] { return names[a].unicodeScalars.lexicographicallyPrecedes(names[b].unicodeScalars) }
            return a < b
        }
        var ranks = [Int](repeating: 0, count: names.count)
        for (rank, index) in sorted.enumerated() { ranks[index] = rank }
        return ranks
    }

    /// The section of an A–Z list a text files under: its first letter in
    /// upper case and a fragment id (`("Đ", "dd")`), or `("#", "khac")` when
    /// it does not start with a letter of the alphabet.
    public static func initial(_ text: String) -> (heading: String, id: String) {
        guard let first = elements(text).first, let letter = first.letter else { return ("#", "khac") }
        return (alphabet[letter].uppercased(), telex[letter])
    }
}
