import Foundation
import Testing
@testable import DTIKit

/// The English edition of the ranking, home, list, pillar and compare pages
/// of the bundled Content: their own words come from the English catalogue,
/// their numbers are written with a decimal dot, and none of the Vietnamese
/// interface words of these pages is left on them.
///
/// Other parts of the same pages (charts, the unit's lineage notice, the
/// citation) belong to other areas of the catalogue, so the checks for
/// leftover Vietnamese look only at the parts these pages write themselves.
@Suite("English edition: rankings, home, index, pillar and compare pages")
struct EnglishRankingPagesTests {
    static func page(_ path: String) -> String { SiteTestSupport.text(SiteTestSupport.bundled, path) }

    /// From the first `start` to the end of the first `end` after it ("" when absent).
    static func part(_ html: String, from start: String, to end: String) -> String {
        guard let open = html.range(of: start), let close = html.range(of: end, range: open.upperBound..<html.endIndex) else { return "" }
        return String(html[open.lowerBound..<close.upperBound])
    }

    /// Every `<h2 …>…</h2>` of a page, joined.
    static func headings(_ html: String) -> String {
        html.components(separatedBy: "<h2").dropFirst().compactMap { $0.components(separatedBy: "</h2>").first }.joined(separator: "\n")
    }

    /// The Vietnamese texts of this area's words (the parts between
    /// placeholders, four characters or more): none may remain on an
    /// English page's own parts.
    static let vietnameseWords: [String] = {
        let vietnamese = BuiltInCatalogues.load([.vietnamese]).catalogues[0]
        let prefixes = ["ranking.", "home.", "index.", "pillar_page.", "compare."]
        var pieces = Set<String>()
        for word in Word.allCases where prefixes.contains(where: word.rawValue.hasPrefix) {
            for case .text(let text) in Catalogue.Template(vietnamese[word]).pieces {
                for piece in text.split(separator: "(").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) })
                where piece.count >= 4 && piece.unicodeScalars.contains(where: { $0.value > 0x7F }) {
                    pieces.insert(piece)
                }
            }
        }
        return pieces.sorted()
    }()

    /// The words of `vietnameseWords` found in `parts`, class badges aside
    /// (their labels are the shared components' words, not this area's).
    static func leftovers(_ parts: [String]) -> [String] {
        var text = parts.joined(separator: "\n")
        while let badge = text.range(of: "<span class=\"badge "), let end = text.range(of: "</span>", range: badge.upperBound..<text.endIndex) {
            text.removeSubrange(badge.lowerBound..<end.upperBound)
        }
        return vietnameseWords.filter { text.contains($0) }
    }

    @Test("Hậu Giang's department ranking in English: headings, lead, table, statistics and numbers with a decimal dot")
    func departmentRanking() throws {
        let html = Self.page("en/xep-hang/2022/so-ban-nganh/index.html")
        #expect(html.contains("<html lang=\"en\""))
        // The meta description: one sentence, the leader's total as published, with a dot.
        #expect(html.contains("19 units, led by Sở Nông nghiệp và Phát triển nông thôn (233.06 points).\">"))
        let breadcrumbs = Self.part(html, from: "<nav class=\"breadcrumbs\"", to: "</nav>")
        #expect(breadcrumbs.contains(">Home</a>") && breadcrumbs.contains(">Rankings</a>") && breadcrumbs.contains("2022 · "))
        let lead = Self.part(html, from: "<p class=\"lead\">", to: "</p>")
        #expect(lead.hasPrefix("<p class=\"lead\">2022 · ") && lead.hasSuffix(" · 19 units · maximum score 245</p>"))
        let headings = Self.headings(html)
        for heading in ["Ranking table", "Total score by unit", "Distribution of scores, index by index", "Group statistics"] {
            #expect(headings.contains(">" + heading), "\(heading)")
        }
        // The ranking table: English headings; published totals with a dot,
        // lined up (the column mixes 2 and 3 decimals: 233.06 and 187.390).
        let table = Self.part(html, from: "<table class=\"ranking\"", to: "</table>")
        #expect(table.contains("– rows in the published order. Tap a column heading to sort"))
        for heading in [">Rank</th>", ">Unit</th>", ">Total score <span class=\"max\">(/ 245)</span></th>", ">Class</th>"] {
            #expect(table.contains(heading), "\(heading)")
        }
        #expect(table.contains("<span class=\"v\">233<span class=\"fr3\">.06</span></span>"))
        #expect(table.contains("<span class=\"v\">187<span class=\"fr3\">.390</span></span>"))
        #expect(table.contains("title=\"Above the maximum score\""))
        #expect(!table.contains("fr3\">,"))
        // The group's statistics, computed, two decimals with a dot: the total's mean, quartiles.
        let statistics = Self.part(html, from: "<table class=\"stats\">", to: "</table>")
        #expect(statistics.contains("<caption>Score statistics of 19 units (quartiles by linear interpolation, as Excel&#39;s QUARTILE.INC)</caption>"))
        #expect(statistics.contains("<th scope=\"row\">Total score</th><td class=\"num\">245</td><td class=\"num\">205.15</td>"))
        #expect(statistics.contains(">191.50</td>") && statistics.contains(">219.13</td>"))
        let downloads = Self.part(html, from: "<p class=\"downloads\">", to: "</p>")
        #expect(downloads.hasPrefix("<p class=\"downloads\">Download this table: ") && downloads.contains(">Data dictionary</a>"))
        let related = Self.part(html, from: "<p class=\"related\">", to: "</p>")
        #expect(related.contains("Pillar values of this table: ") && related.contains(">Digital government (CQS)</a>"))
        let left = Self.leftovers([breadcrumbs, lead, headings, table, statistics, downloads, related])
        #expect(left.isEmpty, "\(left)")
        // The check can fail: the same parts of the Vietnamese page hold these words.
        let vietnamese = Self.page("xep-hang/2022/so-ban-nganh/index.html")
        #expect(Self.vietnameseWords.count > 80)
        let found = Self.leftovers([Self.part(vietnamese, from: "<table class=\"ranking\"", to: "</table>"), Self.headings(vietnamese)])
        #expect(["Bảng xếp hạng", "Tổng điểm", "Xếp loại", "Thống kê của nhóm"].allSatisfy(found.contains), "\(found)")
    }

    @Test("The national excerpt in English: Hậu Giang's rank 17 of 63 and DTI 0.6342")
    func nationalExcerpt() {
        let html = Self.page("en/xep-hang/2022/tinh-thanh-pho/index.html")
        let table = Self.part(html, from: "<table class=\"unit-result\">", to: "</table>")
        #expect(table.contains(" – 1 of the 63 ranked units, as published.</caption>"))
        #expect(table.contains("<th scope=\"row\">Rank</th><td class=\"num\">Rank 17 of 63</td>"))
        #expect(table.contains("<th scope=\"row\">DTI</th><td class=\"num\">0.6342<span class=\"max\"> / 1</span><span class=\"sub\">rank 17 of 63</span></td>"))
        #expect(table.contains("<th scope=\"row\">CQS (Digital government)</th>"))
        #expect(Self.leftovers([table]).isEmpty, "\(Self.leftovers([table]))")
    }

    @Test("The English home page: search, the province's national standing and what's new, in English with English numbers")
    func homePage() {
        let html = Self.page("en/index.html")
        let search = Self.part(html, from: "<form class=\"search site-search\"", to: "</form>")
        #expect(search.contains(">Find a unit, a ranking or an index</label>") && search.contains(">Search</button>"))
        let headings = Self.headings(html)
        #expect(headings.contains(">Hậu Giang in the national DTI ranking") && headings.contains(">Latest results by group")
                && headings.contains(">Newly published"))
        let headline = Self.part(html, from: "<p class=\"headline-score\">", to: "</p>")
        #expect(headline.contains("2022: ") && headline.contains(">0.6342</strong>") && headline.contains("<strong>Rank 17 of 63</strong>"))
        let national = Self.part(html, from: "<table class=\"national\">", to: "</table>")
        #expect(national.contains("<caption>Values (0–1) and ranks among 63 provinces and centrally-run cities, by year of assessment.</caption>"))
        #expect(national.contains("<th scope=\"row\">2022</th><td class=\"num\">0.6342<span class=\"sub\">rank 17</span></td>"))
        #expect(national.contains("<td class=\"num\">0.7235<span class=\"sub\">rank 13</span></td>"))
        #expect(html.contains("<p class=\"muted\">2022 · 19 units</p>") && html.contains(">Full ranking →</a>"))
        let news = Self.part(html, from: "<section aria-labelledby=\"moi-cong-bo\">", to: "</section>")
        #expect(news.contains(" · published 02/2023</span>") && news.contains(">All rankings</a>") && news.contains(">Follow with Atom</a>"))
        let left = Self.leftovers([search, headings, headline, national, news])
        #expect(left.isEmpty, "\(left)")
    }

    @Test("The English lists, pillar, compare and not-found pages speak English")
    func otherPages() {
        let rankings = Self.page("en/xep-hang/index.html")
        #expect(rankings.contains("<p class=\"lead\">6 tables, newest first.</p>") && rankings.contains(">2022</h2>"))
        #expect(rankings.contains("; 19 units</span>") && rankings.contains("; 1 of 63 units</span>"))
        let units = Self.page("en/don-vi/index.html")
        #expect(units.contains("<nav class=\"letters\" aria-label=\"First letter of the unit&#39;s name\">"))
        #expect(units.contains(">Filter by name</label>") && units.contains(", 2022: rank 13 of 19</span>"))
        // The lineage sentence keeps its link where English puts it.
        #expect(units.contains("<span class=\"lineage\"> · merged into <a href=\""))
        #expect(units.contains("</a> as of 1/7/2025</span>"))
        let pillar = Self.page("en/tru-cot/cqs/2022/so-ban-nganh/index.html")
        #expect(pillar.contains("<h1>Digital government pillar: ") && pillar.contains(", 2022</h1>"))
        #expect(pillar.contains("; denominator 245 points</caption>") && pillar.contains(">CQS value</th>") && pillar.contains(">Points</th>"))
        #expect(pillar.contains("<td class=\"num\">0.9513</td>"))
        let overview = Self.page("en/tru-cot/cqs/index.html")
        #expect(overview.contains("<caption>Components of the Digital government pillar in ") && overview.contains(">Total (denominator)</th>"))
        let compare = Self.page("en/so-sanh/index.html")
        #expect(compare.contains("<h1>Compare units</h1>") && compare.contains(" – 2022, 19 units</span>"))
        let unit = Self.page("en/don-vi/so-tu-phap/index.html")
        #expect(unit.contains(">Compare with Sở Công Thương and Sở Y tế →</a>"))
        let missing = Self.page("en/404.html")
        #expect(missing.contains("<h1>Page not found</h1>") && missing.contains(">Back to the home page</a>"))
        for (name, html) in [("rankings", rankings), ("pillar", pillar), ("compare", compare), ("404", missing)] {
            let own = Self.part(html, from: "<main", to: "</main>")
            let left = Self.leftovers([Self.headings(own), Self.part(own, from: "<h1>", to: "</p>")])
            #expect(left.isEmpty, "\(name): \(left)")
        }
    }

    @Test("A number column lines up on the edition's separator: a dot in English, a comma in Vietnamese")
    func numberColumnSeparator() {
        let english = BuiltInCatalogues.load([.english]).catalogues[0]
        var html = HTML(capacity: 256, words: english)
        let column = NumberColumn(["72.73", "70"], maxima: ["100"])
        column.write("72.73", max: "100", into: &html)
        column.write("70", into: &html)
        column.write(published: PublishedNumber.parse("187,390"), into: &html)
        #expect(html.buffer.string == "<span class=\"v\">72<span class=\"fr2\">.73</span></span> <span class=\"mx3\">/ 100</span>"
                + "<span class=\"v\">70<span class=\"fr2\"></span></span>" + "<span class=\"v\">187<span class=\"fr2\">.390</span></span>")
        var vietnamese = HTML(capacity: 256)
        NumberColumn(["72,73", "70"]).write("72,73", into: &vietnamese)
        NumberColumn(published: [PublishedNumber.parse("187,390"), PublishedNumber.parse("40")]).write(published: PublishedNumber.parse("187,390"), into: &vietnamese)
        #expect(vietnamese.buffer.string == "<span class=\"v\">72<span class=\"fr2\">,73</span></span><span class=\"v\">187<span class=\"fr3\">,390</span></span>")
    }
}
