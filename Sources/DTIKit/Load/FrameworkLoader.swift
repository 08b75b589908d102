import Foundation

/// Reads `frameworks/<id>.csv` and `frameworks/<id>.conf`.
extension ContentLoader {
    static let frameworkKeys = Translations.keys(Self.translatedFrameworkKeys) + ["legal_basis_url", "total", "band.", "pillar.",
                                "decision", "continues", "comparable_periods"] + workbookKeys
    /// Keys of a framework's .conf that Content may give in English (`name_en`).
    static let translatedFrameworkKeys = ["name", "legal_basis", "level", "note"]

    /// The framework CSV columns and the header texts accepted for each.
    static let frameworkColumns: [(column: String, keys: [String])] = [
        ("code", ["code", "ma", "ma chi so", "stt"]),
        ("name", ["name", "ten", "ten chi so", "chi so"]),
        ("short", ["short", "ten ngan", "nhan", "viet tat"]),
        ("max", ["max", "diem toi da", "toi da", "diem"]),
        ("group", ["group", "nhom"]),
        ("pillar", ["pillar", "tru cot"]),
        ("name_en", ["name en", "ten tieng anh"]),
        ("short_en", ["short en", "ten ngan tieng anh"]),
    ]

    /// Labels a framework may not use as a `short`, because ranking headers
    /// already give them another meaning.
    static let reservedLabels: Set<String> = ["dti", "cqs", "kts", "xhs", "stt", "tong diem", "diem so", "total",
                                              "xep loai", "class", "xep hang", "rank", "ten don vi", "don vi", "unit"]

    mutating func loadFrameworks() -> [Framework] {
        guard FileSystem.isDirectory(root + "/frameworks") else {
            report(.error(SourceLocation(file: display("frameworks")), "không có thư mục frameworks/",
                          hint: "Mỗi bộ chỉ số là một cặp tệp frameworks/<tên>.csv và frameworks/<tên>.conf.", kind: "missing-file"))
            return []
        }
        var frameworks: [Framework] = []
        for source in tableSources(in: "frameworks") {
            if let framework = loadFramework(source) { frameworks.append(framework) }
        }
        return frameworks
    }

