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
