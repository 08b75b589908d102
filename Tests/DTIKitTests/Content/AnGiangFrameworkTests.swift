import Foundation
import Testing
@testable import DTIKit

/// Seed 003: Quyết định số 1407/QĐ-UBND ngày 13/9/2024 of An Giang, transcribed
/// into the fixture tree Tests/Fixtures/an-giang (two frameworks, no rankings).
///
/// The expected structure is the decision's own (Điều 5): 06 indices, 35
/// components and 420 points for sở, ban, ngành; 08 indices, 65 components
/// and 700 points for huyện, with pillars of 495, 430 and 485 points. The
/// fixture's appendix rows must add up to exactly those figures.
@Suite("Seed 003: An Giang frameworks (QĐ 1407/QĐ-UBND)")
struct AnGiangFrameworkTests {
    /// The package root: three levels above this file's folder.
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
    static var fixtureRoot: String { packageRoot + "/Tests/Fixtures/an-giang" }

    static let loaded: (content: Content?, diagnostics: DiagnosticList) = ContentLoader.load(from: fixtureRoot)

    static func framework(_ id: String) throws -> Framework {
        let content = try #require(loaded.content)
        return try #require(content.framework(id))
    }

    /// One framework as Điều 5 of the decision describes it.
    struct Structure: Sendable {
        let id: String
        let names: [String]
        let maxima: [Double]
        let components: [Int]
        let total: Double
        let pillars: [Pillar: Double]
    }
    static let so = Structure(
        id: "an-giang-2024-so",
        names: ["Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số", "An toàn thông tin mạng", "Hoạt động chính quyền số"],
        maxima: [50, 50, 20, 75, 90, 135], components: [4, 5, 1, 3, 9, 13], total: 420,
        pillars: [.cqs: 420])
    static let huyen = Structure(
        id: "an-giang-2024-huyen",
        names: ["Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số", "An toàn thông tin mạng",
                "Hoạt động chính quyền số", "Hoạt động kinh tế số", "Hoạt động xã hội số"],
        maxima: [70, 60, 60, 65, 100, 140, 75, 130], components: [6, 6, 5, 8, 9, 13, 10, 8], total: 700,
        pillars: [.cqs: 495, .kts: 430, .xhs: 485])

    @Test("Main indices, components and totals as Điều 5 states them", arguments: [so, huyen])
    func structure(_ expected: Structure) throws {
        let framework = try Self.framework(expected.id)
        let main = framework.mainIndices
        #expect(main.map(\.name) == expected.names)
        #expect(main.map { $0.max?.value } == expected.maxima)
        #expect(main.map { framework.components(of: $0.code).count } == expected.components)
        #expect(framework.indices.filter { !$0.isMain }.count == expected.components.reduce(0, +))
        #expect(framework.totalMax == expected.total)
        #expect(framework.declaredTotal?.value == expected.total)
        // Codes 1–5 are the foundation group, the rest activities.
        #expect(main.map(\.group) == main.map { $0.code.parts[0] <= 5 ? IndexGroup.foundation : .activity })
        #expect(framework.bands.isEmpty)
    }

    @Test("Every component has a maximum and they add up to their index's", arguments: [so, huyen])
    func componentSums(_ expected: Structure) throws {
        let framework = try Self.framework(expected.id)
        for index in framework.indices where !index.isMain {
            #expect(index.max != nil, "\(index.code)")
            #expect(index.short.isEmpty && index.group == nil && index.pillar == nil, "\(index.code)")
        }
        for index in framework.mainIndices {
            let children = framework.children(of: index.code)
            #expect(!children.isEmpty)
            let sum = children.reduce(0) { $0 + ($1.max?.value ?? .nan) }
            #expect(sum == index.max?.value, "\(index.code): \(sum)")
        }
    }

    @Test("Pillars: sở has only Chính quyền số; huyện has CQS 495, KTS 430, XHS 485", arguments: [so, huyen])
    func pillars(_ expected: Structure) throws {
        let framework = try Self.framework(expected.id)
        let pillars = framework.pillars
        #expect(Dictionary(uniqueKeysWithValues: pillars.map { ($0.pillar, $0.max) }) == expected.pillars)
        for pillar in pillars {
            #expect(pillar.indexCodes.map(\.description) == ["1", "2", "3", "4", "5", pillar.activityCode.description])
        }
    }

