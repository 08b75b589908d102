/// The files of a new portal made by `dti new`: a small but complete
/// `Content/` (one framework, one ranking table in two periods, a text
/// page), a `.gitignore` and a README, all in Vietnamese.
///
/// The numbers are made up but consistent (totals, ranks and classes agree
/// with the framework), so the portal builds with no warning as generated.
/// The tables are written as Vietnamese Excel saves "CSV UTF-8": a byte
/// order mark, `;` between cells, a decimal comma, CRLF line ends, so that
/// an office sees its own kind of file and can overwrite it with its own.
enum ScaffoldContent {
    /// Every file, relative path → bytes, in the order they are listed to the user.
    static var files: [(path: String, bytes: [UInt8])] {
        [
            ("README.md", Array(readme.utf8)),
            (".gitignore", Array(gitignore.utf8)),
            ("Content/site.conf", Array(siteConf.utf8)),
            ("Content/frameworks/so-ban-nganh.csv", excelCSV(framework)),
            ("Content/frameworks/so-ban-nganh.conf", Array(frameworkConf.utf8)),
            ("Content/rankings/2023/so-ban-nganh.csv", excelCSV(ranking2023)),
            ("Content/rankings/2023/so-ban-nganh.conf", Array(rankingConf(year: 2023, published: "03/2024").utf8)),
            ("Content/rankings/2024/so-ban-nganh.csv", excelCSV(ranking2024)),
            ("Content/rankings/2024/so-ban-nganh.conf", Array(rankingConf(year: 2024, published: "02/2025").utf8)),
            ("Content/pages/gioi-thieu.md", Array(aboutPage.utf8)),
        ]
    }

    /// Lines as Excel writes them: a byte order mark, then each line ended by CRLF.
    static func excelCSV(_ lines: String) -> [UInt8] {
        let rows = lines.split(separator: "\n", omittingEmptySubsequences: true)
        return [0xEF, 0xBB, 0xBF] + Array(rows.map { $0 + "\r\n" }.joined().utf8)
    }

    static let siteConf = """
    # Cài đặt chung của cổng thông tin. Sửa các dòng dưới đây cho đơn vị của bạn.
    # Dòng bắt đầu bằng # là ghi chú. Hướng dẫn: README.md.
    title = Chỉ số chuyển đổi số các sở, ban, ngành tỉnh
    # Địa chỉ công khai của cổng (có thể có đường dẫn con, ví dụ https://tinh.gov.vn/dti/)
    base_url = https://dti.example.gov.vn/
    publisher = Hội đồng đánh giá, xếp hạng mức độ chuyển đổi số tỉnh
    contact = Sở Khoa học và Công nghệ, điện thoại 0200 3800 000
    language = vi
    description = Kết quả đánh giá, xếp hạng mức độ chuyển đổi số (DTI) của các sở, ban, ngành tỉnh qua các năm.

    """

    static let framework = """
    Mã;Tên chỉ số;Tên ngắn;Điểm tối đa;Nhóm;Trụ cột
    1;Nhận thức số;Nhận thức;20;nen-tang;
    1.1;Người đứng đầu đơn vị trực tiếp chỉ đạo chuyển đổi số;;10;;
    1.2;Kế hoạch chuyển đổi số hằng năm của đơn vị;;10;;
    2;Thể chế số;Thể chế;10;nen-tang;
    2.1;Quy chế, quy định về chuyển đổi số của đơn vị;;10;;
    3;Nhân lực số;Nhân lực;20;nen-tang;
    3.1;Cán bộ chuyên trách công nghệ thông tin, chuyển đổi số;;10;;
    3.2;Cán bộ, công chức được bồi dưỡng kỹ năng số;;10;;
    4;An toàn thông tin mạng;ATTT;20;nen-tang;
    4.1;Hệ thống thông tin được phê duyệt cấp độ an toàn;;10;;
    4.2;Phương án ứng cứu sự cố an toàn thông tin mạng;;10;;
    5;Hoạt động chính quyền số;Chính quyền số;30;hoat-dong;CQS
    5.1;Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến;;15;;
    5.2;Tỷ lệ văn bản đi được ký số;;15;;

    """

    static let frameworkConf = """
    # Bộ chỉ số MẪU do `dti new` tạo: thay bằng bộ chỉ số mà tỉnh của bạn đã ban hành.
    name = Bộ chỉ số đánh giá mức độ chuyển đổi số cấp sở, ban, ngành
    legal_basis = Bản mẫu: ghi số, ngày và cơ quan ban hành quyết định về bộ chỉ số
    level = Sở, ban, ngành tỉnh
    total = 100
    # Ngưỡng xếp loại theo phần trăm tổng điểm (từ 90% trở lên là Xuất sắc, …)
    band.Xuất sắc = 90
    band.Tốt = 80
    band.Khá = 65
    band.Trung bình = 50
    band.Yếu = 0

    """

    static let ranking2023 = """
    STT;Tên đơn vị;Nhận thức;Thể chế;Nhân lực;ATTT;Chính quyền số;Tổng điểm;Xếp loại;Xếp hạng
    1;Sở Thông tin và Truyền thông;20;10;18,5;19;27,25;94,75;Xuất sắc;1
    2;Sở Tài chính;18;10;15;17;24,5;84,5;Tốt;2
    3;Sở Nội vụ;17;10;15,5;16;23;81,5;Tốt;3
    4;Sở Tư pháp;17;10;14,25;16;22;79,25;Khá;4
    5;Sở Giáo dục và Đào tạo;18;9;12;14;21,5;74,5;Khá;5
    6;Sở Y tế;16;8;13,5;15;20,75;73,25;Khá;6
    7;Sở Văn hóa, Thể thao và Du lịch;14;8;11;13;17,5;63,5;Trung bình;7

    """

