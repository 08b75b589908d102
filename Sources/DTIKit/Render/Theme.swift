/// The look of the portal, read from `Theme/`.
///
/// `layout.html` is the page shell; it holds `{{placeholder}}` markers that
/// dti fills for every page. Every other file in `Theme/` (style.css,
/// logo.svg, favicon.svg, …) is copied to `/assets/`. An office changes its
/// colours in style.css, its logo in logo.svg and its header and footer text
/// in layout.html: no recompiling.
public struct Theme: Sendable {
    /// The placeholders a layout may use.
    public enum Slot: String, Sendable, CaseIterable {
        /// `vi`, from site.conf.
        case lang
        /// The page title (escaped).
        case title
        /// Description, canonical URL, Open Graph and Twitter tags.
        case meta
        /// The relative path from the page to the site root (`../../`).
        case root
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
    }

    public var layout: [Piece]
    /// Files copied to `/assets/`, sorted by name.
    public var assets: [(name: String, bytes: [UInt8])]

    public init(layout: [Piece], assets: [(name: String, bytes: [UInt8])]) {
        self.layout = layout
        self.assets = assets
    }

    /// Loads `layout.html` and the assets, reporting unknown or missing placeholders.
    public static func load(from directory: String) -> Result<Theme, DiagnosticError> {
        let root = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        let layoutPath = root + "/layout.html"
        guard let bytes = FileSystem.read(layoutPath) else {
            return .failure(DiagnosticError(.error(SourceLocation(file: layoutPath), "không tìm thấy khung trang của giao diện",
                                                   hint: "Thư mục giao diện cần layout.html; chỉ rõ thư mục bằng --theme DIR.", kind: "missing-file")))
        }
        let parsed = parseLayout(bytes, file: layoutPath)
        guard case .success(let layout) = parsed else { return .failure(parsed.failureValue!) }
        var assets: [(String, [UInt8])] = []
        for name in FileSystem.list(root) ?? [] where name != "layout.html" && !name.hasPrefix(".") && !name.lowercased().hasPrefix("readme") {
            guard FileSystem.isFile(root + "/" + name), let data = FileSystem.read(root + "/" + name) else { continue }
            assets.append((name, data))
        }
        return .success(Theme(layout: layout, assets: assets))
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

extension Result {
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
