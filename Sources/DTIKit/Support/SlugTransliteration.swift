import Foundation

/// Turns Vietnamese names into URL slugs and comparison keys.
///
/// `Sở Tư pháp` → `so-tu-phap`, `Đà Nẵng` → `da-nang`. The steps are: NFC,
/// an explicit đ→d and Đ→D (neither case folding nor NFD removes the stroke),
/// NFD, drop the combining marks, lowercase, and join the ASCII words with `-`.
public enum SlugTransliteration {
    /// The URL slug of a name; empty when the name has no letters or digits.
    public static func slug(_ name: String) -> String {
        words(name).joined(separator: "-")
    }

    /// A key for matching headers and names while ignoring case, diacritics,
    /// punctuation and extra spaces: `  Xếp  Hạng ` → `xep hang`.
    public static func key(_ text: String) -> String {
        words(text).joined(separator: " ")
    }

    /// The lowercase ASCII words of a text after transliteration.
    public static func words(_ text: String) -> [String] {
        if let fast = fastWords(text) { return fast }
        return slowWords(text)
    }

    /// Base letters of the precomposed Latin letters Vietnamese uses
    /// (U+00C0–U+024F and U+1E00–U+1EFF), computed once with the same NFD
    /// rule as the slow path, so both paths agree by construction.
    private static let baseLetters: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 0x1F00)
        for value in Array(0xC0..<0x250) + Array(0x1E00..<0x1F00) {
            guard let scalar = Unicode.Scalar(UInt32(value)) else { continue }
            if value == 0x0111 || value == 0x0110 { table[value] = UInt8(ascii: "d"); continue }
            let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars
            guard let first = decomposed.first, first.isASCII, first.properties.isAlphabetic,
                  decomposed.dropFirst().allSatisfy({ $0.properties.generalCategory == .nonspacingMark }) else { continue }
            table[value] = UInt8(first.value) | 0x20   // lowercase
        }
        return table
    }()

    /// Words without Foundation for ASCII, Vietnamese letters (precomposed or
    /// with combining marks U+0300–U+036F); nil for any other script.
    private static func fastWords(_ text: String) -> [String]? {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        let table = baseLetters
        for scalar in text.unicodeScalars {
            let v = scalar.value
            var letter: UInt8 = 0
            switch v {
            case 0x30...0x39, 0x61...0x7A: letter = UInt8(v)
            case 0x41...0x5A: letter = UInt8(v) + 32
            case 0x0300...0x036F: continue                      // combining mark: dropped
            case 0xC0..<0x250, 0x1E00..<0x1F00:
                letter = table[Int(v)]
                if letter == 0 {
                    // ×, ÷ and other symbols separate words; other letters need the slow path.
                    if scalar.properties.isAlphabetic { return nil }
                }
            case 0..<0x80, 0xA0...0xBF, 0x2000...0x206F: letter = 0   // punctuation and spaces
            default: return nil
            }
            if letter == 0 {
                if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            } else {
                current.append(letter)
            }
        }
        if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
        return words
    }

    static func slowWords(_ text: String) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        func flush() {
            if !current.isEmpty {
                words.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            }
        }
        for scalar in asciiSkeleton(text).unicodeScalars {
            switch scalar.value {
            case 0x30...0x39, 0x61...0x7A:
                current.append(UInt8(scalar.value))
            case 0x41...0x5A:
                current.append(UInt8(scalar.value) + 32)
            default:
                flush()
            }
        }
        flush()
        return words
    }

    /// The text with đ/Đ replaced and every combining mark removed; letters
    /// that do not decompose to ASCII are kept (and later act as separators).
    static func asciiSkeleton(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var stroked = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCanonicalMapping.unicodeScalars {
            switch scalar.value {
            case 0x0111: stroked.append("d")   // đ
            case 0x0110: stroked.append("D")   // Đ
            default: stroked.append(scalar)
            }
        }
        var result = String.UnicodeScalarView()
        for scalar in String(stroked).decomposedStringWithCanonicalMapping.unicodeScalars
        where scalar.properties.generalCategory != .nonspacingMark {
            result.append(scalar)
        }
        return String(result)
    }
}

extension String {
    /// The text in Unicode Normalization Form C, with surrounding whitespace
    /// trimmed and inner runs of whitespace collapsed to one space.
    var normalizedText: String {
        if String.isClean(self) { return self }
        // The common unclean case is clean text with spaces or tabs around it
        // (`title = …` lines of .conf files): trim those and take it as is.
        let utf8 = self.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        while start < end, utf8[start] == 0x20 || utf8[start] == 0x09 { start = utf8.index(after: start) }
        while end > start, utf8[utf8.index(before: end)] == 0x20 || utf8[utf8.index(before: end)] == 0x09 { end = utf8.index(before: end) }
        if start != utf8.startIndex || end != utf8.endIndex {
            let trimmed = Substring(utf8[start..<end])
            if String.isClean(trimmed) { return String(trimmed) }
        }
        let nfc = self.utf8.allSatisfy({ $0 < 0x80 }) ? self : self.precomposedStringWithCanonicalMapping
        var out = ""
        var pendingSpace = false
        for character in nfc {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(character)
            }
        }
        return out
    }

    /// True when the text is certainly NFC already and has no leading,
    /// trailing, doubled or non-space whitespace: ASCII, Latin letters with
    /// their precomposed accents, and common punctuation only. Anything else
    /// takes the full normalization.
    private static func isClean<S: StringProtocol>(_ text: S) -> Bool {
        var previousSpace = true
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x20:
                if previousSpace { return false }
                previousSpace = true
                continue
            case 0x21...0x7E, 0xA1...0x24F, 0x1E00...0x1EFF, 0x2010...0x2027, 0x2030...0x205E:
                previousSpace = false
            default:
                return false
            }
        }
        return !previousSpace
    }
}