    static let ranking2024 = """
    STT;Tên đơn vị;Nhận thức;Thể chế;Nhân lực;ATTT;Chính quyền số;Tổng điểm;Xếp loại;Xếp hạng
    1;Sở Thông tin và Truyền thông;20;10;19;20;28,5;97,5;Xuất sắc;1
    2;Sở Tư pháp;19;10;16;18;27,25;90,25;Xuất sắc;2
    3;Sở Tài chính;19;10;16,5;18;26;89,5;Tốt;3
    4;Sở Nội vụ;18;10;16;17;25,5;86,5;Tốt;4
    5;Sở Giáo dục và Đào tạo;18;10;14,5;17;24;83,5;Tốt;5
    6;Sở Y tế;17;9;15,5;16;23,75;81,25;Tốt;6
    7;Sở Văn hóa, Thể thao và Du lịch;16;9;13;15;20,5;73,5;Khá;7

    """

    static func rankingConf(year: Int, published: String) -> String {
        """
        # Bảng MẪU do `dti new` tạo: thay bằng phụ lục kết quả đã công bố, chép nguyên văn.
        framework = so-ban-nganh
        title = Kết quả đánh giá mức độ chuyển đổi số các sở, ban, ngành tỉnh năm \(year)
        group_name = Sở, ban, ngành tỉnh
        source = Bản mẫu: ghi văn bản và phụ lục mà bảng được chép từ đó
        published = \(published)

        """
    }

    static let aboutPage = """
    # Giới thiệu

    Cổng thông tin này công bố kết quả đánh giá, xếp hạng mức độ chuyển đổi số
    (DTI) của các sở, ban, ngành tỉnh qua từng năm: bảng xếp hạng, trang riêng của
    từng đơn vị với toàn bộ lịch sử, bộ chỉ số và dữ liệu mở.

    ## Số liệu

    - Số liệu được chép nguyên văn từ các báo cáo, phụ lục đã công bố.
    - Mỗi bảng ghi rõ văn bản nguồn và ngày công bố.
    - Toàn bộ bảng có thể tải về dạng **CSV** và **JSON** ở mục Dữ liệu mở.

    Mọi góp ý xin gửi về cơ quan thường trực của Hội đồng đánh giá.

    """

    static let gitignore = """
    # Kết quả dựng (dti build) và sổ sách của dti: luôn dựng lại được, không cần lưu.
    /Site/
    /.dti/

    """

    static let readme = """
    # Cổng thông tin Chỉ số chuyển đổi số (DTI)

    Thư mục này được tạo bằng `dti new`. Nó đã dựng được thành một cổng thông tin
    hoàn chỉnh; thay số liệu mẫu bằng số liệu đã công bố của đơn vị bạn.

    ## Các tệp

    | Tệp | Là gì |
    |---|---|
    | `Content/site.conf` | Tên cổng, địa chỉ công khai (`base_url`), cơ quan công bố, liên hệ |
    | `Content/frameworks/so-ban-nganh.csv` | Bộ chỉ số: mỗi chỉ số một dòng, điểm tối đa, nhóm, trụ cột |
    | `Content/frameworks/so-ban-nganh.conf` | Tên bộ chỉ số, quyết định ban hành, tổng điểm, ngưỡng xếp loại |
    | `Content/rankings/2023/so-ban-nganh.csv` | Bảng xếp hạng năm 2023, chép nguyên văn phụ lục đã công bố |
    | `Content/rankings/2023/so-ban-nganh.conf` | Bảng đó theo bộ chỉ số nào, lấy từ văn bản nào |
    | `Content/rankings/2024/…` | Như trên, năm 2024 |
    | `Content/pages/gioi-thieu.md` | Trang Giới thiệu (dòng đầu `# ` là tiêu đề) |
    | `.gitignore` | Không lưu `Site/` và `.dti/` vào git |

    Các bảng `.csv` mở và lưu bằng Excel: *File → Save As → CSV UTF-8*. Dấu `;` hay
    `,` giữa các cột, dấu phẩy hay dấu chấm thập phân đều được. Thêm một năm mới là
    thêm một thư mục `Content/rankings/<năm>/`.

    Giao diện có sẵn trong dti, không cần thư mục `Theme/`. Muốn đổi màu, biểu
    trưng hay chữ ở đầu và chân trang: `dti new --theme Theme`, sửa tệp cần sửa và
    xoá các tệp còn lại.

    ## Ba lệnh

    ```sh
    dti check     # kiểm tra số liệu: in mọi lỗi, cảnh báo kèm tệp:dòng:cột
    dti build     # dựng cổng vào thư mục Site/
    dti serve     # xem trước tại http://127.0.0.1:8080/, tự tải lại khi lưu tệp
    ```

    Chạy các lệnh trong thư mục này (thư mục chứa `Content/`).

    ## Triển khai

    `Site/` là một thư mục tĩnh: chép nguyên thư mục lên máy chủ web hay dịch vụ
    lưu trữ tĩnh bất kỳ, ví dụ `rsync -a --delete Site/ may-chu:/var/www/dti/`.
    Trước đó đặt `base_url` trong `Content/site.conf` đúng địa chỉ công khai.
    Thư mục ẩn `.dti/` bên cạnh là sổ sách của dti để lần dựng sau nhanh hơn:
    **không triển khai** thư mục này.

    """
}