    @Test("Group totals and pillar component counts of the decision's tables")
    func groupTotals() throws {
        // Sở: "Nhóm chỉ số nền tảng chung 22 285", "Nhóm chỉ số hoạt động 13 135".
        // Huyện: "… nền tảng chung 34 355", "… hoạt động 31 345"; pillars of 47, 44 and 42 components.
        let cases: [(String, IndexGroup, Int, Double)] = [
            ("an-giang-2024-so", .foundation, 22, 285), ("an-giang-2024-so", .activity, 13, 135),
            ("an-giang-2024-huyen", .foundation, 34, 355), ("an-giang-2024-huyen", .activity, 31, 345),
        ]
        for (id, group, count, points) in cases {
            let framework = try Self.framework(id)
            let members = framework.mainIndices.filter { $0.group == group }
            #expect(members.reduce(0) { $0 + framework.components(of: $1.code).count } == count, "\(id) \(group)")
            #expect(members.reduce(0) { $0 + $1.max!.value } == points, "\(id) \(group)")
        }
        let huyen = try Self.framework("an-giang-2024-huyen")
        let counts = huyen.pillars.map { $0.indexCodes.reduce(0) { $0 + huyen.components(of: $1).count } }
        #expect(counts == [47, 44, 42])
    }

    @Test("Component names are whole sentences from the appendices, NFC, rejoined across page lines")
    func names() throws {
        for id in [Self.so.id, Self.huyen.id] {
            let framework = try Self.framework(id)
            for index in framework.indices {
                #expect(index.name == index.name.precomposedStringWithCanonicalMapping, "\(id) \(index.code)")
                #expect(!index.name.contains("  ") && !index.name.hasSuffix(" "), "\(id) \(index.code)")
                // A maximum left glued to the end of a name would show up as a trailing number.
                #expect(index.name.last.map { !$0.isNumber } ?? false, "\(id) \(index.code): \(index.name)")
            }
        }
        let so = try Self.framework(Self.so.id), huyen = try Self.framework(Self.huyen.id)
        let name = { (f: Framework, code: String) in f.indices.first { $0.code == IndexCode(code)! }?.name }
        #expect(name(so, "5.6") == "Hệ thống thông tin của cơ quan/đơn vị đã được kiểm tra, đánh giá đầy đủ các nội dung theo quy định tại Thông tư số 12/2022/TT-BTTTT ngày 12/8/2022 của Bộ Thông tin và Truyền thông")
        #expect(name(so, "6.4") == "Triển khai kênh số khác (ngoài Cổng TTĐT) phục vụ tương tác trực tuyến cho người dân, doanh nghiệp")
        #expect(name(huyen, "1.1") == "Người đứng đầu huyện/thị xã/thành phố (Bí thư hoặc Chủ tịch huyện/thị xã/thành phố) là Trưởng ban Ban chỉ đạo chuyển đổi số của Huyện")
        #expect(name(huyen, "7.8") == "Số lượng giao dịch trên sàn thương mại điện tử Vỏ sò và Postmart")
        #expect(name(huyen, "8.8") == "Tỷ lệ phản ánh được xử lý đúng hạn")
        // Same wording, different points: 6.4 weighs 5 for sở and 10 for huyện.
        #expect(so.indices.first { $0.code == IndexCode("6.4")! }?.max?.value == 5)
        #expect(huyen.indices.first { $0.code == IndexCode("6.4")! }?.max?.value == 10)
    }

    @Test("dti check on the fixture: no errors, no warnings, no invented rankings")
    func check() throws {
        let content = try #require(Self.loaded.content)
        #expect(Self.loaded.diagnostics.errors.isEmpty, "\(Self.loaded.diagnostics.errors.map(\.description))")
        #expect(Self.loaded.diagnostics.warnings.isEmpty, "\(Self.loaded.diagnostics.warnings.map(\.description))")
        #expect(content.frameworks.map(\.id) == ["an-giang-2024-huyen", "an-giang-2024-so"])
        #expect(content.rankings.isEmpty && content.assessments.isEmpty)
        #expect(!FileSystem.isDirectory(Self.fixtureRoot + "/rankings"))
        #expect(content.site.baseURL == "https://dti.angiang.gov.vn/")
        #expect(content.frameworks.allSatisfy { $0.legalBasis?.hasPrefix("Quyết định số 1407/QĐ-UBND ngày 13/9/2024") == true })
    }
}
