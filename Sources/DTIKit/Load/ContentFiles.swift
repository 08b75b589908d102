/// Every file in Content/ is accounted for: used, or reported.
///
/// An office that saves a workbook next to its CSV tables, or a table as
/// `.txt`, must hear what dti did with it; nothing is skipped silently.
/// Extensions are compared without case (`.CSV`, `.Csv`). Files an editor
/// or the system leaves behind (`~$bang.xlsx`, `.DS_Store`, `Thumbs.db`)
/// and `README` files are ignored.
enum ContentFileType: Equatable {
    case csv, conf, markdown
    /// A workbook: `.xlsx` and `.xlsm` are read as tables (`readTable`);
    /// `.ods` and `.numbers` are not.
    case workbook(String)
    /// Excel's binary format before 2007.
    case oldWorkbook
    /// `.txt` / `.tsv`: Excel's "Unicode text" or tab-separated text.
    case text(String)
    case ignored
    case other

    init(name: String) {
        let lower = name.lowercased()
        if Self.isSystemLeftover(name) { self = .ignored; return }
        let ext = lower.split(separator: ".").count > 1 ? String(lower.split(separator: ".").last!) : ""
        switch ext {
        case "csv": self = .csv
        case "conf": self = .conf
        case "md": self = .markdown
        case "xlsx", "xlsm", "ods", "numbers": self = .workbook(ext)
        case "xls": self = .oldWorkbook
        case "txt", "tsv": self = .text(ext)
        default: self = lower.hasPrefix("readme") ? .ignored : .other
        }
    }

    /// Hidden files, editor and office temporary files, system files.
    static func isSystemLeftover(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$") || name.hasSuffix("~") || name.hasSuffix(".tmp")
            || name == "Thumbs.db" || name == "desktop.ini"
    }

    /// Whether a name ends with `.csv` in any case.
    static func isCSV(_ name: String) -> Bool { ContentFileType(name: name) == .csv }
}

/// A table in a folder: `<stem>.csv` (or `<stem>.xlsx`) and its `<stem>.conf`, each as named on disk.
struct TableSource: Sendable {
    var stem: String
    var dataFile: String
    var confFile: String?
}

extension ContentLoader {
    /// The tables of `folder` (`frameworks`, `rankings/2022`), relative to
    /// the content root, reporting every file and folder that is not used.
    mutating func tableSources(in folder: String) -> [TableSource] {
        let names = FileSystem.list(root + "/" + folder) ?? []
        var confs: [String: String] = [:]
        for name in names where ContentFileType(name: name) == .conf { confs[FileSystem.stem(of: name)] = name }
        var sources: [TableSource] = []
        var paired = Set<String>()
        for name in names {
            let path = folder + "/" + name
            if FileSystem.isDirectory(root + "/" + path) {
                if !ContentFileType.isSystemLeftover(name) { reportUnusedFolder(path) }
                continue
            }
            switch ContentFileType(name: name) {
            case .csv, .workbook("xlsx"), .workbook("xlsm"):
                let stem = FileSystem.stem(of: name)
                if let other = sources.first(where: { $0.stem == stem }) {
                    report(.error(SourceLocation(file: display(path)), "bảng \(stem) có hai tệp dữ liệu: \(other.dataFile) và \(name)",
                                  hint: "Giữ một tệp cho mỗi bảng (CSV hoặc .xlsx); chuyển tệp kia ra ngoài Content/.", kind: "duplicate-table-file"))
                    continue
                }
                sources.append(TableSource(stem: stem, dataFile: name, confFile: confs[stem]))
                paired.insert(stem)
            case .conf, .ignored:
                continue
            default:
                reportUnusedFile(path, tableWanted: true)
            }
        }
        for (stem, name) in confs.sorted(by: { $0.key < $1.key }) where !paired.contains(stem) {
            report(.error(SourceLocation(file: display(folder + "/" + name)), "có tệp .conf nhưng thiếu bảng \(stem).csv (hoặc \(stem).xlsx) cùng tên",
                          hint: "Thêm \(stem).csv (lưu từ Excel dạng CSV UTF-8) hoặc sổ tính \(stem).xlsx, hoặc xoá tệp .conf thừa.", kind: "missing-file"))
        }
        return sources
    }

