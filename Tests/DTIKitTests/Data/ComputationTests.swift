import Testing
@testable import DTIKit

@Suite("Computations")
struct ComputationTests {
    @Test(arguments: [
        ([90.0, 80, 80, 70], [1, 2, 2, 4]),
        ([5.0, 5, 5], [1, 1, 1]),
        ([1.0, 3, 2], [3, 1, 2]),
        ([187.390, 187.386], [1, 2]),
    ])
    func competitionRanks(_ values: [Double], _ expected: [Int]) {
        #expect(CompetitionRank.ranks(values).ranks == expected)
    }

    @Test func tiesAreMarkedAndBlankValuesUnranked() {
        let (ranks, tied) = CompetitionRank.ranks([70, nil, 80, 70])
        #expect(ranks == [2, nil, 1, 2])
        #expect(tied == [true, false, false, true])
    }

    @Test func statisticsInterpolateQuartiles() throws {
        let stats = try #require(Statistics([1, 2, 3, 4, nil]))
        #expect(stats.count == 4 && stats.mean == 2.5 && stats.median == 2.5)
        #expect(stats.q1 == 1.75 && stats.q3 == 3.25 && stats.min == 1 && stats.max == 4)
        #expect(Statistics([nil, nil]) == nil)
    }

    static func model(_ files: [String: String]) throws -> (SiteModel, DiagnosticList) {
        let root = TestSupport.temporaryDirectory()
        var all = TestSupport.minimalContent
        for (k, v) in files { all[k] = v }
        TestSupport.write(all, under: root)
        let (content, diagnostics) = ContentLoader.load(from: root)
        #expect(!diagnostics.hasErrors, "\(diagnostics.errors)")
        return (SiteModel.build(try #require(content)), diagnostics)
    }

    @Test func disagreementsBecomeWarningsWithTheirLines() throws {
        let (model, _) = try Self.model([
            "rankings/2022/so.csv": """
            STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm,Xếp loại,Xếp hạng
            1,Sở A,40,50,91,Tốt,2
            2,Sở B,30,30,60,Tốt,1
            3,Sở C,30,30,60,Khá,3
            4,Sở D,10,10,20,Siêu,4

            """,
        ])
        let kinds = model.diagnostics.map { "\($0.location.line!):\($0.kind)" }
        // Line 2: 40+50 = 90 ≠ 91, and it should rank 1 not 2.
        #expect(kinds.contains("2:total-mismatch"))
        #expect(kinds.contains("2:rank-order"))
        // Line 3: 60 points is Khá (50–80%), not Tốt; rank 1 is out of order.
        #expect(kinds.contains("3:class-band"))
        #expect(kinds.contains("3:rank-order"))
        // Line 4: tied with Sở B at 60 → competition rank 2, published 3.
        #expect(kinds.contains("4:rank-order"))
        #expect(kinds.contains("5:unknown-class"))
        // Published numbers stay authoritative.
        let table = model.tables[0]
        #expect(table.results[0].total?.text == "91" && table.results[0].rank == 2)
        #expect(table.results[1].tied && table.results[2].tied && !table.results[0].tied)
        #expect(table.results[1].computedRank == 2 && table.results[2].computedRank == 2)
    }

    @Test func classFromBandsWhenNotPublished() throws {
        let (model, diagnostics) = try Self.model([
            "rankings/2022/so.csv": "STT,Tên đơn vị,Nhận thức,Chính quyền số\n1,Sở A,40,40\n2,Sở B,20,30\n3,Sở C,10,10\n",
        ])
        #expect(diagnostics.warnings.isEmpty)
        let results = model.tables[0].results
        // Bands of the minimal framework: Tốt ≥ 80%, Khá ≥ 50%, Yếu ≥ 0 of 100 points.
        #expect(results.map(\.classLabel) == ["Tốt", "Khá", "Yếu"])
        #expect(results.map(\.total?.text) == ["80", "50", "20"])
        #expect(results.map(\.rank) == [1, 2, 3])
        // A single-pillar framework: CQS = (40 + 40) / 100.
        #expect(results[0].computedNormalized[NormalizedMeasure.cqs.position] == 0.8)
        #expect(results[0].computedNormalized[NormalizedMeasure.kts.position] == nil)
    }

    @Test func changeAgainstThePreviousPeriodInTheSameGroup() throws {
        let (model, _) = try Self.model([
            "rankings/2021/so.csv": "STT,Tên đơn vị,Nhận thức,Chính quyền số\n1,Sở B,30,40\n2,Sở A,20,30\n",
            "rankings/2021/so.conf": "framework = khung\ntitle = Bảng 2021\nsource = Phụ lục\n",
        ])
        let unit = try #require(model.unit("so-a"))
        #expect(unit.appearances.count == 2)
        let latest = try #require(unit.appearances.last)
        let change = try #require(model.change(of: unit, at: latest))
        #expect(change.score == 40)        // 90 − 50
        #expect(change.rank == 1)          // 2 → 1
        #expect(change.previousClass == "Khá" && change.currentClass == "Tốt")
        #expect(model.change(of: unit, at: unit.appearances[0]) == nil)
    }

    @Test func frameworkTotalsAndBandsAreChecked() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["frameworks/khung.conf"] = "name = Khung thử\ntotal = 120\nband.Tốt = 80 điểm\nband.Khá = x\n"
        TestSupport.write(files, under: root)
        let (content, diagnostics) = ContentLoader.load(from: root)
        // Declared 120 ≠ 40 + 60: a warning on the `total` line.
        #expect(diagnostics.warnings.contains { $0.kind == "total-mismatch" && $0.location.line == 2 && $0.location.column == 9 })
        // `x` is not a threshold: an error on its line.
        #expect(diagnostics.errors.map { "\($0.location.line!):\($0.kind)" } == ["4:bad-band"])
        let framework = try #require(content?.frameworks.first)
        #expect(framework.bands.map(\.label) == ["Tốt"])
        #expect(framework.bands.first?.unit == .points && framework.bands.first?.threshold == 80)
        #expect(framework.effectiveMax == 120)
    }
}
