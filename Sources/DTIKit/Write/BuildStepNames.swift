/// The names of a build's steps as `dti build --verbose` prints them with
/// their times (messages for whoever runs the build, in Vietnamese like
/// every message of the command line; the site's own words are in the
/// catalogues).
enum BuildStepName {
    static let readContent = "đọc nội dung"
    static let readTheme = "đọc giao diện"
    static let compute = "tính toán và kiểm tra"
    static let otherEditions = "dựng các bản ngôn ngữ khác"
    static let preparePages = "chuẩn bị trang"
    static let dataFiles = "dựng và ghi dữ liệu mở"
    static let pages = "dựng và ghi trang, mục lục và tài nguyên"
    static let removeOldFiles = "dọn tệp cũ"
    static let fingerprint = "tính dấu vân tay kết quả"
    static let swap = "hoán đổi thư mục kết quả"

    /// `ảnh thẻ chia sẻ: 12 vẽ mới, 30 lấy lại`.
    static func shareCards(drawn: Int, reused: Int) -> String { "ảnh thẻ chia sẻ: \(drawn) vẽ mới, \(reused) lấy lại" }
}
