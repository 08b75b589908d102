/// What `dti new` writes: a new portal folder, or the built-in theme's
/// files for editing. Neither ever overwrites a file.
public enum PortalScaffold {
    /// Writes a new portal into `directory`, which must not exist or be
    /// empty. Returns the files written (relative paths).
    public static func createPortal(in directory: String) -> Result<[String], DiagnosticError> {
        if FileSystem.isDirectory(directory) {
            let entries = FileSystem.list(directory) ?? []
            guard entries.allSatisfy({ $0 == ".DS_Store" }) else {
                return .failure(refusal(directory, "thư mục `\(directory)` đã có tệp",
                                        "dti new chỉ tạo cổng trong một thư mục mới hoặc rỗng, để không ghi đè gì. Chọn tên khác, ví dụ `dti new cong-dti`."))
            }
        } else if FileSystem.exists(directory) {
            return .failure(refusal(directory, "`\(directory)` đã có và không phải là thư mục", "Chọn tên khác cho thư mục cổng."))
        }
        return write(ScaffoldContent.files, into: directory)
    }

    /// Writes the built-in theme's layout and assets into `directory`
    /// (made if missing) for editing. Refuses, writing nothing, when any of
    /// them is already there. Files read but not published (fonts) are not
    /// written: they are not meant to be edited. Returns the files written.
    public static func writeTheme(into directory: String) -> Result<[String], DiagnosticError> {
        let files = BuiltInTheme.files.filter { $0.role != .unpublished }
        if FileSystem.exists(directory) && !FileSystem.isDirectory(directory) {
            return .failure(refusal(directory, "`\(directory)` đã có và không phải là thư mục", "Chọn thư mục khác, ví dụ `dti new --theme Theme`."))
        }
        let existing = files.map(\.name).filter { FileSystem.exists(directory + "/" + $0) }
        guard existing.isEmpty else {
            return .failure(refusal(directory + "/" + existing[0],
                                    "tệp đã có, không ghi đè: " + existing.map { "`\($0)`" }.joined(separator: ", "),
                                    "Xoá hoặc đổi tên các tệp đó nếu muốn lấy lại bản có sẵn, hoặc chọn thư mục khác."))
        }
        return write(files.map { ($0.name, $0.bytes) }, into: directory)
    }

    private static func write(_ files: [(path: String, bytes: [UInt8])], into directory: String) -> Result<[String], DiagnosticError> {
        do {
            try FileSystem.makeDirectories(directory)
            for file in files {
                var stamp = FileStamp()
                try FileSystem.write(file.bytes, to: directory + "/" + file.path, stamp: &stamp, makingFolders: true)
            }
        } catch {
            return .failure(DiagnosticError(.error(SourceLocation(file: error.path), error.description,
                                                   hint: "Kiểm tra quyền ghi vào thư mục.", kind: "new")))
        }
        return .success(files.map(\.path))
    }

    private static func refusal(_ path: String, _ message: String, _ hint: String) -> DiagnosticError {
        DiagnosticError(.error(SourceLocation(file: path), message, hint: hint, kind: "new-refused"))
    }
}
