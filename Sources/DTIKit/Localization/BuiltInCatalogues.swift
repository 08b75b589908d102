/// The catalogues dti carries (`i18n/vi.conf`, `i18n/en.conf`), and how a
/// site's catalogues are put together from them and the theme's overrides.
///
/// Every finding is a diagnostic with file:line: a key that is not a word of
/// the interface, a word a language lacks, a text whose placeholders differ
/// from the same word's in the first language (a page would fill the wrong
/// ones).
public enum BuiltInCatalogues {
    /// The built-in catalogue text of a language, if dti has one.
    public static func text(for language: Language) -> String? {
        switch language.code {
        case "vi": return vietnamese
        case "en": return english
        default: return nil
        }
    }

    /// The file name of a language's catalogue in a theme: `i18n/vi.conf`.
    public static func fileName(_ language: Language) -> String { "i18n/\(language.code).conf" }

    /// The catalogues of `languages` (first one first): built-in texts with
    /// `overrides` (theme file bytes by language code, with their paths) laid over.
    public static func load(_ languages: [Language], overrides: [String: (path: String, bytes: [UInt8])] = [:])
        -> (catalogues: [Catalogue], diagnostics: [Diagnostic]) {
        var problems: [Diagnostic] = []
        var results: [(Language, [Word: (text: String, at: SourceLocation)])] = []
        let keys = Word.allCases.map(\.rawValue)
        for language in languages {
            var texts: [Word: (text: String, at: SourceLocation)] = [:]
            let builtInFile = "(dti) " + fileName(language)
            if let builtIn = text(for: language) {
                let (conf, found) = ConfFile.parse(Array(builtIn.utf8), file: builtInFile, allowedKeys: keys)
                problems += found
                for entry in conf.entries { if let word = Word(rawValue: entry.key) { texts[word] = (entry.value, entry.location) } }
            }
            if let theme = overrides[language.code] {
                let (conf, found) = ConfFile.parse(theme.bytes, file: theme.path, allowedKeys: keys)
                problems += found.map(Self.explainUnknownKey)
                for entry in conf.entries { if let word = Word(rawValue: entry.key) { texts[word] = (entry.value, entry.location) } }
            }
            let missing = Word.allCases.filter { texts[$0] == nil }
            if !missing.isEmpty {
                let file = overrides[language.code]?.path ?? builtInFile
                problems.append(.error(SourceLocation(file: file), "thiếu \(missing.count) khoá cho ngôn ngữ `\(language.code)`: "
                                       + missing.prefix(8).map(\.rawValue).joined(separator: ", ") + (missing.count > 8 ? ", …" : ""),
                                       hint: "Thêm các dòng `khoá = chữ` này; xem tệp mẫu bằng `dti new --theme`.", kind: "catalogue-missing-key"))
            }
            results.append((language, texts))
        }
        // Placeholders must be the same words in every language.
        if let (first, reference) = results.first {
            for (language, texts) in results.dropFirst() {
                for word in Word.allCases {
                    guard let expected = reference[word], let other = texts[word] else { continue }
                    let a = Set(Catalogue.Template(expected.text).placeholders), b = Set(Catalogue.Template(other.text).placeholders)
                    guard a != b else { continue }
                    problems.append(.error(other.at, "`\(word.rawValue)` (\(language.code)) có chỗ điền "
                                           + Self.list(b) + " nhưng bản `\(first.code)` có " + Self.list(a),
                                           hint: "Mỗi ngôn ngữ phải dùng đúng các chỗ điền {…} như nhau.", kind: "catalogue-placeholder"))
                }
            }
        }
        let catalogues = results.map { language, texts in Catalogue(language: language, texts: texts.mapValues(\.text)) }
        return (catalogues, problems)
    }

    private static func list(_ names: Set<String>) -> String {
        names.isEmpty ? "không có chỗ điền nào" : names.sorted().map { "{\($0)}" }.joined(separator: ", ")
    }

    /// An unknown key in a theme's catalogue is most often a typo of a real one.
    private static func explainUnknownKey(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.kind == "conf-unknown-key" else { return diagnostic }
        var explained = diagnostic
        explained.kind = "catalogue-unknown-key"
        explained.hint = "Khoá phải là một từ của giao diện; danh sách đầy đủ ở tệp mẫu (`dti new --theme`)."
        return explained
    }
}
