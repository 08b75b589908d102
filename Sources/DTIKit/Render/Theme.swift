/// The look of the portal: the built-in theme, with any file of `Theme/`
/// in place of the built-in file of the same name.
///
/// `layout.html` is the page shell; it holds `{{placeholder}}` markers that
/// dti fills for every page. The other top-level files (style.css,
/// logo.svg, favicon.svg, dti.js, and any file a theme adds) are copied to
/// `/assets/`; files in `fonts/` are read but never published. An office
/// changes its colours in style.css, its logo in logo.svg and its header
/// and footer text in layout.html, each by putting just that file in
/// `Theme/`: no recompiling, and every file it leaves out stays current
/// with dti.
public struct Theme: Sendable {
    /// The placeholders a layout may use.
    public enum Slot: String, Sendable, CaseIterable {
        /// `vi`, from site.conf.
        case lang
        /// The page title (escaped).
        case title
        /// Description, canonical URL, Open Graph and Twitter tags.
        case meta
        /// The relative path from the page to the site root (`../../`), for assets.
        case root
        /// The relative link from the page to its edition's home page.
        case home
        /// The portal title from site.conf (escaped).
        case siteTitle = "site_title"
        /// The main navigation.
        case nav
        /// The page body.
        case content
        /// Generated footer lines: publisher, contact, data links.
        case footer
    }

    /// Layout split at its placeholders: literal markup and slots, alternating.
    public enum Piece: Sendable {
        case markup(RawHTML)
        case slot(Slot)
        /// `{{t:shell.skip_link}}`: a word of the interface, in the page's language.
        case word(Word)
    }

    public var layout: [Piece]
    /// Files copied to `/assets/`, sorted by name.
    public var assets: [(name: String, bytes: [UInt8])]
    /// Files read but not published (`fonts/NotoSans-Regular.ttf`), by name.
    public var unpublished: [String: [UInt8]]
    /// The theme's own catalogues of interface words (`Theme/i18n/vi.conf`),
    /// by language code, with the file each came from: they override single
    /// keys of the built-in catalogues (see `BuiltInCatalogues.load`).
    public var catalogueOverrides: [String: (path: String, bytes: [UInt8])] = [:]

    public init(layout: [Piece], assets: [(name: String, bytes: [UInt8])], unpublished: [String: [UInt8]] = [:]) {
        self.layout = layout
        self.assets = assets
        self.unpublished = unpublished
    }

    /// The catalogues of `languages`, the theme's overrides laid over the built-in ones.
    public func catalogues(_ languages: [Language]) -> (catalogues: [Catalogue], diagnostics: [Diagnostic]) {
        BuiltInCatalogues.load(languages, overrides: catalogueOverrides)
    }

    /// A file that is read but not published, such as `fonts/OFL.txt`.
    public func unpublishedFile(_ name: String) -> [UInt8]? { unpublished[name] }

    /// The built-in theme overlaid with the files of `directory` (which
    /// need not exist), reporting unknown or missing placeholders.
    public static func load(from directory: String) -> Result<Theme, DiagnosticError> {
        switch ThemeFolder.files(in: directory) {
        case .failure(let error): return .failure(error)
        case .success(let overrides): return make(from: ThemeFile.overlay(overrides, on: BuiltInTheme.files))
        }
    }

    /// The theme made of `files` (names unique): one layout, assets, unpublished files.
    public static func make(from files: [ThemeFile]) -> Result<Theme, DiagnosticError> {
        guard let layoutFile = files.first(where: { $0.role == .layout }) else {
            return .failure(DiagnosticError(.error(SourceLocation(file: "layout.html"), "giao diện không có khung trang",
                                                   hint: "Thêm layout.html vào thư mục giao diện.", kind: "missing-file")))
        }
        let layout: [Piece]
        switch parseLayout(layoutFile.bytes, file: layoutFile.path ?? "layout.html (giao diện có sẵn của dti)") {
        case .success(let pieces): layout = pieces
        case .failure(let error): return .failure(error)
        }
        var unpublished: [String: [UInt8]] = [:]
        var catalogues: [String: (path: String, bytes: [UInt8])] = [:]
        for file in files where file.role == .unpublished {
            unpublished[file.name] = file.bytes
            if let path = file.path, file.name.hasPrefix("i18n/"), file.name.hasSuffix(".conf") {
                catalogues[String(file.name.dropFirst("i18n/".count).dropLast(".conf".count))] = (path, file.bytes)
            }
        }
        let assets = files.filter { $0.role == .asset }.map { (name: $0.name, bytes: $0.bytes) }
        var theme = Theme(layout: layout, assets: assets, unpublished: unpublished)
        theme.catalogueOverrides = catalogues
        return .success(theme)
    }

    /// Splits a layout at `{{name}}` markers (spaces inside allowed).
    public static func parseLayout(_ bytes: [UInt8], file: String) -> Result<[Piece], DiagnosticError> {
        var pieces: [Piece] = []
        var problems: [Diagnostic] = []
        var literal: [UInt8] = []
        var index = 0, line = 1, column = 1
        var seen = Set<String>()
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                guard let close = find(bytes, "}}", from: index + 2) else {
                    problems.append(.error(SourceLocation(file: file, line: line, column: column), "`{{` không được đóng bằng `}}`",
                                           hint: "Viết chỗ trống như {{content}}.", kind: "layout-syntax"))
                    break
                }
                let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self).trimmingASCIISpaces()
                if let slot = Slot(rawValue: name) {
                    if !literal.isEmpty { pieces.append(.markup(RawHTML(trusted: literal))); literal.removeAll() }
                    pieces.append(.slot(slot))
                    seen.insert(name)
                } else if name.hasPrefix("t:"), let word = Word(rawValue: String(name.dropFirst(2)).trimmingASCIISpaces()) {
                    if !literal.isEmpty { pieces.append(.markup(RawHTML(trusted: literal))); literal.removeAll() }
                    pieces.append(.word(word))
                } else {
                    problems.append(.error(SourceLocation(file: file, line: line, column: column), "chỗ trống không được hỗ trợ `{{\(name)}}`",
                                           hint: "Các chỗ trống: " + Slot.allCases.map { "{{\($0.rawValue)}}" }.joined(separator: ", ") + ".",
                                           kind: "layout-placeholder"))
                }
                column += close + 2 - index
                index = close + 2
                continue
            }
            let byte = bytes[index]
            literal.append(byte)
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        if !literal.isEmpty { pieces.append(.markup(RawHTML(trusted: literal))) }
        for required in [Slot.content, .title, .lang] where !seen.contains(required.rawValue) {
            problems.append(.error(SourceLocation(file: file), "khung trang thiếu chỗ trống {{\(required.rawValue)}}",
                                   hint: "Mỗi trang cần {{lang}}, {{title}} và {{content}}.", kind: "layout-placeholder"))
        }
        return problems.isEmpty ? .success(pieces) : .failure(DiagnosticError(problems))
    }

    private static func find(_ bytes: [UInt8], _ needle: StaticString, from start: Int) -> Int? {
        let n = needle.withUTF8Buffer { Array($0) }
        var i = start
        while i + n.count <= bytes.count {
            if bytes[i] == n[0] && Array(bytes[i..<(i + n.count)]) == n { return i }
            i += 1
        }
        return nil
    }
}
