import Testing
@testable import DTIKit

/// Bad input gives a clear message with file:line:col and exit code 1, never a crash.
@Suite("Bad input")
struct BadInputTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        let change: [String: String]
        let remove: [String]
        /// Expected `file:line:col` suffix of the first error, and words of its message.
        let location: String
        let words: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown index header",
             change: ["rankings/2022/so.csv": "STT,Tên đơn vị,Nhận thức,Chinh quyen so,Hạ tầng,Tổng điểm\n1,Sở A,40,50,1,90\n"],
             remove: [], location: "rankings/2022/so.csv:1:41",
             words: ["Hạ tầng", "Các tiêu đề được chấp nhận", "Nhận thức", "Chính quyền số", "Tổng điểm"]),
        Case(name: "unknown .conf key",
             change: ["rankings/2022/so.conf": "framework = khung\ntitle = Bảng thử\nsoucre = Phụ lục\n"],
             remove: [], location: "rankings/2022/so.conf:3:1",
             words: ["soucre", "source", "Các khoá hợp lệ"]),
        Case(name: "missing framework file",
             change: ["rankings/2022/so.conf": "framework = khung-2023\ntitle = Bảng thử\nsource = Phụ lục\n"],
             remove: [], location: "rankings/2022/so.conf:1:13",
             words: ["khung-2023", "frameworks/khung-2023.csv", "khung"]),
        Case(name: "non-numeric score",
             change: ["rankings/2022/so.csv": "STT,Tên đơn vị,Nhận thức,Chính quyền số\n1,Sở A,40,50\n2,Sở B,ba mươi,30\n"],
             remove: [], location: "rankings/2022/so.csv:3:8",
             words: ["ba mươi", "không phải số", "26,25"]),
        Case(name: "framework .conf missing",
             change: [:], remove: ["frameworks/khung.conf"], location: "frameworks/khung.conf",
             words: ["không tìm thấy tệp"]),
        Case(name: "site.conf missing base_url",
             change: ["site.conf": "title = Thử\n"], remove: [], location: "site.conf",
             words: ["base_url"]),
        Case(name: "ragged ranking row",
             change: ["rankings/2022/so.csv": "STT,Tên đơn vị,Nhận thức,Chính quyền số\n1,Sở A,40,50\n2,Sở B,30\n"],
             remove: [], location: "rankings/2022/so.csv:3:", words: ["3 ô", "4 cột"]),
        Case(name: "bad index code in framework",
             change: ["frameworks/khung.csv": "code,name,short,max,group,pillar\n1,Nhận thức số,Nhận thức,40,nen-tang,\n1.a,Thành phần,,10,,\n2,Hoạt động chính quyền số,Chính quyền số,60,hoat-dong,CQS\n"],
             remove: [], location: "frameworks/khung.csv:3:1", words: ["1.a"]),
    ]

    @Test(arguments: cases)
    func checkReportsItAndExitsOne(_ c: Case) throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        for (path, text) in c.change { files[path] = text }
        for path in c.remove { files.removeValue(forKey: path) }
        TestSupport.write(files, under: root)

        let (code, out, err) = TestSupport.run(["check", "--content", root])
        #expect(code == 1)
        let first = try #require(err.split(separator: "\n").first { $0.contains(": error: ") }, "no error printed:\n\(err)")
        #expect(first.contains(c.location), "\(first)")
        for word in c.words { #expect(err.contains(word), "missing `\(word)` in:\n\(err)") }
        #expect(out.contains("không đạt"))

        // The build refuses too, and leaves the previous output alone.
        let output = TestSupport.temporaryDirectory() + "/Site"
        TestSupport.write(["index.html": "trước"], under: output)
        let build = TestSupport.run(["build", "--content", root, "--theme", TestSupport.bundledTheme, "--output", output])
        #expect(build.code == 1)
        #expect(FileSystem.read(output + "/index.html").map { String(decoding: $0, as: UTF8.self) } == "trước")
    }

    @Test func usageErrorsExitTwoAndNameTheFlag() {
        let unknown = TestSupport.run(["check", "--contnet", "x"])
        #expect(unknown.code == 2)
        #expect(unknown.err.contains("`--contnet`"))
        #expect(unknown.err.contains("--content"))
        #expect(TestSupport.run(["chek"]).code == 2)
        #expect(TestSupport.run(["build", "--threads", "0"]).code == 2)
        #expect(TestSupport.run(["build", "--output"]).code == 2)
        #expect(TestSupport.run([]).code == 2)
    }

    @Test func helpAndVersion() {
        let help = TestSupport.run(["--help"])
        #expect(help.code == 0 && help.out.contains("check") && help.out.contains("build") && help.out.contains("serve"))
        let checkHelp = TestSupport.run(["help", "check"])
        #expect(checkHelp.code == 0 && checkHelp.out.contains("--strict") && checkHelp.out.contains("--content"))
        #expect(TestSupport.run(["build", "--help"]).out.contains("--base-url"))
        #expect(TestSupport.run(["--version"]).out == "dti \(DTICommandLine.version)")
        #expect(TestSupport.run(["help", "nope"]).code == 2)
    }

    @Test func missingContentFolder() {
        let (code, _, err) = TestSupport.run(["check", "--content", "/nonexistent/dti-content"])
        #expect(code == 1)
        #expect(err.contains("/nonexistent/dti-content: error: thư mục nội dung không tồn tại"))
    }

    @Test func manyFindingsOfOneKindAreSummarized() throws {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        var csv = "STT,Tên đơn vị,Nhận thức,Chính quyền số\n"
        for i in 1...12 { csv += "\(i),Sở \(i),\(41 + i),10\n" }   // every Nhận thức above its max of 40
        files["rankings/2022/so.csv"] = csv
        TestSupport.write(files, under: root)
        let (code, _, err) = TestSupport.run(["check", "--content", root])
        #expect(code == 0)
        let lines = err.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(lines.count == DiagnosticList.repeatLimit + 1)
        #expect(lines.last?.contains("còn 9 trường hợp tương tự (score-above-max)") == true)
        #expect(lines.last?.contains("5, 6, 7") == true)
    }
}
