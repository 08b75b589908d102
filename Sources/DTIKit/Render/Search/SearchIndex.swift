/// The site search index, `tim-kiem/chi-muc.json`: everything the search box
/// (`search.js`) and the comparison page (`compare.js`) look up, written once
/// per build and fetched by the browser on first use.
///
/// It holds names, not matching keys: the browser folds diacritics, expands
/// abbreviations and splits words itself, so the rules live in one place
/// (`search.js`) and the file stays small (the national benchmark's 4,100
/// units cost about 40 bytes each). Lists of things are arrays of arrays with
/// fixed positions; trailing fields that hold their default are left out.
///
/// ```text
/// {"format": "dti-search-1",
///  "routes": {"unit": "don-vi/{}/", "unitData": "du-lieu/don-vi/{}.json", "ranking": "xep-hang/{}/{}/",
///             "framework": "phuong-phap/{}/", "pillar": "tru-cot/{}/", "compare": "so-sanh/", "units": "don-vi/", "rankings": "xep-hang/"},
///  "periods":    [[label, name]],                        period order
///  "groups":     [[id, name]],                           in order of first table
///  "classes":    [label],                                standard classes first
///  "frameworks": [[id, name, decision, legal basis, level, max, [[code, name, short, max, pillar]]]],
///  "pillars":    [[code, name]],                         CQS, KTS, XHS
///  "tables":     [[period, group, title, framework, units ranked, total max, rows, [codes]]],
///  "units":      [[name, table, rank, value, class, flags, parent, [aliases], slug]],
///  "pages":      [[title, route, [headings], text]]}
/// ```
///
/// - `framework`, `table`, `class` are positions in their lists, -1 for none;
///   a table's codes are given only when it has no framework.
/// - A unit's `table` is its latest appearance; `rank` 0 is "not ranked";
///   `value` is the headline as pages print it (`206,45`, or DTI `0,6342`
///   when flag 1 is set); flag 2 is a tie, flag 4 a unit that no longer
///   exists (merged, split or ceased). `slug` is written only when it is not
///   the name's own slug as `search.js` derives it (`SearchText.derivesSlug`).
/// - Index and total maxima are written as pages print them (`245`, `33,33`).
/// - Each edition has its own index (`en/tim-kiem/chi-muc.json`) with the
///   words of its language: period, group and pillar names, numbers with its
///   decimal separator, the sections' titles. Class labels stay as published
///   (`search-box.js` colours a badge by the label itself).
struct SearchIndex {
    let context: RenderContext
    var words: Catalogue { context.words }

