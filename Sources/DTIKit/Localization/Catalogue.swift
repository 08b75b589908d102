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
    /// Period names made once (a page names the same few periods dozens of times).
    private var periodNames = PeriodNames.none

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
        periodNames = PeriodNames(self)
    }

    /// The words for the periods of years `first...last`, heading and
    /// in-sentence forms, by `slot`; other periods are named when asked.
    struct PeriodNames: Sendable {
        static let first = 2000, last = 2060, spans = 7
        static let none = PeriodNames(headings: [], inSentence: [])
        let headings: [String], inSentence: [String]

        private init(headings: [String], inSentence: [String]) { self.headings = headings; self.inSentence = inSentence }

        init(_ words: Catalogue) {
            // In slot order: the year, its first 6 and 9 months, its quarters.
            let periods = (Self.first...Self.last).flatMap { year in
                ["", "-6t", "-9t", "-q1", "-q2", "-q3", "-q4"].compactMap { Period(label: String(year) + $0) }
            }
            headings = periods.map { words.composePeriod($0) }
            inSentence = periods.map { words.composePeriodInSentence($0) }
        }

        /// The place of a period in the tables, if it is there.
        static func slot(_ period: Period) -> Int? {
            guard (first...last).contains(period.year) else { return nil }
            let span: Int
            switch period.span {
            case .year: span = 0
            case .firstMonths(6): span = 1
            case .firstMonths(9): span = 2
            case .quarter(let q) where (1...4).contains(q): span = 2 + q
            default: return nil
            }
            return (period.year - first) * spans + span
        }
    }

    /// A period's heading from the table made at load time.
    func periodName(_ period: Period, inSentence: Bool) -> String? {
        guard let slot = PeriodNames.slot(period) else { return nil }
        let names = inSentence ? periodNames.inSentence : periodNames.headings
        return slot < names.count ? names[slot] : nil
    }

    /// The text of a word without placeholders.
    public subscript(_ word: Word) -> String { templates[word.index].source }

    /// The text of a word with its placeholders filled: `words(.rankOf, ["rank": "13", "count": "19"])`.
    /// A placeholder without a value is left as written, so that a test
    /// that scans pages for `{name}` finds it.
    public func callAsFunction(_ word: Word, _ values: KeyValuePairs<String, String>) -> String {
        var text = ""
        text.reserveCapacity(templates[word.index].source.utf8.count + 24 * values.count)
        forEachPiece(of: word, values) { text.append($0) }
        return text
    }

    /// The pieces of a word with its placeholders filled, in order, without
    /// joining them: a page writes them straight into its buffer
    /// (`html.text(.rankOf, […])`) instead of building a string first.
    public func forEachPiece(of word: Word, _ values: KeyValuePairs<String, String>, _ body: (String) -> Void) {
        forEachPiece(of: word, values, slots: []) { if case .text(let text) = $0 { body(text) } }
    }

    /// A piece of a filled word: text, or the place of a placeholder that the
    /// page fills with markup (a link inside the sentence).
    public enum FilledPiece { case text(String), slot(String) }

    /// The pieces of a word, its placeholders filled from `values`, except
    /// the ones named in `slots`, which are handed back as places.
    public func forEachPiece(of word: Word, _ values: KeyValuePairs<String, String>, slots: Set<String>, _ body: (FilledPiece) -> Void) {
        for piece in templates[word.index].pieces {
            switch piece {
            case .value(let name) where slots.contains(name): body(.slot(name))
            case .text(let literal): body(.text(literal))
            case .value(let name): body(.text(Self.value(of: name, in: values) ?? "{\(name)}"))
            case .plural(let name, let one, let other): body(.text(Self.value(of: name, in: values) == "1" ? one : other))
            }
        }
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
