/// Step 1 of the pipeline: reads `Content/` into a `Content` value.
///
/// Every file is read once. Problems do not stop the load: each is recorded
/// as a diagnostic with its file, line and column, and loading goes on so that
/// one run reports everything there is to fix.
public struct ContentLoader {
    /// The content folder as given on the command line (`Content`).
    public let root: String
    private(set) var diagnostics = DiagnosticList()
    /// The sheet read from each workbook table, by displayed path (see `readTable`).
    var workbookSheets: [String: String] = [:]

    public init(root: String) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
    }

    /// The path of a content file as messages show it: `Content/rankings/2022/x.csv`.
    func display(_ relative: String) -> String { root == "." ? relative : root + "/" + relative }

    /// Loads everything. Returns nil only when the folder itself is missing.
    public static func load(from root: String) -> (Content?, DiagnosticList) {
        var loader = ContentLoader(root: root)
        let content = loader.loadAll()
        return (content, loader.diagnostics)
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(placedInSheet(diagnostic)) }
    mutating func report(_ list: [Diagnostic]) { diagnostics.append(contentsOf: list.map(placedInSheet)) }

    /// Reads a content file, reporting a missing one (when `required`) and,
    /// always, one that must not be read: a symlink leading out of the
    /// content folder, a FIFO or other special file, a file over the size
    /// cap (see `readChecked`).
    mutating func read(_ relative: String, required: Bool = true, because: String? = nil) -> [UInt8]? {
        switch readChecked(relative) {
        case .success(let bytes):
            return bytes
        case .failure(.missing):
            if required {
                report(.error(SourceLocation(file: display(relative)), "không tìm thấy tệp" + (because.map { " (\($0))" } ?? ""),
                              hint: "Tạo tệp này theo hướng dẫn trong Content/README.md.", kind: "missing-file"))
            }
            return nil
        case .failure(.refused(let diagnostic)):
            report(diagnostic)
            return nil
        }
    }

    mutating func loadAll() -> Content? {
        guard FileSystem.isDirectory(root) else {
            report(.error(SourceLocation(file: root), "thư mục nội dung không tồn tại",
                          hint: "Chạy lệnh trong thư mục dự án, hoặc chỉ rõ thư mục bằng --content DIR.", kind: "missing-content"))
            return nil
        }
        let site = loadSiteConfig()
        let frameworks = loadFrameworks()
        let registry = loadUnitRegistry()
        let rankings = loadRankings(frameworks: frameworks)
        var (identities, identityFindings) = UnitIdentityResolver.resolve(rankings, registry: registry)
        report(identityFindings)
        let lineage = loadLineage(identities: &identities, registry: registry)
        let assessments = loadAssessments(rankings: rankings, frameworks: frameworks)
        let pages = loadPages()
        reportUnusedTopLevel()
        return Content(root: root, site: site, frameworks: frameworks, rankings: rankings,
                       assessments: assessments, units: registry.records, unitIdentities: identities, lineage: lineage, pages: pages)
    }

    // MARK: - site.conf

    static let siteKeys = ["base_url", "language", "languages", "province", "license", "share_cards"] + Translations.keys(translatedSiteKeys)
    /// Keys of site.conf that Content may give in English (`title_en`).
    static let translatedSiteKeys = ["title", "publisher", "contact", "description"]

    mutating func loadSiteConfig() -> SiteConfig {
        let fallback = SiteConfig(title: "Chỉ số chuyển đổi số", baseURL: "/")
        guard let bytes = read("site.conf") else { return fallback }
        let (conf, problems) = ConfFile.parse(bytes, file: display("site.conf"), allowedKeys: Self.siteKeys)
        report(problems)
        var site = fallback
        if let title = conf["title"] { site.title = title } else {
            report(.error(SourceLocation(file: conf.file), "thiếu khoá `title`",
                          hint: "Thêm dòng `title = Chỉ số chuyển đổi số tỉnh …`.", kind: "conf-missing-key"))
        }
        if let entry = conf.entry("base_url"), !entry.value.isEmpty {
            if let url = SafeURL.web(entry.value) {
                site.baseURL = url.hasSuffix("/") ? url : url + "/"
            } else {
                report(.error(entry.valueLocation, "`base_url` phải là địa chỉ http(s) đầy đủ, nhận được `\(entry.value)`",
                              hint: "Ví dụ: base_url = https://dti.haugiang.gov.vn/", kind: "conf-value"))
            }
        } else {
            report(.error(SourceLocation(file: conf.file), "thiếu khoá `base_url`",
                          hint: "Thêm dòng `base_url = https://dti.<tỉnh>.gov.vn/` (địa chỉ công khai của cổng).", kind: "conf-missing-key"))
        }
        site.publisher = conf["publisher"]
        site.contact = conf["contact"]
        site.description = conf["description"]
        site.province = conf["province"]
        if let language = conf["language"] { site.language = language }
        site.translations = conf.translations(of: Self.translatedSiteKeys)
        if let entry = conf.entry("languages") { site.languages = languages(entry) }
        site.language = site.languages[0].code
        if let entry = conf.entry("license"), !entry.value.isEmpty { loadLicense(entry, into: &site) }
        if let entry = conf.entry("share_cards") {
            switch SlugTransliteration.key(entry.value) {
            case "yes", "co", "true", "1": site.shareCardsChoice = .yes
            case "no", "khong", "false", "0": site.shareCardsChoice = .no
            case "auto", "tu dong", "": site.shareCardsChoice = .auto
            default:
                report(.error(entry.valueLocation, "`share_cards` nhận `yes`, `no` hoặc `auto`, nhận được `\(entry.value)`",
                              hint: "Ghi share_cards = no để bỏ ảnh thẻ chia sẻ, huy hiệu, thẻ nhúng và thẻ in A4; yes để luôn có; bỏ dòng này (auto) để có khi cổng không quá \(SocialCards.automaticLimit) đơn vị.", kind: "conf-value"))
            }
        }
        return site
    }

    // MARK: - pages/

    /// Each `pages/<name>.md` becomes `/<slug>/`. A slug the site already
    /// uses for a generated page (`du-lieu`, `don-vi`, see
    /// `Routes.reserved`), or that another page file already gives
    /// (`Giới Thiệu.md` and `gioi-thieu.md`), is an error naming both,
    /// since one of the two pages would silently replace the other.
    mutating func loadPages() -> [ContentPage] {
        guard let names = FileSystem.list(root + "/pages") else { return [] }
        var pages: [ContentPage] = []
        var fileOfSlug: [String: String] = [:]
        var translatedPages: [(slug: String, language: String, page: ContentPage)] = []
        for name in names {
            if FileSystem.isDirectory(root + "/pages/" + name) {
                if !ContentFileType.isSystemLeftover(name) { reportUnusedFolder("pages/" + name) }
                continue
            }
            switch ContentFileType(name: name) {
            case .markdown: break
            case .ignored: continue
            default: reportUnusedFile("pages/" + name, tableWanted: false); continue
            }
            let relative = "pages/" + name
            guard let bytes = read(relative) else { continue }
            guard let decoded = try? TextDecoding.utf8(bytes) else {
                report(.error(SourceLocation(file: display(relative)), "tệp không phải UTF-8",
                              hint: "Lưu lại tệp với mã hoá UTF-8.", kind: "encoding"))
                continue
            }
            // Line ends as Windows editors write them (CRLF, or CR) become LF:
            // split on "\n", a CRLF pair is one grapheme and would never match.
            let text = String(decoding: Self.unixLineEnds(decoded.bytes), as: UTF8.self).precomposedStringWithCanonicalMappingIfNeeded
            var stem = FileSystem.stem(of: name)
            // `gioi-thieu.en.md` is the English edition of `gioi-thieu.md`.
            var edition: String?
            if let dot = stem.lastIndex(of: "."), Translations.languages.contains(String(stem[stem.index(after: dot)...])) {
                edition = String(stem[stem.index(after: dot)...])
                stem = String(stem[..<dot])
            }
            let slug = SlugTransliteration.slug(stem)
            guard !slug.isEmpty else {
                report(.error(SourceLocation(file: display(relative)), "tên tệp không tạo được đường dẫn",
                              hint: "Đặt tên tệp bằng chữ và số, ví dụ gioi-thieu.md.", kind: "empty-slug"))
                continue
            }
            let at = SourceLocation(file: display(relative))
            if let tooLong = PathNames.tooLong(slug, at: at, what: "tên trang `\(slug)`") { report(tooLong); continue }
            if Routes.reserved.contains(slug) {
                report(.error(at, "tên trang `\(slug)` trùng với đường dẫn /\(slug)/ mà dti tự dựng (hoặc dành cho tính năng sắp có)",
                              hint: "Đổi tên tệp, ví dụ \(slug)-gioi-thieu.md. Các tên dành riêng: "
                                + Routes.reserved.sorted().joined(separator: ", ") + ".", kind: "reserved-page"))
                continue
            }
            if let edition {
                let heading = text.split(separator: "\n").first { $0.hasPrefix("# ") }
                let title = heading.map { String($0.dropFirst(2)).normalizedText } ?? stem
                translatedPages.append((slug, edition, ContentPage(name: slug, title: title, markdown: text, file: display(relative))))
                continue
            }
            if let first = fileOfSlug[slug] {
                report(.error(at, "trang này và \(first) cùng thành đường dẫn /\(slug)/; một trang sẽ bị trang kia thay mất",
                              hint: "Đổi tên một trong hai tệp.", kind: "duplicate-page"))
                continue
            }
            fileOfSlug[slug] = display(relative)
            let heading = text.split(separator: "\n").first { $0.hasPrefix("# ") }
            let title = heading.map { String($0.dropFirst(2)).normalizedText } ?? stem
            pages.append(ContentPage(name: slug, title: title, markdown: text, file: display(relative)))
        }
        for translated in translatedPages {
            guard let i = pages.firstIndex(where: { $0.name == translated.slug }) else {
                report(.error(SourceLocation(file: translated.page.file), "có bản dịch nhưng thiếu trang gốc pages/\(translated.slug).md",
                              hint: "Mỗi tệp <tên>.\(translated.language).md đi kèm tệp <tên>.md tiếng Việt.", kind: "orphan-translation"))
                continue
            }
            pages[i].editions[translated.language] = translated.page
        }
        return pages
    }
}

