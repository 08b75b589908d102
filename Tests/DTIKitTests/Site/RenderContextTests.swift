import Foundation
import Testing
@testable import DTIKit
@testable import DTIBench

/// What `RenderContext` works out once for every page.
@Suite("Render context")
struct RenderContextTests {
    static func context(_ content: Content) throws -> RenderContext {
        let theme = try Theme.load(from: TestSupport.bundledTheme).get()
        return RenderContext(model: SiteModel.build(content), theme: theme)
    }

    /// `table` with another count of units ranked (`of`).
    static func copy(_ t: RankingTable, of: Int?) -> RankingTable {
        RankingTable(period: t.period, group: t.group, file: t.file, confFile: t.confFile, frameworkID: t.frameworkID,
                     title: t.title, groupName: t.groupName, source: t.source, sourceURL: t.sourceURL,
                     published: t.published, note: t.note, of: of, indexCodes: t.indexCodes,
                     hasTotal: t.hasTotal, hasClass: t.hasClass, hasRank: t.hasRank,
                     normalizedMeasures: t.normalizedMeasures, rows: t.rows)
    }

    /// The ranking page's "change since the previous period" compares with
    /// the same group's complete table of the latest earlier period. The
    /// bundled national tables hold Hậu Giang's row alone (`of = 63`), so
    /// none is compared with another, until the 2021 one is made complete.
    @Test func previousTableOfTheNationalSeriesNeedsACompleteEarlierTable() throws {
        var content = try #require(ContentLoader.load(from: TestSupport.bundledContent).0)
        func previous(_ id: String, in context: RenderContext) throws -> String? {
            let ids = context.model.tables.map(\.id)
            let index = try #require(ids.firstIndex(of: id))
            return context.previousTable[index].map { ids[$0] }
        }
        var context = try Self.context(content)
        #expect(try previous("2022/tinh-thanh-pho", in: context) == nil)
        #expect(try previous("2022/so-ban-nganh", in: context) == nil)   // Hậu Giang's departments: 2022 only
        let at = try #require(content.rankings.firstIndex { $0.period.label == "2021" && $0.group == "tinh-thanh-pho" })
        #expect(content.rankings[at].of == 63 && content.rankings[at].rows.count == 1)
        content.rankings[at] = Self.copy(content.rankings[at], of: nil)
        context = try Self.context(content)
        #expect(try previous("2022/tinh-thanh-pho", in: context) == "2021/tinh-thanh-pho")
        #expect(try previous("2021/tinh-thanh-pho", in: context) == nil)   // 2020 is still partial
    }

    /// Over a synthetic tree of three periods, one table of the middle period
    /// listing only part of its group: it is skipped, and every answer agrees
    /// with the plain search over all tables that the one pass replaced.
    @Test func previousTableSkipsPartialTablesAndMatchesAFullSearch() throws {
        let plan = SyntheticContentPlan(provinces: 2, departments: 3, communes: 4, periods: 3)
        let summary = BenchTestSupport.generate(plan)
        defer { BenchTestSupport.cleanUp(summary.root) }
        var content = try #require(ContentLoader.load(from: summary.root).0)
        let periods = Set(content.rankings.map(\.period)).sorted()
        #expect(periods.count == 3)
        let middle = try #require(content.rankings.firstIndex { $0.period == periods[1] && $0.group.hasPrefix("xa-") })
        let t = content.rankings[middle]
        content.rankings[middle] = Self.copy(t, of: t.rows.count + 10)
        let context = try Self.context(content)
        let tables = context.model.tables.map(\.table)
        let latest = try #require(tables.firstIndex { $0.period == periods[2] && $0.group == t.group })
        let oldest = try #require(tables.firstIndex { $0.period == periods[0] && $0.group == t.group })
        #expect(context.previousTable[latest] == oldest)
        var linked = 0
        for (index, table) in tables.enumerated() {
            let searched = context.tablesNewestFirst.first { i in
                tables[i].group == table.group && tables[i].period < table.period && !tables[i].isPartial
            }
            #expect(context.previousTable[index] == searched, "\(table.period)/\(table.group)")
            if searched != nil { linked += 1 }
        }
        #expect(linked == 2 * tables.count / 3)   // every table but the oldest period's (the partial one is only skipped as a target)
    }

    /// Rank phrases inside a sentence (page descriptions, the A–Z list) are
    /// the capitalised ones in lower case, written so rather than lowercased.
    @Test func rankPhrasesInASentenceAreTheLowercasedForms() {
        let words = Catalogue.builtInVietnamese
        for (rank, count, tied) in [(17, 63, false), (15, 63, true), (1, nil, false), (2, nil, true)] as [(Int, Int?, Bool)] {
            let text = words.rank(rank, of: count, tied: tied)
            #expect(words.rank(rank, of: count, tied: tied, inSentence: true) == text.lowercased(), "\(text)")
        }
        #expect(words.rank(nil, of: 63, inSentence: true) == words.rank(nil, of: 63).lowercased())
        #expect(words.rank(17, of: 63, inSentence: true) == "hạng 17/63")
        #expect(words.rank(15, of: 63, tied: true) == "Đồng hạng 15/63")
    }

    /// Headlines are written straight into the page; as text they read as
    /// published, with a decimal comma: the 2022 Sở Giao thông vận tải row
    /// totals 187,390 of 245 points, and Hậu Giang's 2022 DTI is 0,6342.
    @Test func headlinesReadAsPublished() throws {
        let content = try #require(ContentLoader.load(from: TestSupport.bundledContent).0)
        let context = try Self.context(content)
        func appearance(_ group: String, _ name: String) throws -> Appearance {
            let t = try #require(context.model.tables.firstIndex { $0.table.period.label == "2022" && $0.table.group == group })
            let r = try #require(context.model.tables[t].table.rows.firstIndex { $0.name == name })
            return Appearance(table: t, row: r)
        }
        let department = try appearance("so-ban-nganh", "Sở Giao thông vận tải")
        let province = try appearance("tinh-thanh-pho", "Hậu Giang")
        #expect(context.headline(department) == "187,390 / 245 điểm")
        #expect(context.headline(province) == "DTI 0,6342")
        var html = HTML(capacity: 64)
        html.text("<")
        context.headline(province, into: &html)
        html.published(try #require(PublishedNumber.parse("-3,5")))
        #expect(html.buffer.string == "&lt;DTI 0,6342-3,5")
    }
}
