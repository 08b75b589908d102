/// The open data files: every ranking as CSV and JSON, and every unit as JSON.
///
/// CSV is the published table normalized for machines: index columns headed
/// by their codes, dot decimals, the published digits kept (`187.390`), blank
/// for "not published". JSON adds what dti computed, clearly named as such.
/// The columns are described in the data dictionary on `/du-lieu/`.
/// CSV starts with a UTF-8 byte order mark, so that Excel on Windows reads
/// Vietnamese as UTF-8, and a text field that a spreadsheet would run as a
/// formula is neutralised (`SpreadsheetSafety`). Every JSON file names the
/// data's licence. The files are shared by every edition and written once,
/// in the first edition's context: their few words (`period_name`,
/// `group_name`) are in the site's first language; column codes and keys
/// are the same for everyone, and each edition's `/du-lieu/` explains them.
struct OpenDataFiles {
    let context: RenderContext

    /// The CSV columns in order, for the data dictionary and the writer.
    static func csvColumns(_ table: RankingTable) -> [String] {
        var columns = ["period", "group", "rank", "tied", "slug", "name"]
        if table.hasParent { columns.append("parent") }
        columns += table.indexCodes.map(\.description)
        columns += ["total", "class"]
        for measure in table.normalizedMeasures {
            columns += [measure.dataKey, measure.dataRankKey]
        }
        columns += publishedIndexRanks(table).map { "rank_" + table.indexCodes[$0].description }
        return columns
    }

    /// Index positions whose per-index rank some row publishes.
    static func publishedIndexRanks(_ table: RankingTable) -> [Int] {
        table.indexCodes.indices.filter { p in table.rows.contains { $0.indexRanks[p] != nil } }
    }

    func rankingCSV(_ index: Int) -> [UInt8] {
        let model = context.model.tables[index]
        let table = model.table
        let indexRanks = Self.publishedIndexRanks(table)
        var out = ByteBuffer(capacity: 256 + table.rows.count * 160)
        out.append(contentsOf: Self.byteOrderMark)
        Self.csvLine(Self.csvColumns(table), into: &out)
        // Rows are written field by field: collecting each row's fields as
        // strings first cost a string per number and an array per row.
        for (r, row) in table.rows.enumerated() {
            let result = model.shown(r)
            var line = CSVLine()
            line.field(table.period.label, into: &out)
            line.field(table.group, into: &out)
            line.field(result.rank, into: &out)
            line.field(result.tied ? "true" : "false", into: &out)
            line.field(row.unitSlug, into: &out)
            line.field(SpreadsheetSafety.csvText(row.name), into: &out)
            if table.hasParent { line.field(SpreadsheetSafety.csvText(row.parent ?? ""), into: &out) }
            for score in row.scores { line.field(score?.text ?? "", into: &out) }
            line.field(result.total?.text ?? "", into: &out)
            line.field(SpreadsheetSafety.csvText(result.classLabel ?? ""), into: &out)
            for measure in table.normalizedMeasures {
                line.field(row.normalized(measure)?.text ?? "", into: &out)
                line.field(row.normalizedRank(measure)?.value, into: &out)
            }
            for p in indexRanks { line.field(row.indexRanks[p]?.value, into: &out) }
            CSVLine.end(into: &out)
        }
        return out.bytes
    }

    /// UTF-8's byte order mark, first in every CSV file.
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `"license": {"name": …, "url": …, "id": …}`.
    static func license(_ license: DataLicense, into o: inout JSONWriter) {
        o.key("license"); o.object { l in
            l.key("name"); l.string(license.name)
            l.key("url"); l.string(license.url)
            l.key("id"); l.string(license.identifier)
        }
    }

    /// One RFC 4180 line: fields with `,`, `"` or line breaks are quoted.
    static func csvLine(_ fields: [String], into out: inout ByteBuffer) {
        var line = CSVLine()
        for field in fields { line.field(field, into: &out) }
        CSVLine.end(into: &out)
    }

