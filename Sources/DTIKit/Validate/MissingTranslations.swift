/// What Content does not give in a language yet (`dti check --missing-translations`):
/// each text that the edition will show in Vietnamese, with the file and
/// the key or column that would hold its translation.
///
/// Published unit names in ranking tables are not listed: they are proper
/// names, shown as published in every edition.
enum MissingTranslations {
    static func list(_ content: Content, language: String) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let suffix = Translations.suffix(language)
        func missing(_ file: String, _ line: Int?, _ key: String, _ text: String?) {
            guard let text, !text.isEmpty else { return }
            found.append(Diagnostic(.note, SourceLocation(file: file, line: line), "chưa có `\(key)\(suffix)` cho: \(text)",
                                    hint: nil, kind: "missing-translation"))
        }
        let site = content.site.translations
        for (key, text) in [("title", content.site.title), ("publisher", content.site.publisher), ("description", content.site.description)]
        where site[key, language] == nil {
            missing(content.root + "/site.conf", nil, key, text)
        }
        for framework in content.frameworks {
            let t = framework.translations
            if t["name", language] == nil { missing(framework.confFile, nil, "name", framework.name) }
            if t["level", language] == nil { missing(framework.confFile, nil, "level", framework.level) }
            if t["note", language] == nil { missing(framework.confFile, nil, "note", framework.note) }
            for index in framework.indices {
                if index.translations["name", language] == nil { missing(framework.file, index.line, "name", index.name) }
                if !index.short.isEmpty, index.translations["short", language] == nil { missing(framework.file, index.line, "short", index.short) }
            }
        }
        for table in content.rankings {
            let t = table.translations
            if t["title", language] == nil { missing(table.confFile, nil, "title", table.title) }
            if t["source", language] == nil { missing(table.confFile, nil, "source", table.source) }
            if t["note", language] == nil { missing(table.confFile, nil, "note", table.note) }
            if t["group_name", language] == nil { missing(table.confFile, nil, "group_name", table.groupName) }
        }
        for record in content.units where record.translations["name", language] == nil {
            missing(content.root + "/units.csv", record.line, "name", record.name)
        }
        for page in content.pages where page.editions[language] == nil {
            found.append(Diagnostic(.note, SourceLocation(file: page.file), "chưa có bản \(language) của trang `\(page.title)`",
                                    hint: "Thêm pages/\(page.name).\(language).md.", kind: "missing-translation"))
        }
        return found
    }
}