    mutating func loadFramework(_ source: TableSource) -> Framework? {
        let id = source.stem
        let csvPath = display("frameworks/" + source.dataFile)
        // The id is the framework page's folder (`phuong-phap/<id>/`).
        if SlugTransliteration.slug(id) != id {
            report(.error(SourceLocation(file: csvPath), "tên bộ chỉ số `\(id)` không dùng được trong đường dẫn",
                          hint: "Đặt tên tệp như dti-tinh-2022.csv (chữ thường, không dấu, nối bằng -).", kind: "bad-framework-name"))
            return nil
        }
        if let tooLong = PathNames.tooLong(id, at: SourceLocation(file: csvPath), what: "tên bộ chỉ số `\(id)`") {
            report(tooLong)
            return nil
        }
        guard let table = readTable(folder: "frameworks", source: source, conf: nil, confKeys: Self.frameworkKeys)?.table else { return nil }

        // Columns.
        var columnOf: [String: Int] = [:]
        for (position, cell) in table.header.cells.enumerated() {
            let key = SlugTransliteration.key(cell.text)
            if key.isEmpty { continue }
            guard let match = Self.frameworkColumns.first(where: { $0.keys.contains(key) }) else {
                report(.error(SourceLocation(file: csvPath, line: cell.line, column: cell.column),
                              "tiêu đề cột không được hỗ trợ `\(cell.text.normalizedText)`",
                              hint: "Các cột hợp lệ: code, name, short, max, group, pillar.", kind: "unknown-header"))
                continue
            }
            columnOf[match.column] = position
        }
        for required in ["code", "name"] where columnOf[required] == nil {
            report(.error(SourceLocation(file: csvPath, line: table.header.line), "thiếu cột `\(required)`",
                          hint: "Dòng tiêu đề cần có: code,name,short,max,group,pillar.", kind: "missing-column"))
        }
        guard let codeColumn = columnOf["code"], let nameColumn = columnOf["name"] else { return nil }

        // Rows.
        var indices: [IndexDefinition] = []
        var lineOfCode: [IndexCode: Int] = [:]
        for row in table.rows {
            let codeCell = row[codeColumn]
            let at = { (cell: CSVCell) in SourceLocation(file: csvPath, line: cell.line, column: cell.column) }
            guard let code = IndexCode(codeCell.text.trimmingASCIISpaces()) else {
                report(.error(at(codeCell), "mã chỉ số không hợp lệ `\(codeCell.text)`",
                              hint: "Mã là các số cách nhau bởi dấu chấm: 1, 1.2, 3.5.2.", kind: "bad-code"))
                continue
            }
            if let first = lineOfCode[code] {
                report(.error(at(codeCell), "mã \(code) bị trùng (đã có ở dòng \(first))",
                              hint: "Mỗi chỉ số có một mã duy nhất.", kind: "duplicate-code"))
                continue
            }
            lineOfCode[code] = row.line
            let name = row[nameColumn].text.normalizedText
            if name.isEmpty {
                report(.error(at(row[nameColumn]), "chỉ số \(code) thiếu tên", hint: nil, kind: "missing-name"))
            }
            let short = columnOf["short"].map { row[$0].text.normalizedText } ?? ""
            var definition = IndexDefinition(code: code, name: name, short: short, max: nil, group: nil, pillar: nil, line: row.line)
            for field in ["name", "short"] {
                if let c = columnOf[field + "_en"], !row[c].isBlank { definition.translations[field, "en"] = row[c].text.normalizedText }
            }
            if let c = columnOf["max"], !row[c].isBlank {
                if let max = PublishedNumber.parse(row[c].text, line: row.line, column: row[c].column), max.value >= 0 {
                    if max.value <= NumberBounds.largestMaximum {
                        definition.max = max
                    } else {
                        report(.error(at(row[c]), "điểm tối đa `\(NumberBounds.shown(row[c].text))` quá lớn (vượt \(NumberBounds.words(NumberBounds.largestMaximum)))",
                                      hint: "Kiểm tra cột max: điểm tối đa của một chỉ số thường chỉ vài chục đến vài trăm.", kind: "number-out-of-range"))
                    }
                } else {
                    report(.error(at(row[c]), "điểm tối đa không phải số `\(NumberBounds.shown(row[c].text))`",
                                  hint: NumberBounds.isSpecialNotation(row[c].text) ? NumberBounds.notANumberHint(row[c].text)
                                                                                   : "Ghi số điểm như 40 hoặc 26,5; để trống nếu nguồn không nêu.",
                                  kind: "not-a-number"))
                }
            }
            if let c = columnOf["group"], !row[c].isBlank {
                switch SlugTransliteration.slug(row[c].text) {
                case "nen-tang", "nen-tang-chung", "nhom-chi-so-nen-tang-chung": definition.group = .foundation
                case "hoat-dong", "nhom-chi-so-hoat-dong": definition.group = .activity
                default:
                    report(.error(at(row[c]), "nhóm không hợp lệ `\(row[c].text)`",
                                  hint: "Dùng `nen-tang` (nền tảng chung) hoặc `hoat-dong` (hoạt động).", kind: "bad-group"))
                }
            }
            if let c = columnOf["pillar"], !row[c].isBlank {
                if let pillar = Pillar(rawValue: row[c].text.trimmingASCIISpaces().uppercased()) {
                    definition.pillar = pillar
                } else {
                    report(.error(at(row[c]), "trụ cột không hợp lệ `\(row[c].text)`",
                                  hint: "Dùng CQS, KTS hoặc XHS, chỉ cho chỉ số hoạt động.", kind: "bad-pillar"))
                }
            }
            if definition.isMain {
                if definition.group == nil {
                    report(.error(SourceLocation(file: csvPath, line: row.line), "chỉ số chính \(code) chưa có nhóm",
                                  hint: "Ghi `nen-tang` hoặc `hoat-dong` trong cột group.", kind: "missing-group"))
                }
                if definition.pillar != nil && definition.group != .activity {
                    report(.error(SourceLocation(file: csvPath, line: row.line), "chỉ số \(code) có trụ cột nhưng không thuộc nhóm hoạt động",
                                  hint: "Chỉ các chỉ số nhóm `hoat-dong` mới gắn với CQS, KTS hoặc XHS.", kind: "bad-pillar"))
                }
                if Self.reservedLabels.contains(SlugTransliteration.key(definition.label)) {
                    report(.error(SourceLocation(file: csvPath, line: row.line), "nhãn `\(definition.label)` trùng với một cột đặc biệt của bảng xếp hạng",
                                  hint: "Đặt tên ngắn khác, ví dụ `Chính quyền số` thay vì `CQS`.", kind: "reserved-label"))
                }
            } else if definition.group != nil || definition.pillar != nil {
                report(.warning(SourceLocation(file: csvPath, line: row.line), "nhóm và trụ cột chỉ áp dụng cho chỉ số chính; bỏ qua ở \(code)",
                                hint: "Để trống cột group và pillar ở các chỉ số thành phần.", kind: "ignored-value"))
                definition.group = nil
                definition.pillar = nil
            }
            indices.append(definition)
        }
        indices.sort { $0.code < $1.code }
        checkTree(indices, file: csvPath)
        checkLabels(indices, file: csvPath)

        let confName = "frameworks/" + (source.confFile ?? id + ".conf")
        guard let confBytes = read(confName, because: "mỗi bộ chỉ số cần tệp .conf với tên và căn cứ pháp lý") else {
            return nil
        }
        let (conf, problems) = ConfFile.parse(confBytes, file: display(confName), allowedKeys: Self.frameworkKeys)
        report(problems)
        var framework = Framework(id: id, file: csvPath, confFile: conf.file, name: conf["name"] ?? id,
                                  legalBasis: conf["legal_basis"], legalBasisURL: nil, level: conf["level"],
                                  declaredTotal: nil, note: conf["note"], bands: [], pillarNames: [:], indices: indices)
        framework.translations = conf.translations(of: Self.translatedFrameworkKeys)
        framework.decision = conf["decision"] ?? conf["legal_basis"].flatMap(Framework.decisionLabel(in:))
        framework.continues = conf["continues"]
        if let entry = conf.entry("comparable_periods") {
            switch SlugTransliteration.key(entry.value) {
            case "yes", "co", "true", "1": framework.comparablePeriods = true
            case "no", "khong", "false", "0", "": framework.comparablePeriods = false
            default:
                report(.error(entry.valueLocation, "`comparable_periods` nhận `yes` hoặc `no`, nhận được `\(entry.value)`",
                              hint: "Ghi comparable_periods = yes nếu kết quả 6 tháng và cả năm theo bộ chỉ số này so sánh trực tiếp được.", kind: "conf-value"))
            }
        }
        if conf["name"] == nil {
            report(.error(SourceLocation(file: conf.file), "thiếu khoá `name`", hint: "Thêm `name = Bộ chỉ số …`.", kind: "conf-missing-key"))
        }
        if let entry = conf.entry("legal_basis_url"), !entry.value.isEmpty {
            if let url = SafeURL.web(entry.value) { framework.legalBasisURL = url } else {
                report(.error(entry.valueLocation, "địa chỉ phải bắt đầu bằng http:// hoặc https://", hint: nil, kind: "unsafe-url"))
            }
        }
        if let entry = conf.entry("total"), !entry.value.isEmpty {
            if let total = PublishedNumber.parse(entry.value, line: entry.location.line ?? 0),
               total.value < 0 || total.value > NumberBounds.largestMaximum {
                report(.error(entry.valueLocation, "`total` phải từ 0 đến \(NumberBounds.words(NumberBounds.largestMaximum)), nhận được `\(NumberBounds.shown(entry.value))`",
                              hint: "`total` là tổng điểm tối đa của bộ chỉ số, ví dụ total = 100.", kind: "number-out-of-range"))
            } else if let total = PublishedNumber.parse(entry.value, line: entry.location.line ?? 0) {
                framework.declaredTotal = total
                let sum = framework.totalMax
                if abs(sum - total.value) > 0.005 {
                    report(.warning(entry.valueLocation,
                                    "tổng điểm khai báo \(total.display) khác tổng điểm tối đa các chỉ số chính \(NumberFormat.displayTrimmed(sum))",
                                    hint: "Kiểm tra cột max trong \(id).csv hoặc khoá total.", kind: "total-mismatch"))
                }
            } else {
                report(.error(entry.valueLocation, "`total` không phải số: `\(NumberBounds.shown(entry.value))`",
                              hint: NumberBounds.notANumberHint(entry.value, blankAllowed: false), kind: "not-a-number"))
            }
        }
        for entry in conf.entries(withPrefix: "band.") {
            let label = String(entry.key.dropFirst("band.".count)).normalizedText
            if let band = parseBand(label: label, entry: entry) { framework.bands.append(band) }
        }
        for entry in conf.entries(withPrefix: "pillar.") {
            let code = String(entry.key.dropFirst("pillar.".count)).uppercased()
            guard let pillar = Pillar(rawValue: code) else {
                report(.error(entry.location, "trụ cột không hợp lệ `\(code)`", hint: "Dùng pillar.CQS, pillar.KTS hoặc pillar.XHS.", kind: "bad-pillar"))
                continue
            }
            framework.pillarNames[pillar] = entry.value
        }
        return framework
    }

