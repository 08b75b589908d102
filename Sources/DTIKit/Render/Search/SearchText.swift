/// The searchable text of a free-text page, and the slug rule the browser
/// repeats, for `SearchIndex`.
struct SearchText {
    /// The page's headings (`#` to `######`), in order, as plain text.
    var headings: [String] = []
    /// Its other lines as plain text, one space between lines, cut at
    /// `bodyLimit` characters: enough to find a page by what it is about
    /// without the index growing with long pages.
    var body = ""

    /// The most characters of a page's body the index keeps.
    static let bodyLimit = 2_000

    init(markdown: String) {
        var length = 0
        for rawLine in markdown.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = String(rawLine).trimmingASCIISpaces()
            if line.isEmpty { continue }
            let level = line.prefix(while: { $0 == "#" }).count
            if level > 0, level <= 6, line.dropFirst(level).first == " " {
                headings.append(Self.plain(String(line.dropFirst(level + 1))))
                continue
            }
            guard length < Self.bodyLimit else { continue }
            var text = Self.plain(line)
            if text.hasPrefix("- ") || text.hasPrefix("+ ") { text.removeFirst(2) }
            let room = Self.bodyLimit - length
            if text.count > room {
                // Cut at the last space that fits, never inside a word.
                let kept = text.prefix(room)
                text = String(kept.lastIndex(of: " ").map { kept[..<$0] } ?? kept)
            }
            if !body.isEmpty { body += " " }
            body += text
            length += text.count + 1
        }
    }

    /// Markdown inline syntax removed: `[text](url)` → `text`, and the
    /// markers `*`, `_` (doubled), `` ` `` dropped.
    static func plain(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "[") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "]"),
                  rest.index(after: close) < rest.endIndex, rest[rest.index(after: close)] == "(",
                  let end = rest[close...].firstIndex(of: ")") else {
                out += "["
                rest = rest[afterOpen...]
                continue
            }
            out += rest[afterOpen..<close]
            rest = rest[rest.index(after: end)...]
        }
        out += rest
        return out.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: "`", with: "").replacingOccurrences(of: "*", with: "")
    }

    /// Whether `search.js` derives `slug` from `name` by itself: the slug is
    /// exactly `SlugTransliteration.slug(name)`, and the name uses only ASCII,
    /// Latin-1 and the precomposed Latin letters Vietnamese uses (U+00A0–U+024F,
    /// U+1E00–U+1EFF) and general punctuation such as `–` (U+2000–U+206F), for
    /// which the browser's rule (NFD, drop the marks U+0300–U+036F, đ→d,
    /// lowercase ASCII, anything else separates words) gives the same slug:
    /// none of them has a canonical decomposition to another letter or digit.
    /// Any other name has its slug written out.
    static func derivesSlug(_ slug: String, from name: String) -> Bool {
        let simple = name.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xA0...0x24F, 0x1E00...0x1EFF, 0x2000...0x206F: return true
            default: return false
            }
        }
        return simple && SlugTransliteration.slug(name) == slug
    }
}
