/// `dti build`: render the site into Site/ (atomically).
enum BuildCommand {
    static let options: [OptionSpec] = [
        .value("content", "DIR", "thư mục nội dung (mặc định: Content)"),
        .value("theme", "DIR", "thư mục giao diện, thay từng tệp của giao diện có sẵn (mặc định: Theme, nếu có)"),
        .value("output", "DIR", "thư mục kết quả (mặc định: Site)"),
        .value("base-url", "URL", "địa chỉ công khai, thay cho base_url trong site.conf"),
        .value("threads", "N", "số luồng dựng trang (mặc định: số lõi CPU)"),
        .flag("strict", "coi cảnh báo là lỗi: không ghi gì nếu có cảnh báo"),
        .flag("verbose", "in từng phát hiện, không gộp các trường hợp lặp lại"),
    ]

    static let command = Command(
        name: "build",
        summary: "dựng toàn bộ cổng thông tin tĩnh vào Site/",
        usage: "dti build [--content DIR] [--theme DIR] [--output DIR] [--base-url URL] [--strict]",
        options: options,
        run: { arguments, console in
            var options = BuildOptions()
            if let value = arguments.value("content") { options.content = value }
            if let value = arguments.value("theme") {
                guard DTICommandLine.themeFolderExists(value, console: console) else { return 2 }
                options.theme = value
            }
            if let value = arguments.value("output") { options.output = value }
            options.baseURL = arguments.value("base-url")
            options.strict = arguments.has("strict")
            if let value = arguments.value("threads") {
                guard let threads = Int(value), threads > 0 else {
                    console.err("error: `--threads` cần một số nguyên dương, nhận được `\(value)`")
                    return 2
                }
                options.threads = threads
            }
            console.out("dti build: \(options.content) + \(options.theme) → \(options.output)")
            // A persistent session: when nothing changed since the last build
            // into this output, the build is skipped (and says so).
            let report = BuildSession(persistent: true).build(options) { console.out($0) }.report
            DTICommandLine.printDiagnostics(report.diagnostics, console: console, verbose: arguments.has("verbose"))
            if report.succeeded {
                console.out("Xong: \(report.pages) trang, \(report.files) tệp, \(ByteCount.display(report.bytes)), "
                            + "\(report.diagnostics.warnings.count) cảnh báo, \(Clock.milliseconds(report.seconds)).")
                return 0
            }
            if report.diagnostics.errors.contains(where: { $0.kind == "output-refused" }) {
                console.out("Không dựng: \(report.diagnostics.summary). Không có tệp nào được ghi hay xoá.")
            } else {
                console.out("Dựng không thành công: \(report.diagnostics.summary). \(options.output)/ giữ nguyên như lần dựng trước.")
            }
            return 1
        })
}

/// Byte counts for people: `1,4 MB`.
enum ByteCount {
    static func display(_ bytes: Int) -> String {
        if bytes >= 1_000_000 { return NumberFormat.displayTrimmed(Double(bytes) / 1_000_000, decimals: 1) + " MB" }
        if bytes >= 1_000 { return NumberFormat.displayTrimmed(Double(bytes) / 1_000, decimals: 1) + " kB" }
        return "\(bytes) B"
    }
}
