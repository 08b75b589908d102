import DTIKit
/// One ranking table of the synthetic tree: which period and which group.
public struct SyntheticTableJob: Sendable, Hashable {
    public enum Group: Sendable, Hashable {
        /// The national ranking of all provinces (`tinh-thanh-pho`).
        case national
        /// One province's departments (`so-tinh-thu-nghiem-07`).
        case departments(province: Int)
        /// One province's communes (`xa-tinh-thu-nghiem-07`).
        case communes(province: Int)
    }

    /// Position in `plan.periods`.
    public var period: Int
    public var group: Group
}

/// A generated ranking table, ready to be written.
public struct SyntheticTable: Sendable {
    public var job: SyntheticTableJob
    /// `rankings/<period>/<group>` (add `.csv` or `.conf`).
    public var path: String
    public var csv: [UInt8]
    public var conf: [UInt8]
    public var rows: Int
    /// The anomalies injected in this table (most tables have none).
    public var anomalies: [SyntheticAnomaly]
}

/// Generates the ranking tables: scores from SplitMix64, then totals, ranks
/// and classes computed exactly as dti recomputes them, so the data is clean;
/// then one table per anomaly kind gets its one realistic mistake.
///
/// Each table depends only on the plan and its job, never on generation order,
/// so tables can be generated in parallel and still come out byte-identical.
public enum SyntheticTables {
    /// Every table of the plan: per period the national table, then per
    /// province its departments and its communes.
    public static func jobs(_ plan: SyntheticContentPlan) -> [SyntheticTableJob] {
        var jobs: [SyntheticTableJob] = []
        jobs.reserveCapacity(plan.rankingCount)
        for period in plan.periods.indices {
            jobs.append(SyntheticTableJob(period: period, group: .national))
            for province in 0..<plan.provinces {
                jobs.append(SyntheticTableJob(period: period, group: .departments(province: province)))
                jobs.append(SyntheticTableJob(period: period, group: .communes(province: province)))
            }
        }
        return jobs
    }

    /// The anomalies a table receives: the last period's communes of the first
    /// province get the score above its maximum, the first period's departments
    /// of the first province the wrong total, the last national table the wrong
    /// rank (the last period's communes of the first province when there is
    /// one province: a one-row table has no order to contradict), and the first
    /// period's communes of the last province the wrong class (the national
    /// table's, when that is the same table as the first).
    static func anomalyKinds(of job: SyntheticTableJob, plan: SyntheticContentPlan) -> [SyntheticAnomaly.Kind] {
        let last = plan.periods.count - 1
        let classBandInNational = plan.provinces == 1 && last == 0
        var kinds: [SyntheticAnomaly.Kind] = []
        switch job.group {
        case .communes(let province):
            if province == 0 && job.period == last { kinds.append(.scoreAboveMax) }
            if province == 0 && job.period == last && plan.provinces < 2 { kinds.append(.rankOrder) }
            if province == plan.provinces - 1 && job.period == 0 && !classBandInNational { kinds.append(.classBand) }
        case .departments(let province):
            if province == 0 && job.period == 0 { kinds.append(.totalMismatch) }
        case .national:
            if job.period == last && plan.provinces >= 2 { kinds.append(.rankOrder) }
            if job.period == 0 && classBandInNational { kinds.append(.classBand) }
        }
        return kinds
    }

    private struct Row {
        var unit: Int
        var scores: [Int]
        var sum: Int
        var total: Int
        var rank = 0
        var band = 0
        var publishedBand = 0
    }

