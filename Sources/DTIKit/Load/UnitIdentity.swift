import Dispatch

/// One unit as identity resolution found it: who it is across tables and periods.
public struct UnitIdentity: Sendable {
    public var slug: String
    /// The name it was first seen under (the registered name when units.csv has it).
    public var name: String
    /// Its parent unit (district, province), when a table or units.csv gives one.
    public var parent: String?
    /// Its line in units.csv, if registered.
    public var record: UnitRecord?
}

/// Decides which rows of which tables are the same unit, and gives each unit its slug.
///
/// The rules (Content/README.md, "Đơn vị"):
/// - a name is compared as written: NFC, ignoring case and runs of spaces
///   (`NameKey.exact`); diacritics count, so `Phú Thành` and `Phú Thạnh` are
///   two units;
/// - where a table has a parent column, the parent qualifies the name;
/// - two rows of one table are never one unit;
/// - units.csv names a unit by its exact name or alias (and parent);
/// - across tables and periods, a name that matches no unit exactly but
///   exactly one by folding diacritics (`Sở Y Tê` / `Sở Y Tế`) is linked to
///   it with a warning naming both spellings; two or more such units are an
///   error that lists them: nothing is guessed;
/// - slugs go to units in the order they are first seen (period, then table
///   order), so adding a later period never changes an existing slug; a
///   slug that is taken gets `-2`, `-3`, … with a warning listing the
///   units.csv lines that pin them.
struct UnitIdentityResolver {
    private let registry: UnitRegistry
    private(set) var diagnostics: [Diagnostic] = []
    private var units: [Unit] = []
    private var unitsByName: [NameKey.Bytes: [Int]] = [:]
    private var unitsByFold: [NameKey.Bytes: [Int]] = [:]
    private var unitOfRecord: [Int: Int] = [:]
    /// Registry records by folded name, for records no table has named exactly.
    private let recordsByFold: [String: [Int]]

    private struct Unit {
        var name: String
        var parent: String?
        var record: Int?
        /// Where it was first seen, for messages: `file:line`.
        var firstSeen: SourceLocation
    }

    init(registry: UnitRegistry) {
        self.registry = registry
        var byFold: [String: [Int]] = [:]
        for (i, record) in registry.records.enumerated() { byFold[NameKey.folded(record.name), default: []].append(i) }
        recordsByFold = byFold
    }

    /// Resolves every row of `tables` (already in period, then table order),
    /// setting each row's `unitSlug`; returns the units in order of first appearance.
    static func resolve(_ tables: [RankingTable], registry: UnitRegistry) -> (units: [UnitIdentity], diagnostics: [Diagnostic]) {
        var resolver = UnitIdentityResolver(registry: registry)
        // The keys are the costly part (lowercasing Vietnamese): made in parallel, table by table.
        let keys = ResultSlots<[String]>(count: tables.count)
        DispatchQueue.concurrentPerform(iterations: tables.count) { t in
            keys.set(t, tables[t].rows.map { NameKey.exact($0.name) })
        }
        let nameKeys = keys.values
        var unitOfRow: [[Int]] = []
        for (t, table) in tables.enumerated() {
            unitOfRow.append(resolver.resolveRows(of: table, nameKeys: nameKeys[t]))
        }
        let slugs = resolver.assignSlugs()
        for (t, table) in tables.enumerated() {
            for (r, row) in table.rows.enumerated() { row.unitSlug = slugs[unitOfRow[t][r]] }
        }
        let identities = resolver.units.indices.map { u in
            UnitIdentity(slug: slugs[u], name: resolver.units[u].name, parent: resolver.units[u].parent,
                         record: resolver.units[u].record.map { registry.records[$0] })
        }
        return (identities, resolver.diagnostics)
    }

    // MARK: - Rows

