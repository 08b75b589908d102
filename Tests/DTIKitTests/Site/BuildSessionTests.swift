import Foundation
import Testing
@testable import DTIKit

@Suite("Build session (rebuild with nothing changed)")
struct BuildSessionTests {
    @Test func skipsOnlyWhenNothingChanged() throws {
        let work = TestSupport.temporaryDirectory()
        TestSupport.copy(TestSupport.bundledContent, to: work + "/Content")
        TestSupport.copy(TestSupport.bundledTheme, to: work + "/Theme")
        let options = BuildOptions(content: work + "/Content", theme: work + "/Theme", output: work + "/Site", shareCards: false)
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

@Suite("Input signatures and coarse file times")
struct InputSignatureTests {
    @Test func aSignatureTakenRightAfterASaveIsRacyAndSettlesLater() throws {
        let work = TestSupport.temporaryDirectory()
        defer { FileSystem.removeTree(work) }
        TestSupport.write(TestSupport.minimalContent, under: work + "/Content")
        TestSupport.write(["style.css": "body{}\n"], under: work + "/Theme")
        let options = BuildOptions(content: work + "/Content", theme: work + "/Theme", output: work + "/Site", shareCards: false)
        let fresh = InputSignature(options)
        #expect(fresh.isRacy)                 // written a moment ago: a second save could keep the same time
        Thread.sleep(forTimeInterval: Double(InputSignature.racyWindow) / 1e9 + 0.02)
        let settled = InputSignature(options)
        #expect(!settled.isRacy)
        #expect(settled.confirms(fresh))
        // Any change of size or time changes the digest.
        TestSupport.write(["rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử 2\nsource = Phụ lục thử\n"], under: work + "/Content")
        let changed = InputSignature(options)
        #expect(changed.digest != settled.digest)
        #expect(!changed.confirms(fresh))
    }

    @Test func aNoChangeRebuildIsSkippedEvenWhenTheFirstBuildFollowedTheSave() throws {
        let work = TestSupport.temporaryDirectory()
        defer { FileSystem.removeTree(work) }
        TestSupport.copy(TestSupport.bundledContent, to: work + "/Content")
        TestSupport.copy(TestSupport.bundledTheme, to: work + "/Theme")
        let options = BuildOptions(content: work + "/Content", theme: work + "/Theme", output: work + "/Site", shareCards: false)
        let session = BuildSession()
        #expect(!session.build(options).skipped)
        // Seconds later (the old signature mixed in content hashes only for
        // files younger than 2 s, so this used to rebuild in full).
        Thread.sleep(forTimeInterval: 2.1)
        #expect(session.build(options).skipped)
    }
}

@Suite("Build state between processes")
struct BuildStateTests {
    @Test func dtiBuildSkipsOnlyWhenInputsAndOutputsAreUntouched() throws {
        let work = TestSupport.temporaryDirectory()
        TestSupport.copy(TestSupport.bundledContent, to: work + "/Content")
        let arguments = ["build", "--content", work + "/Content", "--theme", TestSupport.bundledTheme, "--output", work + "/Site"]

        let first = TestSupport.run(arguments)
        #expect(first.code == 0 && !first.out.contains("không có thay đổi"))
        #expect(FileSystem.isFile(work + "/.dti/Site.state"))

        // A new process with nothing changed: skipped, and the warning is still printed.
        let second = TestSupport.run(arguments)
        #expect(second.code == 0)
        #expect(second.out.contains("không có thay đổi"))
        #expect(second.err.contains("so-ban-nganh.csv:7:44: warning:"))
        #expect(second.out.contains("1 cảnh báo"))

        // An output file edited by hand: rebuilt and restored.
        let page = work + "/Site/don-vi/so-tu-phap/index.html"
        let original = try #require(FileSystem.read(page))
        try FileSystem.write(Array("sửa tay".utf8), to: page)
        let third = TestSupport.run(arguments)
        #expect(!third.out.contains("không có thay đổi"))
        #expect(FileSystem.read(page) == original)

        // An input changed: rebuilt with the new number.
        let csv = work + "/Content/rankings/2022/so-ban-nganh.csv"
        let text = try String(contentsOfFile: csv, encoding: .utf8).replacingOccurrences(of: "95.7,206.45", with: "95.8,206.55")
        try text.write(toFile: csv, atomically: false, encoding: .utf8)
        let fourth = TestSupport.run(arguments)
        #expect(!fourth.out.contains("không có thay đổi"))
        #expect(String(decoding: try #require(FileSystem.read(page)), as: UTF8.self).contains(">206,55</strong>"))
    }

    @Test func stateRoundTripsDiagnostics() throws {
        let path = TestSupport.temporaryDirectory() + "/Site.state"
        var list = DiagnosticList()
        list.append(.warning(SourceLocation(file: "a\tb.csv", line: 7, column: 44), "dòng\nhai \\ ba", hint: "gợi ý", kind: "score-above-max"))
        list.append(.warning(SourceLocation(file: "c.csv"), "không dòng", kind: "x"))
        list.append(.error(SourceLocation(file: "d.xlsx", line: 14, column: 6, sheet: "Phụ lục 01"), "ô F14", kind: "not-a-number"))
        let report = BuildReport(diagnostics: list, succeeded: true, pages: 67, files: 121, bytes: 967_500, seconds: 0, steps: [])
        BuildState(inputs: Array(repeating: 1, count: 32), outputs: Array(repeating: 2, count: 32), report: report).write(to: path)
        let read = try #require(BuildState.read(from: path))
        #expect(read.inputs == Array(repeating: 1, count: 32) && read.outputs == Array(repeating: 2, count: 32))
        #expect(read.report.pages == 67 && read.report.files == 121 && read.report.bytes == 967_500)
        #expect(read.report.diagnostics.items == list.items)
        // A damaged file is ignored (and the build then runs in full).
        try FileSystem.write(Array("dti-build-state\t1\nrác\n".utf8), to: path)
        #expect(BuildState.read(from: path) == nil)
    }
}
