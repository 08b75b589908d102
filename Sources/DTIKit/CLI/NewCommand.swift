import Foundation

/// `dti new DIR`: a new portal that builds as it is; `dti new --theme DIR`:
/// the built-in theme's files, written out for editing.
enum NewCommand {
    static let usage = "dti new THƯ-MỤC   |   dti new --theme [THƯ-MỤC]"

    static let command = Command(
        name: "new",
        summary: "tạo một cổng thông tin mới (số liệu mẫu), hoặc chép giao diện có sẵn ra để sửa",
        usage: usage,
        options: [
            .flag("theme", "ghi các tệp giao diện có sẵn (layout.html, style.css, …) vào THƯ-MỤC (mặc định: Theme) để sửa"),
        ],
        positionals: 1,
        run: { arguments, console in
            if arguments.has("theme") { return writeTheme(into: arguments.positionals.first ?? "Theme", console: console) }
            guard let directory = arguments.positionals.first else {
                console.err("error: cần tên thư mục cho cổng mới, ví dụ `dti new cong-dti`\n\nCách dùng: " + usage)
                return 2
            }
            return createPortal(in: directory, console: console)
        })

    private static func createPortal(in directory: String, console: Console) -> Int32 {
        switch PortalScaffold.createPortal(in: directory) {
        case .failure(let error):
            DTICommandLine.printDiagnostics(DiagnosticList(error.diagnostics), console: console)
            return 1
        case .success(let files):
            console.out("Đã tạo cổng thông tin mẫu trong \(directory)/:")
            for file in files { console.out("  " + file) }
            console.out("")
            console.out("Tiếp theo:")
            console.out("  cd \(shellQuoted(directory))")
            console.out("  dti check      # kiểm tra số liệu")
            console.out("  dti build      # dựng cổng vào Site/")
            console.out("  dti serve      # xem trước tại http://127.0.0.1:8080/")
            console.out("Thay số liệu mẫu trong Content/ bằng số liệu đã công bố; hướng dẫn trong README.md.")
            return 0
        }
    }

    private static func writeTheme(into directory: String, console: Console) -> Int32 {
        switch PortalScaffold.writeTheme(into: directory) {
        case .failure(let error):
            DTICommandLine.printDiagnostics(DiagnosticList(error.diagnostics), console: console)
            return 1
        case .success(let files):
            console.out("Đã chép giao diện có sẵn vào \(directory)/: " + files.joined(separator: ", "))
            console.out("Sửa tệp cần sửa và xoá các tệp còn lại: tệp nào vắng mặt, dti dùng bản có sẵn (được cập nhật cùng dti).")
            return 0
        }
    }

    /// The folder name as typed in a shell: quoted when it holds anything but plain characters.
    static func shellQuoted(_ path: String) -> String {
        let plain = path.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_./".unicodeScalars.contains($0) }
        return plain && !path.isEmpty ? path : "'" + path.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