    /// Resolves one table in two passes: exact names first, so that a unit
    /// the table names exactly is never taken by another row's folded spelling
    /// (`Phú Thành` new beside `Phú Thạnh` known), then the rest by folding.
    private mutating func resolveRows(of table: RankingTable, nameKeys: [String]) -> [Int] {
        var used = Set<Int>()
        var result = [Int?](repeating: nil, count: table.rows.count)
        let at = { (row: RankingRow) in SourceLocation(file: table.file, line: row.line, column: row.nameColumn, sheet: table.sourceSheet) }
        for (r, row) in table.rows.enumerated() {
            guard let u = matchExactly(row, key: nameKeys[r], excluding: used, at: at(row)) else { continue }
            result[r] = u
            used.insert(u)
        }
        var firstRowOfName: [NameKey.Bytes: RankingRow] = [:]
        for (r, row) in table.rows.enumerated() {
            let u = result[r] ?? matchByFolding(row, key: nameKeys[r], excluding: used, at: at(row)) ?? newUnit(row, key: nameKeys[r], at: at(row))
            used.insert(u)
            result[r] = u
            if units[u].parent == nil { units[u].parent = row.parent }
            let nameAndParent = NameKey.Bytes(row.parent.map { nameKeys[r] + "\u{1F}" + NameKey.exact($0) } ?? nameKeys[r])
            if let first = firstRowOfName[nameAndParent] {
                diagnostics.append(.warning(at(row), "hai dòng cùng tên `\(row.name)` (dòng \(first.line) và dòng \(row.line)) được coi là hai đơn vị khác nhau",
                                            hint: "Hai dòng của một bảng không bao giờ là một đơn vị. Nếu bảng công bố có cột huyện/tỉnh của từng đơn vị, giữ cột đó (tiêu đề `Huyện`, `Tỉnh` hoặc `Đơn vị cấp trên`) để phân biệt.",
                                            kind: "same-name-in-table"))
            } else {
                firstRowOfName[nameAndParent] = row
            }
        }
        return result.map { $0! }
    }

    /// Whether unit `u` can be the unit of `row`: not already a row of this
    /// table, and under the same parent when both have one.
    private func fits(_ u: Int, _ row: RankingRow, excluding used: Set<Int>) -> Bool {
        guard !used.contains(u) else { return false }
        guard let parent = row.parent, let own = units[u].parent else { return true }
        return NameKey.exact(own) == NameKey.exact(parent)
    }

    /// The unit a row names exactly: in units.csv, or seen before under this name.
    private mutating func matchExactly(_ row: RankingRow, key: String, excluding used: Set<Int>, at: SourceLocation) -> Int? {
        // 1. units.csv, by exact name or alias (and parent).
        let records = registry.records(named: row.name, parent: row.parent, key: key)
        if records.count > 1 {
            let lines = records.map { "dòng \(registry.records[$0].line) (`\(registry.records[$0].slug)`)" }.joined(separator: ", ")
            diagnostics.append(.error(at, "tên `\(row.name)` khớp nhiều đơn vị trong units.csv: \(lines)",
                                      hint: "Ghi cột parent (đơn vị cấp trên) trong units.csv cho các dòng đó, hoặc chỉ để tên này ở một dòng.",
                                      kind: "ambiguous-unit"))
        }
        if let record = records.first {
            if let u = unitOfRecord[record] { return fits(u, row, excluding: used) ? u : nil }
            let u = add(Unit(name: registry.records[record].name, parent: registry.records[record].parent, record: record, firstSeen: at))
            unitOfRecord[record] = u
            return u
        }
        // 2. A unit already seen under this exact name.
        let exact = (unitsByName[NameKey.Bytes(key)] ?? []).filter { fits($0, row, excluding: used) }
        if row.parent == nil, Set(exact.compactMap { units[$0].parent.map(NameKey.exact) }).count > 1 {
            reportAmbiguous(row, candidates: exact, at: at, byFolding: false)
            return exact.first
        }
        return exact.first
    }

    /// The one unit a row names up to diacritics, linked with a warning; nil
    /// when there is none, and an error when there are several.
    private mutating func matchByFolding(_ row: RankingRow, key: String, excluding used: Set<Int>, at: SourceLocation) -> Int? {
        let folded = NameKey.folded(row.name)
        var candidates = (unitsByFold[NameKey.Bytes(folded)] ?? []).filter { fits($0, row, excluding: used) }
        for record in recordsByFold[folded] ?? [] where unitOfRecord[record] == nil {
            let u = add(Unit(name: registry.records[record].name, parent: registry.records[record].parent, record: record, firstSeen: at))
            unitOfRecord[record] = u
            candidates.append(u)
        }
        if candidates.count > 1 {
            reportAmbiguous(row, candidates: candidates, at: at, byFolding: true)
            return nil
        }
        guard let u = candidates.first else { return nil }
        diagnostics.append(.warning(at, "`\(row.name)` được ghép với đơn vị `\(units[u].name)` (\(units[u].firstSeen)): hai cách viết chỉ khác dấu",
                                    hint: "Nếu đúng là một đơn vị, thêm `\(row.name)` vào cột aliases của đơn vị này trong units.csv để hết cảnh báo; nếu là hai đơn vị khác nhau, thêm một dòng units.csv cho `\(row.name)`.",
                                    kind: "linked-by-folding"))
        unitsByName[NameKey.Bytes(key), default: []].append(u)
        return u
    }

