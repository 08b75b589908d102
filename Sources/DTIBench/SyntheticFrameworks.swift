import DTIKit
/// One main index of a synthetic framework. Points are kept in hundredths
/// (cents) so that every total, band and comparison is exact integer arithmetic.
public struct SyntheticIndex: Sendable, Hashable {
    public var name: String
    public var short: String
    /// Maximum in whole points.
    public var max: Int
    /// `nil` for foundation indices, the pillar for activity indices.
    public var pillar: Pillar?

    public var maxCents: Int { max * 100 }
}

/// A class band of a synthetic framework, written as a percent of the
/// maximum (`band.Tốt = 80`) or as points (`band.Tốt = 280 điểm`).
public struct SyntheticBand: Sendable, Hashable {
    public var label: String
    public var value: Int
    public var inPoints: Bool
    /// Abbreviation some tables publish instead of the label (`TB`).
    public var abbreviation: String?
}

/// A synthetic framework: `frameworks/<id>.csv` and `frameworks/<id>.conf`.
public struct SyntheticFramework: Sendable, Hashable {
    public var id: String
    public var name: String
    public var level: String
    public var indices: [SyntheticIndex]
    /// Strongest first; the last starts at 0.
    public var bands: [SyntheticBand]

    /// Sum of the maxima, in whole points; also the declared `total`.
    public var total: Int { indices.reduce(0) { $0 + $1.max } }
    public var totalCents: Int { total * 100 }

    /// The minimum total of each band, in cents, strongest first.
    public var bandMinimumsCents: [Int] {
        bands.map { $0.inPoints ? $0.value * 100 : $0.value * total }
    }

    /// The position in `bands` of the class a total earns: the strongest band
    /// whose minimum it reaches.
    public func bandIndex(forCents total: Int) -> Int {
        let minimums = bandMinimumsCents
        return minimums.firstIndex { total >= $0 } ?? (bands.count - 1)
    }

    /// The framework CSV: main indices and a few components each, whose
    /// maxima add up to their parent's (blank for a main index worth 0).
    public func csv() -> [UInt8] {
        var out = ByteBuffer(capacity: 4096)
        out.append("code,name,short,max,group,pillar\n")
        for (position, index) in indices.enumerated() {
            let code = position + 1
            out.append(code)
            out.append(",")
            out.append(index.name)
            out.append(",")
            out.append(index.short)
            out.append(",")
            out.append(index.max)
            out.append(index.pillar == nil ? ",nen-tang," : ",hoat-dong,")
            out.append(index.pillar?.rawValue ?? "")
            out.append("\n")
            for (part, max) in Self.componentMaxima(index.max).enumerated() {
                out.append(code)
                out.append(".")
                out.append(part + 1)
                out.append(",\"Tiêu chí mẫu \(code).\(part + 1), thuộc \(index.name)\",,")
                if let max { out.append(max) }
                out.append(",,\n")
            }
        }
        return out.bytes
    }

    /// Three components sharing the maximum (40 %, 35 %, the rest); a main
    /// index worth 0 gets two components with no maximum given.
    static func componentMaxima(_ max: Int) -> [Int?] {
        guard max > 0 else { return [nil, nil] }
        let first = max * 2 / 5, second = max * 7 / 20
        return [first, second, max - first - second]
    }

    /// The framework `.conf`: name, legal basis, level, total, bands, pillars.
    public func conf() -> [UInt8] {
        var out = ByteBuffer(capacity: 2048)
        out.append("# Bộ chỉ số giả lập cho dti-bench: số liệu không có thật, chỉ dùng để đo hiệu năng.\n")
        out.append("name = \(name)\n")
        out.append("legal_basis = Quyết định số 0\(total)/QĐ-THỬ ngày 01/01/2020 (văn bản giả định của dti-bench)\n")
        out.append("legal_basis_url = https://example.gov.vn/van-ban-gia-dinh/\(id)\n")
        out.append("level = \(level)\n")
        out.append("total = \(total)\n")
        for band in bands {
            out.append("band.\(band.label) = \(band.value)" + (band.inPoints ? " điểm" : "") + "\n")
        }
        for index in indices {
            if let pillar = index.pillar { out.append("pillar.\(pillar.rawValue) = \(pillar.title)\n") }
        }
        out.append("note = Khung chỉ số do dti-bench sinh ra; mọi tên và điểm số đều là giả định.\n")
        return out.bytes
    }
}

