#if canImport(Glibc)
import Glibc
#endif

/// A request target turned into path segments that are safe to join to the
/// site root: percent-decoded once, then checked.
///
/// Refused (400): a target that is not a path, a bad `%` escape, NUL or any
/// control character, a backslash, invalid UTF-8, and any `.` or `..`
/// segment, whether written plainly or encoded (`%2e%2e`, `..%2f`). A segment
/// starting with `.` (`.git`, `.Site.state`) is simply not found. What is
/// left can only name something under the root, and `SiteFileLookup` still
/// checks that once symlinks are resolved.
public struct RequestPath: Sendable, Equatable {
    /// The decoded segments, without empty ones.
    public var segments: [String]
    /// Whether the decoded path ends with `/` (a folder is asked for).
    public var trailingSlash: Bool
    /// The query, with its `?`, kept for redirects.
    public var query: String

    public static func parse(_ target: String) -> RequestPath? {
        var target = Substring(target)
        // Absolute form (`http://host/path`) is allowed by RFC 9112; keep the path.
        if target.hasPrefix("http://") || target.hasPrefix("https://") {
            let afterScheme = target[target.index(target.firstIndex(of: ":")!, offsetBy: 3)...]
            target = afterScheme.firstIndex(of: "/").map { afterScheme[$0...] } ?? "/"
        }
        guard target.first == "/" else { return nil }
        var query = ""
        if let mark = target.firstIndex(where: { $0 == "?" || $0 == "#" }) {
            query = target[mark] == "?" ? String(target[mark...].prefix { $0 != "#" }) : ""
            target = target[..<mark]
        }
        guard let decoded = percentDecode(target) else { return nil }
        guard !decoded.contains(0), !decoded.contains(UInt8(ascii: "\\")),
              !decoded.contains(where: { $0 < 32 || $0 == 127 }) else { return nil }
        guard String(validating: decoded, as: UTF8.self) != nil else { return nil }
        // Split and compared on bytes, as the file system will read the
        // path: split on Characters, `/` followed by a combining mark
        // (`/..%2f%cc%81x`) is one grapheme, not a separator, and hid a
        // `..` segment inside `../\u{301}x` (found by fuzzing).
        let parts = decoded.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
        if parts.contains(where: { $0.elementsEqual([0x2E]) || $0.elementsEqual([0x2E, 0x2E]) }) { return nil }
        return RequestPath(segments: parts.map { String(decoding: $0, as: UTF8.self) },
                           trailingSlash: decoded.last == UInt8(ascii: "/"), query: query)
    }

    /// `%XX` decoded once; nil on a malformed escape. `+` stays `+`.
    static func percentDecode(_ text: Substring) -> [UInt8]? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            guard byte == UInt8(ascii: "%") else { out.append(byte); continue }
            guard let high = bytes.next().flatMap(hexValue), let low = bytes.next().flatMap(hexValue) else { return nil }
            out.append(high << 4 | low)
        }
        return out
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 48...57: return byte - 48
        case 65...70: return byte - 55
        case 97...102: return byte - 87
        default: return nil
        }
    }
}

/// Where a request path leads inside the site folder.
public enum SiteFileLookup: Equatable, Sendable {
    /// A regular file (its real, symlink-free path).
    case file(String)
    /// A folder asked for without its slash: redirect to this path.
    case redirect(String)
    case notFound
    /// The path resolves (through a symlink) to somewhere outside the site.
    case forbidden

    /// Resolves `path` under `root`: `/x/` → `x/index.html`, `/x` → 301 when
    /// `x` is a folder. Whatever the path names must, once `realpath` has
    /// resolved every symlink, still lie inside the root.
    public static func find(_ path: RequestPath, in root: String) -> SiteFileLookup {
        if path.segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        guard let realRoot = FileSystem.realPath(root) else { return .notFound }
        let joined = path.segments.isEmpty ? root : root + "/" + path.segments.joined(separator: "/")
        guard let real = FileSystem.realPath(joined) else { return .notFound }
        guard real == realRoot || real.hasPrefix(realRoot + "/") else { return .forbidden }
        var info = stat()
        guard stat(real, &info) == 0 else { return .notFound }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            guard path.trailingSlash || path.segments.isEmpty else {
                return .redirect("/" + path.segments.map(encodeSegment).joined(separator: "/") + "/" + path.query)
            }
            guard let index = FileSystem.realPath(real + "/index.html") else { return .notFound }
            guard index.hasPrefix(realRoot + "/") else { return .forbidden }
            return isRegularFile(index) ? .file(index) : .notFound
        }
        guard (info.st_mode & S_IFMT) == S_IFREG, !path.trailingSlash else { return .notFound }
        return .file(real)
    }

    private static func isRegularFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }

    /// Percent-encodes a segment for a `Location` header (unreserved kept).
    static func encodeSegment(_ segment: String) -> String {
        var out = ""
        for byte in segment.utf8 {
            switch byte {
            case 48...57, 65...90, 97...122, UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let digits = Array("0123456789ABCDEF".unicodeScalars)
                out.unicodeScalars.append("%")
                out.unicodeScalars.append(digits[Int(byte >> 4)])
                out.unicodeScalars.append(digits[Int(byte & 15)])
            }
        }
        return out
    }
}
