import Foundation
import Testing
@testable import DTIKit

@Suite("Build session (rebuild with nothing changed)")
struct BuildSessionTests {
    @Test func skipsOnlyWhenNothingChanged() throws {
        let work = TestSupport.temporaryDirectory()
        TestSupport.copy(TestSupport.bundledContent, to: work + "/Content")
        TestSupport.copy(TestSupport.bundledTheme, to: work + "/Theme")
        let options = BuildOptions(content: work + "/Content", theme: work + "/Theme", output: work + "/Site")
        let session = BuildSession()

        let first = session.build(options)
        #expect(first.report.succeeded && !first.skipped)
        let page = work + "/Site/don-vi/so-tu-phap/index.html"
        let before = try #require(FileSystem.read(page))

        // Nothing changed: skipped, same report figures, same bytes on disk.
        let second = session.build(options)
        #expect(second.skipped && second.report.succeeded)
        #expect(second.report.pages == first.report.pages && second.report.bytes == first.report.bytes)
        #expect(second.report.diagnostics.warnings.count == 1)       // the ATTT 39 > 35 warning is still reported
        #expect(FileSystem.read(page) == before)

        // A changed number rebuilds, even with the same file size and within the same second.
        let csv = work + "/Content/rankings/2022/so-ban-nganh.csv"
        var text = try String(contentsOfFile: csv, encoding: .utf8)
        text = text.replacingOccurrences(of: "95.7,206.45", with: "95.8,206.55")
        try text.write(toFile: csv, atomically: false, encoding: .utf8)
        let third = session.build(options)
        #expect(!third.skipped && third.report.succeeded)
        #expect(String(decoding: try #require(FileSystem.read(page)), as: UTF8.self).contains(">206,55</strong>"))

        // An output folder removed behind the session's back is rebuilt.
        FileSystem.removeTree(work + "/Site")
        let fourth = session.build(options)
        #expect(!fourth.skipped && FileSystem.isFile(page))

        // A different base URL is a different build.
        var other = options
        other.baseURL = "https://example.gov.vn/dti/"
        #expect(!session.build(other).skipped)
    }
}
