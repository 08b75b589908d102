import Foundation

/// The two groups of main indices in every DTI framework.
public enum IndexGroup: String, Sendable, Hashable, CaseIterable {
    /// Nhóm chỉ số nền tảng chung.
    case foundation = "nen-tang"
    /// Nhóm chỉ số hoạt động.
    case activity = "hoat-dong"

    /// The Vietnamese name of the group.
    public var title: String {
        switch self {
        case .foundation: return "Nhóm chỉ số nền tảng chung"
        case .activity: return "Nhóm chỉ số hoạt động"
        }
    }
}

/// The three pillars: Chính quyền số, Kinh tế số, Xã hội số.
public enum Pillar: String, Sendable, Hashable, CaseIterable, Comparable {
    case cqs = "CQS", kts = "KTS", xhs = "XHS"

    /// The Vietnamese name of the pillar.
    public var title: String {
        switch self {
        case .cqs: return "Chính quyền số"
        case .kts: return "Kinh tế số"
        case .xhs: return "Xã hội số"
        }
    }

    /// Lowercase code used in URLs (`/tru-cot/cqs/`).
    public var slug: String { rawValue.lowercased() }

    public static func < (a: Pillar, b: Pillar) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A code such as `1`, `3.5` or `3.5.2`; the parent is the code without its last part.
public struct IndexCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let parts: [Int]

    public init?(_ text: String) {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        var parts: [Int] = []
        for piece in pieces {
            guard let number = Int(piece), number >= 0 else { return nil }
            parts.append(number)
        }
        guard !parts.isEmpty else { return nil }
        self.init(parts: parts)
    }

    public init(parts: [Int]) {
        self.parts = parts
        description = parts.map(String.init).joined(separator: ".")
    }

    /// `1.2`: kept, since every page and data file writes codes many times
    /// (short codes are stored inline, so this costs no allocation).
    public let description: String
    public var depth: Int { parts.count }
    public var parent: IndexCode? { parts.count > 1 ? IndexCode(parts: Array(parts.dropLast())) : nil }
    public var mainCode: IndexCode { IndexCode(parts: [parts[0]]) }

    public static func < (a: IndexCode, b: IndexCode) -> Bool { a.parts.lexicographicallyPrecedes(b.parts) }

    // Identity is the parts; `description` follows from them.
    public static func == (a: IndexCode, b: IndexCode) -> Bool { a.parts == b.parts }
    public func hash(into hasher: inout Hasher) { hasher.combine(parts) }
}

/// One index or component of a framework, as a framework CSV row defines it.
public struct IndexDefinition: Sendable, Hashable {
    public var code: IndexCode
    public var name: String
    /// The short label used in tables and charts (`Nhận thức`, `ATTT`).
    public var short: String
    /// Maximum points; nil when the source does not give it.
    public var max: PublishedNumber?
    /// Main indices only.
    public var group: IndexGroup?
    /// Activity indices only.
    public var pillar: Pillar?
    /// The framework CSV line that defines it.
    public var line: Int
    /// `name_en`, `short_en` columns.
    public var translations = Translations()

    public var isMain: Bool { code.depth == 1 }
    /// The label for tables: the short label, or the name when there is none.
    public var label: String { short.isEmpty ? name : short }
}

/// A class band: `band.Xuất sắc = 90` (percent of the maximum) or
/// `band.Xuất sắc = 220 điểm` (points).
public struct ClassBand: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable { case percent, points }
    public var label: String
    public var threshold: Double
    public var unit: Unit
    public var line: Int

    /// The minimum total for this class given the framework's maximum.
    public func minimumPoints(totalMax: Double) -> Double {
        unit == .points ? threshold : threshold / 100 * totalMax
    }
}

