/// Breaks a title into at most a few lines of a given width, for cards.
///
/// Lines break between whole words (Vietnamese is written with spaces
/// between syllables, so a break may fall between any two). Text that
/// still does not fit in `maxLines` ends its last line with "…" after the
/// last whole word that leaves room for it (dropping a dangling comma or
/// dash before it). A single word wider than a line, which whole-word
/// breaking cannot help, is cut between characters (grapheme clusters, so
/// a letter never loses its marks) and ends with "…".
///
/// Widths come from a measuring function, so layout agrees exactly with
/// what will be drawn (`TrueTypeFont.measure`) and tests can use any metric.
public enum TextLayout {
    /// The ellipsis that marks shortened text.
    public static let ellipsis = "…"

    /// The lines of `text` at `size` in `font`, each at most `maxWidth` pixels.
    public static func lines(_ text: String, font: TrueTypeFont, size: Double, maxWidth: Double, maxLines: Int) -> [String] {
        lines(text, maxWidth: maxWidth, maxLines: maxLines) { font.measure($0, size: size) }
    }

    /// The lines of `text`, each at most `maxWidth` wide by `measure`, at
    /// most `maxLines` of them (at least one). Runs of spaces collapse to
    /// one; empty text gives no lines.
    public static func lines(_ text: String, maxWidth: Double, maxLines: Int, measure: (String) -> Double) -> [String] {
        let words = TrueTypeFont.normalized(text).split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard !words.isEmpty else { return [] }
        let limit = max(1, maxLines)
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if measure(candidate) <= maxWidth {
                current = candidate
                index += 1
                continue
            }
            if current.isEmpty {
                // One word wider than the whole line: it gets a line of its own, cut.
                current = cutCharacters(word, maxWidth: maxWidth, measure: measure)
                index += 1
            }
            lines.append(current)
            current = ""
            if lines.count == limit { break }
        }
        if !current.isEmpty && lines.count < limit {
            lines.append(current)
            current = ""
        }
        guard index < words.count || !current.isEmpty else { return lines }
        // Words are left over: the last line must say so.
        lines[lines.count - 1] = withEllipsis(lines[lines.count - 1], maxWidth: maxWidth, measure: measure)
        return lines
    }

    /// `line` ended by "…", dropping whole words from its end until it fits;
    /// when even its first word does not fit with "…", that word is cut.
    static func withEllipsis(_ line: String, maxWidth: Double, measure: (String) -> Double) -> String {
        if line.hasSuffix(ellipsis) { return line }  // already cut inside a word
        var words = line.split(separator: " ").map(String.init)
        while !words.isEmpty {
            let shortened = trimmedForEllipsis(words.joined(separator: " ")) + ellipsis
            if measure(shortened) <= maxWidth && !trimmedForEllipsis(words.joined(separator: " ")).isEmpty {
                return shortened
            }
            if words.count == 1 { return cutCharacters(words[0], maxWidth: maxWidth, measure: measure, always: true) }
            words.removeLast()
        }
        return ellipsis
    }

    /// `word` cut after as many characters as fit with "…". Unless `always`,
    /// a word that fits whole is returned as it is.
    static func cutCharacters(_ word: String, maxWidth: Double, measure: (String) -> Double, always: Bool = false) -> String {
        if !always && measure(word) <= maxWidth { return word }
        let characters = Array(word)
        // Widths grow with each character added, so the longest prefix that
        // fits is found by bisection.
        var low = 0, high = always ? characters.count : characters.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if measure(String(characters[..<middle]) + ellipsis) <= maxWidth { low = middle } else { high = middle - 1 }
        }
        return trimmedForEllipsis(String(characters[..<low])) + ellipsis
    }

    /// Drops punctuation that would dangle before "…" ("Sở Văn hóa,…").
    static func trimmedForEllipsis(_ text: String) -> String {
        var result = Substring(text)
        while let last = result.last, last == " " || last == "," || last == ";" || last == ":" || last == "-" || last == "–" || last == "—" {
            result = result.dropLast()
        }
        return String(result)
    }
}
