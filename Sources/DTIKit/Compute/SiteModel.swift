import Dispatch
import Foundation

/// One appearance of a unit: a row of a table.
public struct Appearance: Sendable, Hashable {
    public var table: Int
    public var row: Int
}

/// A unit (sở, huyện, tỉnh, …) and its whole history.
public struct UnitModel: Sendable {
    public var slug: String
    /// The registered name, else the name in its latest table.
    public var name: String
    /// The parent unit (district, province) that qualifies the name, if any.
    public var parent: String?
    public var website: String?
    /// The name as lists and titles show it: with its parent, when it has
    /// one (`Xã Tân Phú (Huyện Châu Thành)`), since the name alone may recur.
    public var shownName: String { parent.map { "\(name) (\($0))" } ?? name }
    /// Every table row of this unit, by period then group; empty for a
    /// successor that only `lineage.csv` names.
    public var appearances: [Appearance]
    /// Where this unit went (merged into, split into, or ceased: `to` nil).
    public var successors: [LineageLink] = []
    /// The units that became part of this one.
    public var predecessors: [LineageLink] = []
}

/// Two consecutive periods of a unit scored under different methodologies
/// (frameworks, or decisions named in the ranking's `methodology`): their
/// points are not comparable, and pages say so in words.
public struct MethodologyBreak: Sendable, Hashable {
    /// Short labels of the decisions: `QĐ 1726/QĐ-BTTTT` → `QĐ 922/QĐ-BTTTT`.
    public var from: String
    public var to: String

    /// `Bộ chỉ số thay đổi: QĐ 1726/QĐ-BTTTT → QĐ 922/QĐ-BTTTT; không so sánh trực tiếp`.
    public var sentence: String { "Bộ chỉ số thay đổi: \(from) → \(to); không so sánh trực tiếp" }
}

/// What changed since the unit's previous period in the same group.
public struct PeriodChange: Sendable, Hashable {
    public var previous: Appearance
    /// Change of the total, or of DTI (0–1) when `scoreIsNormalized`; nil
    /// when nothing can be subtracted (see `methodologyBreak`, `spansDiffer`).
    public var score: Double?
    public var scoreIsNormalized: Bool
    /// Places gained (positive) or lost (negative).
    public var rank: Int?
    public var previousClass: String?
    public var currentClass: String?
    /// Set when the two periods were scored under different methodologies:
    /// no point differences; ranks, and DTI where both tables publish it,
    /// are compared with this note.
    public var methodologyBreak: MethodologyBreak?
    /// The periods cover spans of different length (a half-year and a year)
    /// and the framework does not declare them comparable: both are shown,
    /// nothing is subtracted.
    public var spansDiffer: Bool

    /// Whether the change can be shown as numbers at all.
    public var isComparable: Bool { !spansDiffer }
}

/// The whole site after step 3: every table analysed and every unit's history.
public struct SiteModel: Sendable {
    public var content: Content
    /// Aligned with `content.rankings`.
    public var tables: [TableModel]
    /// Sorted by slug.
    public var units: [UnitModel]
    public var unitIndex: [String: Int]
    /// Findings from the analysis (warnings about the published data).
    public var diagnostics: [Diagnostic]
    /// The methodology of each table (aligned with `tables`), worked out once: see `methodology(of:)`.
    public var methodologies: [(key: String?, label: String)] = []