/// The composition of one pillar in one framework.
public struct PillarDefinition: Sendable, Hashable {
    public var pillar: Pillar
    /// The display name (from the framework's `pillar.CQS` key, or the default).
    public var name: String
    /// Foundation main indices, then the pillar's own activity index.
    public var indexCodes: [IndexCode]
    public var activityCode: IndexCode
    /// Sum of the maxima of `indexCodes`.
    public var max: Double
}

/// An index framework issued by a decision: its tree of indices and maxima.
public struct Framework: Sendable {
    /// The file stem: `frameworks/<id>.csv`; also the URL word.
    public var id: String
    public var file: String
    public var confFile: String
    public var name: String
    public var legalBasis: String?
    public var legalBasisURL: String?
    public var level: String?
    public var declaredTotal: PublishedNumber?
    public var note: String?
    /// The decision as a short label, `QĐ 922/QĐ-BTTTT`: the `decision` key,
    /// else found in `legal_basis` (`Quyết định số 922/QĐ-BTTTT ngày …`).
    public var decision: String?
    /// The framework this one continues (`continues = <id>`: a reissued
    /// decision with the same indices and maxima): no methodology break
    /// between their tables.
    public var continues: String?
    /// Whether results of periods of different length (a half-year and a
    /// year) may be subtracted (`comparable_periods = yes`); by default not.
    public var comparablePeriods = false
    /// `name_en`, `level_en`, `note_en`, `legal_basis_en`.
    public var translations = Translations()
    public var bands: [ClassBand]
    public var pillarNames: [Pillar: String] { didSet { derive() } }
    /// Every index and component in code order.
    public var indices: [IndexDefinition] { didSet { derive() } }

    // Derived from the properties above, kept in step by `derive()`: pages
    // ask for them for every row, so they are computed once, not per call.

    /// Main indices in code order.
    public private(set) var mainIndices: [IndexDefinition] = []
    /// The sum of the maxima of the main indices.
    public private(set) var totalMax: Double = 0
    /// The pillars this framework defines, in CQS, KTS, XHS order.
    public private(set) var pillars: [PillarDefinition] = []

    public init(id: String, file: String, confFile: String, name: String, legalBasis: String?, legalBasisURL: String?,
                level: String?, declaredTotal: PublishedNumber?, note: String?, bands: [ClassBand],
                pillarNames: [Pillar: String], indices: [IndexDefinition]) {
        self.id = id
        self.file = file
        self.confFile = confFile
        self.name = name
        self.legalBasis = legalBasis
        self.legalBasisURL = legalBasisURL
        self.level = level
        self.declaredTotal = declaredTotal
        self.note = note
        self.bands = bands
        self.pillarNames = pillarNames
        self.indices = indices
        derive()
    }

    /// The short label of a decision in a legal basis: `Quyết định số 922/QĐ-BTTTT ngày …`
    /// → `QĐ 922/QĐ-BTTTT`, `Nghị quyết số 202/2025/QH15 …` → `NQ 202/2025/QH15`.
    public static func decisionLabel(in legalBasis: String) -> String? {
        let words = legalBasis.split(separator: " ")
        guard let number = words.first(where: { $0.first?.isNumber == true && $0.contains("/") }) else { return nil }
        let key = SlugTransliteration.key(legalBasis)
        let kind = key.hasPrefix("quyet dinh") ? "QĐ " : key.hasPrefix("nghi quyet") ? "NQ " : key.hasPrefix("thong tu") ? "TT " : ""
        return kind + number.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:"))
    }

    private mutating func derive() {
        mainIndices = indices.filter(\.isMain)
        totalMax = mainIndices.reduce(0) { $0 + ($1.max?.value ?? 0) }
        let foundation = mainIndices.filter { $0.group == .foundation }
        pillars = mainIndices.compactMap { index -> PillarDefinition? in
            guard let pillar = index.pillar else { return nil }
            let members = foundation + [index]
            return PillarDefinition(pillar: pillar, name: pillarNames[pillar] ?? pillar.title,
                                    indexCodes: members.map(\.code), activityCode: index.code,
                                    max: members.reduce(0) { $0 + ($1.max?.value ?? 0) })
        }.sorted { $0.pillar < $1.pillar }
    }

