#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import DTIKit

/// The bad-input corpus: each case is a small content tree with one thing
/// wrong (or one thing odd but fine), run through `dti check` and then
/// `dti build` into a copy of a good site's output.
///
/// Every case asserts the exit code of `dti check`, the `file:line:col` of
/// its first error (or first warning, for a case that passes with one) and
/// words of the message; then that `dti build` agrees: a refused build
/// leaves the previous output byte for byte as it was, a tree that is
/// merely odd builds the same site as the good tree (or a site checked by
/// the case itself). The cases are in `BadInputCorpus+*.swift`.
@Suite("Bad input corpus")
struct BadInputCorpusTests {
    /// What `dti build` must do after `dti check`.
    enum Output: Sendable {
        /// Exit 1, the previous output untouched (every case where check exits 1).
        case unchanged
        /// Exit 0, and exactly the good tree's site.
        case identical
        /// Exit 0; the case checks the output folder itself.
        case builds(@Sendable (String) throws -> Void)
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        var change: [String: String] = [:]
        var bytes: [String: [UInt8]] = [:]
        var remove: [String] = []
        /// Runs on the content folder after the files are written (links, FIFOs, sparse files).
        var setup: (@Sendable (String) -> Void)?
        let code: Int32
        /// What the first error (code 1) or first warning (code 0) line must
        /// contain after the content folder: `rankings/2022/so.csv:2:8`.
        /// Nil: no finding at all.
        let location: String?
        var words: [String] = []
        var output: Output = .unchanged
        var testDescription: String { name }
    }

    /// The good tree every case starts from: the minimal content plus a page.
    static let good: [String: String] = TestSupport.minimalContent.merging(
        ["pages/gioi-thieu.md": "# Giới thiệu\n\nTrang **thử** với [liên kết](https://dti.example.gov.vn/).\n"]) { $1 }

    /// The good tree's site, built once; each case builds into a copy of it.
    static let template: (path: String, files: [String: [UInt8]]) = {
        let root = TestSupport.temporaryDirectory("dti-corpus-good")
        TestSupport.write(good, under: root)
        let output = TestSupport.temporaryDirectory("dti-corpus-site") + "/Site"
        let build = TestSupport.run(["build", "--content", root, "--theme", TestSupport.bundledTheme, "--output", output])
        precondition(build.code == 0, "the good corpus tree must build:\n\(build.err)")
        return (output, snapshot(output))
    }()

    static let cases: [Case] = numberCases + fileCases + nameCases + textCases + usualCases

    @Test func theCorpusIsLargeAndNamesAreUnique() {
        #expect(Self.cases.count >= 60)
        #expect(Set(Self.cases.map(\.name)).count == Self.cases.count)
    }

    @Test(arguments: cases)
    func checkThenBuild(_ c: Case) throws {
        let root = TestSupport.temporaryDirectory("dti-corpus") + "/Content"
        var files = Self.good
        for (path, text) in c.change { files[path] = text }
        for path in c.remove { files.removeValue(forKey: path) }
        TestSupport.write(files, under: root)
        for (path, data) in c.bytes {
            try FileManager.default.createDirectory(atPath: FileSystem.dirname(of: root + "/" + path), withIntermediateDirectories: true)
            try Data(data).write(to: URL(fileURLWithPath: root + "/" + path))
        }
        c.setup?(root)

        let started = Date()
        let (code, out, err) = TestSupport.run(["check", "--content", root])
        #expect(Date().timeIntervalSince(started) < 10, "dti check took too long")
        #expect(code == c.code, "exit \(code):\n\(err)")
        let lines = err.split(separator: "\n")
        let first = lines.first { $0.contains(c.code == 1 ? ": error: " : ": warning: ") }
        if let location = c.location {
            let line = try #require(first, "no finding printed:\n\(err)")
            #expect(line.contains(root + "/" + location), "\(line)")
        } else {
            #expect(!lines.contains { $0.contains(": error: ") || $0.contains(": warning: ") }, "\(err)")
        }
        for word in c.words { #expect(err.contains(word), "missing `\(word)` in:\n\(err)") }
        // Nothing printed ever carries a raw control character (terminal escapes).
        #expect(!(out + err).unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
        #expect(out.contains(c.code == 1 ? "không đạt" : "đạt"))

        // The build agrees with the check, into a copy of the good site.
        let output = TestSupport.temporaryDirectory("dti-corpus-out") + "/Site"
        TestSupport.copy(Self.template.path, to: output)
        let build = TestSupport.run(["build", "--content", root, "--theme", TestSupport.bundledTheme, "--output", output])
        switch c.output {
        case .unchanged:
            #expect(build.code == 1, "build exit \(build.code)")
            #expect(Self.snapshot(output) == Self.template.files, "a refused build changed the output")
        case .identical:
            #expect(build.code == 0, "build exit \(build.code):\n\(build.err)")
            let files = Self.snapshot(output)
            #expect(files.keys.sorted() == Self.template.files.keys.sorted())
            for (path, bytes) in files where bytes != Self.template.files[path] { Issue.record("\(path) differs from the good site") }
        case .builds(let verify):
            #expect(build.code == 0, "build exit \(build.code):\n\(build.err)")
            try verify(output)
        }
    }

    /// Every file under `folder`, by relative path (read with Foundation,
    /// independently of dti's own file code).
    static func snapshot(_ folder: String) -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = walker.nextObject() as? String {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[relative] = FileManager.default.contents(atPath: folder + "/" + relative).map { Array($0) }
        }
        return files
    }

    // MARK: - Helpers for the cases

    static let rankingHeader = "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm,Xếp loại,Xếp hạng\n"

    /// `rankings/2022/so.csv` with the standard header and these rows.
    static func so(_ rows: String) -> [String: String] { ["rankings/2022/so.csv": rankingHeader + rows] }

    /// The text of a built file.
    static func text(_ output: String, _ path: String) throws -> String {
        try String(contentsOfFile: output + "/" + path, encoding: .utf8)
    }

    /// Every built file's text, for checks that must hold everywhere.
    static func allText(_ output: String) -> [(path: String, text: String)] {
        snapshot(output).sorted { $0.key < $1.key }.map { ($0.key, String(decoding: $0.value, as: UTF8.self)) }
    }

    /// Makes `path` (under the content root) a FIFO.
    static func fifo(_ path: String) -> @Sendable (String) -> Void {
        { root in unlink(root + "/" + path); _ = mkfifo(root + "/" + path, 0o644) }
    }

    /// Makes `path` a symlink to `target` (absolute, or relative to the link).
    static func link(_ path: String, to target: String) -> @Sendable (String) -> Void {
        { root in
            try? FileManager.default.createDirectory(atPath: FileSystem.dirname(of: root + "/" + path), withIntermediateDirectories: true)
            unlink(root + "/" + path)
            _ = symlink(target, root + "/" + path)
        }
    }

    /// A file outside the content folder (beside it), with this text.
    static func outside(_ root: String, _ name: String, _ text: String) -> String {
        let path = FileSystem.dirname(of: root) + "/outside-" + name
        try? FileManager.default.createDirectory(atPath: FileSystem.dirname(of: path), withIntermediateDirectories: true)
        try? text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    /// Makes `path` a sparse file of `bytes` bytes (fast: nothing is written).
    static func sparse(_ path: String, bytes: Int) -> @Sendable (String) -> Void {
        { root in
            let full = root + "/" + path
            let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            _ = ftruncate(fd, off_t(bytes))
            close(fd)
        }
    }
}
