import Foundation
import Testing
@testable import DTIKit

/// Seed 004: Cục Chuyển đổi số quốc gia, "Giới thiệu DTI năm 2022 và một số
/// khuyến nghị cho Hậu Giang" (25/11/2023), as transcribed into the bundled
/// Content/: the national provincial framework (QĐ 922/QĐ-BTTTT), Hậu Giang's
/// national results 2020–2022 and its 2022 component assessments.
///
/// The expected numbers below are copied from the seed, not from Content/;
/// the values dti computes from the transcribed scores must reproduce the
/// values the seed publishes.
@Suite("Seed 004: national DTI, Hậu Giang 2020–2022")
struct NationalSeedTests {
    /// The package root: three levels above this file's folder.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static var contentRoot: String { packageRoot + "/Content" }

    static let loaded: (content: Content, diagnostics: DiagnosticList) = {
        let (content, diagnostics) = ContentLoader.load(from: contentRoot)
        precondition(content != nil && !diagnostics.hasErrors, diagnostics.errors.map(\.description).joined(separator: "\n"))
        return (content!, diagnostics)
    }()
    static let model = SiteModel.build(loaded.content)

    static var framework: Framework { loaded.content.framework("dti-tinh-2022")! }

    static func table(_ period: String) throws -> TableModel {
        try #require(model.tables.first { $0.id == "\(period)/tinh-thanh-pho" })
    }

    static func haugiang(_ model: TableModel) throws -> Int {
        try #require(model.table.rows.firstIndex { $0.unitSlug == "hau-giang" })
    }

    /// Seed 004, "Kết quả DTI Hậu Giang: 2020 → 2022": value and rank of DTI, CQS, KTS, XHS.
    struct Published: Sendable {
        let period: String
        let values: [NormalizedMeasure: (Double, Int)]
    }
    static let published: [Published] = [
        Published(period: "2020", values: [.dti: (0.3215, 28), .cqs: (0.3731, 26), .kts: (0.2985, 18), .xhs: (0.2756, 35)]),
        Published(period: "2021", values: [.dti: (0.4670, 17), .cqs: (0.5190, 15), .kts: (0.4400, 28), .xhs: (0.4444, 23)]),
        Published(period: "2022", values: [.dti: (0.6342, 17), .cqs: (0.7235, 13), .kts: (0.6798, 20), .xhs: (0.6209, 16)]),
    ]

    // MARK: - Framework (QĐ 922/QĐ-BTTTT, "Cấu trúc DTI cấp tỉnh")

    @Test("9 main indices, groups and maxima as in the structure table, total 1000")
    func mainIndices() throws {
        let framework = Self.framework
        let main = framework.mainIndices
        // Codes as the component tables number them: activities 6–8, Đô thị thông minh 9.
        let expected: [(String, Double, IndexGroup, Pillar?)] = [
            ("Nhận thức số", 100, .foundation, nil),
            ("Thể chế số", 100, .foundation, nil),
            ("Hạ tầng số", 100, .foundation, nil),
            ("Nhân lực số", 100, .foundation, nil),
            ("An toàn thông tin mạng", 100, .foundation, nil),
            ("Hoạt động Chính quyền số", 200, .activity, .cqs),
            ("Hoạt động Kinh tế số", 150, .activity, .kts),
            ("Hoạt động Xã hội số", 150, .activity, .xhs),
            ("Đô thị thông minh", 0, .foundation, nil),
        ]
        #expect(main.map(\.code.description) == (1...9).map(String.init))
        #expect(main.map(\.name) == expected.map(\.0))
        #expect(main.map { $0.max?.value } == expected.map(\.1))
        #expect(main.map(\.group) == expected.map(\.2))
        #expect(main.map(\.pillar) == expected.map(\.3))
        #expect(framework.totalMax == 1000)
        #expect(framework.declaredTotal?.value == framework.totalMax)
        // The two groups weigh 500 each, as the structure table says.
        let byGroup = Dictionary(grouping: main, by: { $0.group! }).mapValues { $0.reduce(0) { $0 + $1.max!.value } }
        #expect(byGroup[.foundation] == 500 && byGroup[.activity] == 500)
        #expect(framework.bands.isEmpty)
        #expect(framework.legalBasis?.hasPrefix("Quyết định số 922/QĐ-BTTTT ngày 20/5/2022") == true)
    }