    /// Analyses every table (in parallel) and gathers the units.
    public static func build(_ content: Content) -> SiteModel {
        let rankings = content.rankings
        let frameworks = Dictionary(content.frameworks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let slots = ResultSlots<TableModel>(count: rankings.count)
        DispatchQueue.concurrentPerform(iterations: rankings.count) { i in
            let table = rankings[i]
            slots.set(i, TableAnalysis.analyze(table, framework: table.frameworkID.flatMap { frameworks[$0] }))
        }
        let tables = slots.values

        // Gathering the units is the one serial part: each slug is hashed
        // once, to its position in the order of first appearance.
        let rowCount = tables.reduce(0) { $0 + $1.table.rows.count }
        var firstSeen: [String: Int] = [:]
        firstSeen.reserveCapacity(rowCount)
        var slugs: [String] = [], appearancesOf: [[Appearance]] = []
        for (t, table) in tables.enumerated() {
            for (r, row) in table.table.rows.enumerated() {
                let appearance = Appearance(table: t, row: r)
                if let u = firstSeen[row.unitSlug] {
                    appearancesOf[u].append(appearance)
                } else {
                    firstSeen[row.unitSlug] = slugs.count
                    slugs.append(row.unitSlug)
                    appearancesOf.append([appearance])
                }
            }
        }
        // Successors named only by lineage.csv have no appearances, but a page.
        for identity in content.unitIdentities where firstSeen[identity.slug] == nil {
            firstSeen[identity.slug] = slugs.count
            slugs.append(identity.slug)
            appearancesOf.append([])
        }
        let successors = Dictionary(grouping: content.lineage, by: \.from)
        let predecessors = Dictionary(grouping: content.lineage.filter { $0.to != nil }, by: { $0.to! })
        let registry = Dictionary(content.units.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let identities = Dictionary(content.unitIdentities.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        var units: [UnitModel] = []
        units.reserveCapacity(slugs.count)
        var index: [String: Int] = [:]
        index.reserveCapacity(slugs.count)
        for u in slugs.indices.sorted(by: { slugs[$0] < slugs[$1] }) {
            let appearances = appearancesOf[u]   // already in period, group order
            let record = registry[slugs[u]]
            let published = appearances.last.map { tables[$0.table].table.rows[$0.row].name }
            index[slugs[u]] = units.count
            units.append(UnitModel(slug: slugs[u], name: record?.name ?? published ?? identities[slugs[u]]?.name ?? slugs[u],
                                   parent: identities[slugs[u]]?.parent, website: record?.website, appearances: appearances,
                                   successors: successors[slugs[u]] ?? [], predecessors: predecessors[slugs[u]] ?? []))
        }
        var diagnostics = tables.flatMap(\.notes)
        var content = content
        let ranked = units.reduce(0) { $0 + ($1.appearances.isEmpty ? 0 : 1) }
        switch content.site.shareCardsChoice {
        case .yes: content.site.shareCards = true
        case .no: content.site.shareCards = false
        case .auto:
            content.site.shareCards = ranked <= SocialCards.automaticLimit
            if !content.site.shareCards {
                diagnostics.append(Diagnostic(.note, SourceLocation(file: content.root + "/site.conf"),
                                              "không vẽ ảnh chia sẻ, huy hiệu, thẻ nhúng và thẻ in A4: cổng có \(ranked) đơn vị, quá \(SocialCards.automaticLimit)",
                                              hint: "Ghi share_cards = yes trong site.conf để có chúng (lần dựng đầu vẽ khoảng 2 ms mỗi ảnh; các lần sau lấy từ bộ nhớ đệm).",
                                              kind: "share-cards-auto"))
            }
        }
        var model = SiteModel(content: content, tables: tables, units: units, unitIndex: index, diagnostics: diagnostics)
        model.methodologies = tables.map { model.methodology(of: $0) }
        return model
    }

    public func unit(_ slug: String) -> UnitModel? { unitIndex[slug].map { units[$0] } }

    /// The row of a unit in a table.
    public func row(_ appearance: Appearance) -> RankingRow { tables[appearance.table].table.rows[appearance.row] }
    public func result(_ appearance: Appearance) -> RowResult { tables[appearance.table].results[appearance.row] }

    /// The headline value of an appearance: the total for score tables, DTI otherwise.
    public func headlineValue(_ appearance: Appearance) -> Double? {
        let model = tables[appearance.table]
        if model.table.hasScores, let total = model.results[appearance.row].total { return total.value }
        return model.normalized(.dti, row: appearance.row)
    }

    /// The change since the unit's previous appearance in the same group:
    /// the latest earlier period in period order. Across a methodology break
    /// there are no point differences; between periods of different length
    /// nothing is subtracted unless the framework declares them comparable.
    public func change(of unit: UnitModel, at appearance: Appearance) -> PeriodChange? {
        guard let position = unit.appearances.firstIndex(of: appearance) else { return nil }
        let group = tables[appearance.table].table.group
        let period = tables[appearance.table].table.period
        guard let previous = unit.appearances[..<position].last(where: {
            tables[$0.table].table.group == group && tables[$0.table].table.period < period
        }) else { return nil }
        return change(from: previous, to: appearance)
    }

    /// When the previous period is of another length (a half-year before a
    /// year), the change since the latest earlier period of the same length
    /// (the year before): what a reader can compare. Nil when the previous
    /// period already is that one.
    public func comparableChange(of unit: UnitModel, at appearance: Appearance) -> PeriodChange? {
        guard let previous = change(of: unit, at: appearance), previous.spansDiffer,
              let position = unit.appearances.firstIndex(of: appearance) else { return nil }
        let table = tables[appearance.table].table
        guard let earlier = unit.appearances[..<position].last(where: {
            let other = tables[$0.table].table
            return other.group == table.group && other.period < table.period && other.period.coversSameSpan(as: table.period)
        }) else { return nil }
        return change(from: earlier, to: appearance)
    }

    /// The change from one appearance of a unit to a later one.
    func change(from previous: Appearance, to appearance: Appearance) -> PeriodChange {
        let now = tables[appearance.table], before = tables[previous.table]
        let methodologyBreak = self.methodologyBreak(from: previous.table, to: appearance.table)
        let spansDiffer = !now.table.period.coversSameSpan(as: before.table.period)
            && !(methodologyBreak == nil && now.framework?.comparablePeriods == true)
        var change = PeriodChange(previous: previous, score: nil, scoreIsNormalized: false, rank: nil,
                                  previousClass: before.results[previous.row].classLabel,
                                  currentClass: now.results[appearance.row].classLabel,
                                  methodologyBreak: methodologyBreak, spansDiffer: spansDiffer)
        if spansDiffer { return change }
        if let a = now.results[appearance.row].rank, let b = before.results[previous.row].rank { change.rank = b - a }
        if methodologyBreak != nil {
            // Only values both tables publish on the same 0–1 scale, with the note.
            if let a = now.table.rows[appearance.row].normalized(.dti)?.value, let b = before.table.rows[previous.row].normalized(.dti)?.value {
                change.score = a - b
                change.scoreIsNormalized = true
            }
        } else if now.table.hasScores && before.table.hasScores, let a = headlineValue(appearance), let b = headlineValue(previous) {
            change.score = a - b
        } else if let a = now.normalized(.dti, row: appearance.row), let b = before.normalized(.dti, row: previous.row) {
            change.score = a - b
            change.scoreIsNormalized = true
        }
        return change
    }

    /// The methodology a table was scored under: its framework (following
    /// `continues` to the framework it reissues), else the ranking's
    /// `methodology`; and its label for people.
    public func methodology(of model: TableModel) -> (key: String?, label: String) {
        if var framework = model.framework {
            var seen: Set<String> = [framework.id]
            while let earlier = framework.continues, !seen.contains(earlier), let next = content.framework(earlier) {
                seen.insert(earlier)
                framework = next
            }
            return ("framework:" + framework.id, model.framework?.decision ?? model.framework?.name ?? framework.id)
        }
        if let text = model.table.methodology { return ("text:" + NameKey.exact(text), text) }
        return (nil, "bộ chỉ số không rõ")
    }

    /// The break between two tables of a unit's history, if their methodologies differ.
    public func methodologyBreak(from before: Int, to now: Int) -> MethodologyBreak? {
        let a = methodologies[before], b = methodologies[now]
        return a.key == b.key ? nil : MethodologyBreak(from: a.label, to: b.label)
    }

    /// Tables grouped by period (newest first), each period's tables by group.
    public var periodsNewestFirst: [Period] {
        Array(Set(tables.map(\.table.period))).sorted(by: >)
    }
}

/// Slots that parallel workers fill by index; read once all are done.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
