/// One step in a unit's lineage: `from` became part of `to` (or ended) on a date.
///
/// Many rows with one successor are a merger (many into one), many rows with
/// one predecessor a split (one into several); a blank successor is a unit
/// that ceased without one on the portal.
public struct LineageLink: Sendable, Hashable {
    /// The predecessor's slug.
    public var from: String
    /// The successor's slug; nil when the unit ceased without a successor.
    public var to: String?
    /// The date it took effect, for people: `1/7/2025`.
    public var since: String
    /// The same date as `yyyy-mm-dd`, for data files.
    public var sinceISO: String
    /// The legal basis (`Nghị quyết số 202/2025/QH15 …`).
    public var basis: String?
    public var note: String?
    public var line: Int
    /// `basis_en`, `note_en` columns.
    public var translations = Translations()
}

/// Reads `lineage.csv` (optional): mergers, splits and dissolutions of units.
///
/// Columns: `from` (the unit before: its slug or its name exactly as a table
/// writes it), `to` (the unit after, the same way; blank when it ceased),
/// `since` (`01/07/2025` or `2025-07-01`), `basis` (the legal basis), `note`.
/// A successor that no table ranks yet (the new city, the merged commune)
/// still gets a page, holding its predecessors' histories.
extension ContentLoader {
    static let lineageColumns: [(column: String, keys: [String])] = [
        ("from", ["from", "don vi cu", "truoc", "tu don vi", "don vi truoc"]),
        ("to", ["to", "don vi moi", "sau", "vao", "thanh", "don vi sau", "don vi ke thua"]),
        ("since", ["since", "tu ngay", "ngay", "hieu luc", "ngay hieu luc"]),
        ("basis", ["basis", "can cu", "can cu phap ly", "van ban"]),
        ("note", ["note", "ghi chu"]),
        ("basis_en", ["basis en"]),
        ("note_en", ["note en"]),
    ]

