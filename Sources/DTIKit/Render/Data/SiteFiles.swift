/// `sitemap.xml`, `robots.txt` and `feed.xml`.
///
/// No clock is read: the feed's dates come from each table's `published`
/// value (`25/11/2023`, `02/2023`, `2023-02-15`), else from its period label.
struct SiteFiles {
    let context: RenderContext

    func sitemap(pagePaths: [String]) -> [UInt8] {
        var out = ByteBuffer(capacity: 128 + pagePaths.count * 96)
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n" as StaticString)
        for path in pagePaths {
            out.append("<url><loc>" as StaticString)
            HTML.escape(context.site.baseURL + path, into: &out)
            out.append("</loc></url>\n" as StaticString)
        }
        out.append("</urlset>\n" as StaticString)
        return out.bytes
    }

    func robots() -> [UInt8] {
        Array("User-agent: *\nAllow: /\nSitemap: \(context.site.baseURL)sitemap.xml\n".utf8)
    }

    /// One Atom entry per published ranking, newest first, in the edition's
    /// words and pointing at the edition's pages (`en/feed.xml` links to `en/…`).
    func feed() -> [UInt8] {
        let words = context.words
        let base = context.site.baseURL
        let home = base + context.edition.prefix
        var entries: [(date: String, index: Int)] = context.tablesNewestFirst.map { (Self.date(context.model.tables[$0].table), $0) }
        entries.sort { $0.date != $1.date ? $0.date > $1.date : $0.index < $1.index }
        var out = ByteBuffer(capacity: 1024 + entries.count * 512)
        out.append("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"" as StaticString)
        HTML.escape(words.language.code, into: &out)
        out.append("\">\n" as StaticString)
        element("title", context.site.title, into: &out)
        element("subtitle", words[.feedSubtitle], into: &out)
        element("id", home, into: &out)
        out.append("<link href=\"" as StaticString); HTML.escape(home, into: &out); out.append("\"/>\n" as StaticString)
        out.append("<link rel=\"self\" href=\"" as StaticString); HTML.escape(home + "feed.xml", into: &out); out.append("\"/>\n" as StaticString)
        element("updated", entries.first?.date ?? "1970-01-01T00:00:00Z", into: &out)
        out.append("<author>" as StaticString)
        element("name", context.site.publisher ?? context.site.title, into: &out)
        out.append("</author>\n" as StaticString)
        for (date, index) in entries {
            let model = context.model.tables[index]
            let table = model.table
            let url = home + Routes.ranking(table)
            out.append("<entry>\n" as StaticString)
            element("title", words(.feedEntryTitle, ["title": table.title, "group": words.groupName(table), "period": words.periodInSentence(table.period)]), into: &out)
            element("id", url, into: &out)
            out.append("<link href=\"" as StaticString); HTML.escape(url, into: &out); out.append("\"/>\n" as StaticString)
            element("updated", date, into: &out)
            element("summary", Self.summary(model, words: words) + ".", into: &out)
            out.append("</entry>\n" as StaticString)
        }
        out.append("</feed>\n" as StaticString)
        return out.bytes
    }

    /// An entry's summary: how many units, the first one, the source; each
    /// part a whole phrase of the catalogue that wraps the parts before it.
    static func summary(_ model: TableModel, words: Catalogue) -> String {
        let table = model.table
        let count = String(table.rows.count)
        var summary = table.isPartial ? words(.feedSummaryUnitsPartial, ["count": count, "ranked": String(table.rankedCount)])
            : words(.feedSummaryUnits, ["count": count])
        if let first = model.rankOrder.first { summary = words(.feedSummaryLeader, ["summary": summary, "leader": table.rows[first].name]) }
        if let source = table.source { summary = words(.feedSummarySource, ["summary": summary, "source": source]) }
        return summary
    }

    private func element(_ name: StaticString, _ text: String, into out: inout ByteBuffer) {
        out.append(UInt8(ascii: "<")); out.append(name); out.append(UInt8(ascii: ">"))
        HTML.escape(text, into: &out)
        out.append("</" as StaticString); out.append(name); out.append(">\n" as StaticString)
    }

    /// An RFC 3339 date from the table's `published` text, else the first
    /// day after its period ends (`2023-6t` → 2023-07-01), so that undated
    /// tables still follow the periods' true order.
    static func date(_ table: RankingTable) -> String {
        let numbers = (table.published ?? "").split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        var year: Int?, month = 1, day = 1
        if let published = table.published, published.contains("-"), numbers.count >= 3, numbers[0] > 1900 {
            (year, month, day) = (numbers[0], numbers[1], numbers[2])       // 2023-02-15
        } else if numbers.count >= 3, numbers[2] > 1900 {
            (day, month, year) = (numbers[0], numbers[1], numbers[2])       // 25/11/2023
        } else if numbers.count == 2, numbers[1] > 1900 {
            (month, year) = (numbers[0], numbers[1])                        // 02/2023
        } else if numbers.count == 1, numbers[0] > 1900 {
            year = numbers[0]
        }
        if year == nil {
            let end = table.period.span.endMonth
            (year, month, day) = end == 12 ? (table.period.year + 1, 1, 1) : (table.period.year, end + 1, 1)
        }
        guard let year, (1...12).contains(month), (1...31).contains(day) else { return "1970-01-01T00:00:00Z" }
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(two(month))-\(two(day))T00:00:00Z"
    }
}
