import Testing
@testable import DTIKit
@testable import DTIBench

/// The benchmark's generator: its tree must be valid Content, exactly as big
/// as the plan says, clean except for the anomalies it injects, and the same
/// bytes on every run.
@Suite("Bench: synthetic national content")
struct BenchSyntheticContentTests {
    @Test("a small tree loads with no error and no warning, and has the planned counts")
    func smallTreeLoads() throws {
        let plan = BenchTestSupport.smallPlan
        let summary = BenchTestSupport.generate(plan)
        defer { BenchTestSupport.cleanUp(summary.root) }
        let (loaded, diagnostics) = ContentLoader.load(from: summary.root)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.report())")
        #expect(diagnostics.warnings.isEmpty, "\(diagnostics.report())")
        let content = try #require(loaded)
        #expect(content.frameworks.map(\.id) == ["so", "tinh", "xa"])
        #expect(content.rankings.count == plan.rankingCount)
        #expect(content.rankings.count == 2 * (2 * 3 + 1))
        #expect(content.rankings.reduce(0) { $0 + $1.rows.count } == plan.rowCount)
        #expect(plan.rowCount == 2 * 3 * (4 + 7 + 1))
        #expect(SiteModel.build(content).units.count == plan.unitCount)
        #expect(plan.unitCount == 3 * (1 + 4 + 7))
        #expect(summary.files == plan.fileCount)
        #expect(summary.rows == plan.rowCount)
        #expect(summary.rankings == plan.rankingCount)
        #expect(content.site.province == "tinh-thu-nghiem-01")
    }

    @Test("the national shape: 345 rankings, 20,570 rows, 4,114 units at scale 1; 10× the communes at scale 10")
    func nationalShape() {
        let one = SyntheticContentPlan(scale: 1)
        #expect(one.provinces == 34 && one.departmentsPerProvince == 20 && one.communesPerProvince == 100)
        #expect(one.periods == ["2020", "2021", "2022", "2023", "2024"])
        #expect(one.rankingCount == 345)
        #expect(one.rowCount == 20_570)
        #expect(one.unitCount == 4_114)
        #expect(one.fileCount == 1 + 6 + 690)
        #expect(SyntheticTables.jobs(one).count == 345)
        let ten = SyntheticContentPlan(scale: 10)
        #expect(ten.communesPerProvince == 1_000)
        #expect(ten.rankingCount == 345)
        #expect(ten.rowCount == 34 * 1_020 * 5 + 34 * 5)
        #expect(ten.unitCount == 34 * 1_021)
    }

    @Test("the frameworks have the maxima, groups and pillars of the issue")
    func frameworks() throws {
        #expect(SyntheticFrameworks.province.indices.map(\.max) == [100, 100, 100, 100, 100, 0, 200, 150, 150])
        #expect(SyntheticFrameworks.province.indices.map(\.pillar) == [nil, nil, nil, nil, nil, nil, .cqs, .kts, .xhs])
        #expect(SyntheticFrameworks.department.indices.map(\.max) == [50, 50, 20, 75, 90, 135])
        #expect(SyntheticFrameworks.department.indices.last?.pillar == .cqs)
        #expect(SyntheticFrameworks.commune.indices.map(\.max) == [50, 60, 20, 50, 10, 160])
        #expect(SyntheticFrameworks.commune.indices.last?.pillar == .cqs)
        let summary = BenchTestSupport.generate(SyntheticContentPlan(provinces: 1, departments: 1, communes: 1, periods: 1))
        defer { BenchTestSupport.cleanUp(summary.root) }
        let content = try #require(ContentLoader.load(from: summary.root).0)
        let tinh = try #require(content.framework("tinh"))
        #expect(tinh.declaredTotal?.value == 1_000)
        #expect(tinh.mainIndices.filter { $0.group == .foundation }.count == 6)
        #expect(tinh.pillars.map(\.max) == [700, 650, 650])
        #expect(tinh.legalBasis != nil && !tinh.bands.isEmpty)
        #expect(tinh.indices.count > tinh.mainIndices.count)
        for framework in content.frameworks {
            #expect(!framework.mainIndices.contains { ["dti", "cqs", "kts", "xhs"].contains($0.short.lowercased()) })
        }
        #expect(content.framework("xa")?.bands.allSatisfy { $0.unit == .points } == true)
    }

    @Test("names are plainly synthetic, Vietnamese and unique")
    func names() {
        let plan = SyntheticContentPlan()
        #expect(plan.provinceName(6) == "Tỉnh Thử Nghiệm 07")
        #expect(plan.departmentName(province: 6, 11) == "Sở Mẫu Số 12 – Tỉnh Thử Nghiệm 07")
        #expect(plan.communeName(province: 6, 41) == "Xã Giả Định 0042 – Tỉnh Thử Nghiệm 07")
        #expect(SlugTransliteration.slug(plan.communeName(province: 6, 41)) == "xa-gia-dinh-0042-tinh-thu-nghiem-07")
        #expect(SlugTransliteration.slug(plan.provinceName(6)) == plan.provinceSlug(6))
        #expect(plan.departmentGroup(6) == "so-tinh-thu-nghiem-07" && plan.communeGroup(6) == "xa-tinh-thu-nghiem-07")
        var slugs = Set<String>()
        for p in 0..<plan.provinces {
            slugs.insert(SlugTransliteration.slug(plan.provinceName(p)))
            for d in 0..<plan.departmentsPerProvince { slugs.insert(SlugTransliteration.slug(plan.departmentName(province: p, d))) }
            for c in 0..<plan.communesPerProvince { slugs.insert(SlugTransliteration.slug(plan.communeName(province: p, c))) }
        }
        #expect(slugs.count == plan.unitCount)
        #expect(SyntheticContentPlan(scale: 100).communeName(province: 0, 9_999) == "Xã Giả Định 10000 – Tỉnh Thử Nghiệm 01")
    }

    @Test("the analysis reports exactly the injected anomalies, at their file and line")
    func diagnosticsAreTheAnomalies() throws {
        let summary = BenchTestSupport.generate()
        defer { BenchTestSupport.cleanUp(summary.root) }
        #expect(summary.anomalies.count == 4)
        #expect(Set(summary.anomalies.map(\.kind)) == Set(SyntheticAnomaly.Kind.allCases))
        let content = try #require(ContentLoader.load(from: summary.root).0)
        let findings = SiteModel.build(content).diagnostics
        #expect(findings.count == summary.anomalies.count, "\(findings.map(\.description))")
        #expect(findings.allSatisfy { $0.severity == .warning })
        for anomaly in summary.anomalies {
            let matches = findings.filter {
                $0.kind == anomaly.kind.rawValue && $0.location.file == summary.root + "/" + anomaly.file && $0.location.line == anomaly.line
            }
            #expect(matches.count == 1, "\(anomaly) not reported once: \(findings.map(\.description))")
        }
    }

    @Test("one province, one period: still four anomalies, four warnings")
    func tinyPlanStillInjectsEveryAnomaly() throws {
        let summary = BenchTestSupport.generate(SyntheticContentPlan(provinces: 1, departments: 2, communes: 3, periods: 1))
        defer { BenchTestSupport.cleanUp(summary.root) }
        #expect(summary.anomalies.count == 4)
        let content = try #require(ContentLoader.load(from: summary.root).0)
        let kinds = SiteModel.build(content).diagnostics.map(\.kind).sorted()
        #expect(kinds == SyntheticAnomaly.Kind.allCases.map(\.rawValue).sorted())
    }

    @Test("tied totals share a competition rank (1, 2, 2, 4) and raise no warning")
    func ties() throws {
        let summary = BenchTestSupport.generate(SyntheticContentPlan(provinces: 1, departments: 1, communes: 3_000, periods: 1))
        defer { BenchTestSupport.cleanUp(summary.root) }
        let content = try #require(ContentLoader.load(from: summary.root).0)
        let model = SiteModel.build(content)
        let communes = try #require(model.tables.first { $0.table.group == "xa-tinh-thu-nghiem-01" })
        #expect(communes.results.filter(\.tied).count > 10, "the plan must produce ties for this test to mean anything")
        let ranks = communes.table.rows.map { $0.rank!.value }
        let skips = zip(ranks, ranks.dropFirst()).filter { $1 - $0 > 1 }.count
        #expect(skips > 0)
        #expect(model.diagnostics.map(\.kind).sorted() == SyntheticAnomaly.Kind.allCases.map(\.rawValue).sorted())
    }

    @Test("published totals, ranks and classes agree with the scores, except the injected rows")
    func dataIsConsistent() throws {
        let summary = BenchTestSupport.generate()
        defer { BenchTestSupport.cleanUp(summary.root) }
        let content = try #require(ContentLoader.load(from: summary.root).0)
        var totalOff = 0, rankOff = 0, classOff = 0, aboveMax = 0
        for table in content.rankings {
            let framework = try #require(content.framework(table.frameworkID))
            #expect(table.indexCodes.count == framework.mainIndices.count)
            let totals = table.rows.map { $0.total?.value }
            let ranks = CompetitionRank.ranks(totals).ranks
            for (r, row) in table.rows.enumerated() {
                let sum = row.scores.reduce(0.0) { $0 + ($1?.value ?? .nan) }
                let total = try #require(row.total).value
                if abs(sum - total) > 0.001 { totalOff += 1 }
                if row.rank?.value != ranks[r] { rankOff += 1 }
                if ClassLabel.canonical(row.classText ?? "") != framework.classLabel(for: total).map(ClassLabel.canonical) { classOff += 1 }
                for (p, score) in row.scores.enumerated() where score!.value > framework.mainIndices[p].max!.value { aboveMax += 1 }
                #expect(total <= framework.effectiveMax)
            }
        }
        #expect([totalOff, rankOff, classOff, aboveMax] == [1, 1, 1, 1])
    }

    @Test("two generations write identical bytes")
    func deterministic() {
        let first = BenchTestSupport.generate(), second = BenchTestSupport.generate()
        defer { BenchTestSupport.cleanUp(first.root); BenchTestSupport.cleanUp(second.root) }
        let a = BenchTestSupport.files(first.root), b = BenchTestSupport.files(second.root)
        #expect(a.count == first.plan.fileCount)
        #expect(a.map(\.path) == b.map(\.path))
        #expect(zip(a, b).allSatisfy { $0.bytes == $1.bytes })
        #expect(first.anomalies == second.anomalies)
        let reseeded = BenchTestSupport.generate(SyntheticContentPlan(provinces: 3, departments: 4, communes: 7, periods: 2, seed: 42))
        defer { BenchTestSupport.cleanUp(reseeded.root) }
        #expect(BenchTestSupport.files(reseeded.root).map(\.bytes) != a.map(\.bytes))
    }

    @Test("CSVs are saved as Excel saves them: both dialects, BOM, CRLF, decimal comma with ';'")
    func excelDialects() throws {
        let summary = BenchTestSupport.generate()
        defer { BenchTestSupport.cleanUp(summary.root) }
        var delimiters = Set<UInt8>()
        for file in BenchTestSupport.files(summary.root) where file.path.hasPrefix("rankings/") && file.path.hasSuffix(".csv") {
            #expect(file.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            #expect(file.bytes.suffix(2) == [13, 10])
            let table = try CSVReader.parse(file.bytes, file: file.path)
            delimiters.insert(table.delimiter)
            let scores = table.rows.flatMap { $0.cells.dropFirst(2).map(\.text) }
            if table.delimiter == UInt8(ascii: ";") {
                #expect(scores.contains { $0.contains(",") } && !scores.contains { $0.contains(".") })
            } else {
                #expect(!scores.contains { $0.contains(",") })
            }
        }
        #expect(delimiters == [UInt8(ascii: ","), UInt8(ascii: ";")])
        let national = try #require(FileSystem.read(summary.root + "/rankings/2020/tinh-thanh-pho.csv"))
        #expect(String(decoding: national, as: UTF8.self).contains("STT,\"Tỉnh, thành phố\",Nhận thức số"))
    }

    @Test("the generator never writes into a folder that has files")
    func refusesNonEmptyFolder() throws {
        let folder = BenchTestSupport.temporaryFolder("busy")
        defer { BenchTestSupport.cleanUp(folder) }
        try FileSystem.makeDirectories(folder)
        try FileSystem.write(Array("keep me".utf8), to: folder + "/site.conf")
        #expect(throws: FileSystemError.self) { try SyntheticContent.write(BenchTestSupport.smallPlan, to: folder) }
        #expect(FileSystem.read(folder + "/site.conf") == Array("keep me".utf8))
        #expect(FileSystem.list(folder) == ["site.conf"])
    }
}
