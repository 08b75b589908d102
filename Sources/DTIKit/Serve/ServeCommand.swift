/// `dti serve`: preview with live reload. (Being written: see issue 4.)
enum ServeCommand {
    static let command = Command(
        name: "serve",
        summary: "xem trước cổng thông tin, tự tải lại khi sửa Content/ hoặc Theme/",
        usage: "dti serve [--content DIR] [--theme DIR] [--port N] [--host ADDR] [--no-watch]",
        options: [
            .value("content", "DIR", "thư mục nội dung (mặc định: Content)"),
            .value("theme", "DIR", "thư mục giao diện (mặc định: Theme)"),
            .value("port", "N", "cổng (mặc định 8080, tự chọn cổng trống kế tiếp)"),
            .value("host", "ADDR", "địa chỉ lắng nghe (mặc định 127.0.0.1)"),
            .flag("no-watch", "không theo dõi thay đổi"),
        ],
        run: { _, console in
            console.err("error: dti serve chưa sẵn sàng")
            return 1
        })
}
