/// `assets/words.<code>.js`: the interface words the scripts show (search,
/// compare, copy-link), in one edition's language, as `window.dtiWords`.
///
/// The words come from the same catalogue as the pages' (`i18n/<code>.conf`,
/// keys starting with `js.`), so a theme that renames a word renames it in
/// the scripts too; every page loads its edition's file before the scripts.
enum WordsScript {
    static func path(_ language: Language) -> String { "assets/words.\(language.code).js" }

    static func render(_ words: Catalogue) -> [UInt8] {
        var json = JSONWriter()
        json.object { o in
            for word in Word.allCases where word.rawValue.hasPrefix("js.") {
                o.dynamicKey(String(word.rawValue.dropFirst(3)))
                o.string(words[word])
            }
        }
        return Array("window.dtiWords = ".utf8) + json.finish() + Array(";\n".utf8)
    }
}
