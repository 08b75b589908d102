import Foundation

/// The unit registry: who is who across years and tables.
///
/// Built from `units.csv` (optional). Names vary between tables (`Sở Y Tế`,
/// `Sở Y tế`); aliases map every spelling to one slug, so one page and one
/// link hold a unit's whole history.
public struct UnitRegistry: Sendable {
    public var records: [UnitRecord]
    /// Slug by the comparison key of every name and alias.
    var slugByKey: [String: String]

    public init(records: [UnitRecord] = []) {
        self.records = records
        var map: [String: String] = [:]
        for record in records {
            map[SlugTransliteration.key(record.name)] = record.slug
            for alias in record.aliases { map[SlugTransliteration.key(alias)] = record.slug }
        }
        slugByKey = map
    }

    /// The unit slug for a name as a table publishes it: the registry's slug
    /// when the name or an alias is registered, else the name's own slug.
    public func slug(forName name: String) -> String {
        if let known = cache.slug(for: name) { return known }
        let words = SlugTransliteration.words(name)   // once: the key and the slug are both these words
        var slug = words.joined(separator: "-")
        if !slugByKey.isEmpty, let registered = slugByKey[words.joined(separator: " ")] { slug = registered }
        cache.remember(slug, for: name)
        return slug
    }

    /// Slugs already worked out, shared by the threads loading tables: a
    /// unit's name recurs in every period, and transliterating is the costly part.
    private let cache = SlugCache()

    public func record(slug: String) -> UnitRecord? { records.first { $0.slug == slug } }
}

extension ContentLoader {
    static let unitColumns: [(column: String, keys: [String])] = [
        ("slug", ["slug", "duong dan"]),
        ("name", ["name", "ten", "ten don vi", "don vi"]),
        ("group", ["group", "nhom", "khoi"]),
        ("aliases", ["aliases", "alias", "ten khac"]),
        ("website", ["website", "trang web", "cong thong tin"]),
    ]

    mutating func loadUnitRegistry() -> UnitRegistry {
        guard FileSystem.isFile(root + "/units.csv"), let bytes = read("units.csv") else { return UnitRegistry() }
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
                              hint: "Các cột hợp lệ: slug, name, group, aliases, website.", kind: "unknown-header"))
                continue
            }
            columnOf[match.column] = position
        }
        guard let nameColumn = columnOf["name"] else {
            report(.error(SourceLocation(file: file, line: 1), "thiếu cột `name`",
                          hint: "Dòng tiêu đề: slug,name,group,aliases,website.", kind: "missing-column"))
            return UnitRegistry()
        }
        var records: [UnitRecord] = []
        var lineOfSlug: [String: Int] = [:]
        var ownerOfKey: [String: (slug: String, line: Int)] = [:]
        for row in table.rows {
            let at = { (cell: CSVCell) in SourceLocation(file: file, line: cell.line, column: cell.column) }
            let name = row[nameColumn].text.normalizedText
            var slug = SlugTransliteration.slug(name)
            if let c = columnOf["slug"], !row[c].isBlank {
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
                let key = SlugTransliteration.key(spelling)
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
            records.append(UnitRecord(slug: slug, name: name, group: group, aliases: aliases, website: website, line: row.line))
        }
        return UnitRegistry(records: records)
    }
}

/// Name → slug, safe to share between threads.
///
/// Keyed by the name's bytes: `String` hashing and `==` normalize non-ASCII
/// text scalar by scalar, and every name here is Vietnamese (and already NFC,
/// so equal bytes is the same as equal text). Split into stripes, each with
/// its own lock, so that loading threads seldom wait for each other.
final class SlugCache: @unchecked Sendable {
    private struct Name: Hashable {
        let text: String
        let hash: Int

        init(_ text: String) {
            self.text = text
            var hasher = Hasher()
            text.withUTF8Bytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            hash = hasher.finalize()
        }

        static func == (a: Name, b: Name) -> Bool {
            guard a.hash == b.hash, a.text.utf8.count == b.text.utf8.count else { return false }
            // One memcmp: comparing through the UTF-8 views went byte by byte (3,500 instructions a name).
            return a.text.withUTF8Bytes { p in
                b.text.withUTF8Bytes { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 }
            }
        }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
    }

    private final class Stripe: @unchecked Sendable {
        var slugs: [Name: String] = [:]
        let lock = NSLock()
    }

    private let stripes = (0..<16).map { _ in Stripe() }

    func slug(for name: String) -> String? { lookup(Name(name)) }

    func remember(_ slug: String, for name: String) {
        let key = Name(name)
        let stripe = stripes[Int(UInt(bitPattern: key.hash) % 16)]
        stripe.lock.lock(); defer { stripe.lock.unlock() }
        stripe.slugs[key] = slug
    }

    private func lookup(_ key: Name) -> String? {
        let stripe = stripes[Int(UInt(bitPattern: key.hash) % 16)]
        stripe.lock.lock(); defer { stripe.lock.unlock() }
        return stripe.slugs[key]
    }
}