    private mutating func newUnit(_ row: RankingRow, key: String, at: SourceLocation) -> Int {
        let u = add(Unit(name: row.name, parent: row.parent, record: nil, firstSeen: at))
        unitsByName[NameKey.Bytes(key), default: []].append(u)
        return u
    }

    private mutating func add(_ unit: Unit) -> Int {
        units.append(unit)
        let u = units.count - 1
        unitsByFold[NameKey.Bytes(NameKey.folded(unit.name)), default: []].append(u)
        if unit.record != nil { unitsByName[NameKey.Bytes(NameKey.exact(unit.name)), default: []].append(u) }
        return u
    }

    private mutating func reportAmbiguous(_ row: RankingRow, candidates: [Int], at: SourceLocation, byFolding: Bool) {
        let listed = candidates.map { u in "`\(units[u].name)`" + (units[u].parent.map { " (\($0))" } ?? "") + " ở \(units[u].firstSeen)" }
        let lines = candidates.map { u in
            "`" + UnitSlug.base(name: units[u].name, parent: units[u].parent) + "," + units[u].name + "," + (units[u].parent ?? "") + "," + row.name + "`"
        }
        diagnostics.append(.error(at, "`\(row.name)` có thể là \(candidates.count) đơn vị khác nhau: " + listed.joined(separator: "; "),
                                  hint: "dti không đoán. Ghi rõ trong units.csv (cột slug,name,parent,aliases) dòng của đơn vị đúng, ví dụ "
                                    + lines.joined(separator: " hoặc ") + (byFolding ? "." : "; hoặc giữ cột đơn vị cấp trên trong bảng."),
                                  kind: "ambiguous-unit"))
    }

    // MARK: - Slugs

    /// One slug per unit, in order of first appearance; pinned slugs (units.csv) first.
    private mutating func assignSlugs() -> [String] {
        var taken = Set(registry.records.filter(\.slugIsPinned).map(\.slug))
        var slugs: [String] = []
        var renamed: [String: [(unit: Int, slug: String)]] = [:]
        var order: [String] = []
        for (u, unit) in units.enumerated() {
            if let record = unit.record.map({ registry.records[$0] }), record.slugIsPinned {
                slugs.append(record.slug)
                continue
            }
            let base = unit.record.map { registry.records[$0].slug } ?? UnitSlug.base(name: unit.name, parent: unit.parent)
            if base.isEmpty {
                diagnostics.append(.error(unit.firstSeen, "tên đơn vị `\(unit.name)` không tạo được slug",
                                          hint: "Tên cần có chữ cái hoặc chữ số; nếu tên đúng như văn bản công bố, ghi slug cho nó trong units.csv.", kind: "empty-slug"))
            }
            var slug = base, n = 2
            while taken.contains(slug) {
                slug = UnitSlug.capped(base + "-\(n)")
                n += 1
            }
            if slug != base {
                if renamed[base] == nil { order.append(base) }
                renamed[base, default: []].append((u, slug))
            }
            taken.insert(slug)
            slugs.append(slug)
        }
        for base in order {
            let owner = units.indices.first { slugs[$0] == base }
            var entries = owner.map { ["`\(base)` → \(units[$0].name)"] } ?? []
            var pins = owner.map { ["`\(base),\(units[$0].name),\(units[$0].parent ?? "")`"] } ?? []
            for (u, slug) in renamed[base]! {
                entries.append("`\(slug)` → \(units[u].name)")
                pins.append("`\(slug),\(units[u].name),\(units[u].parent ?? "")`")
            }
            let first = renamed[base]!.first!.unit
            diagnostics.append(.warning(units[first].firstSeen, "các đơn vị khác nhau có cùng slug `\(base)`, đã đặt: " + entries.joined(separator: "; "),
                                        hint: "Slug không đổi khi thêm kỳ mới. Để cố định hoặc tự chọn, thêm vào units.csv (cột slug,name,parent): " + pins.joined(separator: ", ") + ".",
                                        kind: "slug-collision"))
        }
        return slugs
    }
}