    @Test("Short labels never take the reserved pillar headers")
    func shortLabels() {
        for index in Self.framework.mainIndices {
            #expect(!index.short.isEmpty)
            #expect(!["DTI", "CQS", "KTS", "XHS"].contains(index.short.uppercased()), "\(index.code)")
        }
    }

    @Test("Components per main index as the seed lists them, maxima left blank")
    func components() {
        let framework = Self.framework
        let direct = framework.mainIndices.map { framework.children(of: $0.code).count }
        #expect(direct == [10, 11, 7, 13, 12, 22, 12, 8, 0])
        // 98 components in the structure table, of which Đô thị thông minh's 3 are not listed.
        #expect(direct.reduce(0, +) == 98 - 3)
        let nested = framework.indices.filter { $0.code.depth == 3 }.map(\.code.description)
        #expect(nested == ["3.5.1", "3.5.2", "5.12.1", "5.12.2", "5.12.3", "5.12.4", "5.12.5", "5.12.6", "8.8.1", "8.8.2", "8.8.3"])
        #expect(framework.components(of: IndexCode(parts: [5])).count == 12 + 6)
        #expect(framework.indices.filter { !$0.isMain }.allSatisfy { $0.max == nil })
        for index in framework.indices {
            #expect(index.name == index.name.precomposedStringWithCanonicalMapping, "\(index.code)")
            #expect(!index.name.contains("<"), "\(index.code)")
        }
        let name = { (code: String) in framework.indices.first { $0.code == IndexCode(code)! }?.name }
        #expect(name("3.5.2") == "Kết nối Nền tảng điện toán đám mây Chính phủ")
        #expect(name("5.7") == "Số lượng hệ thống thông tin của cơ quan nhà nước đã được kiểm tra, đánh giá đầy đủ các nội dung theo quy định tại Thông tư số 03/2017/TT-BTTTT ngày 24/4/2017")
        #expect(name("7.9") == "Số lượng giao dịch trên sàn thương mại điện tử Vò sò và Postmart")
        #expect(name("8.8.3") == "Mức độ hài lòng với việc xử lý phản ánh")
    }

    @Test("Pillars: the five foundation indices (and Đô thị thông minh, 0) plus one activity index")
    func pillars() {
        let pillars = Self.framework.pillars
        #expect(pillars.map(\.pillar) == [.cqs, .kts, .xhs])
        #expect(pillars.map(\.max) == [700, 650, 650])
        #expect(pillars.map(\.activityCode.description) == ["6", "7", "8"])
        for pillar in pillars {
            #expect(pillar.indexCodes.map(\.description) == ["1", "2", "3", "4", "5", "9", pillar.activityCode.description])
        }
    }

    // MARK: - Rankings

    @Test("2022: pillar values computed from the index scores match the published ones")
    func computed2022() throws {
        let model = try Self.table("2022")
        let r = try Self.haugiang(model)
        #expect(model.table.frameworkID == "dti-tinh-2022")
        #expect(model.table.indexCodes.map(\.description) == ["1", "2", "3", "4", "5", "6", "7", "8"])
        let result = model.results[r]
        // Sum of the eight published scores: 93,33 + 70 + 72,73 + 70,51 + 52,27 + 147,58 + 83,06 + 44,76.
        let total = try #require(result.computedTotal)
        #expect(abs(total - 634.24) < 1e-9)
        let expected = try #require(Self.published.first { $0.period == "2022" })
        for measure in NormalizedMeasure.allCases {
            let computed = try #require(result.computedNormalized[measure.position], "\(measure)")
            let value = expected.values[measure]!.0
            #expect(abs(computed - value) <= 0.00005, "\(measure): \(computed) vs \(value)")
            #expect(model.table.rows[r].normalized(measure)?.value == value)
        }
        // The seed's "Nhận xét": Hoạt động XHS "có giá trị thấp (0,2984)" = 44,76 / 150.
        let xhs = try #require(model.table.rows[r].scores[model.table.indexCodes.firstIndex(of: IndexCode(parts: [8]))!])
        #expect((xhs.value / 150 * 10_000).rounded() / 10_000 == 0.2984)
        #expect(model.notes.isEmpty, "\(model.notes.map(\.description))")
    }

