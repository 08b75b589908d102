#if canImport(Glibc)
import Glibc
#endif
// libFuzzer target: request targets (RequestPath.parse) and where they lead
// in a small site with symlinks in and out (SiteFileLookup.find); see .ci/fuzz.
@testable import DTIKit

/// A site folder beside a secret, made once per process.
let fuzzSite: (root: String, real: String) = {
    let base = "/tmp/dti-fuzz-site-\(getpid())"
    let root = base + "/Site"
    for folder in [root + "/don-vi/a", base + "/secret"] { try? FileSystem.makeDirectories(folder) }
    try? FileSystem.write(Array("x".utf8), to: root + "/index.html")
    try? FileSystem.write(Array("y".utf8), to: root + "/don-vi/a/index.html")
    try? FileSystem.write(Array("SECRET".utf8), to: base + "/secret/s.txt")
    symlink(base + "/secret", root + "/out")
    symlink(base + "/secret/s.txt", root + "/out-file")
    symlink("don-vi", root + "/in")
    symlink(".", root + "/loop")
    return (root, FileSystem.realPath(root) ?? root)
}()

/// No parsed path has a dot segment, a slash inside a segment, NUL, a
/// control or a backslash; and no lookup ever leaves the site folder.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzURLPath(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let target = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let path = RequestPath.parse(target) else { return 0 }
    for segment in path.segments {
        require(!segment.isEmpty && segment != "." && segment != "..", "dot segment: \(target)")
        require(!segment.utf8.contains { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") || $0 < 32 || $0 == 127 }, "bad byte: \(target)")
    }
    switch SiteFileLookup.find(path, in: fuzzSite.root) {
    case .file(let file):
        require(file.hasPrefix(fuzzSite.real + "/"), "served from outside: \(file) for \(target)")
    case .redirect(let location):
        require(location.hasPrefix("/") && !location.hasPrefix("//"), "open redirect: \(location)")
    case .notFound, .forbidden:
        break
    }
    return 0
}
