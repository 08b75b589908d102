/// Step 2 of the pipeline: every disagreement between what a table publishes
/// and what dti recomputes becomes a warning with the file and line.
///
/// Published numbers stay authoritative: these findings never change what
/// the site shows; they are printed by `dti check` and shown to readers as
/// calm notes under the table.
public enum PublishedDataChecks {
    /// Tolerance for "total ≠ sum of its parts".
    public static let totalTolerance = 0.01

    public static func check(_ model: TableModel) -> [Diagnostic] {
        let table = model.table
        let file = table.file
        var findings: [Diagnostic] = []
        func at(_ line: Int, _ column: Int? = nil) -> SourceLocation { SourceLocation(file: file, line: line, column: column, sheet: table.sourceSheet) }
        let labels = model.indexLabels
        let complete = !table.isPartial
        // Taken out of the model once per table: reading it per row copied the framework.
        let framework = model.framework

        for (r, row) in table.rows.enumerated() {
            let result = model.results[r]
            // Scores above their maximum, or negative.
            for (p, score) in row.scores.enumerated() {
                guard let score else { continue }
                if let max = model.indexMaxima[p], score.value > max + 1e-9 {
                    findings.append(.warning(at(score.line, score.column),
                                             "\(row.name): \(labels[p]) \(score.display) vượt điểm tối đa \(NumberFormat.displayTrimmed(max))",
                                             hint: "Số liệu công bố được giữ nguyên; đối chiếu lại với văn bản gốc.", kind: "score-above-max"))
                } else if score.value < 0 {
                    findings.append(.warning(at(score.line, score.column), "\(row.name): \(labels[p]) âm (\(score.display))",
                                             hint: "Điểm chỉ số không thể âm; đối chiếu lại với văn bản gốc.", kind: "negative-score"))
                }
            }
            // Total against the sum of its parts.
            if let published = row.total, let sum = result.computedTotal, abs(published.value - sum) > totalTolerance {
                findings.append(.warning(at(published.line, published.column),
                                         "\(row.name): tổng điểm công bố \(published.display) khác tổng các chỉ số \(NumberFormat.displayTrimmed(sum, decimals: 3))",
                                         hint: "Số công bố được giữ nguyên; kiểm tra điểm các chỉ số trên dòng này.", kind: "total-mismatch"))
            }
            if let total = result.total, let max = model.totalMax, max > 0, total.value > max + 1e-9 {
                findings.append(.warning(at(total.line > 0 ? total.line : row.line, total.line > 0 ? total.column : nil),
                                         "\(row.name): tổng điểm \(total.display) vượt điểm tối đa \(NumberFormat.displayTrimmed(max))",
                                         hint: "Đối chiếu lại với văn bản gốc.", kind: "total-above-max"))
            }
            // Class against its band.
            if let text = row.classText {
                if let framework, !framework.bands.isEmpty {
                    if framework.band(named: text) == nil {
                        let known = framework.bands.map(\.label).joined(separator: ", ")
                        findings.append(.warning(at(row.line, row.classColumn), "\(row.name): xếp loại `\(text)` không có trong các mức của bộ chỉ số",
                                                 hint: "Các mức: \(known).", kind: "unknown-class"))
                    } else if let computed = result.computedClass, ClassLabel.canonical(text) != computed, let total = result.total {
                        findings.append(.warning(at(row.line, row.classColumn),
                                                 "\(row.name): xếp loại công bố \(ClassLabel.canonical(text)) nhưng tổng điểm \(total.display) thuộc mức \(computed)",
                                                 hint: "Kiểm tra ngưỡng band.* trong \(framework.confFile).", kind: "class-band"))
                    }
                } else if ClassLabel.level(text) == nil {
                    findings.append(.warning(at(row.line, row.classColumn), "\(row.name): xếp loại `\(text)` không phải một mức chuẩn",
                                             hint: "Các mức chuẩn: \(ClassLabel.standard.joined(separator: ", ")).", kind: "unknown-class"))
                }
            }
            // Normalized values: range, and against the values recomputed from the scores.
            for measure in NormalizedMeasure.allCases {
                guard let published = row.normalized(measure) else { continue }
                if published.value < 0 || published.value > 1 {
                    findings.append(.warning(at(published.line, published.column),
                                             "\(row.name): \(measure.rawValue) \(published.display) nằm ngoài khoảng 0–1",
                                             hint: "Giá trị chuẩn hoá là tỷ lệ 0–1 (ví dụ 0,6342), không phải phần trăm.", kind: "normalized-range"))
                }
                guard let computed = result.computedNormalized[measure.position] else { continue }
                let tolerance = 0.5 * pow10(-published.decimals) + 1e-9
                if abs(computed - published.value) > tolerance {
                    findings.append(.warning(at(published.line, published.column),
                                             "\(row.name): \(measure.rawValue) công bố \(published.display) nhưng tính từ điểm các chỉ số là \(NumberFormat.display(computed, decimals: max(4, published.decimals)))",
                                             hint: "Giá trị trụ cột = (các chỉ số nền tảng + chỉ số hoạt động của trụ cột) / tổng điểm tối đa của chúng.",
                                             kind: "pillar-mismatch"))
                }
            }
        }
        if complete { findings += rankFindings(model) }
        return findings
    }

    private static func pow10(_ exponent: Int) -> Double {
        var value = 1.0
        for _ in 0..<abs(exponent) { value *= 10 }
        return exponent < 0 ? 1 / value : value
    }
}