    /// The links, resolved against the units the tables name; successors
    /// that no table names are added to `identities`.
    mutating func loadLineage(identities: inout [UnitIdentity], registry: UnitRegistry) -> [LineageLink] {
        guard FileSystem.isFile(root + "/lineage.csv"), let bytes = read("lineage.csv") else { return [] }
        let file = display("lineage.csv")
        let table: CSVTable
        do { table = try CSVReader.parse(bytes, file: file) } catch { report(error.diagnostics); return [] }
        var columnOf: [String: Int] = [:]
        for (position, cell) in table.header.cells.enumerated() {
            let key = SlugTransliteration.key(cell.text)
            guard let match = Self.lineageColumns.first(where: { $0.keys.contains(key) }) else {
                report(.error(SourceLocation(file: file, line: cell.line, column: cell.column), "tiêu đề cột không được hỗ trợ `\(cell.text.normalizedText)`",
                              hint: "Các cột: from (đơn vị cũ), to (đơn vị mới), since (từ ngày), basis (căn cứ), note.", kind: "unknown-header"))
                continue
            }
            columnOf[match.column] = position
        }
        guard let fromColumn = columnOf["from"], let sinceColumn = columnOf["since"] else {
            report(.error(SourceLocation(file: file, line: 1), "lineage.csv cần ít nhất các cột from và since",
                          hint: "Dòng tiêu đề: from,to,since,basis,note.", kind: "missing-column"))
            return []
        }
        var slugOfName: [String: [Int]] = [:]
        for (u, unit) in identities.enumerated() {
            for spelling in [unit.name] + (unit.record?.aliases ?? []) { slugOfName[NameKey.exact(spelling), default: []].append(u) }
        }
        var links: [LineageLink] = []
        for row in table.rows {
            let at = { (c: Int) in SourceLocation(file: file, line: row[c].line, column: row[c].column) }
            guard case .unit(let from) = resolve(row[fromColumn].text, identities: identities, slugOfName: slugOfName, at: at(fromColumn)) else {
                if case .missing(let text) = resolve(row[fromColumn].text, identities: identities, slugOfName: slugOfName, at: nil) {
                    let near = identities.first { NameKey.folded($0.name) == NameKey.folded(text) }
                    report(.error(at(fromColumn), "không có đơn vị `\(text)` trong bảng xếp hạng nào" + (near.map { "; có phải `\($0.name)`?" } ?? ""),
                                  hint: "Đơn vị cũ phải có kết quả trên cổng; ghi tên đúng như bảng xếp hạng, hoặc slug của nó.", kind: "unknown-unit"))
                }
                continue
            }
            var to: String?
            if let c = columnOf["to"], !row[c].isBlank {
                switch resolve(row[c].text, identities: identities, slugOfName: slugOfName, at: at(c)) {
                case .unit(let slug): to = slug
                case .failed: continue
                case .missing(let text):
                    // A successor no table ranks yet: a unit of its own, holding its predecessors' histories.
                    let base = UnitSlug.base(name: text, parent: nil)
                    guard !base.isEmpty else {
                        report(.error(at(c), "tên đơn vị `\(text)` không tạo được slug", hint: "Tên cần có chữ cái hoặc chữ số.", kind: "empty-slug"))
                        continue
                    }
                    let taken = Set(identities.map(\.slug))
                    var slug = base, n = 2
                    while taken.contains(slug) { slug = UnitSlug.capped(base + "-\(n)"); n += 1 }
                    slugOfName[NameKey.exact(text), default: []].append(identities.count)
                    identities.append(UnitIdentity(slug: slug, name: text, parent: nil, record: nil))
                    to = slug
                }
                if to == from {
                    report(.error(at(c), "đơn vị không thể sáp nhập vào chính nó", hint: nil, kind: "lineage-loop"))
                    continue
                }
            }
            guard let date = LineageDate(row[sinceColumn].text) else {
                report(.error(at(sinceColumn), "ngày `\(row[sinceColumn].text.normalizedText)` không đúng dạng",
                              hint: "Ghi ngày như 01/07/2025 hoặc 2025-07-01.", kind: "bad-date"))
                continue
            }
            let text = { (name: String) in columnOf[name].flatMap { row[$0].isBlank ? nil : row[$0].text.normalizedText } }
            var link = LineageLink(from: from, to: to, since: date.display, sinceISO: date.iso, basis: text("basis"), note: text("note"), line: row.line)
            for field in ["basis", "note"] { link.translations[field, "en"] = text(field + "_en") }
            links.append(link)
        }
        return links
    }

    private enum UnitReference { case unit(String), missing(String), failed }

    /// The unit a cell names: by slug, or by name exactly as written (an
    /// alias in units.csv counts). Two units of that name are an error.
    private mutating func resolve(_ cell: String, identities: [UnitIdentity], slugOfName: [String: [Int]], at: SourceLocation?) -> UnitReference {
        let text = cell.normalizedText
        if let unit = identities.first(where: { $0.slug == text }) { return .unit(unit.slug) }
        let matches = slugOfName[NameKey.exact(text)] ?? []
        if matches.count == 1 { return .unit(identities[matches[0]].slug) }
        guard matches.count > 1 else { return .missing(text) }
        if let at {
            report(.error(at, "tên `\(text)` chỉ nhiều đơn vị: " + matches.map { "`\(identities[$0].slug)`" }.joined(separator: ", "),
                          hint: "Ghi slug của đơn vị thay cho tên.", kind: "ambiguous-unit"))
        }
        return .failed
    }
}

/// A date as an office writes it: `01/07/2025`, `1/7/2025` or `2025-07-01`.
struct LineageDate {
    let day: Int, month: Int, year: Int

    init?(_ text: String) {
        let numbers = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        guard numbers.count == 3 else { return nil }
        let (d, m, y) = numbers[0] > 31 ? (numbers[2], numbers[1], numbers[0]) : (numbers[0], numbers[1], numbers[2])
        guard (1...31).contains(d), (1...12).contains(m), (1900...2999).contains(y) else { return nil }
        (day, month, year) = (d, m, y)
    }

    var display: String { "\(day)/\(month)/\(year)" }
    var iso: String { "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)" }
}
