/// `dti check`: load and validate Content/, print every finding, exit 0/1.
enum CheckCommand {
    static let command = Command(
        name: "check",
        summary: "đọc và kiểm tra Content/, in mọi lỗi và cảnh báo kèm tệp:dòng:cột",
        usage: "dti check [--content DIR] [--strict] [--verbose]",
        options: [
            .value("content", "DIR", "thư mục nội dung (mặc định: Content)"),
            .flag("strict", "coi cảnh báo là lỗi (mã thoát 1)"),
            .flag("verbose", "in từng phát hiện, không gộp các trường hợp lặp lại"),
        ],
        run: { arguments, console in
            let root = arguments.value("content") ?? "Content"
            let (content, loadDiagnostics) = ContentLoader.load(from: root)
            var diagnostics = loadDiagnostics
            var counts = ""
            if let content, !loadDiagnostics.hasErrors {
                let model = SiteModel.build(content)
                diagnostics.append(contentsOf: model.diagnostics)
                let rows = content.rankings.reduce(0) { $0 + $1.rows.count }
                counts = "\(content.frameworks.count) bộ chỉ số, \(content.rankings.count) bảng xếp hạng, \(rows) dòng, \(model.units.count) đơn vị; "
            }
            DTICommandLine.printDiagnostics(diagnostics, console: console, verbose: arguments.has("verbose"))
            let strictFailure = arguments.has("strict") && !diagnostics.warnings.isEmpty
            let verdict = diagnostics.hasErrors || strictFailure ? "không đạt" : "đạt"
            console.out("dti check \(root): \(counts)\(diagnostics.summary): \(verdict)" + (strictFailure && !diagnostics.hasErrors ? " (--strict)" : ""))
            return diagnostics.hasErrors || strictFailure ? 1 : 0
        })
}
