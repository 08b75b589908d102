import DTIKit
#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation

/// What the generator wrote.
public struct SyntheticContentSummary: Sendable {
    public var plan: SyntheticContentPlan
    /// The content folder written.
    public var root: String
    public var files: Int
    public var bytes: Int
    public var rankings: Int
    public var rows: Int
    /// Wall time of the generation.
    public var seconds: Double
    /// Every injected anomaly, sorted by file and line; each must come back
    /// from the build as exactly one warning of its kind.
    public var anomalies: [SyntheticAnomaly]
}

/// Writes a synthetic national Content tree for the benchmark.
///
/// The tree follows the Content/ contract exactly (site.conf, three
/// frameworks, one folder per period of ranking tables saved as Excel saves
/// CSV), loads with no error, and raises no warning except one per injected
/// anomaly. Tables are generated and written in parallel; the bytes do not
/// depend on the number of threads.
public enum SyntheticContent {
    /// Generates the tree of `plan` into `root`, which must not exist or be empty
    /// (the generator never writes over anything, least of all a real Content/).
    public static func write(_ plan: SyntheticContentPlan, to root: String) throws(FileSystemError) -> SyntheticContentSummary {
        let started = Clock.now()
        let root = root.count > 1 && root.hasSuffix("/") ? String(root.dropLast()) : root
        if let existing = FileSystem.list(root), !existing.isEmpty {
            throw FileSystemError(path: root, operation: "sinh dữ liệu giả lập vào thư mục đã có tệp", code: EEXIST)
        }
        if FileSystem.isFile(root) { throw FileSystemError(path: root, operation: "tạo thư mục", code: EEXIST) }
        try FileSystem.makeDirectories(root + "/frameworks")
        for period in plan.periods { try FileSystem.makeDirectories(root + "/rankings/" + period) }

        let totals = WriteTally()
        func emit(_ relative: String, _ bytes: [UInt8]) throws(FileSystemError) {
            try FileSystem.write(bytes, to: root + "/" + relative)
            totals.add(bytes: bytes.count)
        }
        try emit("site.conf", siteConf(plan))
        for framework in SyntheticFrameworks.all {
            try emit("frameworks/\(framework.id).csv", framework.csv())
            try emit("frameworks/\(framework.id).conf", framework.conf())
        }

        let jobs = SyntheticTables.jobs(plan)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            guard !totals.failed else { return }
            let table = SyntheticTables.table(jobs[i], plan: plan)
            do throws(FileSystemError) {
                try FileSystem.write(table.csv, to: root + "/" + table.path + ".csv")
                try FileSystem.write(table.conf, to: root + "/" + table.path + ".conf")
                totals.add(bytes: table.csv.count + table.conf.count, files: 2, rows: table.rows, anomalies: table.anomalies)
            } catch {
                totals.fail(error)
            }
        }
        if let error = totals.error { throw error }
        let snapshot = totals.snapshot
        return SyntheticContentSummary(plan: plan, root: root, files: snapshot.files, bytes: snapshot.bytes,
                                       rankings: jobs.count, rows: snapshot.rows, seconds: Clock.now() - started,
                                       anomalies: snapshot.anomalies.sorted { ($0.file, $0.line) < ($1.file, $1.line) })
    }

    /// `site.conf` of the synthetic portal.
    static func siteConf(_ plan: SyntheticContentPlan) -> [UInt8] {
        var out = ByteBuffer(capacity: 1024)
        out.append("# Cổng giả lập của dti-bench: mọi tên và số liệu đều là giả định.\n")
        out.append("title = Chỉ số chuyển đổi số – dữ liệu giả lập toàn quốc\n")
        out.append("base_url = https://dti.example.gov.vn/\n")
        out.append("publisher = Hội đồng đánh giá giả định của dti-bench\n")
        out.append("contact = dti-bench@example.gov.vn\n")
        out.append("language = vi\n")
        out.append("description = \(plan.provinces) tỉnh, mỗi tỉnh \(plan.departmentsPerProvince) sở và \(plan.communesPerProvince) xã, "
                   + "\(plan.periods.count) kỳ đánh giá: dữ liệu sinh ra để đo hiệu năng của dti.\n")
        out.append("province = \(plan.provinceSlug(0))\n")
        // The share cards (a PNG per unit, drawn once and then cached) are
        // measured on their own (README, "Đo hiệu năng"); dti-bench keeps
        // judging the pages and data it always has.
        out.append("share_cards = no\n")
        return out.bytes
    }
}

/// Counts shared by the parallel writers.
final class WriteTally: @unchecked Sendable {
    private let lock = NSLock()
    private var files = 0, bytes = 0, rows = 0
    private var anomalies: [SyntheticAnomaly] = []
    private var firstError: FileSystemError?

    func add(bytes count: Int, files fileCount: Int = 1, rows rowCount: Int = 0, anomalies found: [SyntheticAnomaly] = []) {
        lock.withLock {
            files += fileCount
            bytes += count
            rows += rowCount
            anomalies += found
        }
    }

    func fail(_ error: FileSystemError) { lock.withLock { if firstError == nil { firstError = error } } }
    var failed: Bool { lock.withLock { firstError != nil } }
    var error: FileSystemError? { lock.withLock { firstError } }
    var snapshot: (files: Int, bytes: Int, rows: Int, anomalies: [SyntheticAnomaly]) {
        lock.withLock { (files, bytes, rows, anomalies) }
    }
}
