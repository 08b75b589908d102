import Foundation

/// The unit registry: who is who across years and tables.
///
/// Built from `units.csv` (optional). Names vary between tables (`Sở Y Tế`,
/// `Sở Y tế`, `Sở Y tế tỉnh`); each record gives a unit its name, its aliases
/// and, where the same name recurs under different parents, its parent.
/// Names and aliases are matched exactly (`NameKey.exact`: diacritics count),
/// so `Xã Phú Thành` and `Xã Phú Thạnh` can each have a line of their own.
public struct UnitRegistry: Sendable {
    public var records: [UnitRecord]
    /// Record positions by the identity key of every name and alias.
    let recordsByKey: [String: [Int]]

    public init(records: [UnitRecord] = []) {
        self.records = records
        var map: [String: [Int]] = [:]
        for (i, record) in records.enumerated() {
            for spelling in [record.name] + record.aliases {
                let key = NameKey.exact(spelling)
                if map[key]?.contains(i) != true { map[key, default: []].append(i) }
            }
        }
        recordsByKey = map
    }

    /// The records that name `name` exactly, and whose parent (if they have
    /// one) is `parent` when the row gives one.
    func records(named name: String, parent: String?, key: String? = nil) -> [Int] {
        guard !recordsByKey.isEmpty else { return [] }
        let parentKey = parent.map(NameKey.exact)
        return (recordsByKey[key ?? NameKey.exact(name)] ?? []).filter { i in
            guard let own = records[i].parent, let parentKey else { return true }
            return NameKey.exact(own) == parentKey
        }
    }

    public func record(slug: String) -> UnitRecord? { records.first { $0.slug == slug } }
}

extension ContentLoader {
    static let unitColumns: [(column: String, keys: [String])] = [
        ("slug", ["slug", "duong dan"]),
        ("name", ["name", "ten", "ten don vi", "don vi"]),
        ("group", ["group", "nhom", "khoi"]),
        ("parent", ["parent", "don vi cap tren", "cap tren", "thuoc", "huyen", "tinh"]),
        ("aliases", ["aliases", "alias", "ten khac"]),
        ("website", ["website", "trang web", "cong thong tin"]),
        ("name_en", ["name en", "ten tieng anh"]),
    ]

    mutating func loadUnitRegistry() -> UnitRegistry {
        guard FileSystem.exists(root + "/units.csv"), let bytes = read("units.csv") else { return UnitRegistry() }
        let file = display("units.csv")
        let table: CSVTable
        do { table = try CSVReader.parse(bytes, file: file) } catch { report(error.diagnostics); return UnitRegistry() }
        var columnOf: [String: Int] = [:]
        for (position, cell) in table.header.cells.enumerated() {
            let key = SlugTransliteration.key(cell.text)
            if key.isEmpty { continue }
            guard let match = Self.unitColumns.first(where: { $0.keys.contains(key) }) else {
                report(.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                              "tiêu đề cột không được hỗ trợ `\(cell.text.normalizedText)`",
                              hint: "Các cột hợp lệ: slug, name, parent, group, aliases, website.", kind: "unknown-header"))
                continue
            }
            columnOf[match.column] = position
        }
        guard let nameColumn = columnOf["name"] else {
            report(.error(SourceLocation(file: file, line: 1), "thiếu cột `name`",
                          hint: "Dòng tiêu đề: slug,name,parent,group,aliases,website.", kind: "missing-column"))
            return UnitRegistry()
        }
        var records: [UnitRecord] = []
        var lineOfSlug: [String: Int] = [:]
        var ownerOfKey: [String: (slug: String, line: Int)] = [:]
        for row in table.rows {
            let at = { (cell: CSVCell) in SourceLocation(file: file, line: cell.line, column: cell.column) }
            let name = row[nameColumn].text.normalizedText
            let parent = columnOf["parent"].flatMap { row[$0].isBlank ? nil : row[$0].text.normalizedText }
            var slug = UnitSlug.base(name: name, parent: parent)
            var pinned = false
            if let c = columnOf["slug"], !row[c].isBlank {
                pinned = true
                let given = row[c].text.trimmingASCIISpaces()
                if SlugTransliteration.slug(given) != given {
                    report(.error(at(row[c]), "slug `\(given)` không hợp lệ",
                                  hint: "Slug chỉ gồm chữ thường không dấu, số và dấu -, ví dụ `\(SlugTransliteration.slug(given))`.",
                                  kind: "bad-slug"))
                }
                slug = SlugTransliteration.slug(given)
            }
            if slug.isEmpty {
                report(.error(at(row[nameColumn]), "tên đơn vị `\(name)` không tạo được slug",
                              hint: "Tên cần có chữ cái hoặc chữ số.", kind: "empty-slug"))
                continue
            }
            if let first = lineOfSlug[slug] {
                report(.error(SourceLocation(file: file, line: row.line),
                              "hai đơn vị có cùng slug `\(slug)`: dòng \(first) và dòng \(row.line)",
                              hint: "Mỗi đơn vị phải có slug riêng; ghi slug khác trong cột slug.", kind: "slug-collision"))
                continue
            }
            lineOfSlug[slug] = row.line
            let aliases = columnOf["aliases"].map { row[$0].text.split(separator: "|").map { String($0).normalizedText }.filter { !$0.isEmpty } } ?? []
            for spelling in [name] + aliases {
                // Exact keys: `Phú Thành` and `Phú Thạnh` are two names. The
                // parent qualifies: one name under two parents is two units.
                let key = NameKey.exact(spelling) + "\u{1F}" + (parent.map(NameKey.exact) ?? "")
                if let owner = ownerOfKey[key], owner.slug != slug {
                    report(.error(SourceLocation(file: file, line: row.line),
                                  "tên `\(spelling)` đã thuộc về đơn vị `\(owner.slug)` ở dòng \(owner.line)",
                                  hint: "Một tên chỉ được trỏ đến một đơn vị.", kind: "alias-collision"))
                }
                ownerOfKey[key] = (slug, row.line)
            }
            var website: String?
            if let c = columnOf["website"], !row[c].isBlank {
                if let url = SafeURL.web(row[c].text) { website = url } else {
                    report(.error(at(row[c]), "website phải là địa chỉ http:// hoặc https://, nhận được `\(row[c].text.normalizedText)`",
                                  hint: "Ví dụ: https://stp.haugiang.gov.vn", kind: "unsafe-url"))
                }
            }
            let group = columnOf["group"].flatMap { row[$0].isBlank ? nil : row[$0].text.trimmingASCIISpaces() }
            var record = UnitRecord(slug: slug, slugIsPinned: pinned, name: name, parent: parent, group: group, aliases: aliases,
                                    website: website, line: row.line)
            if let c = columnOf["name_en"], !row[c].isBlank { record.translations["name", "en"] = row[c].text.normalizedText }
            records.append(record)
        }
        return UnitRegistry(records: records)
    }
}