    func rankingJSON(_ index: Int) -> [UInt8] {
        let model = context.model.tables[index]
        let table = model.table
        let base = context.site.baseURL
        var json = JSONWriter()
        json.object { o in
            o.key("period"); o.string(table.period.label)
            o.key("period_name"); o.string(context.words.period(table.period))
            o.key("group"); o.string(table.group)
            o.key("group_name"); o.string(context.words.groupName(table))
            o.key("title"); o.string(table.title)
            o.key("source"); o.string(table.source)
            o.key("source_url"); o.string(table.sourceURL)
            o.key("published"); o.string(table.published)
            o.key("note"); o.string(table.note)
            o.key("url"); o.string(base, Routes.ranking(table))
            Self.license(context.site.license, into: &o)
            o.key("citation"); o.string(Citation.ranking(table, site: context.site, words: context.words, edition: context.edition.prefix))
            o.key("units_ranked"); o.integer(table.rankedCount)
            o.key("partial"); o.bool(table.isPartial)
            o.key("framework")
            if let framework = model.framework { Self.frameworkSummary(framework, base: base, into: &o) } else { o.null() }
            o.key("rows"); o.array { a in
                for (r, row) in table.rows.enumerated() {
                    let result = model.shown(r)
                    a.object { o in
                        o.key("rank"); o.integer(result.rank)
                        o.key("tied"); o.bool(result.tied)
                        o.key("slug"); o.string(row.unitSlug)
                        o.key("name"); o.string(row.name)
                        if table.hasParent { o.key("parent"); o.string(row.parent) }
                        o.key("url"); o.string(base, Routes.unit(row.unitSlug))
                        o.key("scores"); o.object { s in
                            for (p, code) in table.indexCodes.enumerated() { s.dynamicKey(code.description); s.published(digits: row.scores[p]?.text) }
                        }
                        o.key("total"); o.published(result.total)
                        o.key("total_published"); o.bool(row.total != nil)
                        o.key("class"); o.string(result.classLabel)
                        o.key("class_published"); o.string(row.classText)
                        o.key("normalized"); o.object { n in
                            for measure in model.measures {
                                n.dynamicKey(measure.dataKey); n.object { m in
                                    m.key("published"); m.published(row.normalized(measure))
                                    m.key("computed"); m.number(model.results[r].computedNormalized[measure.position], decimals: 6)
                                    m.key("rank"); m.integer(model.normalizedRank(measure, row: r))
                                }
                            }
                        }
                    }
                }
            }
            o.key("statistics")
            if let stats = model.totalStatistics {
                o.object { s in
                    s.key("total"); Self.statistics(stats, into: &s)
                    for (p, code) in table.indexCodes.enumerated() {
                        guard let stats = model.indexStatistics[p] else { continue }
                        s.dynamicKey(code.description); Self.statistics(stats, into: &s)
                    }
                }
            } else { o.null() }
            o.key("notes"); Self.notes(model.notes, into: &o)
        }
        return json.finish()
    }

    /// Lineage links of a unit: the other unit (slug, name, url; null slug
    /// when a unit ceased without a successor), the date and the legal basis.
    static func lineage(_ links: [LineageLink], slug: (LineageLink) -> String?, context: RenderContext, into json: inout JSONWriter) {
        json.array { a in
            for link in links {
                a.object { l in
                    let other = slug(link).flatMap { context.model.unit($0) }
                    l.key("slug"); l.string(other?.slug)
                    l.key("name"); l.string(other?.name)
                    l.key("url"); if let other { l.string(context.site.baseURL, Routes.unit(other.slug)) } else { l.null() }
                    l.key("since"); l.string(link.sinceISO)
                    l.key("basis"); l.string(link.basis)
                }
            }
        }
    }

    /// Findings about published numbers: the CSV line, a stable kind, the message.
    static func notes(_ notes: [Diagnostic], into json: inout JSONWriter) {
        json.array { a in
            for note in notes {
                a.object { n in
                    n.key("line"); n.integer(note.location.line)
                    n.key("kind"); n.string(note.kind)
                    n.key("message"); n.string(note.message)
                }
            }
        }
    }

    static func frameworkSummary(_ framework: Framework, base: String, into o: inout JSONWriter) {
        o.object { f in
            f.key("id"); f.string(framework.id)
            f.key("name"); f.string(framework.name)
            f.key("legal_basis"); f.string(framework.legalBasis)
            f.key("url"); f.string(base, Routes.framework(framework.id))
            f.key("max"); f.number(framework.effectiveMax)
            f.key("indices"); f.array { a in
                for index in framework.mainIndices {
                    a.object { i in
                        i.key("code"); i.string(index.code.description)
                        i.key("name"); i.string(index.name)
                        i.key("short"); i.string(index.label)
                        i.key("max"); i.published(index.max)
                        i.key("group"); i.string(index.group?.rawValue)
                        i.key("pillar"); i.string(index.pillar?.rawValue)
                    }
                }
            }
        }
    }

    static func statistics(_ stats: Statistics, into o: inout JSONWriter) {
        o.object { s in
            s.key("count"); s.integer(stats.count)
            s.key("mean"); s.number(stats.mean)
            s.key("median"); s.number(stats.median)
            s.key("min"); s.number(stats.min)
            s.key("max"); s.number(stats.max)
            s.key("q1"); s.number(stats.q1)
            s.key("q3"); s.number(stats.q3)
        }
    }

