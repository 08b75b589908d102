/// Why `ContentLoader.readChecked` gives no bytes.
enum ContentReadFailure: Error {
    /// Nothing there: the caller decides whether that is an error.
    case missing
    /// There is something, and it must not be read: the diagnostic says why.
    case refused(Diagnostic)
}

/// The checks every content file passes before its bytes are used.
///
/// Content/ is untrusted input: it may hold a symlink to `/etc/passwd`
/// (which would be published), a FIFO (which would block the run forever)
/// or a 512 MB export (which would take gigabytes of memory). Each is an
/// error naming the file, found by `dti check` before `dti build` writes
/// anything.
extension ContentLoader {
    mutating func readChecked(_ relative: String) -> Result<[UInt8], ContentReadFailure> {
        let path = root + "/" + relative
        let at = SourceLocation(file: display(relative))
        if let problem = FileSystem.linkProblem(root: root, path: path, at: at, folder: "thư mục nội dung") {
            return .failure(.refused(problem))
        }
        switch FileSystem.readRegularFile(path) {
        case .success(let bytes):
            return .success(bytes)
        case .failure(.missing):
            return .failure(.missing)
        case .failure(.notRegular(let kind)):
            return .failure(.refused(.error(at, "đây là \(kind), không phải tệp thường; dti chỉ đọc tệp thường",
                                            hint: "Xoá hoặc chuyển nó ra ngoài Content/, rồi đặt vào đó một tệp bình thường.",
                                            kind: "special-file")))
        case .failure(.tooLarge(let size, let limit)):
            return .failure(.refused(.error(at, "tệp lớn \(ByteCount.display(size)), vượt giới hạn \(ByteCount.display(limit)) cho một tệp nội dung",
                                            hint: "Một bảng hay một trang thật chỉ vài trăm kB: kiểm tra đây có đúng là tệp cần đưa lên không (xuất nhầm, tệp hỏng); nếu đúng, chia thành nhiều tệp nhỏ hơn.",
                                            kind: "file-too-large")))
        case .failure(.unreadable(let code)):
            let reason = FileSystemError(path: display(relative), operation: "đọc", code: code).description
            return .failure(.refused(.error(at, reason, hint: "Kiểm tra quyền đọc của tệp.", kind: "unreadable-file")))
        }
    }
}

extension FileSystem {
    /// An error for a path that is (or passes through) a symlink leading
    /// out of `root`, or a dangling symlink; nil when the path resolves
    /// inside `root` or does not exist at all. `folder` names the tree in
    /// the message (`thư mục nội dung`, `thư mục giao diện`).
    ///
    /// Content files are checked by `ContentLoader.read`. For the theme,
    /// `Theme.load` calls it once per file it reads (layout and assets), so
    /// that a theme symlink to `/etc/passwd` is never copied to `/assets/`.
    public static func linkProblem(root: String, path: String, at: SourceLocation, folder: String) -> Diagnostic? {
        guard exists(path), !resolvesInside(root: root, path: path) else { return nil }
        guard let real = realPath(path) else {
            let target = linkTarget(path).map { " `\(TerminalText.visible($0))`" } ?? ""
            return .error(at, "liên kết (symlink) hỏng: đích\(target) không tồn tại",
                          hint: "Xoá liên kết, hoặc chép tệp thật vào đây.", kind: "broken-link")
        }
        return .error(at, "đây là liên kết (symlink) tới `\(real)`, nằm ngoài \(folder); dti không đọc tệp ở ngoài",
                      hint: "Chép tệp vào đây thay cho liên kết (tệp ngoài thư mục có thể bị công bố nhầm).",
                      kind: "outside-link")
    }
}

/// Names that become folder and file names of the built site.
///
/// A page file name, a ranking group (its CSV's name) and a framework id
/// each become one path component of the output (`<name>/index.html`,
/// `du-lieu/xep-hang/<kỳ>/<group>.json`). File systems refuse components
/// over 255 bytes, and a name that long is a mistake anyway, so each is
/// capped here, in `dti check`, rather than failing half-way through
/// `dti build`. With every component capped, the longest output path below
/// the output folder is a few hundred bytes, far under PATH_MAX (4096).
public enum PathNames {
    /// The longest page slug, group or framework id, in bytes.
    public static let maximumBytes = 120

    /// An error when `name` is longer than `maximumBytes`.
    static func tooLong(_ name: String, at: SourceLocation, what: String) -> Diagnostic? {
        guard name.utf8.count > maximumBytes else { return nil }
        return .error(at, "\(what) dài \(name.utf8.count) byte, vượt giới hạn \(maximumBytes) byte của một phần đường dẫn",
                      hint: "Đặt tên tệp ngắn hơn (tên này thành một phần địa chỉ trang).", kind: "name-too-long")
    }
}