    /// Reports a file that dti does not use, saying what it is and what to do.
    /// Spreadsheets and text tables where tables belong are errors: the
    /// office meant them to be published and they would be missing.
    mutating func reportUnusedFile(_ path: String, tableWanted: Bool) {
        let at = SourceLocation(file: display(path))
        let stem = FileSystem.stem(of: path.split(separator: "/").last.map(String.init) ?? path)
        switch ContentFileType(name: path) {
        case .workbook(let ext) where ext == "xlsx" || ext == "xlsm":
            report(.error(at, "sổ tính ở đây không được đọc: dti chỉ đọc bảng trong frameworks/ và rankings/<kỳ>/",
                          hint: "Chuyển \(stem).\(ext) (cùng tệp \(stem).conf) vào đúng thư mục, hoặc ra ngoài Content/.",
                          kind: "unused-workbook"))
        case .workbook(let ext):
            report(.error(at, "đây là sổ tính .\(ext); dti đọc sổ tính Excel .xlsx và bảng CSV, không đọc loại tệp này",
                          hint: "Mở tệp và Lưu thành → \"Sổ làm việc Excel (*.xlsx)\" với tên \(stem).xlsx (hoặc CSV UTF-8, \(stem).csv), rồi xoá hoặc chuyển tệp .\(ext) ra ngoài Content/.",
                          kind: "unused-workbook"))
        case .oldWorkbook:
            report(.error(at, "đây là sổ tính Excel đời cũ (.xls), dti không đọc được",
                          hint: "Mở trong Excel, Lưu thành → \"Sổ làm việc Excel (*.xlsx)\" với tên \(stem).xlsx, hoặc \"CSV UTF-8 (phân tách bằng dấu phẩy)\" với tên \(stem).csv.",
                          kind: "unused-workbook"))
        case .text(let ext):
            report(.error(at, "tệp văn bản .\(ext) không được đọc như một bảng",
                          hint: "Nếu đây là bảng lưu từ Excel (\"Unicode Text\" hoặc phân tách bằng tab), đổi tên thành \(stem).csv: dti tự nhận dấu tab và UTF-16.",
                          kind: "unused-file"))
        case .markdown where !tableWanted:
            break
        default:
            report(.warning(at, "tệp này không được dùng",
                            hint: tableWanted ? "Thư mục này chỉ chứa cặp tệp <tên>.csv và <tên>.conf; chuyển tệp khác ra ngoài Content/."
                                              : "Xem Content/README.md về các tệp dti đọc; chuyển tệp khác ra ngoài Content/.",
                            kind: "unused-file"))
        }
    }

    mutating func reportUnusedFolder(_ path: String) {
        report(.warning(SourceLocation(file: display(path) + "/"), "thư mục này không được đọc",
                        hint: "dti chỉ đọc các thư mục frameworks/, rankings/<kỳ>/, assessments/<kỳ>/, pages/; đưa tệp lên đúng thư mục hoặc chuyển ra ngoài Content/.",
                        kind: "unused-folder"))
    }

    /// Reports what the top of Content/ holds besides the folders and files dti reads.
    mutating func reportUnusedTopLevel() {
        let known: Set<String> = ["site.conf", "units.csv", "lineage.csv", "frameworks", "rankings", "assessments", "pages"]
        for name in FileSystem.list(root) ?? [] where !known.contains(name) && !known.contains(name.lowercased()) {
            if ContentFileType(name: name) == .ignored { continue }
            if FileSystem.isDirectory(root + "/" + name) { reportUnusedFolder(name) } else { reportUnusedFile(name, tableWanted: false) }
        }
    }
}
