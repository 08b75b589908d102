import Dispatch

/// One table read by a parallel worker, with what it found.
struct LoadedTable: Sendable {
    var table: RankingTable?
    var diagnostics: [Diagnostic]
}

/// Reads `rankings/<period>/<group>.csv` and `.conf`: the appendix tables as published.
extension ContentLoader {
    static let rankingKeys = ["framework", "source_url", "published", "of", "methodology"] + Translations.keys(translatedRankingKeys) + workbookKeys
    /// Keys of a ranking's .conf that Content may give in English (`title_en`).
    static let translatedRankingKeys = ["title", "source", "note", "group_name"]

    mutating func loadRankings(frameworks: [Framework]) -> [RankingTable] {
        // rankings/ is optional: a portal may publish its frameworks before any results.
        guard let periods = FileSystem.list(root + "/rankings") else { return [] }
        // Work out the tables in period order, reporting misplaced files as we go…
        enum Job: Sendable { case load(period: Period, source: TableSource), report(Diagnostic) }
        var jobs: [Job] = []
        var labels: [(Period, String)] = []
        for name in periods {
            guard FileSystem.isDirectory(root + "/rankings/" + name) else {
                if ContentFileType(name: name) != .ignored {
                    jobs.append(.report(.error(SourceLocation(file: display("rankings/" + name)), "bảng xếp hạng phải nằm trong thư mục của kỳ đánh giá",
                                               hint: "Chuyển tệp vào rankings/<kỳ>/, ví dụ rankings/2022/\(name).", kind: "misplaced-file")))
                }
                continue
            }
            if ContentFileType.isSystemLeftover(name) { continue }
            guard let period = Period(label: name) else {
                jobs.append(.report(.error(SourceLocation(file: display("rankings/" + name) + "/"), "tên kỳ `\(name)` không đúng dạng",
                                           hint: "Đặt tên thư mục kỳ theo một trong các dạng: \(Period.acceptedForms).", kind: "bad-period")))
                continue
            }
            labels.append((period, name))
        }
        for (period, name) in labels.sorted(by: { $0.0 < $1.0 }) {
            for source in tableSources(in: "rankings/" + name) { jobs.append(.load(period: period, source: source)) }
        }
        // …then read the tables in parallel (each file is independent) and
        // merge tables and findings back in that order.
        let slots = ResultSlots<LoadedTable>(count: jobs.count)
        let root = self.root
        let work = jobs
        DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
            guard case .load(let period, let source) = work[i] else { slots.set(i, LoadedTable(table: nil, diagnostics: [])); return }
            var worker = ContentLoader(root: root)
            let table = worker.loadRanking(period: period, source: source, frameworks: frameworks)
            slots.set(i, LoadedTable(table: table, diagnostics: worker.diagnostics.items))
        }
        var tables: [RankingTable] = []
        for (job, loaded) in zip(jobs, slots.values) {
            if case .report(let diagnostic) = job { report(diagnostic) }
            report(loaded.diagnostics)
            if let table = loaded.table { tables.append(table) }
        }
        return tables
    }

    mutating func loadRanking(period: Period, source: TableSource, frameworks: [Framework]) -> RankingTable? {
        let folder = "rankings/\(period.label)/"
        let group = source.stem
        let file = display(folder + source.dataFile)
        if SlugTransliteration.slug(group) != group {
            report(.error(SourceLocation(file: file), "tên nhóm `\(group)` không dùng được trong đường dẫn",
                          hint: "Đặt tên tệp như so-ban-nganh.csv (chữ thường, không dấu, nối bằng -).", kind: "bad-group-name"))
            return nil
        }
        if let tooLong = PathNames.tooLong(group, at: SourceLocation(file: file), what: "tên nhóm `\(group)`") {
            report(tooLong)
            return nil
        }
        let confName = folder + (source.confFile ?? group + ".conf")
        guard let confBytes = read(confName, because: "mỗi bảng xếp hạng cần tệp .conf ghi bộ chỉ số và nguồn") else { return nil }
        let (conf, confProblems) = ConfFile.parse(confBytes, file: display(confName), allowedKeys: Self.rankingKeys)
        report(confProblems)
        var framework: Framework?
        if let entry = conf.entry("framework"), !entry.value.isEmpty {
            framework = frameworks.first { $0.id == entry.value }
            if framework == nil {
                let known = frameworks.map(\.id).joined(separator: ", ")
                let missingFile = !FileSystem.isFile(root + "/frameworks/\(entry.value).csv") && !FileSystem.isFile(root + "/frameworks/\(entry.value).xlsx")
                report(.error(entry.valueLocation,
                              missingFile ? "không tìm thấy bộ chỉ số `\(entry.value)` (thiếu tệp frameworks/\(entry.value).csv hoặc .xlsx)"
                                          : "bộ chỉ số `\(entry.value)` có lỗi nên không đọc được",
                              hint: missingFile ? "Các bộ chỉ số hiện có: \(known.isEmpty ? "(chưa có)" : known)." : "Sửa các lỗi của bộ chỉ số trước.",
                              kind: "missing-framework"))
                return nil
            }
        }
        guard let (csv, headerLastLine, sheet) = readTable(folder: "rankings/\(period.label)", source: source, conf: conf, confKeys: Self.rankingKeys) else { return nil }

        // Header: each cell is matched alone, then the row as a whole tells
        // a parent column (`Huyện` beside `Tên đơn vị`) from the name column.
        let matcher = RankingHeaderMatcher(framework: framework)
        var matched: [RankingColumn] = []
        var headerOK = true
        for cell in csv.header.cells {
            guard let column = matcher.column(for: cell.text) else {
                let near = matcher.suggestion(for: cell.text).map { "; có phải `\($0)`?" } ?? ""
                report(.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                              "tiêu đề cột không khớp chỉ số nào: `\(cell.text.normalizedText)`\(near)",
                              hint: "Các tiêu đề được chấp nhận: " + matcher.acceptedHeaders.joined(separator: ", ")
                                + (framework == nil ? ". (Bảng chưa khai báo `framework` trong tệp .conf nên chưa nhận cột chỉ số.)" : "."),
                              kind: "unknown-header"))
                headerOK = false
                matched.append(.ignored)
                continue
            }
            matched.append(column)
        }
        let columns = matcher.resolvingParents(matched, headers: csv.header.cells.map(\.text))
        var firstColumnOf: [RankingColumn: CSVCell] = [:]
        for (cell, column) in zip(csv.header.cells, columns) {
            if column != .ignored, let first = firstColumnOf[column] {
                report(.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                              "cột `\(cell.text.normalizedText)` trùng nghĩa với cột \(first.column) `\(first.text.normalizedText)`",
                              hint: "Mỗi chỉ số chỉ có một cột.", kind: "duplicate-column"))
                headerOK = false
            }
            firstColumnOf[column] = firstColumnOf[column] ?? cell
        }
        guard let unitColumn = columns.firstIndex(of: .unit) else {
            report(.error(SourceLocation(file: file, line: csv.header.line), "thiếu cột tên đơn vị",
                          hint: "Thêm cột `Tên đơn vị` (hoặc `Đơn vị`).", kind: "missing-column"))
            return nil
        }
        guard headerOK else { return nil }
        let indexCodes = (framework?.mainIndices ?? []).map(\.code).filter { firstColumnOf[.score($0)] != nil }
        let measures = NormalizedMeasure.allCases.filter { firstColumnOf[.normalized($0)] != nil }
        if indexCodes.isEmpty && measures.isEmpty {
            report(.error(SourceLocation(file: file, line: csv.header.line), "bảng không có cột điểm chỉ số nào và cũng không có cột DTI/CQS/KTS/XHS",
                          hint: framework == nil ? "Khai báo `framework = …` trong \(conf.file) để nhận các cột chỉ số." : "Kiểm tra tiêu đề các cột điểm.",
                          kind: "no-scores"))
            return nil
        }
        // Where each column's cell goes, worked out once: per cell, the row
        // loop then switches on a small integer case instead of copying an
        // index code out of the column and hashing it into a dictionary.
        let position = Dictionary(uniqueKeysWithValues: indexCodes.enumerated().map { ($0.element, $0.offset) })
        let slots = columns.map { CellSlot($0, scorePosition: position) }

        // A header and nothing under it would publish an empty table.
        if csv.rows.isEmpty {
            report(.error(SourceLocation(file: file, line: csv.header.line), "bảng chỉ có dòng tiêu đề, không có dòng số liệu nào để công bố",
                          hint: "Thêm các dòng số liệu dưới dòng tiêu đề, hoặc chuyển tệp (cùng tệp .conf) ra ngoài Content/ khi kỳ này chưa có kết quả.",
                          kind: "empty-table"))
            return nil
        }
        // Rows.
        let scoreLimit = NumberBounds.scoreLimit(totalMax: framework.map { Swift.max($0.totalMax, $0.declaredTotal?.value ?? 0) })
        var rows: [RankingRow] = []
        let parentColumn = columns.firstIndex(of: .parent)
        for csvRow in csv.rows {
            let nameCell = csvRow[unitColumn]
            let name = nameCell.text.normalizedText
            let at = { (cell: CSVCell) in SourceLocation(file: file, line: cell.line, column: cell.column) }
            guard !name.isEmpty else {
                report(.error(at(nameCell), "dòng có số liệu nhưng thiếu tên đơn vị", hint: "Điền tên đơn vị như trong bảng công bố.", kind: "missing-name"))
                continue
            }
            let parent = parentColumn.flatMap { csvRow[$0].isBlank ? nil : csvRow[$0].text.normalizedText }
            var scores = [PublishedNumber?].nils(indexCodes.count)
            var indexRanks = [PublishedRank?](repeating: nil, count: indexCodes.count)
            var normalized: [PublishedNumber?] = [nil, nil, nil, nil]
            var normalizedRanks: [PublishedRank?] = [nil, nil, nil, nil]
            var total: PublishedNumber?, classText: String?, classColumn = 0, rowRank: PublishedRank?
            for (offset, slot) in slots.enumerated() {
                if case .skip = slot { continue }
                let cell = csvRow.cells[offset]
                if cell.isBlank { continue }
                switch slot {
                case .skip:
                    break
                case .score(let p):
                    scores[p] = number(cell, file: file, limit: scoreLimit)
                case .total:
                    total = number(cell, file: file, limit: scoreLimit)
                case .normalized(let p):
                    normalized[p] = number(cell, file: file, limit: NumberBounds.overMaximumFactor)
                case .classLabel:
                    classText = cell.text.normalizedText
                    classColumn = cell.column
                case .rank:
                    rowRank = rank(cell, file: file)
                case .indexRank(let p):
                    indexRanks[p] = rank(cell, file: file)
                case .normalizedRank(let p):
                    normalizedRanks[p] = rank(cell, file: file)
                }
            }
            let row = RankingRow(line: csvRow.line, name: name, nameColumn: nameCell.column, parent: parent,
                                 scores: scores, total: total, classText: classText, classColumn: classColumn,
                                 rank: rowRank, indexRanks: indexRanks, normalized: normalized, normalizedRanks: normalizedRanks)
            rows.append(row)
        }

        if conf["title"] == nil {
            report(.warning(SourceLocation(file: conf.file), "thiếu khoá `title`; trang sẽ dùng tên nhóm `\(group)`",
                            hint: "Thêm `title = …` theo tên phụ lục.", kind: "conf-missing-key"))
        }
        if conf["source"] == nil {
            report(.warning(SourceLocation(file: conf.file), "thiếu khoá `source`: người đọc cần biết bảng lấy từ văn bản nào",
                            hint: "Thêm `source = Phụ lục 01, Báo cáo … ngày …`.", kind: "conf-missing-key"))
        }
        var sourceURL: String?
        if let entry = conf.entry("source_url"), !entry.value.isEmpty {
            if let url = SafeURL.web(entry.value) { sourceURL = url } else {
                report(.error(entry.valueLocation, "địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://", hint: nil, kind: "unsafe-url"))
            }
        }
        var ofCount: Int?
        if let entry = conf.entry("of"), !entry.value.isEmpty {
            if let of = Int(entry.value), of >= rows.count, of > 0, of <= NumberBounds.largestRank {
                ofCount = of
            } else {
                report(.error(entry.valueLocation, "`of` phải là số nguyên không nhỏ hơn số dòng của bảng (\(rows.count)) và không quá \(NumberBounds.words(Double(NumberBounds.largestRank))), nhận được `\(NumberBounds.shown(entry.value))`",
                              hint: "`of` là tổng số đơn vị được xếp hạng, ví dụ of = 63.", kind: "conf-value"))
            }
        }
        let table = RankingTable(period: period, group: group, file: file, confFile: conf.file, frameworkID: framework?.id,
                                 title: conf["title"] ?? group, groupName: conf["group_name"], source: conf["source"],
                                 sourceURL: sourceURL, published: conf["published"], note: conf["note"], methodology: conf["methodology"],
                                 translations: conf.translations(of: Self.translatedRankingKeys), of: ofCount,
                                 indexCodes: indexCodes, hasTotal: firstColumnOf[.total] != nil,
                                 hasClass: firstColumnOf[.classLabel] != nil, hasRank: firstColumnOf[.rank] != nil,
                                 normalizedMeasures: measures, rows: rows, sourceSheet: sheet, headerLine: headerLastLine)
        return table
    }

    /// A score cell: a number no larger than `limit` in magnitude (see
    /// `NumberBounds`), or an error naming the cell.
    mutating func number(_ cell: CSVCell, file: String, limit: Double = NumberBounds.largestValue) -> PublishedNumber? {
        let at = SourceLocation(file: file, line: cell.line, column: cell.column)
        let parsed = PublishedNumber.parse(cell.text, line: cell.line, column: cell.column)
        if parsed != nil || NumberBounds.isOverlongDecimal(cell.text) {
            if let value = parsed, abs(value.value) <= limit { return value }
            let why = limit < NumberBounds.largestValue
                ? "lớn hơn \(NumberFormat.displayTrimmed(NumberBounds.overMaximumFactor)) lần điểm tối đa (\(NumberFormat.displayTrimmed(limit / NumberBounds.overMaximumFactor)))"
                : "vượt \(NumberBounds.words(limit))"
            report(.error(at, "ô điểm `\(NumberBounds.shown(cell.text))` quá lớn: \(why), không thể là số công bố",
                          hint: "Kiểm tra ô này trong tệp gốc (số dán nhầm cột, thiếu dấu thập phân).", kind: "number-out-of-range"))
            return nil
        }
        report(.error(at, "ô điểm không phải số: `\(NumberBounds.shown(cell.text))`",
                      hint: NumberBounds.notANumberHint(cell.text), kind: "not-a-number"))
        return nil
    }

    /// A rank cell: a positive whole number, at most `NumberBounds.largestRank`.
    mutating func rank(_ cell: CSVCell, file: String) -> PublishedRank? {
        let text = cell.text.trimmingASCIISpaces()
        if let value = Int(text), value > NumberBounds.largestRank {
            report(.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                          "ô xếp hạng `\(NumberBounds.shown(text))` quá lớn (vượt \(NumberBounds.words(Double(NumberBounds.largestRank))))",
                          hint: "Thứ hạng là vị trí trong bảng, như 1, 2, 15.", kind: "number-out-of-range"))
            return nil
        }
        if let value = Int(text), value > 0 { return PublishedRank(value: value, line: cell.line, column: cell.column) }
        report(.error(SourceLocation(file: file, line: cell.line, column: cell.column),
                      "ô xếp hạng không phải số nguyên dương: `\(NumberBounds.shown(text))`",
                      hint: "Ghi thứ hạng như 1, 2, 15.", kind: "not-a-rank"))
        return nil
    }
}

