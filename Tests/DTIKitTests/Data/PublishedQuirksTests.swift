import Testing
@testable import DTIKit

/// Conventions of real published appendices are one finding each, and the
/// whole `dti check` output for a province of a few hundred units stays short.
@Suite("Quirks of published tables, told once")
struct PublishedQuirksTests {
    /// A commune table of `count` rows as such appendices publish it: per-index
    /// ranks that break ties by row order, overall ranks by row order where two
    /// pairs of totals are equal, and a CQS rank column that leaves rank 7 out.
    static func communeTable(count: Int, prefix: String) -> String {
        var rows: [(name: String, awareness: Double, government: Double)] = []
        for i in 0..<count {
            // Awareness in steps of 5 (many ties); government varied, distinct totals…
            rows.append(("Xã \(prefix) \(i + 1)", Double(40 - (i % 8) * 5), Double(count - i) * 0.4 + Double(i % 3) * 0.01))
        }
        // …except two pairs of equal totals.
        rows[10].government = rows[11].government + rows[11].awareness - rows[10].awareness
        rows[20].government = rows[21].government + rows[21].awareness - rows[20].awareness
        let total = { (r: (name: String, awareness: Double, government: Double)) in r.awareness + r.government }
        rows.sort { total($0) > total($1) }
        func ranks(_ value: (Int) -> Double, skipping: Int? = nil) -> [Int] {
            let order = rows.indices.sorted { value($0) != value($1) ? value($0) > value($1) : $0 < $1 }
            var result = [Int](repeating: 0, count: rows.count)
            for (position, r) in order.enumerated() {
                var rank = position + 1
                if let skipping, rank >= skipping { rank += 1 }
                result[r] = rank
            }
            return result
        }
        let awarenessRank = ranks { rows[$0].awareness }
        let governmentRank = ranks({ rows[$0].government }, skipping: 7)
        let overall = ranks { total(rows[$0]) }
        var csv = "STT,Tên đơn vị,Nhận thức,Xếp hạng Nhận thức,Chính quyền số,Xếp hạng Chính quyền số,Tổng điểm,Xếp hạng\n"
        for (i, row) in rows.enumerated() {
            let t = NumberFormat.data(total(row), decimals: 2), g = NumberFormat.data(row.government, decimals: 2)
            csv += "\(i + 1),\(row.name),\(Int(row.awareness)),\(awarenessRank[i]),\(g),\(governmentRank[i]),\(t),\(overall[i])\n"
        }
        return csv
    }

    static func check(_ arguments: [String] = []) -> (code: Int32, err: String, root: String) {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["rankings/2022/so.csv"] = nil
        files["rankings/2022/so.conf"] = nil
        for district in ["chau-thanh", "long-my", "vi-thuy"] {
            files["rankings/2022/xa-\(district).csv"] = communeTable(count: 120, prefix: district)
            files["rankings/2022/xa-\(district).conf"] = "framework = khung\ntitle = Xã \(district)\nsource = Phụ lục\n"
        }
        TestSupport.write(files, under: root)
        let run = TestSupport.run(["check", "--content", root] + arguments)
        return (run.code, run.err, root)
    }

    @Test("360 communes in three tables: conventions told once, equal totals named unit by unit, a few dozen lines")
    func conventionsToldOnce() throws {
        let (code, err, _) = Self.check()
        #expect(code == 0)
        let lines = err.split(separator: "\n")
        #expect(lines.count <= 36, "\(lines.count) lines:\n\(err)")
        let conventions = lines.filter { $0.contains("warning: bảng xếp các đơn vị bằng điểm vào các hạng khác nhau") }
        #expect(conventions.count == 3)   // one per table
        let first = try #require(conventions.first)
        #expect(first.contains("2 cột (Xếp hạng Nhận thức, Xếp hạng Chính quyền số)") || first.contains("1 cột (Xếp hạng Nhận thức)"))
        #expect(first.contains("ô; ví dụ Xếp hạng Nhận thức:"))
        // Equal totals with distinct overall ranks: every pair, in every table, by name.
        let ties = lines.filter { $0.contains("cùng tổng điểm") }
        #expect(ties.count == 6, "\(ties)")
        #expect(ties.allSatisfy { $0.contains(" 11 (hạng") && $0.contains(" 12 (hạng") || $0.contains(" 21 (hạng") && $0.contains(" 22 (hạng") })
        #expect(ties.contains { $0.contains("Xã long-my 11 (hạng") })
        // The CQS column reaches 121 with 120 rows: one finding per table, naming rank 7.
        let gaps = lines.filter { $0.contains("warning: cột Xếp hạng Chính quyền số có 120 dòng nhưng thứ hạng đến 121; không có hạng 7") }
        #expect(gaps.count <= 3 && !gaps.isEmpty)
        #expect(!err.contains("rank-order") && !err.contains("theo điểm là"))
    }

    @Test("--verbose prints every finding in full")
    func verbose() {
        let short = Self.check().err.split(separator: "\n").count
        let long = Self.check(["--verbose"]).err.split(separator: "\n").count
        #expect(long >= short)
    }

    @Test("A rank column that contradicts its scores is reported cell by cell")
    func contradiction() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["rankings/2022/so.csv"] = "STT,Tên đơn vị,Nhận thức,Xếp hạng Nhận thức,Chính quyền số,Tổng điểm,Xếp hạng\n1,Sở A,40,2,50,90,1\n2,Sở B,30,1,30,60,2\n"
        TestSupport.write(files, under: root)
        let (_, diagnostics) = ContentLoader.load(from: root)
        let model = SiteModel.build(try #require(diagnostics.hasErrors ? nil : ContentLoader.load(from: root).0))
        let findings = model.diagnostics.filter { $0.kind == "rank-order" }
        #expect(findings.map(\.location.line) == [2, 3])
        #expect(findings.first?.message == "Sở A: xếp hạng Nhận thức công bố 2 nhưng theo điểm là 1")
    }
}