    /// Generates one table.
    public static func table(_ job: SyntheticTableJob, plan: SyntheticContentPlan) -> SyntheticTable {
        let framework: SyntheticFramework
        let group: String, count: Int, kindCode: UInt64, province: Int
        switch job.group {
        case .national:
            (framework, group, count, kindCode, province) = (SyntheticFrameworks.province, SyntheticContentPlan.nationalGroup, plan.provinces, 1, 0)
        case .departments(let p):
            (framework, group, count, kindCode, province) = (SyntheticFrameworks.department, plan.departmentGroup(p), plan.departmentsPerProvince, 2, p)
        case .communes(let p):
            (framework, group, count, kindCode, province) = (SyntheticFrameworks.commune, plan.communeGroup(p), plan.communesPerProvince, 3, p)
        }
        let period = plan.periods[job.period]
        let path = "rankings/\(period)/\(group)"
        let kinds = anomalyKinds(of: job, plan: plan)

        // Scores: each unit has a lasting level, improving a little every period.
        var rows: [Row] = (0..<count).map { unit in
            var lasting = SplitMix64(seed: plan.seed, kindCode, UInt64(province), UInt64(unit))
            var noise = SplitMix64(seed: plan.seed, kindCode, UInt64(province), UInt64(unit), 1_000 + UInt64(job.period))
            let level = lasting.uniform(0.30, 0.86) + 0.025 * Double(job.period)
            let scores = framework.indices.map { index -> Int in
                guard index.maxCents > 0 else { return 0 }
                let fraction = min(1, max(0.05, level + noise.uniform(-0.12, 0.12)))
                return Int((fraction * Double(index.maxCents)).rounded())
            }
            let sum = scores.reduce(0, +)
            return Row(unit: unit, scores: scores, sum: sum, total: sum)
        }

        // Anomalies that change what the ranks and classes are computed from.
        var anomalyUnits: [(kind: SyntheticAnomaly.Kind, unit: Int)] = []
        if kinds.contains(.scoreAboveMax), let lowest = rows.indices.min(by: { rows[$0].sum < rows[$1].sum }) {
            let index = framework.indices.firstIndex { $0.maxCents > 0 }!
            rows[lowest].scores[index] = framework.indices[index].maxCents + 250
            rows[lowest].sum = rows[lowest].scores.reduce(0, +)
            rows[lowest].total = rows[lowest].sum
            anomalyUnits.append((.scoreAboveMax, rows[lowest].unit))
        }
        if kinds.contains(.totalMismatch) {
            let middle = count / 2
            rows[middle].total = rows[middle].sum + 100 <= framework.totalCents ? rows[middle].sum + 100 : rows[middle].sum - 100
            anomalyUnits.append((.totalMismatch, rows[middle].unit))
        }

        // Published order, competition ranks and classes, from the published totals.
        rows.sort { $0.total != $1.total ? $0.total > $1.total : $0.unit < $1.unit }
        for position in rows.indices {
            rows[position].rank = position > 0 && rows[position].total == rows[position - 1].total ? rows[position - 1].rank : position + 1
            rows[position].band = framework.bandIndex(forCents: rows[position].total)
            rows[position].publishedBand = rows[position].band
        }

        // Anomalies in what is published about a correct total.
        if kinds.contains(.rankOrder) {
            // The first row published as second: a rank that contradicts the
            // order of the totals (a rank merely past the rows, or a tie
            // broken by row order, is a convention of the table, not this).
            rows[0].rank = 2
            anomalyUnits.append((.rankOrder, rows[0].unit))
        }
        if kinds.contains(.classBand) {
            rows[0].publishedBand = rows[0].band == 0 ? 1 : rows[0].band - 1
            anomalyUnits.append((.classBand, rows[0].unit))
        }

        // The CSV, as Excel saves it.
        let dialect: ExcelCSVWriter.Dialect = job.group != .national && (province + job.period) % 3 == 1 ? .semicolon : .comma
        let useAbbreviations = dialect == .semicolon && framework.id == SyntheticFrameworks.commune.id
        var csv = ExcelCSVWriter(dialect: dialect, capacity: 256 + count * (framework.indices.count * 7 + 80))
        let national = job.group == .national
        csv.text("STT")
        csv.text(national ? "Tỉnh, thành phố" : "Tên đơn vị")
        for index in framework.indices { csv.text(national ? index.name : index.short) }
        csv.text("Tổng điểm")
        if national { for measure in ["DTI", "CQS", "KTS", "XHS"] { csv.text(measure) } }
        csv.text("Xếp loại")
        csv.text("Xếp hạng")
        csv.endLine()
        var anomalies: [SyntheticAnomaly] = []
        for (position, row) in rows.enumerated() {
            let name = unitName(job.group, plan: plan, unit: row.unit)
            for injected in anomalyUnits where injected.unit == row.unit {
                anomalies.append(SyntheticAnomaly(kind: injected.kind, file: path + ".csv", line: position + 2, unit: name))
            }
            csv.integer(position + 1)
            csv.text(name)
            for score in row.scores { csv.cents(score) }
            csv.cents(row.total)
            if national {
                csv.fixed(ratio(row.total, framework.totalCents), places: 4)
                let foundation = zip(row.scores, framework.indices).filter { $0.1.pillar == nil }
                let foundationScore = foundation.reduce(0) { $0 + $1.0 }
                let foundationMax = foundation.reduce(0) { $0 + $1.1.maxCents }
                for (score, index) in zip(row.scores, framework.indices) where index.pillar != nil {
                    csv.fixed(ratio(foundationScore + score, foundationMax + index.maxCents), places: 4)
                }
            }
            let band = framework.bands[row.publishedBand]
            csv.text(useAbbreviations ? band.abbreviation ?? band.label : band.label)
            csv.integer(row.rank)
            csv.endLine()
        }
        return SyntheticTable(job: job, path: path, csv: csv.bytes, conf: conf(job, plan: plan, framework: framework, group: group),
                              rows: rows.count, anomalies: anomalies)
    }

