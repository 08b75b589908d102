/// Why a ZIP archive could not be read or written. Each refusal is its own
/// case (tests assert them); `message` says it in Vietnamese for the user
/// who uploaded the workbook.
public enum ZIPError: Error, Sendable, Hashable, CustomStringConvertible {
    /// No end-of-central-directory record: not a ZIP file, or cut short.
    case endOfCentralDirectoryMissing
    /// A record runs past the end of the file.
    case truncated
    /// The central directory is out of place or its records are malformed.
    case badCentralDirectory
    /// A member's local header is missing or disagrees with the central directory.
    case badLocalHeader(name: String)
    /// Two members' data overlap (a trick of some zip bombs).
    case overlappingEntries(name: String)
    /// Two members have the same name, so which one is meant is unclear.
    case duplicateName(String)
    /// The archive uses ZIP64 extensions (over 65535 members or 4 GiB), not supported.
    case zip64
    /// The archive is split over several disks.
    case multiDisk
    /// A member is encrypted.
    case encrypted(name: String)
    /// A member uses a compression method other than stored (0) or deflate (8).
    case unsupportedMethod(name: String, method: Int)
    /// More members than the limit.
    case tooManyEntries(count: Int, limit: Int)
    /// A member is larger, uncompressed, than the limit.
    case entryTooLarge(name: String, size: Int, limit: Int)
    /// The members together are larger, uncompressed, than the limit.
    case totalTooLarge(size: Int, limit: Int)
    /// A member expands more than the ratio limit allows (a zip bomb).
    case compressionRatioTooHigh(name: String, ratio: Int, limit: Int)
    /// A member's data does not have the size its header declares.
    case sizeMismatch(name: String)
    /// A member's CRC-32 does not match its data.
    case crcMismatch(name: String)
    /// A member's compressed data is damaged.
    case corruptData(name: String, InflateError)
    /// No member has this name.
    case noSuchEntry(String)
    /// The archive being written would need ZIP64 (too many or too large members, or a name over 65535 bytes).
    case archiveTooLarge

    /// What went wrong, in plain Vietnamese.
    public var message: String {
        switch self {
        case .endOfCentralDirectoryMissing: "không tìm thấy phần kết thúc của tệp ZIP: tệp không phải ZIP hoặc đã bị cắt cụt"
        case .truncated: "tệp ZIP bị cắt cụt"
        case .badCentralDirectory: "danh mục của tệp ZIP bị hỏng"
        case .badLocalHeader(let name): "phần đầu của \"\(name)\" trong tệp ZIP bị hỏng hoặc không khớp với danh mục"
        case .overlappingEntries(let name): "dữ liệu của \"\(name)\" chồng lên tệp khác trong tệp ZIP"
        case .duplicateName(let name): "tệp ZIP có hai mục cùng tên \"\(name)\""
        case .zip64: "tệp ZIP dùng định dạng ZIP64, không được hỗ trợ"
        case .multiDisk: "tệp ZIP chia thành nhiều phần, không được hỗ trợ"
        case .encrypted(let name): "\"\(name)\" trong tệp ZIP được mã hóa, không thể đọc"
        case .unsupportedMethod(let name, let method): "\"\(name)\" trong tệp ZIP dùng phương pháp nén \(method), không được hỗ trợ"
        case .tooManyEntries(let count, let limit): "tệp ZIP có \(count) mục, vượt giới hạn \(limit) mục"
        case .entryTooLarge(let name, let size, let limit): "\"\(name)\" khi giải nén có \(size) byte, vượt giới hạn \(limit) byte"
        case .totalTooLarge(let size, let limit): "tệp ZIP khi giải nén có tổng cộng \(size) byte, vượt giới hạn \(limit) byte"
        case .compressionRatioTooHigh(let name, let ratio, let limit):
            "\"\(name)\" nén với tỉ lệ \(ratio):1, vượt giới hạn \(limit):1 (nghi là tệp ZIP độc hại)"
        case .sizeMismatch(let name): "kích thước của \"\(name)\" không khớp với khai báo trong tệp ZIP"
        case .crcMismatch(let name): "tổng kiểm CRC-32 của \"\(name)\" không khớp, dữ liệu bị hỏng"
        case .corruptData(let name, let error): "dữ liệu nén của \"\(name)\" bị hỏng: \(error.message)"
        case .noSuchEntry(let name): "tệp ZIP không có mục \"\(name)\""
        case .archiveTooLarge: "tệp ZIP cần tạo quá lớn (cần định dạng ZIP64, không được hỗ trợ)"
        }
    }

    /// The same as `message`, for string interpolation.
    public var description: String { message }
}
