/// `dti check`: load and validate Content/, print every finding, exit 0/1.
enum CheckCommand {
    static let command = Command(
        name: "check",
        summary: "đọc và kiểm tra Content/, in mọi lỗi và cảnh báo kèm tệp:dòng:cột",
        usage: "dti check [--content DIR] [--theme DIR] [--strict] [--verbose] [--missing-translations]",
        options: [
            .value("content", "DIR", "thư mục nội dung (mặc định: Content)"),
            .value("theme", "DIR", "thư mục giao diện (mặc định: Theme; không có thì dùng giao diện có sẵn)"),
            .flag("missing-translations", "liệt kê những chữ của Content chưa có bản tiếng Anh (name_en, title_en, pages/<tên>.en.md)"),
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
                // The theme, and the interface words of every language of the site.
                switch Theme.load(from: arguments.value("theme") ?? "Theme") {
                case .failure(let error): diagnostics.append(contentsOf: error.diagnostics)
                case .success(let theme): diagnostics.append(contentsOf: theme.catalogues(content.site.languages).diagnostics)
                }
                if arguments.has("missing-translations") {
                    for language in content.site.languages.dropFirst() {
                        diagnostics.append(contentsOf: MissingTranslations.list(content, language: language.code))
                    }
                }
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