    func unitJSON(_ unitIndex: Int) -> [UInt8] {
        let unit = context.model.units[unitIndex]
        let base = context.site.baseURL
        var json = JSONWriter()
        json.object { o in
            o.key("slug"); o.string(unit.slug)
            o.key("name"); o.string(unit.name)
            if let parent = unit.parent { o.key("parent"); o.string(parent) }
            o.key("url"); o.string(base, Routes.unit(unit.slug))
            Self.license(context.site.license, into: &o)
            o.key("citation"); o.string(Citation.unit(unit, site: context.site, words: context.words, edition: context.edition.prefix))
            o.key("website"); o.string(unit.website)
            o.key("successors"); Self.lineage(unit.successors, slug: \.to, context: context, into: &o)
            o.key("predecessors"); Self.lineage(unit.predecessors, slug: { $0.from }, context: context, into: &o)
            o.key("history"); o.array { a in
                for appearance in unit.appearances {
                    let model = context.model.tables[appearance.table]
                    let table = model.table
                    let row = table.rows[appearance.row]
                    let result = model.shown(appearance.row)
                    a.object { h in
                        h.key("period"); h.string(table.period.label)
                        h.key("period_name"); h.string(context.words.period(table.period))
                        h.key("group"); h.string(table.group)
                        h.key("name_published"); h.string(row.name)
                        h.key("ranking"); h.string(base, Routes.ranking(table))
                        h.key("framework"); h.string(model.framework?.id)
                        h.key("rank"); h.integer(result.rank)
                        h.key("units_ranked"); h.integer(table.rankedCount)
                        h.key("tied"); h.bool(result.tied)
                        h.key("total"); h.published(result.total)
                        h.key("max"); h.number(model.totalMax)
                        h.key("class"); h.string(result.classLabel)
                        h.key("scores"); h.object { s in
                            for (p, code) in table.indexCodes.enumerated() { s.dynamicKey(code.description); s.published(digits: row.scores[p]?.text) }
                        }
                        h.key("normalized"); h.object { n in
                            for measure in model.measures {
                                n.dynamicKey(measure.dataKey); n.number(model.normalized(measure, row: appearance.row), decimals: 6)
                                n.dynamicKey(measure.dataRankKey); n.integer(model.normalizedRank(measure, row: appearance.row))
                            }
                        }
                        let change = context.model.change(of: unit, at: appearance)
                        h.key("change"); if let change {
                            h.object { c in
                                c.key("since"); c.string(context.model.tables[change.previous.table].table.period.label)
                                c.key("since_name"); c.string(context.words.period(context.model.tables[change.previous.table].table.period))
                                c.key("comparable"); c.bool(change.isComparable)
                                c.key("methodology_break")
                                if let methodologyBreak = change.methodologyBreak {
                                    c.object { b in
                                        b.key("from"); b.string(methodologyBreak.from)
                                        b.key("to"); b.string(methodologyBreak.to)
                                    }
                                } else { c.null() }
                                c.key("score"); c.number(change.score)
                                c.key("score_scale"); c.string(change.score == nil ? nil : change.scoreIsNormalized ? "dti" : "points")
                                c.key("rank"); c.integer(change.rank)
                                c.key("class_before"); c.string(change.previousClass)
                            }
                        } else { h.null() }
                        h.key("notes"); Self.notes(model.notes(forRow: appearance.row), into: &h)
                    }
                }
            }
        }
        return json.finish()
    }
}

/// Writes one CSV line field by field (RFC 4180, CRLF line ends).
struct CSVLine {
    private var started = false

    /// A text field, quoted when it holds `,`, `"` or a line break.
    /// Control characters other than tab and line feed are dropped (see
    /// `ControlCharacters`); text without any is written as is.
    mutating func field(_ text: String, into out: inout ByteBuffer) {
        comma(&out)
        guard text.containsUTF8(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 }) else {
            out.append(text)
            return
        }
        let text = ControlCharacters.stripped(text, keepTabAndLineFeed: true)
        if text.containsUTF8(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
            out.append(UInt8(ascii: "\""))
            for byte in text.utf8 {
                if byte == UInt8(ascii: "\"") { out.append(UInt8(ascii: "\"")) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        } else {
            out.append(text)
        }
    }

    /// A whole number, or an empty field for nil.
    mutating func field(_ value: Int?, into out: inout ByteBuffer) {
        comma(&out)
        if let value { out.append(value) }
    }

    private mutating func comma(_ out: inout ByteBuffer) {
        if started { out.append(UInt8(ascii: ",")) }
        started = true
    }

    static func end(into out: inout ByteBuffer) { out.append("\r\n" as StaticString) }
}
