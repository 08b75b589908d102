#if canImport(Glibc)
import Glibc
#endif

/// Loading a theme: reading a `Theme/` folder over the built-in files,
/// splitting the layout at its placeholders, and every diagnostic a theme can
/// give (`dti check` and `dti build` print them). This is load-and-validate
/// work, so it lives here with the other loaders; `Theme` and `ThemeFile`
/// (Render/) are only what the renderer uses.
extension Theme {
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

/// Reads the files of a `Theme/` folder that override or add to the
/// built-in theme.
///
/// The folder is optional: when it does not exist the theme is the
/// built-in one. Top-level files are the layout and assets; files in
/// `fonts/` are read but not published; anything else (hidden files,
/// READMEs, other subfolders) is not part of the theme.
public enum ThemeFolder {
    /// The theme files found in `directory`, sorted by name; an empty list
    /// when the folder does not exist.
    public static func files(in directory: String) -> Result<[ThemeFile], DiagnosticError> {
        let root = directory.count > 1 && directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var info = stat()
        guard stat(root, &info) == 0 else { return .success([]) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            return .failure(DiagnosticError(.error(SourceLocation(file: root), "thư mục giao diện không phải là thư mục",
                                                   hint: "Xoá hoặc đổi tên tệp này, hoặc chỉ rõ thư mục giao diện bằng --theme DIR.",
                                                   kind: "theme-folder")))
        }
        var found: [ThemeFile] = []
        var problems: [Diagnostic] = []
        func collect(_ folder: String, prefix: String) {
            for name in FileSystem.list(folder) ?? [] {
                let relative = prefix + name
                let path = folder + "/" + name
                // A link that leaves the theme folder is never read, let alone published.
                if let problem = FileSystem.linkProblem(root: root, path: path, at: SourceLocation(file: path), folder: "thư mục giao diện") {
                    problems.append(problem)
                    continue
                }
                if prefix.isEmpty && ThemeFile.unpublishedFolders.contains(name) && FileSystem.isDirectory(path) {
                    collect(path, prefix: name + "/")
                    continue
                }
                guard let role = ThemeFile.role(of: relative), FileSystem.isFile(path) else { continue }
                guard let bytes = FileSystem.read(path) else {
                    problems.append(.error(SourceLocation(file: path), "không đọc được tệp giao diện",
                                           hint: "Kiểm tra quyền đọc của tệp, hoặc xoá tệp để dùng tệp có sẵn của dti.", kind: "theme-file"))
                    continue
                }
                found.append(ThemeFile(name: relative, bytes: bytes, role: role, path: path))
            }
        }
        collect(root, prefix: "")
        return problems.isEmpty ? .success(found) : .failure(DiagnosticError(problems))
    }
}
