/// What one column of a ranking table holds.
public enum RankingColumn: Sendable, Hashable {
    case ignored
    case unit
    /// The unit's parent (`Huyện`, `Tỉnh`, `Đơn vị cấp trên`): qualifies the name.
    case parent
    case score(IndexCode)
    case total
    case classLabel
    case rank
    case indexRank(IndexCode)
    case normalized(NormalizedMeasure)
    case normalizedRank(NormalizedMeasure)
}

/// Matches ranking headers to columns, ignoring case, diacritics and spaces.
///
/// An index column may be headed by the index's code, name or short label.
/// `Xếp hạng <index>` and `Xếp hạng DTI` are per-index and per-measure ranks.
public struct RankingHeaderMatcher: Sendable {
    static let ignoredKeys: Set<String> = ["stt", "tt", "so thu tu", "ma"]
    static let unitKeys: Set<String> = ["ten don vi", "don vi", "unit", "ten", "co quan don vi", "co quan", "dia phuong",
                                        "bo nganh", "xa", "xa phuong", "xa phuong thi tran", "ten xa", "ten co quan"]
    /// Headers that name a level above the unit. A table whose only name
    /// column is one of them (`Tỉnh` in the national table, `Huyện` in a
    /// district table) names its units there; beside another name column it
    /// is the parent (`Tên đơn vị` + `Huyện`): see `resolvingParents`.
    static let levelKeys: Set<String> = ["tinh", "tinh thanh pho", "huyen", "quan huyen", "huyen thi xa thanh pho",
                                         "huyen thi xa", "quan huyen thi xa", "don vi cap tren", "cap tren", "thuoc",
                                         "parent", "tinh thanh"]
    static let totalKeys: Set<String> = ["tong diem", "diem so", "total", "tong", "diem"]
    static let classKeys: Set<String> = ["xep loai", "class", "loai", "muc xep loai"]
    static let rankPrefixes = ["xep hang ", "thu hang ", "rank ", "hang "]
    static let rankKeys: Set<String> = ["xep hang", "thu hang", "rank", "hang"]

    let framework: Framework?
    private var indexByKey: [String: IndexCode] = [:]

    public init(framework: Framework?) {
        self.framework = framework
        for index in framework?.mainIndices ?? [] {
            for spelling in [index.code.description, index.name, index.short] where !spelling.isEmpty {
                indexByKey[SlugTransliteration.key(spelling)] = index.code
            }
        }
    }

    /// The column a header names, or nil when it names nothing known.
    public func column(for header: String) -> RankingColumn? {
        let key = SlugTransliteration.key(header)
        if key.isEmpty || Self.ignoredKeys.contains(key) { return .ignored }
        if Self.unitKeys.contains(key) || Self.levelKeys.contains(key) { return .unit }
        if Self.totalKeys.contains(key) { return .total }
        if Self.classKeys.contains(key) { return .classLabel }
        if Self.rankKeys.contains(key) { return .rank }
        if let measure = Self.measure(key) { return .normalized(measure) }
        if let code = indexByKey[key] { return .score(code) }
        for prefix in Self.rankPrefixes where key.hasPrefix(prefix) {
            let rest = String(key.dropFirst(prefix.count))
            if let measure = Self.measure(rest) { return .normalizedRank(measure) }
            if let code = indexByKey[rest] { return .indexRank(code) }
            if Self.totalKeys.contains(rest) { return .rank }
        }
        return nil
    }

    private static func measure(_ key: String) -> NormalizedMeasure? {
        switch key {
        case "dti", "chi so dti", "gia tri dti": return .dti
        case "cqs", "tru cot cqs": return .cqs
        case "kts", "tru cot kts": return .kts
        case "xhs", "tru cot xhs": return .xhs
        default: return nil
        }
    }

    /// The columns of a whole header row, with parent columns told apart:
    /// when several columns name units and one of them is a name column
    /// proper (`Tên đơn vị`), the level columns (`Huyện`, `Tỉnh`) are parents.
    public func resolvingParents(_ columns: [RankingColumn], headers: [String]) -> [RankingColumn] {
        let unitPositions = columns.indices.filter { columns[$0] == .unit }
        guard unitPositions.count > 1 else { return columns }
        let isLevel = { (i: Int) in Self.levelKeys.contains(SlugTransliteration.key(headers[i])) }
        let names = unitPositions.filter { !isLevel($0) }
        // The name column: a name column proper, else the last level column
        // (`Tỉnh`, `Huyện`, `Xã` from broad to narrow, as tables list them).
        guard let name = names.first ?? unitPositions.last else { return columns }
        var result = columns
        for i in unitPositions where i != name && isLevel(i) { result[i] = .parent }
        return result
    }

    /// The headers this table would accept, for the "unknown header" message.
    public var acceptedHeaders: [String] {
        var list = ["STT", "Tên đơn vị", "Huyện / Tỉnh / Đơn vị cấp trên (cột đơn vị cấp trên)"]
        for index in framework?.mainIndices ?? [] {
            list.append(index.short.isEmpty ? index.name : "\(index.short) (hoặc \(index.code) / \(index.name))")
        }
        list += ["Tổng điểm", "Xếp loại", "Xếp hạng", "DTI", "CQS", "KTS", "XHS", "Xếp hạng DTI", "Xếp hạng <chỉ số>"]
        return list
    }

    /// The accepted header closest to an unknown one, if any is close.
    public func suggestion(for header: String) -> String? {
        let key = SlugTransliteration.key(header)
        var candidates: [(String, String)] = [("Tổng điểm", "tong diem"), ("Xếp loại", "xep loai"), ("Xếp hạng", "xep hang"),
                                              ("Tên đơn vị", "ten don vi")]
        for index in framework?.mainIndices ?? [] {
            candidates.append((index.label, SlugTransliteration.key(index.label)))
            candidates.append((index.name, SlugTransliteration.key(index.name)))
        }
        let scored = candidates.map { ($0.0, EditDistance.between(key, $0.1)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 4) else { return nil }
        return best.0
    }
}
