#if canImport(Glibc)
import Glibc
#endif

/// Refuses an output folder whose replacement could lose files that are
/// not dti's, before anything is read or written.
///
/// Every build replaces the whole output folder with one rename, and the
/// folder it replaced becomes the next build's staging folder, where
/// anything that build does not write is deleted. So the output must be a
/// folder dti made, or a new or empty one, and must not hold, lie in, or
/// be the content folder, the theme folder or the working directory. Each
/// refusal says why and what to do instead.
///
/// A folder is known to be dti's by the marker file `.dti-site` that every
/// build writes into it (a short note, harmless if deployed, and listed in
/// neither the sitemap nor the checksums), or by the bookkeeping an
/// earlier version left beside it.
public enum OutputGuard {
    /// The marker file written into every output.
    public static let marker = ".dti-site"

    /// Its contents: the same bytes in every build.
    static let markerText = """
    Thư mục này do dti dựng. dti chỉ dựng lại vào một thư mục có tệp này (hoặc thư mục mới, rỗng).
    This folder was built by dti; dti only rebuilds into a folder holding this file (or a new, empty one).

    """

    /// Files that do not make a folder "not empty": a tracked placeholder, Finder's litter.
    static let ignorable: Set<String> = [".gitkeep", ".DS_Store"]

    /// Nil when `options.output` may be built into; else an error saying why, with a hint.
    public static func refusal(for options: BuildOptions) -> Diagnostic? {
        let shown = options.output
        let location = OutputLocation(options.output)
        let separate = "Mỗi lần dựng, dti thay toàn bộ thư mục kết quả; hãy dùng một thư mục riêng, ví dụ --output Site."
        func refuse(_ message: String, _ hint: String = separate) -> Diagnostic {
            .error(SourceLocation(file: shown), message, hint: hint, kind: "output-refused")
        }
        guard !location.name.isEmpty else { return refuse("không thể dựng vào thư mục gốc `/`") }
        let output = location.path
        if output.split(separator: "/").contains(Substring(OutputLocation.bookkeepingFolderName)) {
            return refuse("thư mục kết quả `\(shown)` nằm trong `.dti/`, thư mục dti dùng để ghi sổ sách")
        }
        var info = stat()
        if lstat(location.bookkeeping, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR {
            return refuse("`\(location.bookkeeping)` không phải thư mục thật (có thể là một liên kết tượng trưng); dti ghi sổ sách của lần dựng vào đó",
                          "Xoá `\(location.bookkeeping)` để dti tạo lại thư mục này.")
        }
        let exists = lstat(output, &info) == 0
        if exists && (info.st_mode & S_IFMT) == S_IFLNK {
            let target = FileSystem.realPath(output).map { " (tới `\($0)`)" } ?? ""
            return refuse("thư mục kết quả `\(shown)` là một liên kết tượng trưng\(target); dti không dựng qua liên kết",
                          "Chỉ rõ thư mục thật bằng --output, hoặc xoá liên kết để dti tạo thư mục mới.")
        }
        if exists && (info.st_mode & S_IFMT) != S_IFDIR {
            return refuse("`\(shown)` đã có và không phải là thư mục", "Chọn tên khác cho thư mục kết quả, ví dụ --output Site.")
        }
        var ancestor = location.parent
        while !FileSystem.exists(ancestor) && ancestor != "/" { ancestor = FileSystem.dirname(of: ancestor) }
        if !FileSystem.isDirectory(ancestor) {
            return refuse("không thể tạo thư mục kết quả `\(shown)`: `\(ancestor)` là một tệp, không phải thư mục",
                          "Chọn một đường dẫn khác cho thư mục kết quả, ví dụ --output Site.")
        }
        for (folder, what) in [(options.content, "nội dung"), (options.theme, "giao diện")] {
            let other = OutputLocation.canonical(folder)
            if other == output { return refuse("thư mục kết quả `\(shown)` cũng là thư mục \(what) `\(folder)`") }
            if OutputLocation.contains(output, other) { return refuse("thư mục kết quả `\(shown)` chứa thư mục \(what) `\(folder)`") }
            if OutputLocation.contains(other, output) { return refuse("thư mục kết quả `\(shown)` nằm trong thư mục \(what) `\(folder)`") }
        }
        if OutputLocation.contains(output, OutputLocation.canonical(FileSystem.currentDirectory)) {
            return refuse("thư mục kết quả `\(shown)` là (hoặc chứa) thư mục đang làm việc")
        }
        if exists && !isDtiOutput(location) {
            return refuse("thư mục `\(shown)` đã có tệp và không phải do dti dựng",
                          "dti thay toàn bộ thư mục kết quả, nên sẽ xoá mọi tệp đang có trong đó. Chọn một thư mục mới hoặc rỗng "
                          + "(ví dụ --output Site), hoặc tự xoá thư mục này nếu chắc chắn không cần.")
        }
        return nil
    }

    /// Whether the existing folder at `location` may be replaced: it is
    /// empty (but for `ignorable` files), holds the marker, or has dti's
    /// bookkeeping (of this version or an earlier one) beside it.
    static func isDtiOutput(_ location: OutputLocation) -> Bool {
        let entries = FileSystem.list(location.path) ?? []
        if entries.allSatisfy({ ignorable.contains($0) }) { return true }
        if OutputLocation.isPlain(location.path + "/" + marker, folder: false) { return true }
        return location.hasLegacyBookkeeping || OutputLocation.isPlain(location.state, folder: false)
    }
}