    /// The direct children of `code`, in code order.
    public func children(of code: IndexCode) -> [IndexDefinition] {
        indices.filter { $0.code.parent == code }
    }

    /// Every descendant of a main index, in code order.
    public func components(of code: IndexCode) -> [IndexDefinition] {
        indices.filter { $0.code.depth > 1 && $0.code.parts[0] == code.parts[0] }
    }

    /// The maximum used for percentages and bands: the declared total when
    /// given, else the sum of the main indices.
    public var effectiveMax: Double { declaredTotal?.value ?? totalMax }

    /// The class for `total`, from the bands; nil when the framework has none.
    public func classLabel(for total: Double) -> String? {
        Self.classLabel(for: total, in: bandMinimums)
    }

    /// The bands with the minimum total of each, strongest first: work it
    /// out once per table, then classify every row with `classLabel(for:in:)`.
    public var bandMinimums: [(label: String, minimum: Double)] {
        let max = effectiveMax
        return bands.map { ($0.label, $0.minimumPoints(totalMax: max)) }.sorted { $0.minimum > $1.minimum }
    }

    /// The class for `total` among bands ordered as `bandMinimums` gives them.
    public static func classLabel(for total: Double, in ordered: [(label: String, minimum: Double)]) -> String? {
        for band in ordered where total + 1e-9 >= band.minimum { return band.label }
        return ordered.last?.label
    }

    /// The band with `label`, matched ignoring case and diacritics.
    public func band(named label: String) -> ClassBand? {
        let key = ClassLabel.canonical(label)
        return bands.first { ClassLabel.canonical($0.label) == key }
    }
}

/// The five classes and their common abbreviations (`TB` for Trung bình).
public enum ClassLabel {
    /// The five standard classes, strongest first.
    public static let standard = ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu"]
    private static let standardUTF8: [[UInt8]] = standard.map { Array($0.utf8) }

    /// The level of a label spelled byte for byte as a standard one. Labels
    /// are asked for on every row of every page, and `==` on non-ASCII
    /// strings checks Unicode normalization scalar by scalar; loaded text is
    /// NFC already, so equal bytes settle almost every case (anything else
    /// goes on to the full comparison).
    private static func standardLevel(bytesOf label: String) -> Int? {
        return label.withUTF8Bytes { bytes in
            for (level, standard) in standardUTF8.enumerated() where standard.count == bytes.count {
                if standard.withUnsafeBufferPointer({ memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) { return level }
            }
            return nil
        }
    }

    /// The standard label for a published class text (`TB` → `Trung bình`,
    /// `xuất sắc` → `Xuất sắc`); other labels are returned normalized.
    public static func canonical(_ text: String) -> String {
        if standardLevel(bytesOf: text) != nil { return text }
        switch text {
        case "Xuất sắc", "Tốt", "Khá", "Trung bình", "Yếu": return text
        case "TB", "Tb": return "Trung bình"
        case "XS": return "Xuất sắc"
        default: break
        }
        let key = SlugTransliteration.key(text)
        switch key {
        case "xuat sac", "xs": return "Xuất sắc"
        case "tot", "t": return "Tốt"
        case "kha", "k": return "Khá"
        case "trung binh", "tb": return "Trung bình"
        case "yeu", "y": return "Yếu"
        default: return text.normalizedText
        }
    }

    /// The position of a class on the strong-to-weak scale, 0...4, or nil.
    public static func level(_ label: String) -> Int? {
        if let level = standardLevel(bytesOf: label) { return level }
        switch label {
        case "Xuất sắc": return 0
        case "Tốt": return 1
        case "Khá": return 2
        case "Trung bình": return 3
        case "Yếu": return 4
        default: return standard.firstIndex(of: canonical(label))
        }
    }
}