    /// `90`, `90%` (percent of the maximum) or `220 điểm` (points).
    mutating func parseBand(label: String, entry: ConfEntry) -> ClassBand? {
        var text = entry.value.trimmingASCIISpaces()
        var unit = ClassBand.Unit.percent
        let key = SlugTransliteration.key(text)
        if key.hasSuffix(" diem") {
            unit = .points
            text = String(text.prefix(while: { $0 != " " }))
        } else if text.hasSuffix("%") {
            text.removeLast()
        }
        guard let value = PublishedNumber.parse(text), abs(value.value) <= NumberBounds.largestMaximum else {
            report(.error(entry.valueLocation, "ngưỡng xếp loại không hợp lệ `\(entry.value)`",
                          hint: "Ghi phần trăm điểm tối đa (band.Tốt = 80) hoặc số điểm (band.Tốt = 196 điểm).", kind: "bad-band"))
            return nil
        }
        return ClassBand(label: label, threshold: value.value, unit: unit, line: entry.location.line ?? 0)
    }

    /// Two main indices may not share a label: ranking headers are matched
    /// by label, so a column headed with it could be either index.
    mutating func checkLabels(_ indices: [IndexDefinition], file: String) {
        var first: [String: IndexDefinition] = [:]
        for index in indices where index.isMain {
            let key = SlugTransliteration.key(index.label)
            guard !key.isEmpty else { continue }
            if let earlier = first[key] {
                report(.error(SourceLocation(file: file, line: index.line),
                              "chỉ số chính \(index.code) có nhãn `\(index.label)` trùng với chỉ số \(earlier.code) ở dòng \(earlier.line)",
                              hint: "Mỗi chỉ số chính cần một nhãn (cột short) riêng: cột điểm trong bảng xếp hạng được nhận theo nhãn.",
                              kind: "duplicate-label"))
            } else {
                first[key] = index
            }
        }
    }