/// The three frameworks of the national benchmark: provinces, departments, communes.
public enum SyntheticFrameworks {
    private static func index(_ name: String, _ short: String, _ max: Int, _ pillar: Pillar? = nil) -> SyntheticIndex {
        SyntheticIndex(name: name, short: short, max: max, pillar: pillar)
    }

    private static let percentBands = [
        SyntheticBand(label: "Xuất sắc", value: 90, inPoints: false, abbreviation: nil),
        SyntheticBand(label: "Tốt", value: 80, inPoints: false, abbreviation: nil),
        SyntheticBand(label: "Khá", value: 65, inPoints: false, abbreviation: nil),
        SyntheticBand(label: "Trung bình", value: 50, inPoints: false, abbreviation: "TB"),
        SyntheticBand(label: "Yếu", value: 0, inPoints: false, abbreviation: nil),
    ]

    /// Provinces: 9 main indices, 1,000 points; the sixth is worth 0 (like
    /// Đô thị thông minh), the last three are the CQS, KTS and XHS activities.
    public static let province = SyntheticFramework(
        id: "tinh", name: "Bộ chỉ số chuyển đổi số cấp tỉnh (giả lập)", level: "Tỉnh, thành phố trực thuộc trung ương",
        indices: [
            index("Nhận thức số", "Nhận thức", 100), index("Thể chế số", "Thể chế", 100),
            index("Hạ tầng số", "Hạ tầng", 100), index("Nhân lực số", "Nhân lực", 100),
            index("An toàn thông tin mạng", "ATTT", 100), index("Đô thị thông minh", "Đô thị", 0),
            index("Hoạt động chính quyền số", "Chính quyền số", 200, .cqs),
            index("Hoạt động kinh tế số", "Kinh tế số", 150, .kts),
            index("Hoạt động xã hội số", "Xã hội số", 150, .xhs),
        ],
        bands: percentBands)

    /// Departments: 6 main indices, 420 points; the last is the CQS activity.
    public static let department = SyntheticFramework(
        id: "so", name: "Bộ chỉ số chuyển đổi số cấp sở, ban, ngành (giả lập)", level: "Sở, ban, ngành cấp tỉnh",
        indices: [
            index("Nhận thức số", "Nhận thức", 50), index("Thể chế số", "Thể chế", 50),
            index("Hạ tầng số", "Hạ tầng", 20), index("Nhân lực số", "Nhân lực", 75),
            index("An toàn thông tin mạng", "ATTT", 90),
            index("Hoạt động chính quyền số", "Chính quyền số", 135, .cqs),
        ],
        bands: percentBands)

    /// Communes: 6 main indices, 350 points, bands in points; the last is CQS.
    public static let commune = SyntheticFramework(
        id: "xa", name: "Bộ chỉ số chuyển đổi số cấp xã (giả lập)", level: "Xã, phường, đặc khu",
        indices: [
            index("Nhận thức số", "Nhận thức", 50), index("Thể chế số", "Thể chế", 60),
            index("Hạ tầng số", "Hạ tầng", 20), index("Nhân lực số", "Nhân lực", 50),
            index("An toàn thông tin mạng", "ATTT", 10),
            index("Hoạt động chính quyền số", "Chính quyền số", 160, .cqs),
        ],
        bands: [
            SyntheticBand(label: "Xuất sắc", value: 315, inPoints: true, abbreviation: nil),
            SyntheticBand(label: "Tốt", value: 280, inPoints: true, abbreviation: nil),
            SyntheticBand(label: "Khá", value: 245, inPoints: true, abbreviation: nil),
            SyntheticBand(label: "Trung bình", value: 175, inPoints: true, abbreviation: "TB"),
            SyntheticBand(label: "Yếu", value: 0, inPoints: true, abbreviation: nil),
        ])

    /// All three, in file order.
    public static let all = [province, department, commune]
}
