import Testing
@testable import DTIKit

/// Seed 000: Hậu Giang's 2022 report, Phụ lục 01–03, reproduced exactly.
///
/// The expected rows below are transcribed from the seed independently of
/// Content/; the test loads Content/ and recomputes totals, competition ranks
/// and classes (from QĐ 1949's bands), which must all match what was published.
@Suite("Seed 000: Hậu Giang 2022")
struct Seed000Tests {
    struct Published: Sendable {
        let name: String, total: String, className: String, rank: Int
    }

    static let soBanNganh: [Published] = [
        .init(name: "Sở Nông nghiệp và Phát triển nông thôn", total: "233.06", className: "Xuất sắc", rank: 1),
        .init(name: "Sở Khoa học và Công nghệ", total: "223.2", className: "Xuất sắc", rank: 2),
        .init(name: "Sở Thông tin và Truyền thông", total: "222.56", className: "Xuất sắc", rank: 3),
        .init(name: "Sở Nội vụ", total: "222.36", className: "Xuất sắc", rank: 4),
        .init(name: "Sở Giáo dục và Đào tạo", total: "221.23", className: "Xuất sắc", rank: 5),
        .init(name: "Ban Quản lý các khu Công nghiệp", total: "217.03", className: "Tốt", rank: 6),
        .init(name: "Sở Tài chính", total: "216.85", className: "Tốt", rank: 7),
        .init(name: "Sở Văn hóa, Thể thao và Du lịch", total: "216.49", className: "Tốt", rank: 8),
        .init(name: "Sở Lao động - Thương binh và Xã hội", total: "212.97", className: "Tốt", rank: 9),
        .init(name: "Văn phòng UBND tỉnh", total: "211.6", className: "Tốt", rank: 10),
        .init(name: "Sở Xây dựng", total: "211.25", className: "Tốt", rank: 11),
        .init(name: "Sở Công Thương", total: "209.05", className: "Tốt", rank: 12),
        .init(name: "Sở Tư pháp", total: "206.45", className: "Tốt", rank: 13),
        .init(name: "Sở Y tế", total: "195.61", className: "Khá", rank: 14),
        .init(name: "Sở Giao thông vận tải", total: "187.390", className: "Khá", rank: 15),
        .init(name: "Sở Kế hoạch và Đầu tư", total: "187.386", className: "Khá", rank: 16),
        .init(name: "Sở Tài nguyên và Môi trường", total: "170.55", className: "Trung bình", rank: 17),
        .init(name: "Ban Dân tộc tỉnh", total: "167.97", className: "Trung bình", rank: 18),
        .init(name: "Thanh tra tỉnh", total: "164.86", className: "Trung bình", rank: 19),
    ]
    static let nganhDoc: [Published] = [
        .init(name: "Cục Thuế tỉnh", total: "238.77", className: "Xuất sắc", rank: 1),
        .init(name: "Bảo hiểm xã hội Hậu Giang", total: "236.57", className: "Xuất sắc", rank: 2),
        .init(name: "Ngân hàng Nhà nước Hậu Giang", total: "230.43", className: "Xuất sắc", rank: 3),
        .init(name: "Kho bạc Nhà nước Hậu Giang", total: "222.38", className: "Xuất sắc", rank: 4),
        .init(name: "Cục Thống kê", total: "219.38", className: "Tốt", rank: 5),
    ]
    static let ubndHuyen: [Published] = [
        .init(name: "UBND huyện Châu Thành A", total: "328.64", className: "Xuất sắc", rank: 1),
        .init(name: "UBND thành phố Vị Thanh", total: "308.47", className: "Tốt", rank: 2),
        .init(name: "UBND thành phố Ngã Bảy", total: "292.51", className: "Tốt", rank: 3),
        .init(name: "UBND huyện Châu Thành", total: "292.32", className: "Tốt", rank: 4),
        .init(name: "UBND huyện Phụng Hiệp", total: "281.31", className: "Khá", rank: 5),
        .init(name: "UBND huyện Long Mỹ", total: "254.03", className: "Khá", rank: 6),
        .init(name: "UBND huyện Vị Thủy", total: "252.28", className: "Khá", rank: 7),
        .init(name: "UBND thị xã Long Mỹ", total: "244.58", className: "Trung bình", rank: 8),
    ]

    static let model: SiteModel = {
        let (content, diagnostics) = ContentLoader.load(from: TestSupport.bundledContent)
        precondition(!diagnostics.hasErrors, diagnostics.errors.map(\.description).joined(separator: "\n"))
        return SiteModel.build(content!)
    }()

    static func table(_ id: String) -> TableModel { model.tables.first { $0.id == id }! }

    static let appendices: [String: [Published]] = [
        "2022/so-ban-nganh": soBanNganh, "2022/nganh-doc": nganhDoc, "2022/ubnd-huyen": ubndHuyen,
    ]