/// Where the cells of one ranking column go in a `RankingRow`, by position.
private enum CellSlot {
    /// Not read per row: the unit name (read first), or an ignored column.
    case skip
    case score(Int), total, normalized(Int), classLabel, rank, indexRank(Int), normalizedRank(Int)

    init(_ column: RankingColumn, scorePosition: [IndexCode: Int]) {
        switch column {
        case .ignored, .unit, .parent: self = .skip
        case .score(let code): self = .score(scorePosition[code]!)
        case .total: self = .total
        case .normalized(let measure): self = .normalized(measure.position)
        case .classLabel: self = .classLabel
        case .rank: self = .rank
        // A rank of an index the table has no score column for is not kept.
        case .indexRank(let code): self = scorePosition[code].map { .indexRank($0) } ?? .skip
        case .normalizedRank(let measure): self = .normalizedRank(measure.position)
        }
    }
}

extension Array {
    /// `count` nils. `Array(repeating: nil, count:)` copied the nil into each
    /// slot through the element type's generic copy, a call per slot.
    static func nils<Wrapped>(_ count: Int) -> [Wrapped?] where Element == Wrapped? {
        [Wrapped?](unsafeUninitializedCapacity: count) { buffer, initialized in
            for i in 0..<count { (buffer.baseAddress! + i).initialize(to: nil) }
            initialized = count
        }
    }
}
