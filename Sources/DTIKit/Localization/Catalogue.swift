/// Every word of the interface in one language, from `i18n/<code>.conf`.
///
/// The built-in theme carries a catalogue for each built-in language; a
/// theme's own `Theme/i18n/<code>.conf` overrides single keys. A text may
/// hold placeholders, `{rank}`, filled by the page: `Hạng {rank}/{count}`.
/// Page code asks for words by `Word` (a closed set, so a missing key is a
/// compile error in dti and a load error in a catalogue file).
public struct Catalogue: Sendable {
    public let language: Language
    /// One template per `Word`, by `Word.index`.
    private let templates: [Template]

    /// A text split at its placeholders.
    struct Template: Sendable {
        enum Piece: Sendable {
            case text(String), value(String)
            /// The `one` form where the number named is 1, else `other`.
            case plural(String, one: String, other: String)
        }
        let pieces: [Piece]
        let source: String

        init(_ text: String) {
            source = text
            var pieces: [Piece] = []
            var literal = ""
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}"),
                      let piece = Self.placeholder(rest[rest.index(after: open)..<close]) else {
                    literal += rest[...open]
                    rest = rest[rest.index(after: open)...]
                    continue
                }
                literal += rest[..<open]
                if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                pieces.append(piece)
                rest = rest[rest.index(after: close)...]
            }
            literal += rest
            if !literal.isEmpty { pieces.append(.text(literal)) }
            self.pieces = pieces
        }

        /// `name` or `name|one|other` (a word that agrees with the number
        /// `name`: `{places|place|places}`); anything else is literal text.
        private static func placeholder(_ inside: Substring) -> Piece? {
            let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
            guard let name = parts.first, !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) else { return nil }
            switch parts.count {
            case 1: return .value(String(name))
            case 3: return .plural(String(name), one: String(parts[1]), other: String(parts[2]))
            default: return nil
            }
        }

        /// The placeholder names, in order of first use.
        var placeholders: [String] {
            var names: [String] = []
            for piece in pieces {
                switch piece {
                case .value(let name), .plural(let name, _, _): if !names.contains(name) { names.append(name) }
                case .text: break
                }
            }
            return names
        }
    }

    init(language: Language, texts: [Word: String]) {
        self.language = language
        templates = Word.allCases.map { Template(texts[$0] ?? $0.rawValue) }
    }

    /// The text of a word without placeholders.
    public subscript(_ word: Word) -> String { templates[word.index].source }

    /// The text of a word with its placeholders filled: `words(.rankOf, ["rank": "13", "count": "19"])`.
    /// A placeholder without a value is left as written, so that a test
    /// that scans pages for `{name}` finds it.
    public func callAsFunction(_ word: Word, _ values: KeyValuePairs<String, String>) -> String {
        let template = templates[word.index]
        var text = ""
        text.reserveCapacity(template.source.utf8.count + 24 * values.count)
        for piece in template.pieces {
            switch piece {
            case .text(let literal): text.append(literal)
            case .value(let name): text.append(Self.value(of: name, in: values) ?? "{\(name)}")
            case .plural(let name, let one, let other): text.append(Self.value(of: name, in: values) == "1" ? one : other)
            }
        }
        return text
    }

    private static func value(of name: String, in values: KeyValuePairs<String, String>) -> String? {
        for (key, value) in values where key == name { return value }
        return nil
    }

    /// The placeholders a word's text uses.
    public func placeholders(of word: Word) -> [String] { templates[word.index].placeholders }

    /// dti's own Vietnamese words, without a theme's changes: the default of
    /// a fragment written outside a page.
    public static let builtInVietnamese = BuiltInCatalogues.load([.vietnamese]).catalogues[0]

    /// A number formatted by dti (decimal comma) in this catalogue's language.
    public func number(_ formatted: String) -> String { language.number(formatted) }
}