extension ContentLoader {
    /// `languages = vi, en`: the first at the root, the others as editions
    /// (`/en/`); each must have a catalogue of interface words.
    mutating func languages(_ entry: ConfEntry) -> [Language] {
        var result: [Language] = []
        for code in entry.value.split(separator: ",").map({ String($0).trimmingASCIISpaces().lowercased() }) where !code.isEmpty {
            guard let language = Language.named(code) else {
                report(.error(entry.valueLocation, "ngôn ngữ `\(code)` chưa có bộ từ ngữ giao diện",
                              hint: "Các ngôn ngữ có sẵn: " + Language.builtIn.map(\.code).joined(separator: ", ") + ".", kind: "conf-value"))
                continue
            }
            if !result.contains(language) { result.append(language) }
        }
        if result.first != .vietnamese {
            report(.error(entry.valueLocation, "ngôn ngữ đầu tiên phải là `vi`: cổng công bố số liệu tiếng Việt ở gốc tên miền",
                          hint: "Ghi languages = vi, en.", kind: "conf-value"))
            return [.vietnamese] + result.filter { $0 != .vietnamese }
        }
        return result
    }

    /// `bytes` with every CRLF and lone CR turned into LF.
    static func unixLineEnds(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "\r")) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "\r") {
                out.append(UInt8(ascii: "\n"))
                if i + 1 < bytes.count && bytes[i + 1] == UInt8(ascii: "\n") { i += 1 }
            } else {
                out.append(bytes[i])
            }
            i += 1
        }
        return out
    }
}

extension String {
    /// NFC, skipping the work for pure ASCII.
    var precomposedStringWithCanonicalMappingIfNeeded: String {
        utf8.allSatisfy({ $0 < 0x80 }) ? self : precomposedStringWithCanonicalMapping
    }
}
