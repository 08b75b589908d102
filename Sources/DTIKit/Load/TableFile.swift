/// Reads the data file of a table, CSV or workbook, into the same `CSVTable`.
///
/// A ranking or framework may be `<stem>.csv` or `<stem>.xlsx` (`.xlsm`)
/// beside the same `<stem>.conf`. For a workbook the `.conf` may add:
///
/// - `sheet = Phụ lục 01`: the sheet to read (default: the first sheet Excel shows);
/// - `range = A5:P40`: the part of the sheet holding the table, to skip a
///   title above it and notes below it.
///
/// The loaders then check a workbook's cells exactly as a CSV file's. Their
/// locations are worksheet rows and columns: every finding `report` records
/// about the file is placed in its sheet, and so prints as
/// `rankings/2022/so-ban-nganh.xlsx:Sheet1!F14` (see `SourceLocation.sheet`).
extension ContentLoader {
    /// The `.conf` keys that only a workbook table takes.
    static let workbookKeys = ["sheet", "range"]

    /// The table in `folder/source.dataFile`, or nil after reporting why not.
    /// `conf` is the table's parsed `.conf` when the caller has it; otherwise
    /// it is read here for `sheet` and `range` only (its other findings are
    /// the caller's to report).
    mutating func readTable(folder: String, source: TableSource, conf: ConfFile?, confKeys: [String]) -> (table: CSVTable, headerLastLine: Int, sheet: String?)? {
        let relative = folder + "/" + source.dataFile
        let file = display(relative)
        guard let bytes = read(relative) else { return nil }
        let settings = conf ?? quietConf(folder: folder, source: source, keys: confKeys)
        guard Self.isWorkbookTable(source.dataFile) else {
            for key in Self.workbookKeys {
                guard let entry = settings?.entry(key) else { continue }
                report(.error(entry.location, "khoá `\(key)` chỉ dùng khi bảng là sổ tính .xlsx; \(source.dataFile) là tệp CSV",
                              hint: "Xoá dòng `\(key) = …`, hoặc thay \(source.dataFile) bằng sổ tính \(source.stem).xlsx.", kind: "conf-unknown-key"))
            }
            do {
                let table = try CSVReader.parse(bytes, file: file)
                return (table, table.header.line, nil)
            } catch {
                report(error.diagnostics)
                return nil
            }
        }
        var range: CellRange?
        if let entry = settings?.entry("range"), !entry.value.isEmpty {
            guard let parsed = CellRange(entry.value.replacingASCIISpaces()) else {
                report(.error(entry.valueLocation, "`range` phải là một vùng ô như A5:P40, nhận được `\(entry.value)`",
                              hint: "Ghi ô trên cùng bên trái và ô dưới cùng bên phải của bảng (gồm dòng tiêu đề), cách nhau bởi dấu hai chấm.",
                              kind: "conf-value"))
                return nil
            }
            range = parsed
        }
        do {
            let read = try WorkbookTableReader.read(bytes, file: file, sheet: settings?["sheet"], range: range)
            workbookSheets[file] = read.sheet
            return (read.table, read.headerLastRow, read.sheet)
        } catch {
            report(error.diagnostics)
            return nil
        }
    }

    /// Whether a data file is read as a workbook (by its extension).
    static func isWorkbookTable(_ name: String) -> Bool {
        switch ContentFileType(name: name) {
        case .workbook("xlsx"), .workbook("xlsm"): return true
        default: return false
        }
    }

    /// The table's `.conf`, parsed without reporting anything.
    private func quietConf(folder: String, source: TableSource, keys: [String]) -> ConfFile? {
        let name = folder + "/" + (source.confFile ?? source.stem + ".conf")
        guard let bytes = FileSystem.read(root + "/" + name) else { return nil }
        return ConfFile.parse(bytes, file: display(name), allowedKeys: keys).0
    }

    /// A finding about a workbook table's cells, placed in the sheet read:
    /// its line and column are that sheet's row and column.
    func placedInSheet(_ diagnostic: Diagnostic) -> Diagnostic {
        guard diagnostic.location.sheet == nil, diagnostic.location.line != nil,
              let sheet = workbookSheets[diagnostic.location.file] else { return diagnostic }
        var placed = diagnostic
        placed.location.sheet = sheet
        return placed
    }
}

extension String {
    /// The string without ASCII spaces anywhere (`A5 : P40` → `A5:P40`).
    func replacingASCIISpaces() -> String { String(filter { $0 != " " && $0 != "\t" }) }
}