    func render() -> [UInt8] {
        let model = context.model
        let periods = Array(Set(model.tables.map(\.table.period))).sorted()
        let periodIndex = Dictionary(uniqueKeysWithValues: periods.enumerated().map { ($1, $0) })
        var groups: [String] = []
        var groupIndex: [String: Int] = [:]
        var groupName: [String: String] = [:]
        for table in model.tables.map(\.table) {
            if groupIndex[table.group] == nil { groupIndex[table.group] = groups.count; groups.append(table.group) }
            groupName[table.group] = words.groupName(table)   // tables are in period order: the newest name wins
        }
        let frameworkIndex = Dictionary(model.content.frameworks.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let classes = classList()
        let classIndex = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        // Aliases come from units.csv, through the identity that resolution gave each unit.
        var aliases: [String: [String]] = [:]
        for identity in model.content.unitIdentities { if let record = identity.record, !record.aliases.isEmpty { aliases[identity.slug] = record.aliases } }

        var json = JSONWriter()
        json.object { o in
            o.key("format"); o.string("dti-search-1")
            o.key("routes"); routes(into: &o)
            o.key("periods"); o.array { a in for period in periods { a.array { $0.string(period.label); $0.string(words.period(period)) } } }
            o.key("groups"); o.array { a in for group in groups { a.array { $0.string(group); $0.string(groupName[group] ?? group) } } }
            o.key("classes"); o.array { a in for label in classes { a.string(label) } }
            o.key("frameworks"); o.array { a in for framework in model.content.frameworks { Self.framework(framework, words: words, into: &a) } }
            o.key("pillars"); o.array { a in for pillar in Pillar.allCases { a.array { $0.string(pillar.rawValue); $0.string(words.pillar(pillar)) } } }
            o.key("tables"); o.array { a in
                for table in model.tables {
                    a.array { t in
                        t.integer(periodIndex[table.table.period] ?? 0)
                        t.integer(groupIndex[table.table.group] ?? 0)
                        t.string(table.table.title)
                        t.integer(table.framework.flatMap { frameworkIndex[$0.id] } ?? -1)
                        t.integer(table.table.rankedCount)
                        t.string(table.table.hasScores ? table.totalMax.map { words.trimmed($0) } ?? "" : "")
                        t.integer(table.table.rows.count)
                        if table.framework == nil { t.array { c in for code in table.table.indexCodes { c.string(code.description) } } }
                    }
                }
            }
            o.key("units"); o.array { a in for unit in model.units { self.unit(unit, aliases: aliases[unit.slug] ?? [], classIndex: classIndex, into: &a) } }
            o.key("pages"); o.array { a in pages(into: &a) }
        }
        return json.finish()
    }

    /// URL patterns, `{}` standing for a slug (or period, then group), made
    /// from `Routes` itself so that the browser never hard-codes a path.
    private func routes(into o: inout JSONWriter) {
        let hole = "\u{1}"
        func pattern(_ route: String) -> String { route.replacingOccurrences(of: hole, with: "{}") }
        o.object { r in
            r.key("unit"); r.string(pattern(Routes.unit(hole)))
            r.key("unitData"); r.string(pattern(Routes.unitJSON(hole)))
            r.key("ranking"); r.string(pattern(Routes.ranking(period: hole, group: hole)))
            r.key("framework"); r.string(pattern(Routes.framework(hole)))
            r.key("pillar"); r.string(pattern(Routes.pillar(.cqs).replacingOccurrences(of: Pillar.cqs.slug, with: hole)))
            r.key("compare"); r.string(Routes.compare)
            r.key("units"); r.string(Routes.units)
            r.key("rankings"); r.string(Routes.rankings)
        }
    }

    /// Class labels of the units' latest results: the standard five first, in their order, then any other, sorted.
    private func classList() -> [String] {
        var seen = Set<String>()
        for unit in context.model.units {
            guard let latest = unit.appearances.last, let label = context.model.tables[latest.table].results[latest.row].classLabel else { continue }
            seen.insert(label)
        }
        return ClassLabel.standard.filter { seen.contains($0) } + seen.subtracting(ClassLabel.standard).sorted()
    }

    private static func framework(_ framework: Framework, words: Catalogue, into a: inout JSONWriter) {
        a.array { f in
            f.string(framework.id)
            f.string(framework.name)
            f.string(framework.decision ?? "")
            f.string(framework.legalBasis ?? "")
            f.string(framework.level ?? "")
            f.string(words.trimmed(framework.effectiveMax))
            f.array { list in
                for index in framework.indices {
                    list.array { i in
                        i.string(index.code.description)
                        i.string(index.name)
                        guard index.isMain else { return }   // components: code and name are all search and compare need
                        i.string(index.short)
                        i.string(index.max.map { words.trimmed($0.value) } ?? "")
                        if let pillar = index.pillar { i.string(pillar.rawValue) }
                    }
                }
            }
        }
    }

    private func unit(_ unit: UnitModel, aliases: [String], classIndex: [String: Int], into a: inout JSONWriter) {
        var table = -1, rank = 0, value = "", classPosition = -1, flags = 0
        if let latest = unit.appearances.last {
            let model = context.model.tables[latest.table]
            let result = model.results[latest.row]
            table = latest.table
            rank = result.rank ?? 0
            if let dti = model.table.rows[latest.row].normalized(.dti) {
                value = words.published(dti)
                flags |= 1
            } else if model.table.hasScores, let total = result.total {
                value = words.published(total)
            }
            if result.tied { flags |= 2 }
            classPosition = result.classLabel.flatMap { classIndex[$0] } ?? -1
        }
        if !unit.successors.isEmpty { flags |= 4 }
        let slug: String? = SearchText.derivesSlug(unit.slug, from: unit.name) ? nil : unit.slug
        // The last field that is not at its default: fields after it are left out.
        let present = [true, table != -1, rank != 0, !value.isEmpty, classPosition != -1, flags != 0,
                       unit.parent != nil, !aliases.isEmpty, slug != nil]
        let count = (present.lastIndex(of: true) ?? 0) + 1
        a.array { u in
            u.string(unit.name)
            if count > 1 { u.integer(table) }
            if count > 2 { u.integer(rank) }
            if count > 3 { u.string(value) }
            if count > 4 { u.integer(classPosition) }
            if count > 5 { u.integer(flags) }
            if count > 6 { u.string(unit.parent) }
            if count > 7 { if aliases.isEmpty { u.null() } else { u.array { list in for alias in aliases { list.string(alias) } } } }
            if count > 8 { u.string(slug) }
        }
    }

    /// Free-text pages (title, headings, text) and the site's sections.
    private func pages(into a: inout JSONWriter) {
        for page in context.model.content.pages {
            let text = SearchText(markdown: page.markdown)
            a.array { p in
                p.string(page.title)
                p.string(Routes.page(page.name))
                p.array { h in for heading in text.headings where heading != page.title { h.string(heading) } }
                p.string(text.body)
            }
        }
        for section in Self.sections(words) {
            a.array { p in
                p.string(section.title)
                p.string(section.route)
                p.array { _ in }
                p.string(section.text)
            }
        }
    }

    /// The sections people look for by name (`dữ liệu mở`, `so sánh`), with the words that describe them.
    static func sections(_ words: Catalogue) -> [(title: String, route: String, text: String)] {
        [
            (words[.searchRankingsTitle], Routes.rankings, words[.searchRankingsText]),
            (words[.searchUnitsTitle], Routes.units, words[.searchUnitsText]),
            (words[.searchCompareTitle], Routes.compare, words[.searchCompareText]),
            (words[.searchPillarsTitle], Routes.pillars, words[.searchPillarsText]),
            (words[.searchMethodologyTitle], Routes.methodology, words[.searchMethodologyText]),
            (words[.searchDataTitle], Routes.openData, words[.searchDataText]),
        ]
    }
}
