/// A file written to the site with its checksum, for the open data catalogue.
struct PublishedFile: Sendable {
    var path: String
    var bytes: Int
    var sha256: String
}

/// `/du-lieu/`: every ranking as CSV, Excel workbook and JSON, each unit as
/// JSON, the data dictionary, the licence and how to cite, and a SHA-256
/// for each file.
///
/// Each edition has this page in its own words (`data.*`); the files it
/// lists are shared by every edition, so their column codes are the same in
/// all of them and the dictionary explains them in the page's language.
struct OpenDataPage {
    let context: RenderContext
    /// Data files by path.
    let files: [String: PublishedFile]
    /// The words the workbooks are written in (the first edition's), for
    /// the names of their sheets.
    var workbookWords: Catalogue? = nil
    var location: PageLocation { context.location(Routes.openData) }
    var words: Catalogue { context.words }

    func render() -> [UInt8] {
        let meta = PageMeta(title: words[.dataTitle], description: words[.dataDescription], section: .data)
        return context.shell.render(meta, at: location, capacity: 16_384 + context.model.tables.count * 700) { html in
            Components.breadcrumbs([(words[.navHome], Routes.home), (words[.dataTitle], nil)], location: location, into: &html)
            Components.pageHeader(words[.dataTitle], lead: words[.dataLead], site: context.site, location: location, into: &html)
            license(into: &html)
            html.element(.h2, .id("bang-xep-hang"), text: words[.dataRankingsHeading])
            rankingFiles(into: &html)
            html.element(.h2, .id("don-vi"), text: words[.dataUnitsHeading])
            html.element(.p) { html in
                let example = context.model.units.first
                html.sentence(.dataUnitsText, ["count": String(context.model.units.count)], elements: [
                    "path": { $0.element(.code, text: "du-lieu/don-vi/<slug>.json") },
                    "example": { html in
                        if let example { html.element(.a, .href(location.link(Routes.unitJSON(example.slug))), text: example.slug + ".json") }
                    },
                    "catalogue": { $0.element(.a, .href(location.link(Routes.dataIndexJSON)), text: "index.json") },
                    "checksums": { $0.element(.a, .href(location.link(Routes.checksums)), text: "SHA256SUMS") },
                    "command": { $0.element(.code, text: "sha256sum -c SHA256SUMS") },
                ])
            }
            html.element(.p, text: words[.dataExcelTip])
            dictionary(into: &html)
        }
    }

