/// Published ranks against the values they rank, told once per convention.
///
/// - The overall rank: equal totals published with distinct ranks are named
///   unit by unit (a reader compares them); ranks that leave one out are one
///   finding for the column.
/// - Per-index and DTI/pillar rank columns: equal values given distinct ranks
///   in table order is a convention of the appendix, one finding for the
///   table naming the columns, the count and two examples.
/// - A column that contradicts its values' order (a higher score with a worse
///   rank) gets a finding per cell: that is a real error in the source.
extension PublishedDataChecks {
    static func rankFindings(_ model: TableModel) -> [Diagnostic] {
        let table = model.table
        var findings: [Diagnostic] = []
        func at(_ rank: PublishedRank) -> SourceLocation { SourceLocation(file: table.file, line: rank.line, column: rank.column, sheet: table.sourceSheet) }

        // The overall rank, against the totals shown.
        let totals = model.results.map { $0.total?.value }
        let overall = RankColumnReading(values: totals, ranks: table.rows.map { $0.rank?.value })
        if overall.contradictsOrder {
            for (r, row) in table.rows.enumerated() {
                guard let published = row.rank, let computed = model.results[r].computedRank, published.value != computed else { continue }
                findings.append(.warning(at(published), "\(row.name): xếp hạng công bố \(published.value) nhưng theo tổng điểm là \(computed)",
                                         hint: "Thứ hạng là thứ hạng cạnh tranh (1, 2, 2, 4) theo tổng điểm giảm dần.", kind: "rank-order"))
            }
        } else {
            for group in overall.tiesBrokenByOrder {
                let rows = group.map { table.rows[$0] }
                let named = rows.map { "\($0.name) (hạng \($0.rank!.value))" }.joined(separator: ", ")
                let total = model.results[group[0]].total?.display ?? ""
                findings.append(.warning(at(rows.last!.rank!), "\(named) cùng tổng điểm \(total) nhưng được công bố với thứ hạng khác nhau",
                                         hint: "Thứ hạng công bố được giữ nguyên; trang ghi rõ các đơn vị này đồng điểm.",
                                         kind: "tie-distinct-ranks"))
            }
        }
        if let first = table.rows.compactMap(\.rank).first {
            findings += gapFinding(overall, column: "Xếp hạng", at: at(first), rowCount: overall.rows.count)
        }

        // Per-index and per-measure rank columns.
        var conventionColumns: [String] = []
        var tiedCells = 0
        var examples: [String] = []
        var firstTie: SourceLocation?
        func readColumn(label: String, value: (Int) -> Double?, rank: (RankingRow) -> PublishedRank?, computed: (Int) -> Int?, display: (Int) -> String) {
            // Most columns publish no ranks at all: nothing is gathered for them.
            guard let header = table.rows.lazy.compactMap(rank).first else { return }
            let ranks = table.rows.map(rank)
            let reading = RankColumnReading(values: table.rows.indices.map(value), ranks: ranks.map { $0?.value })
            if reading.contradictsOrder {
                for (r, row) in table.rows.enumerated() {
                    guard let published = ranks[r], let expected = computed(r), published.value != expected else { continue }
                    findings.append(.warning(at(published), "\(row.name): \(label.lowercasedFirst) công bố \(published.value) nhưng theo điểm là \(expected)",
                                             hint: "Cột này có đơn vị điểm cao hơn mà hạng thấp hơn; đối chiếu lại với văn bản gốc.", kind: "rank-order"))
                }
                return
            }
            findings += gapFinding(reading, column: label, at: at(header), rowCount: reading.rows.count)
            guard !reading.tiesBrokenByOrder.isEmpty else { return }
            conventionColumns.append(label)
            for group in reading.tiesBrokenByOrder {
                tiedCells += group.count
                if firstTie == nil { firstTie = at(ranks[group.last!]!) }
                if examples.count < 2 {
                    let names = group.prefix(2).map { "\(table.rows[$0].name) hạng \(ranks[$0]!.value)" }.joined(separator: ", ")
                    examples.append("\(label): \(names) cùng \(display(group[0]))")
                }
            }
        }
        for (p, code) in table.indexCodes.enumerated() {
            readColumn(label: "Xếp hạng \(model.indexLabels[p])", value: { table.rows[$0].scores[p]?.value },
                       rank: { $0.indexRanks[p] }, computed: { model.results[$0].computedIndexRanks[p] },
                       display: { r in "\(table.rows[r].scores[p]!.display) điểm" })
            _ = code
        }
        for measure in NormalizedMeasure.allCases {
            readColumn(label: "Xếp hạng \(measure.rawValue)", value: { model.normalized(measure, row: $0) },
                       rank: { $0.normalizedRank(measure) }, computed: { model.results[$0].computedNormalizedRanks[measure.position] },
                       display: { r in "\(measure.rawValue) \(NumberFormat.display(model.normalized(measure, row: r) ?? 0, decimals: 4))" })
        }
        if let firstTie {
            findings.append(.warning(firstTie, "bảng xếp các đơn vị bằng điểm vào các hạng khác nhau theo thứ tự dòng ở \(conventionColumns.count) cột ("
                                     + conventionColumns.joined(separator: ", ") + "), \(tiedCells) ô; ví dụ " + examples.joined(separator: "; "),
                                     hint: "Đây là cách xếp hạng của văn bản gốc (không dùng đồng hạng); dti giữ nguyên thứ hạng công bố. Thêm --verbose để xem từng ô.",
                                     kind: "index-rank-ties-by-order"))
        }
        return findings
    }

    /// One finding for a column whose ranks run past its rows, naming the ranks left out.
    private static func gapFinding(_ reading: RankColumnReading, column: String, at: SourceLocation, rowCount: Int) -> [Diagnostic] {
        guard !reading.missingRanks.isEmpty else { return [] }
        let missing = reading.missingRanks.prefix(10).map(String.init).joined(separator: ", ") + (reading.missingRanks.count > 10 ? ", …" : "")
        return [.warning(at, "cột \(column) có \(rowCount) dòng nhưng thứ hạng đến \(reading.largestRank); không có hạng \(missing)",
                         hint: "Có thể bảng gốc đã bỏ bớt đơn vị sau khi xếp hạng; dti giữ nguyên thứ hạng công bố.", kind: "rank-gap")]
    }
}

extension String {
    /// The text with its first letter in lower case (`Xếp hạng` → `xếp hạng`), for use inside a sentence.
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