    /// Parents must exist; children's maxima should add up to their parent's.
    mutating func checkTree(_ indices: [IndexDefinition], file: String) {
        let byCode = Dictionary(indices.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        var children: [IndexCode: [IndexDefinition]] = [:]
        for index in indices {
            guard let parent = index.code.parent else { continue }
            if byCode[parent] == nil {
                report(.error(SourceLocation(file: file, line: index.line), "chỉ số \(index.code) không có chỉ số cha \(parent)",
                              hint: "Thêm dòng cho \(parent) hoặc sửa mã.", kind: "missing-parent"))
            }
            children[parent, default: []].append(index)
        }
        for (parentCode, kids) in children.sorted(by: { $0.key < $1.key }) {
            guard let parent = byCode[parentCode], let parentMax = parent.max, kids.allSatisfy({ $0.max != nil }) else { continue }
            let sum = kids.reduce(0) { $0 + $1.max!.value }
            if abs(sum - parentMax.value) > 0.005 {
                report(.warning(SourceLocation(file: file, line: parent.line),
                                "tổng điểm tối đa các thành phần của \(parentCode) là \(NumberFormat.displayTrimmed(sum)), khác \(parentMax.display)",
                                hint: "Kiểm tra lại cột max của các thành phần.", kind: "component-sum"))
            }
        }
        if !indices.contains(where: \.isMain) {
            report(.error(SourceLocation(file: file), "bộ chỉ số không có chỉ số chính nào",
                          hint: "Thêm các dòng có mã 1, 2, 3, …", kind: "empty-framework"))
        }
        var pillarLine: [Pillar: Int] = [:]
        for index in indices where index.isMain {
            guard let pillar = index.pillar else { continue }
            if let first = pillarLine[pillar] {
                report(.error(SourceLocation(file: file, line: index.line), "trụ cột \(pillar.rawValue) đã gắn với chỉ số ở dòng \(first)",
                              hint: "Mỗi trụ cột có đúng một chỉ số hoạt động.", kind: "duplicate-pillar"))
            }
            pillarLine[pillar] = index.line
        }
    }
}