    /// `numerator / denominator` in ten-thousandths, rounded half up, exactly.
    static func ratio(_ numerator: Int, _ denominator: Int) -> Int {
        (2 * numerator * 10_000 + denominator) / (2 * denominator)
    }

    static func unitName(_ group: SyntheticTableJob.Group, plan: SyntheticContentPlan, unit: Int) -> String {
        switch group {
        case .national: return plan.provinceName(unit)
        case .departments(let province): return plan.departmentName(province: province, unit)
        case .communes(let province): return plan.communeName(province: province, unit)
        }
    }

    /// The ranking `.conf`: every key filled in, so that it raises no warning.
    static func conf(_ job: SyntheticTableJob, plan: SyntheticContentPlan, framework: SyntheticFramework, group: String) -> [UInt8] {
        let period = plan.periods[job.period]
        let published = "03/\(Int(period).map { $0 + 1 } ?? 2025)"
        let (title, groupName, appendix): (String, String, String)
        switch job.group {
        case .national:
            (title, groupName, appendix) = ("Xếp hạng chỉ số chuyển đổi số cấp tỉnh năm \(period)", "Tỉnh, thành phố", "Phụ lục 01")
        case .departments(let p):
            (title, groupName, appendix) = ("Điểm số chuyển đổi số các sở năm \(period) – \(plan.provinceName(p))",
                                            "Sở, ban, ngành – \(plan.provinceName(p))", "Phụ lục 02")
        case .communes(let p):
            (title, groupName, appendix) = ("Điểm số chuyển đổi số cấp xã năm \(period) – \(plan.provinceName(p))",
                                            "Xã, phường – \(plan.provinceName(p))", "Phụ lục 03")
        }
        var out = ByteBuffer(capacity: 1024)
        out.append("# Bảng giả lập của dti-bench: số liệu không có thật.\n")
        out.append("framework = \(framework.id)\n")
        out.append("title = \(title)\n")
        out.append("group_name = \(groupName)\n")
        out.append("source = \(appendix), Báo cáo giả định số \(job.period + 1)/BC-THỬ năm \(period) (dữ liệu dti-bench)\n")
        out.append("source_url = https://example.gov.vn/bao-cao-gia-dinh/\(period)/\(group)\n")
        out.append("published = \(published)\n")
        return out.bytes
    }
}
