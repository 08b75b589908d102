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
}
