/// Reads `assessments/<period>/<unit>.csv`: one unit's component assessment.
extension ContentLoader {
    static let assessmentColumns: [(column: String, keys: [String])] = [
        ("code", ["code", "ma", "stt", "ma chi so"]),
        ("name", ["name", "ten", "chi so chinh chi so thanh phan", "chi so thanh phan", "chi so"]),
        ("assessment", ["assessment", "danh gia", "ket qua"]),
        ("recommendation", ["recommendation", "khuyen nghi", "de xuat"]),
        ("score", ["score", "diem"]),
    ]

    mutating func loadAssessments(rankings: [RankingTable], frameworks: [Framework]) -> [Assessment] {
        guard let periods = FileSystem.list(root + "/assessments") else { return [] }
        var result: [Assessment] = []
        for label in periods {
            guard FileSystem.isDirectory(root + "/assessments/" + label) else {
                if ContentFileType(name: label) != .ignored { reportUnusedFile("assessments/" + label, tableWanted: false) }
                continue
            }
            guard let period = Period(label: label) else {
                report(.error(SourceLocation(file: display("assessments/" + label) + "/"), "tên kỳ `\(label)` không đúng dạng",
                              hint: "Đặt tên thư mục kỳ theo một trong các dạng: \(Period.acceptedForms).", kind: "bad-period"))
                continue
            }
            for name in FileSystem.list(root + "/assessments/" + label) ?? [] {
                let relative = "assessments/\(label)/\(name)"
                if FileSystem.isDirectory(root + "/" + relative) { reportUnusedFolder(relative); continue }
                switch ContentFileType(name: name) {
                case .csv: break
                case .ignored: continue
                default: reportUnusedFile(relative, tableWanted: false); continue
                }
                let slug = FileSystem.stem(of: name)
                let file = display(relative)
                // The unit's framework in that period comes from its ranking row.
                let table = rankings.first { $0.period == period && $0.rows.contains { $0.unitSlug == slug } }
                guard let table else {
                    report(.error(SourceLocation(file: file), "không có đơn vị `\(slug)` trong bảng xếp hạng nào của kỳ \(period.label)",
                                  hint: "Tên tệp là slug của đơn vị (ví dụ hau-giang.csv) và kỳ phải có bảng xếp hạng chứa đơn vị đó.",
                                  kind: "unknown-unit"))
                    continue
                }
                let framework = frameworks.first { $0.id == table.frameworkID }
                if let assessment = loadAssessment(relative: relative, period: period, slug: slug, framework: framework) {
                    result.append(assessment)
                }
            }
        }
        return result
    }

    mutating func loadAssessment(relative: String, period: Period, slug: String, framework: Framework?) -> Assessment? {
        let file = display(relative)
        guard let bytes = read(relative) else { return nil }
        let csv: CSVTable
        do { csv = try CSVReader.parse(bytes, file: file) } catch { report(error.diagnostics); return nil }
        var columnOf: [String: Int] = [:]
        for (position, cell) in csv.header.cells.enumerated() {
            let key = SlugTransliteration.key(cell.text)
            if key.isEmpty { continue }
            guard let match = Self.assessmentColumns.first(where: { $0.keys.contains(key) }) else {
                report(.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                              "tiêu đề cột không được hỗ trợ `\(cell.text.normalizedText)`",
                              hint: "Các cột hợp lệ: code, name, assessment, recommendation, score.", kind: "unknown-header"))
                continue
            }
            columnOf[match.column] = position
        }
        guard let codeColumn = columnOf["code"], columnOf["assessment"] != nil || columnOf["recommendation"] != nil else {
            report(.error(SourceLocation(file: file, line: csv.header.line), "thiếu cột `code` hoặc cột đánh giá",
                          hint: "Dòng tiêu đề: code,assessment,recommendation[,score].", kind: "missing-column"))
            return nil
        }
        let known = Set(framework?.indices.map(\.code) ?? [])
        var items: [AssessmentItem] = []
        for row in csv.rows {
            let cell = row[codeColumn]
            guard let code = IndexCode(cell.text.trimmingASCIISpaces()) else {
                report(.error(SourceLocation(file: file, line: cell.line, column: cell.column), "mã chỉ số không hợp lệ `\(cell.text)`",
                              hint: "Dùng mã của bộ chỉ số, ví dụ 3.5.2.", kind: "bad-code"))
                continue
            }
            if framework != nil, !known.contains(code) {
                report(.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                              "mã \(code) không có trong bộ chỉ số `\(framework!.id)`",
                              hint: "Kiểm tra mã trong frameworks/\(framework!.id).csv.", kind: "unknown-code"))
                continue
            }
            let text = { (column: String) -> String in columnOf[column].map { row[$0].text.normalizedText } ?? "" }
            let score = text("score")
            items.append(AssessmentItem(code: code, assessment: text("assessment"), recommendation: text("recommendation"),
                                        score: score.isEmpty ? nil : score, line: row.line))
        }
        return Assessment(period: period, unitSlug: slug, file: file, items: items)
    }
}
