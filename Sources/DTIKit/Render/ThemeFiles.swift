#if canImport(Glibc)
import Glibc
#endif

/// One file of a theme: its name inside the theme folder, its bytes, and
/// what dti does with it.
public struct ThemeFile: Sendable, Equatable {
    /// What a theme file is for.
    public enum Role: String, Sendable {
        /// `layout.html`: the page shell, filled in for every page and not
        /// published itself.
        case layout
        /// Published as `/assets/<name>` (style.css, logo.svg, dti.js, …).
        case asset
        /// Read by dti but never published: fonts and their licence under
        /// `fonts/`, used to draw images.
        case unpublished
    }

    /// The path inside the theme folder: `style.css`, `fonts/OFL.txt`.
    public var name: String
    public var bytes: [UInt8]
    public var role: Role
    /// The file it was read from, or nil for a built-in file.
    public var path: String?

    public init(name: String, bytes: [UInt8], role: Role, path: String? = nil) {
        self.name = name
        self.bytes = bytes
        self.role = role
        self.path = path
    }

    /// The folders whose files are read but not published: fonts for the
    /// images dti draws, and the catalogues of interface words (`i18n/vi.conf`).
    public static let unpublishedFolders: Set<String> = ["fonts", "i18n"]

    /// The role of the file at `name` (relative to the theme folder), or
    /// nil when it is not part of a theme: hidden files, READMEs (the
    /// folder may explain itself), and files in any other subfolder.
    public static func role(of name: String) -> Role? {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        guard let base = parts.last, !base.isEmpty, !base.hasPrefix("."), !base.lowercased().hasPrefix("readme") else { return nil }
        switch parts.count {
        case 1: return base == "layout.html" ? .layout : .asset
        case 2 where unpublishedFolders.contains(String(parts[0])): return .unpublished
        default: return nil
        }
    }

    /// The built-in files with every file of `overrides` put in place of
    /// the built-in file of the same name, or added: sorted by name.
    public static func overlay(_ overrides: [ThemeFile], on builtIn: [ThemeFile]) -> [ThemeFile] {
        var byName: [String: ThemeFile] = [:]
        for file in builtIn { byName[file.name] = file }
        for file in overrides { byName[file.name] = file }
        return byName.values.sorted { FileSystem.bytesPrecede($0.name, $1.name) }
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
