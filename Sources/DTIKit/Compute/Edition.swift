/// A language edition of the portal: the content in that language, as far
/// as Content gives it, and where its pages live.
///
/// The first language (Vietnamese) is at the site's root; every other one is
/// under `/<code>/` (`/en/`), with the same routes below it, so that each
/// page has its twin in the other edition at a predictable address. Open data
/// files, assets and the sitemap are shared by all editions.
public struct Edition: Sendable {
    public let language: Language
    /// `""` for the first language, `"en/"` for the others.
    public let prefix: String

    public init(language: Language, isFirst: Bool) {
        self.language = language
        prefix = isFirst ? "" : language.code + "/"
    }

    /// The editions of a site, first language first.
    public static func all(_ site: SiteConfig) -> [Edition] {
        site.languages.enumerated().map { Edition(language: $1, isFirst: $0 == 0) }
    }
}

extension Content {
    /// The content as the `language` edition shows it: every text Content
    /// gives in that language (`title_en`, `name_en`, `pages/<name>.en.md`)
    /// instead of the Vietnamese one; the rest (published unit names in
    /// tables, numbers, legal documents without a translation) as it is.
    public func translated(to language: Language) -> Content {
        guard language != .vietnamese else { return self }
        let code = language.code
        var content = self
        let t = site.translations
        content.site.title = t.text("title", code, else: site.title)
        content.site.publisher = t.text("publisher", code, else: site.publisher)
        content.site.contact = t.text("contact", code, else: site.contact)
        content.site.description = t.text("description", code, else: site.description)
        content.frameworks = frameworks.map { framework in
            var translated = framework
            let t = framework.translations
            translated.name = t.text("name", code, else: framework.name)
            translated.level = t.text("level", code, else: framework.level)
            translated.note = t.text("note", code, else: framework.note)
            translated.legalBasis = t.text("legal_basis", code, else: framework.legalBasis)
            translated.indices = framework.indices.map { index in
                var translated = index
                translated.name = index.translations.text("name", code, else: index.name)
                translated.short = index.translations.text("short", code, else: index.short)
                return translated
            }
            return translated
        }
        content.rankings = rankings.map { $0.translated(to: code) }
        content.units = units.map { record in
            var translated = record
            translated.name = record.translations.text("name", code, else: record.name)
            return translated
        }
        content.unitIdentities = unitIdentities.map { identity in
            var translated = identity
            if let record = identity.record { translated.name = record.translations.text("name", code, else: identity.name) }
            return translated
        }
        content.lineage = lineage.map { link in
            var translated = link
            translated.basis = link.translations.text("basis", code, else: link.basis)
            translated.note = link.translations.text("note", code, else: link.note)
            return translated
        }
        content.pages = pages.map { $0.editions[code] ?? $0 }
        return content
    }
}

extension RankingTable {
    /// The same table with its texts in `language` where the .conf gives them;
    /// the rows (as published) are shared, not copied.
    func translated(to language: String) -> RankingTable {
        guard !translations.isEmpty else { return self }
        let t = translations
        return RankingTable(period: period, group: group, file: file, confFile: confFile, frameworkID: frameworkID,
                            title: t.text("title", language, else: title), groupName: t.text("group_name", language, else: groupName),
                            source: t.text("source", language, else: source), sourceURL: sourceURL, published: published,
                            note: t.text("note", language, else: note), methodology: methodology, translations: translations, of: of,
                            indexCodes: indexCodes, hasTotal: hasTotal, hasClass: hasClass, hasRank: hasRank,
                            normalizedMeasures: normalizedMeasures, rows: rows, sourceSheet: sourceSheet, headerLine: headerLine)
    }
}