    @Test("2022: shown rank 17 of 63, pillar ranks 13/20/16 and the four published index ranks")
    func ranks2022() throws {
        let model = try Self.table("2022")
        let r = try Self.haugiang(model)
        #expect(model.table.of == 63 && model.table.isPartial && model.table.rankedCount == 63)
        #expect(model.results[r].rank == 17)
        #expect(model.results[r].computedRank == nil)   // one row of 63: dti does not rank it itself
        #expect(model.normalizedRank(.cqs, row: r) == 13)
        #expect(model.normalizedRank(.kts, row: r) == 20)
        #expect(model.normalizedRank(.xhs, row: r) == 16)
        let ranks = Dictionary(uniqueKeysWithValues: model.table.indexCodes.enumerated().map { ($0.element.description, model.indexRank($0.offset, row: r)) })
        // "Hoạt động CQS 9/63; Hạ tầng số 10/63; Nhân lực số 11/63"; "Hoạt động XHS … 25/63".
        #expect(ranks == ["1": nil, "2": nil, "3": 10, "4": 11, "5": nil, "6": 9, "7": nil, "8": 25])
    }

    @Test("2020 and 2021: published values and ranks only, no framework", arguments: ["2020", "2021"])
    func normalizedOnly(period: String) throws {
        let model = try Self.table(period)
        let r = try Self.haugiang(model)
        #expect(model.table.frameworkID == nil && !model.table.hasScores)
        #expect(model.table.of == 63)
        #expect(model.table.normalizedMeasures == NormalizedMeasure.allCases)
        let expected = try #require(Self.published.first { $0.period == period })
        for measure in NormalizedMeasure.allCases {
            let (value, rank) = expected.values[measure]!
            #expect(model.normalized(measure, row: r) == value, "\(measure)")
            #expect(model.normalizedRank(measure, row: r) == rank, "\(measure)")
            #expect(model.table.rows[r].normalized(measure)?.decimals == 4)   // 0,4670 keeps its last zero
        }
        #expect(model.results[r].rank == expected.values[.dti]!.1)
    }

    @Test("Hậu Giang's history reproduces the seed's remarks: +11 places since 2020, pillars +2/+8/+7, growth 35,8%…")
    func history() throws {
        let unit = try #require(Self.model.unit("hau-giang"))
        let national = unit.appearances.filter { Self.model.tables[$0.table].table.group == "tinh-thanh-pho" }
        #expect(national.map { Self.model.tables[$0.table].table.period.label } == ["2020", "2021", "2022"])
        let value = { (a: Appearance, m: NormalizedMeasure) in Self.model.tables[a.table].normalized(m, row: a.row)! }
        let rank = { (a: Appearance, m: NormalizedMeasure) in Self.model.tables[a.table].normalizedRank(m, row: a.row)! }
        // "DTI của Hậu Giang tăng 11 bậc, xếp 17/63, năm 2022 giữ nguyên so với năm 2021."
        #expect(rank(national[0], .dti) - rank(national[2], .dti) == 11)
        #expect(Self.model.change(of: unit, at: national[2])?.rank == 0)
        #expect(Self.model.change(of: unit, at: national[1])?.rank == 11)
        // "CQS tăng 2 bậc; KTS tăng 8 bậc; XHS tăng 7 bậc."
        #expect([Pillar.cqs, .kts, .xhs].map { rank(national[1], NormalizedMeasure($0)) - rank(national[2], NormalizedMeasure($0)) } == [2, 8, 7])
        // "DTI 0,6342, tăng trưởng 35,8%; CQS 0,7235, 39,4%; KTS 0,6798, 54,5%; XHS 0,6209, 39,7%."
        let growth = NormalizedMeasure.allCases.map { m in ((value(national[2], m) / value(national[1], m) - 1) * 1000).rounded() / 10 }
        #expect(growth == [35.8, 39.4, 54.5, 39.7])
    }

