#if canImport(Glibc)
import Glibc
#endif

/// Where an output folder is, and where dti keeps its bookkeeping for it.
///
/// The path is made absolute and `.` and `..` are worked out, and the
/// parent's symbolic links are resolved, so that `Site`, `./Site/` and
/// `../portal/Site` name one output with one set of bookkeeping. The output
/// itself is not resolved: a link standing at the output's place is seen
/// as a link (and refused, see `OutputGuard`).
///
/// The bookkeeping lives in one hidden folder, `.dti/`, in the output's
/// parent, each entry named after the output so that two outputs side by
/// side do not clash:
///
///     .dti/Site.next    the staging folder: the previous output after a swap
///     .dti/Site.state   what the last build read and wrote (`BuildState`)
///     .dti/Site.lock    held while a build writes
///     .dti/Site.cards/  social card images by the digest of what they show (`CardCache`)
///
/// Earlier versions kept these beside the output as `.Site.next`,
/// `.Site.state` and `.Site.lock`; `removeLegacyLeftovers` removes them.
public struct OutputLocation: Sendable, Equatable {
    /// The name of the bookkeeping folder.
    public static let bookkeepingFolderName = ".dti"

    /// The output's parent folder, absolute, links resolved.
    public let parent: String
    /// The output's own name (`Site`); empty for `/`.
    public let name: String

    /// `parent/name`.
    public var path: String { parent == "/" ? "/" + name : parent + "/" + name }
    /// `.dti/` beside the output.
    public var bookkeeping: String { (parent == "/" ? "" : parent) + "/" + Self.bookkeepingFolderName }
    /// `.dti/Site.next`.
    public var staging: String { bookkeeping + "/" + name + ".next" }
    /// `.dti/Site.state`.
    public var state: String { bookkeeping + "/" + name + ".state" }
    /// `.dti/Site.lock`.
    public var lock: String { bookkeeping + "/" + name + ".lock" }
    /// `.dti/Site.cards`.
    public var cards: String { bookkeeping + "/" + name + ".cards" }

    public init(_ output: String) {
        let components = Self.normalizedComponents(FileSystem.absolute(output))
        name = components.last ?? ""
        parent = Self.canonical(components.dropLast())
    }

    /// `path` absolute, `.` and `..` worked out, and the links along its
    /// existing part resolved (the part that does not exist yet is kept as written).
    public static func canonical(_ path: String) -> String {
        canonical(normalizedComponents(FileSystem.absolute(path))[...])
    }

    private static func canonical(_ components: ArraySlice<String>) -> String {
        var head = Array(components)
        var rest: [String] = []
        while true {
            if let real = FileSystem.realPath("/" + head.joined(separator: "/")) {
                let base = real == "/" ? "" : real
                return rest.isEmpty ? (base.isEmpty ? "/" : base) : base + "/" + rest.joined(separator: "/")
            }
            guard let last = head.popLast() else { return "/" + rest.joined(separator: "/") }
            rest.insert(last, at: 0)
        }
    }

    /// The components of an absolute path with empty ones, `.` and `..` worked out.
    static func normalizedComponents(_ absolute: String) -> [String] {
        var result: [String] = []
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = result.popLast(); continue }
            result.append(String(part))
        }
        return result
    }

    /// Whether `inner` is `outer` or lies inside it (both canonical).
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == inner || outer == "/" || inner.hasPrefix(outer + "/")
    }

    // MARK: - Leftovers of earlier versions

    /// The bookkeeping entries earlier versions kept beside the output, by
    /// name, with the kind of file they made.
    var legacyEntries: [(path: String, isFolder: Bool)] {
        let base = (parent == "/" ? "" : parent) + "/." + name
        return [(base + ".next", true), (base + ".next.old", true), (base + ".state", false), (base + ".state.tmp", false),
                (base + ".lock", false)]
    }

    /// Whether an earlier version of dti left bookkeeping for this output
    /// (so the output, even without a marker, is dti's).
    var hasLegacyBookkeeping: Bool {
        legacyEntries.contains { Self.isPlain($0.path, folder: $0.isFolder) }
    }

    /// Removes what earlier versions kept beside the output: only a folder
    /// or a regular file, as dti made them; anything else (a link, a file
    /// where a folder was expected) is left alone. Staging folders of builds
    /// killed mid-swap (`.Site.building-…`, `.Site.old-…`) go too.
    func removeLegacyLeftovers() {
        for entry in legacyEntries where Self.isPlain(entry.path, folder: entry.isFolder) {
            if entry.isFolder { FileSystem.removeTree(entry.path) } else { unlink(entry.path) }
        }
        let prefixes = ["." + name + ".building-", "." + name + ".old-"]
        for entry in FileSystem.list(parent) ?? [] where prefixes.contains(where: { entry.hasPrefix($0) }) {
            let path = (parent == "/" ? "" : parent) + "/" + entry
            if Self.isPlain(path, folder: true) { FileSystem.removeTree(path) }
        }
    }

    /// True when `path` is a folder (`folder`) or a regular file, not a link.
    static func isPlain(_ path: String, folder: Bool) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0 else { return false }
        return (info.st_mode & S_IFMT) == (folder ? S_IFDIR : S_IFREG)
    }
}
