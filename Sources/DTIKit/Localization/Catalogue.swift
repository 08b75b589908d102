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
        enum Piece: Sendable { case text(String), value(String) }
        let pieces: [Piece]
        let source: String

        init(_ text: String) {
            source = text
            var pieces: [Piece] = []
            var literal = ""
            var rest = Substring(text)
            while let open = rest.firstIndex(of: "{") {
                guard let close = rest[open...].firstIndex(of: "}"),
                      rest[rest.index(after: open)..<close].allSatisfy({ $0.isLetter || $0 == "_" }),
                      close > rest.index(after: open) else {
                    literal += rest[...open]
                    rest = rest[rest.index(after: open)...]
                    continue
                }
                literal += rest[..<open]
                if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
                pieces.append(.value(String(rest[rest.index(after: open)..<close])))
                rest = rest[rest.index(after: close)...]
            }
            literal += rest
            if !literal.isEmpty { pieces.append(.text(literal)) }
            self.pieces = pieces
        }

        /// The placeholder names, in order of first use.
        var placeholders: [String] {
            var names: [String] = []
            for case .value(let name) in pieces where !names.contains(name) { names.append(name) }
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
        var text = ""
        for piece in templates[word.index].pieces {
            switch piece {
            case .text(let literal): text += literal
            case .value(let name): text += values.first { $0.key == name }?.value ?? "{\(name)}"
            }
        }
        return text
    }

    /// The placeholders a word's text uses.
    public func placeholders(of word: Word) -> [String] { templates[word.index].placeholders }

    /// A number formatted by dti (decimal comma) in this catalogue's language.
    public func number(_ formatted: String) -> String { language.number(formatted) }
}
