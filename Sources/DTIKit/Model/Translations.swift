/// Content text in the portal's other languages, read from the same files
/// as the text itself: `title_en = …` beside `title = …` in a .conf file,
/// a `name_en` column beside `name` in a CSV, `pages/<name>.en.md` beside
/// `pages/<name>.md`. Keyed by field and language: `title.en`.
///
/// Nothing is machine-translated: where Content gives no English, the
/// Vietnamese text is shown as it is (proper names are not translated),
/// and `dti check --missing-translations` lists what is missing.
public struct Translations: Sendable, Hashable {
    private var texts: [String: String] = [:]

    public init() {}

    /// The text of `field` in `language`, if Content gives one.
    public subscript(_ field: String, _ language: String) -> String? {
        get { texts[field + "." + language] }
        set { texts[field + "." + language] = newValue }
    }

    public var isEmpty: Bool { texts.isEmpty }

    /// `text` in `language`: its translation, else itself.
    public func text(_ field: String, _ language: String, else text: String) -> String { self[field, language] ?? text }
    public func text(_ field: String, _ language: String, else text: String?) -> String? { self[field, language] ?? text }

    /// The suffix of a translated key or column: `_en`.
    public static func suffix(_ language: String) -> String { "_" + language }

    /// The languages Content may translate into (`name_en`, `title_en`): every
    /// built-in language but the first, Vietnamese.
    public static let languages = ["en"]

    /// `keys` with their translated forms (`title`, `title_en`), for a .conf's allowed keys.
    public static func keys(_ keys: [String]) -> [String] { keys + keys.flatMap { key in languages.map { key + suffix($0) } } }
}

extension ConfFile {
    /// The translations of `fields` this file gives (`title_en = …`).
    func translations(of fields: [String]) -> Translations {
        var result = Translations()
        for field in fields {
            for language in Translations.languages {
                if let text = self[field + Translations.suffix(language)], !text.isEmpty { result[field, language] = text }
            }
        }
        return result
    }
}
