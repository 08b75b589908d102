import DTIKit
/// The shape of a synthetic national Content tree, and the names in it.
///
/// At scale 1 it is the size of the whole country after the 2025 merger:
/// 34 provinces, each with 20 departments (sở) and 100 communes (xã),
/// assessed over 5 periods. Scale S multiplies the communes per province by S.
/// Everything here is arithmetic: the counts are known without writing a file.
///
/// Names are plainly synthetic, with Vietnamese diacritics, and unique across
/// the country so that no two units ever share a slug:
/// `Tỉnh Thử Nghiệm 07`, `Sở Mẫu Số 12 – Tỉnh Thử Nghiệm 07`,
/// `Xã Giả Định 0042 – Tỉnh Thử Nghiệm 07`.
public struct SyntheticContentPlan: Sendable, Hashable {
    /// The default seed: every run of the benchmark writes the same bytes.
    public static let defaultSeed: UInt64 = 0x00D7_1B3C_2025_0001

    public var scale: Int
    public var provinces: Int
    public var departmentsPerProvince: Int
    public var communesPerProvince: Int
    /// Period labels, oldest first (`2020` … `2024`).
    public var periods: [String]
    public var seed: UInt64

    /// The plan at `scale`; the other parameters override the national shape
    /// (tests use a few provinces to stay fast). `communes` defaults to
    /// 100 × `scale` per province.
    public init(scale: Int = 1, provinces: Int = 34, departments: Int = 20, communes: Int? = nil,
                periods: Int = 5, firstYear: Int = 2020, seed: UInt64 = SyntheticContentPlan.defaultSeed) {
        precondition(scale >= 1 && provinces >= 1 && departments >= 1 && periods >= 1, "the plan needs at least one of everything")
        self.scale = scale
        self.provinces = provinces
        self.departmentsPerProvince = departments
        self.communesPerProvince = max(1, communes ?? 100 * scale)
        self.periods = (0..<periods).map { String(firstYear + $0) }
        self.seed = seed
    }

    // MARK: - Counts

    /// Provinces, departments and communes: every unit that gets a page.
    public var unitCount: Int { provinces * (1 + departmentsPerProvince + communesPerProvince) }
    /// Per period: one departments and one communes ranking per province, and the national one.
    public var rankingCount: Int { periods.count * (2 * provinces + 1) }
    /// Every table row of every period.
    public var rowCount: Int { periods.count * provinces * (departmentsPerProvince + communesPerProvince + 1) }
    /// `site.conf`, a `.csv` and a `.conf` per framework, and per ranking.
    public var fileCount: Int { 1 + 2 * SyntheticFrameworks.all.count + 2 * rankingCount }
    /// How many anomalies the generator injects (each yields exactly one warning).
    public var anomalyCount: Int { SyntheticAnomaly.Kind.allCases.count }

    // MARK: - Names and slugs

    /// `Tỉnh Thử Nghiệm 07` (1-based number).
    public func provinceName(_ province: Int) -> String {
        "Tỉnh Thử Nghiệm " + Self.padded(province + 1, width: max(2, Self.digits(provinces)))
    }

    /// `tinh-thu-nghiem-07`.
    public func provinceSlug(_ province: Int) -> String {
        "tinh-thu-nghiem-" + Self.padded(province + 1, width: max(2, Self.digits(provinces)))
    }

    /// `Sở Mẫu Số 12 – Tỉnh Thử Nghiệm 07`.
    public func departmentName(province: Int, _ department: Int) -> String {
        "Sở Mẫu Số " + Self.padded(department + 1, width: max(2, Self.digits(departmentsPerProvince)))
            + " – " + provinceName(province)
    }

    /// `Xã Giả Định 0042 – Tỉnh Thử Nghiệm 07`.
    public func communeName(province: Int, _ commune: Int) -> String {
        "Xã Giả Định " + Self.padded(commune + 1, width: max(4, Self.digits(communesPerProvince)))
            + " – " + provinceName(province)
    }

    /// The ranking group of a province's departments: `so-tinh-thu-nghiem-07`.
    public func departmentGroup(_ province: Int) -> String { "so-" + provinceSlug(province) }
    /// The ranking group of a province's communes: `xa-tinh-thu-nghiem-07`.
    public func communeGroup(_ province: Int) -> String { "xa-" + provinceSlug(province) }
    /// The national ranking of the provinces.
    public static let nationalGroup = "tinh-thanh-pho"

    static func digits(_ value: Int) -> Int { String(value).count }

    static func padded(_ value: Int, width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

/// One injected anomaly: a realistic mistake in a published table that the
/// build must report as exactly one warning of `kind` at `file:line`.
public struct SyntheticAnomaly: Sendable, Hashable, CustomStringConvertible {
    /// The anomalies the generator injects, one of each, named by the
    /// diagnostic `kind` dti reports for them.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// An index score above its maximum (the total still equals the sum).
        case scoreAboveMax = "score-above-max"
        /// A published total that is not the sum of the index scores.
        case totalMismatch = "total-mismatch"
        /// A published rank that is not the competition rank of the total.
        case rankOrder = "rank-order"
        /// A published class outside the band of the total.
        case classBand = "class-band"
    }

    public var kind: Kind
    /// Relative to the content root: `rankings/2024/xa-tinh-thu-nghiem-01.csv`.
    public var file: String
    /// The CSV line of the row (the header is line 1).
    public var line: Int
    public var unit: String

    public var description: String { "\(kind.rawValue) at \(file):\(line) (\(unit))" }
}