    /// The table of ranking files: each table's CSV, workbook and JSON with size and checksum.
    private func rankingFiles(into html: inout HTML) {
        Components.scrollTable(label: words[.dataRankingsLabel], into: &html) { html in
            html.element(.table, .class("files")) { html in
                html.element(.caption, text: words[.dataRankingsCaption])
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        for heading in [words[.dataColumnTable], words[.dataColumnFile], words[.dataColumnSize], "SHA-256"] {
                            html.element(.th, .scope("col"), text: heading)
                        }
                    }
                }
                html.element(.tbody) { html in
                    for index in context.tablesNewestFirst {
                        let table = context.model.tables[index].table
                        let paths = [Routes.rankingCSV(table), Routes.rankingWorkbook(table), Routes.rankingJSON(table)].filter { files[$0] != nil }
                        for (n, path) in paths.enumerated() {
                            guard let file = files[path] else { continue }
                            html.element(.tr) { html in
                                if n == 0 {
                                    html.element(.th, .scope("row"), Attribute("rowspan", String(paths.count))) { html in
                                        html.element(.a, .href(location.link(Routes.ranking(table))), text: words.period(table.period) + " · " + words.groupName(table))
                                    }
                                }
                                html.element(.td) { $0.element(.a, .href(location.link(path)), Attribute("download", ""), text: Self.formatName(path)) }
                                html.element(.td, .class("num"), text: Self.size(file.bytes, words: words))
                                html.element(.td, .class("hash")) { $0.element(.code, text: file.sha256) }
                            }
                        }
                    }
                }
            }
        }
    }

    /// `CSV`, `Excel` or `JSON`, by a data file's extension.
    static func formatName(_ path: String) -> String {
        path.hasSuffix(".csv") ? "CSV" : path.hasSuffix(".xlsx") ? "Excel" : "JSON"
    }

    /// A file size as the page's language writes it: `12,3 kB` / `12.3 kB`.
    static func size(_ bytes: Int, words: Catalogue) -> String {
        if bytes >= 1_000_000 { return words.trimmed(Double(bytes) / 1_000_000, decimals: 1) + " MB" }
        if bytes >= 1_000 { return words.trimmed(Double(bytes) / 1_000, decimals: 1) + " kB" }
        return "\(bytes) B"
    }

    /// The licence of the data and how to cite it.
    private func license(into html: inout HTML) {
        let license = context.site.license
        html.element(.h2, .id("giay-phep"), text: words[.dataLicenseHeading])
        html.element(.p) { html in
            html.sentence(.dataLicenseText, elements: ["license": { html in
                if let url = license.url {
                    html.element(.a, .href(url), Attribute("rel", "license"), text: license.name)
                } else {
                    html.text(license.name)
                }
            }])
        }
        if let first = context.tablesNewestFirst.first {
            Citation.render(Citation.ranking(context.model.tables[first].table, site: context.site, words: context.words, edition: context.edition.prefix), into: &html)
        }
    }

    private func dictionary(into html: inout HTML) {
        html.element(.h2, .id("tu-dien-du-lieu"), text: words[.dataDictionaryHeading])
        let license = context.site.license.name + (context.site.license.url.map { " – " + $0 } ?? "")
        let sheets = workbookWords ?? words
        let rows: [(String, String)] = [
            ("period", words[.dataFieldPeriod]),
            ("JSON: period_name", words[.dataFieldPeriodName]),
            ("JSON: change", words[.dataFieldChange]),
            ("group", words[.dataFieldGroup]),
            ("rank", words[.dataFieldRank]),
            ("tied", words[.dataFieldTied]),
            ("slug", words[.dataFieldSlug]),
            ("name", words[.dataFieldName]),
            ("parent", words[.dataFieldParent]),
            ("1, 2, 3, …", words[.dataFieldScores]),
            ("total", words[.dataFieldTotal]),
            ("class", words[.dataFieldClass]),
            ("dti, cqs, kts, xhs", words[.dataFieldNormalized]),
            ("dti_rank, …", words[.dataFieldNormalizedRank]),
            ("rank_1, rank_2, …", words[.dataFieldIndexRank]),
            ("JSON: normalized.*.computed", words[.dataFieldComputed]),
            ("JSON: notes", words[.dataFieldNotes]),
            ("JSON: framework, max, units_ranked", words[.dataFieldHistory]),
            ("JSON: license", words(.dataFieldLicense, ["license": license])),
            ("JSON: citation", words[.dataFieldCitation]),
            ("Excel (.xlsx)", words(.dataFieldWorkbook, ["ranking_sheet": sheets[.workbookSheetRanking], "about_sheet": sheets[.workbookSheetAbout]])),
        ]
        Components.scrollTable(label: words[.dataDictionaryHeading], into: &html) { html in
            html.element(.table, .class("dictionary")) { html in
                html.element(.caption, text: words[.dataDictionaryCaption])
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), text: words[.dataColumnField])
                        html.element(.th, .scope("col"), text: words[.dataColumnMeaning])
                    }
                }
                html.element(.tbody) { html in
                    for (name, meaning) in rows {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row")) { $0.element(.code, text: name) }
                            html.element(.td, text: meaning)
                        }
                    }
                }
            }
        }
    }

    /// `du-lieu/SHA256SUMS`: `sha256sum -c` format, paths relative to `du-lieu/`.
    static func checksums(_ files: [PublishedFile]) -> [UInt8] {
        var out = ByteBuffer(capacity: files.count * 110)
        for file in files.sorted(by: { $0.path < $1.path }) {
            out.append(file.sha256)
            out.append("  " as StaticString)
            out.append(String(file.path.dropFirst(Routes.openData.count)))
            out.append(UInt8(ascii: "\n"))
        }
        return out.bytes
    }

    /// `du-lieu/index.json`: a machine-readable catalogue of every data file.
    static func catalogue(_ files: [PublishedFile], context: RenderContext) -> [UInt8] {
        var json = JSONWriter()
        json.object { o in
            o.key("title"); o.string(context.site.title)
            o.key("base_url"); o.string(context.site.baseURL)
            OpenDataFiles.license(context.site.license, into: &o)
            o.key("files"); o.array { a in
                for file in files {
                    a.object { f in
                        f.key("path"); f.string(file.path)
                        f.key("url"); f.string(context.site.baseURL + file.path)
                        f.key("bytes"); f.integer(file.bytes)
                        f.key("sha256"); f.string(file.sha256)
                    }
                }
            }
        }
        return json.finish()
    }
}