    @Test("The ranking CSVs are saved as Excel (vi-VN) does: BOM, ';', decimal commas", arguments: ["2020", "2021", "2022"])
    func excelFormat(period: String) throws {
        let bytes = try #require(FileSystem.read(Self.contentRoot + "/rankings/\(period)/tinh-thanh-pho.csv"))
        let table = try CSVReader.parse(bytes, file: "tinh-thanh-pho.csv")
        #expect(table.delimiter == UInt8(ascii: ";"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(table.rows.count == 1)
        #expect(table.rows[0].cells.contains { $0.text == "0,6342" || $0.text == "0,4670" || $0.text == "0,3215" })
    }

    // MARK: - Assessments

    @Test("2022 assessment: one row per listed component, in seed order, text as published")
    func assessment() throws {
        let assessment = try #require(Self.loaded.content.assessments.first { $0.period.label == "2022" && $0.unitSlug == "hau-giang" })
        let components = Self.framework.indices.filter { !$0.isMain }
        #expect(assessment.items.map(\.code) == components.map(\.code))
        #expect(assessment.items.count == 106)
        let item = { (code: String) in assessment.items.first { $0.code == IndexCode(code)! } }
        #expect(item("1.1")?.assessment == "✓" && item("1.1")?.recommendation == "Tiếp tục duy trì")
        #expect(item("1.3")?.assessment == "33,3%")
        #expect(item("2.8")?.assessment == "Chưa ban hành")
        #expect(item("2.1")?.recommendation == "")
        #expect(item("3.1")?.assessment == "✓ (2022: 74.36%)")
        #expect(item("3.4")?.assessment == "✓ (2022: 100% kết nối UBND cấp xã)" && item("3.4")?.recommendation == "")
        #expect(item("6.4")?.assessment == "" && item("6.5")?.assessment == "")
        #expect(item("8.6")?.assessment == "(2022: 2,012 tỷ)")
        #expect(item("2.10")?.recommendation.contains("\"Người dân Hậu Giang nộp dịch vụ công trực tuyến\"") == true)
        #expect(assessment.items.allSatisfy { !$0.assessment.contains("<") && !$0.recommendation.contains("<") })
    }

    @Test("The assessment's name column repeats the framework's component names exactly")
    func assessmentNames() throws {
        let bytes = try #require(FileSystem.read(Self.contentRoot + "/assessments/2022/hau-giang.csv"))
        let table = try CSVReader.parse(bytes, file: "hau-giang.csv")
        #expect(table.header.cells.map(\.text) == ["code", "name", "assessment", "recommendation"])
        let names = Dictionary(uniqueKeysWithValues: Self.framework.indices.map { ($0.code.description, $0.name) })
        for row in table.rows {
            #expect(names[row[0].text] == row[1].text, "\(row[0].text)")
        }
    }

    // MARK: - dti check

    @Test("dti check on the bundled Content: 0 errors, 1 warning (BQL các khu công nghiệp ATTT 39 > 35)")
    func check() throws {
        var all = Self.loaded.diagnostics
        all.append(contentsOf: Self.model.diagnostics)
        #expect(all.errors.isEmpty)
        #expect(all.warnings.count == 1)
        let warning = try #require(all.warnings.first)
        #expect(warning.kind == "score-above-max")
        #expect(warning.location.file.hasSuffix("Content/rankings/2022/so-ban-nganh.csv"))
        #expect(warning.location.line == 7 && warning.location.column == 44)

        let output = NationalSeedConsole()
        let code = DTICommandLine.run(["check", "--content", Self.contentRoot], console: output.console)
        #expect(code == 0)
        #expect(output.out.contains("0 lỗi, 1 cảnh báo: đạt"), "\(output.out)")
        #expect(output.err.contains("so-ban-nganh.csv:7:44: warning:"))
    }
}

/// Captures what a command prints.
private final class NationalSeedConsole: @unchecked Sendable {
    private let lock = NSLock()
    private var outText = "", errText = ""
    var out: String { lock.lock(); defer { lock.unlock() }; return outText }
    var err: String { lock.lock(); defer { lock.unlock() }; return errText }
    var console: Console {
        Console(out: { [self] line in lock.lock(); outText += line + "\n"; lock.unlock() },
                err: { [self] line in lock.lock(); errText += line + "\n"; lock.unlock() })
    }
}
