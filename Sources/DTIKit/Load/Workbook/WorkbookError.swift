/// Why a workbook could not be opened, said for the office that sent it.
///
/// Every case names what the file really is when that is known (an old
/// `.xls`, a password-protected file, a CSV renamed) and `hint` says how
/// to get a file dti reads.
enum WorkbookError: Error, Sendable, Hashable {
    /// An OLE2 compound file holding an encrypted OOXML package: a workbook saved with a password.
    case encrypted
    /// An OLE2 compound file without one: Excel 97–2003 `.xls`.
    case oldFormat
    /// Not a ZIP archive at all (a renamed CSV or another file).
    case notAWorkbook
    /// The ZIP layer refused the file (damaged, truncated, a zip bomb, ZIP64, encrypted members).
    case archive(ZIPError)
    /// A ZIP archive but not a spreadsheet: no workbook part.
    case missingPart(String)
    /// A part's XML could not be read.
    case xml(part: String, XMLError)
    /// The workbook lists no worksheet.
    case noSheets
    /// `sheet = …` names no sheet of the workbook.
    case sheetNotFound(String, available: [String])
    /// The chosen sheet is a chart or dialog sheet, not a grid of cells.
    case notAWorksheet(String)
    /// More cells than `WorkbookLimits.maxCells`.
    case tooManyCells(limit: Int)

    var message: String {
        switch self {
        case .encrypted: "sổ tính được đặt mật khẩu, dti không mở được"
        case .oldFormat: "đây là sổ tính Excel đời cũ (.xls, Excel 97–2003), dti không đọc được"
        case .notAWorkbook: "tệp có đuôi .xlsx nhưng không phải sổ tính Excel (không phải tệp ZIP của Office)"
        case .archive(let error): "sổ tính bị hỏng hoặc không an toàn: \(error.message)"
        case .missingPart(let part): "sổ tính thiếu phần \(part): có thể không phải sổ tính Excel hoặc đã bị hỏng"
        case .xml(let part, let error): "phần \(part) của sổ tính không đọc được: \(error.message)"
        case .noSheets: "sổ tính không có trang tính nào"
        case .sheetNotFound(let name, let available):
            "không có trang tính `\(name)`; sổ tính có: " + available.map { "`\($0)`" }.joined(separator: ", ")
        case .notAWorksheet(let name): "trang `\(name)` là biểu đồ, không phải bảng ô"
        case .tooManyCells(let limit): "trang tính có hơn \(limit) ô, vượt giới hạn"
        }
    }

    var hint: String {
        switch self {
        case .encrypted: "Mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hoá bằng mật khẩu, xoá mật khẩu) rồi lưu lại."
        case .oldFormat: "Mở trong Excel và Lưu thành → \"Sổ làm việc Excel (*.xlsx)\" hoặc \"CSV UTF-8 (phân tách bằng dấu phẩy)\"."
        case .notAWorkbook: "Nếu đây là bảng CSV, đổi đuôi tệp thành .csv; nếu là sổ tính, mở trong Excel và Lưu thành → \"Sổ làm việc Excel (*.xlsx)\"."
        case .archive(.encrypted): "Bỏ mật khẩu của tệp trong Excel rồi lưu lại."
        case .archive: "Mở tệp trong Excel và lưu lại thành .xlsx, hoặc Lưu thành → \"CSV UTF-8 (phân tách bằng dấu phẩy)\"."
        case .missingPart, .xml: "Mở tệp trong Excel và lưu lại thành .xlsx (Lưu thành → \"Sổ làm việc Excel (*.xlsx)\")."
        case .noSheets, .notAWorksheet: "Chọn trang tính chứa bảng bằng khoá `sheet = <tên trang>` trong tệp .conf."
        case .sheetNotFound: "Sửa khoá `sheet` trong tệp .conf theo đúng tên trang tính (phân biệt dấu), hoặc bỏ khoá để đọc trang đầu tiên."
        case .tooManyCells: "Chỉ giữ bảng cần công bố trong trang tính, hoặc giới hạn vùng đọc bằng khoá `range = A5:P40`."
        }
    }
}

/// Caps on what one workbook may cost to read.
struct WorkbookLimits: Sendable, Hashable {
    /// The ZIP reader's caps: a DTI appendix is a few hundred KiB.
    var archive = ZIPArchive.Limits(maxEntries: 2_000, maxEntrySize: 64 << 20, maxTotalSize: 256 << 20)
    /// The XML reader's caps for every part.
    var xml = XMLReader.Limits(maxDepth: 64, maxBytes: 64 << 20)
    /// Most cells kept from the sheet read (within `range`, when given).
    var maxCells = 2_000_000
    /// Most shared strings.
    var maxSharedStrings = 2_000_000

    static let `default` = WorkbookLimits()
}