    @Test(arguments: ["2022/so-ban-nganh", "2022/nganh-doc", "2022/ubnd-huyen"])
    func everyUnitMatchesThePublishedTable(_ id: String) throws {
        let expected = try #require(Self.appendices[id])
        let model = Self.table(id)
        #expect(model.table.rows.count == expected.count)
        for (row, published) in zip(model.table.rows.indices, expected) {
            let result = model.results[row]
            #expect(model.table.rows[row].name == published.name)
            // The published total, with its published precision.
            #expect(result.total?.text == published.total)
            // The sum of the index scores agrees with it (tolerance 0.01).
            let sum = try #require(result.computedTotal)
            #expect(abs(sum - Double(published.total)!) <= 0.01, "\(published.name): \(sum)")
            // Competition rank recomputed from the totals = published rank.
            #expect(result.computedRank == published.rank, "\(published.name)")
            #expect(result.rank == published.rank)
            // Class from QĐ 1949's bands = published class (`TB` = Trung bình).
            #expect(result.computedClass == published.className, "\(published.name)")
            #expect(result.classLabel == published.className)
        }
    }

    @Test func transportRanksAboveInvestmentByThousandths() throws {
        let model = Self.table("2022/so-ban-nganh")
        let gtvt = try #require(model.table.rows.firstIndex { $0.unitSlug == "so-giao-thong-van-tai" })
        let khdt = try #require(model.table.rows.firstIndex { $0.unitSlug == "so-ke-hoach-va-dau-tu" })
        #expect(model.results[gtvt].total?.display == "187,390")
        #expect(model.results[khdt].total?.display == "187,386")
        #expect(try #require(model.results[gtvt].computedRank) < (try #require(model.results[khdt].computedRank)))
        #expect(model.results[gtvt].tied == false)
    }

    @Test func attt39AboveItsMaximumIsAWarningWithItsLocation() throws {
        let warnings = Self.model.diagnostics.filter { $0.kind == "score-above-max" }
        #expect(warnings.count == 1)
        let warning = try #require(warnings.first)
        #expect(warning.severity == .warning)
        #expect(warning.location.file.hasSuffix("Content/rankings/2022/so-ban-nganh.csv"))
        #expect(warning.location.line == 7)
        #expect(warning.location.column == 44)
        #expect(warning.message.contains("Ban Quản lý các khu Công nghiệp"))
        #expect(warning.message.contains("39") && warning.message.contains("35"))
        // …and nothing else in seed 000 disagrees with itself.
        let seed000 = Self.model.diagnostics.filter { $0.location.file.contains("rankings/2022/") && !$0.location.file.contains("tinh-thanh-pho") }
        #expect(seed000.count == 1)
    }

    @Test func theBuildStillSucceedsWithTheWarning() throws {
        let output = TestSupport.temporaryDirectory() + "/Site"
        let report = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: output, shareCards: false))
        #expect(report.succeeded)
        #expect(report.diagnostics.warnings.contains { $0.kind == "score-above-max" })
        #expect(!report.diagnostics.hasErrors)
        let (code, _, err) = TestSupport.run(["check", "--content", TestSupport.bundledContent])
        #expect(code == 0)
        #expect(err.contains("so-ban-nganh.csv:7:44: warning:"))
        #expect(TestSupport.run(["check", "--content", TestSupport.bundledContent, "--strict"]).code == 1)
    }

    @Test func statisticsOfTheDepartmentsGroup() throws {
        let model = Self.table("2022/so-ban-nganh")
        let total = try #require(model.totalStatistics)
        #expect(total.count == 19)
        #expect(total.max == 233.06)
        #expect(total.min == 164.86)
        #expect(total.median == 211.6)                      // Văn phòng UBND tỉnh, 10th of 19
        #expect(abs(total.mean - 3897.866 / 19) < 1e-9)      // sum of the 19 published totals
        // Quartiles interpolate (QUARTILE.INC): (187.390 + 195.61) / 2 and (217.03 + 221.23) / 2.
        #expect(abs(total.q1 - 191.5) < 1e-9 && abs(total.q3 - 219.13) < 1e-9)
        let counts = model.classCounts.map { "\($0.label)=\($0.count)" }
        #expect(counts == ["Xuất sắc=5", "Tốt=8", "Khá=3", "Trung bình=3", "Yếu=0"])
    }

    @Test func pillarOfTheDistrictFramework() throws {
        let model = Self.table("2022/ubnd-huyen")
        let pillars = try #require(model.framework?.pillars)
        #expect(pillars.map(\.pillar) == [.cqs, .kts, .xhs])
        // Foundation 60+10+65+10 = 145; + CQS 110, KTS 20, XHS 85.
        #expect(pillars.map(\.max) == [255, 165, 230])
        // Châu Thành A: foundation 54+10+64.5+10 = 138.5.
        let row = 0
        #expect(abs(model.results[row].computedNormalized[NormalizedMeasure.cqs.position]! - (138.5 + 86) / 255) < 1e-12)
        #expect(abs(model.results[row].computedNormalized[NormalizedMeasure.kts.position]! - (138.5 + 20) / 165) < 1e-12)
        #expect(abs(model.results[row].computedNormalized[NormalizedMeasure.xhs.position]! - (138.5 + 84.14) / 230) < 1e-12)
        #expect(abs(model.results[row].computedNormalized[NormalizedMeasure.dti.position]! - 328.64 / 360) < 1e-12)
    }
}
