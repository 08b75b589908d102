import Foundation
import Testing
@testable import DTIKit

@Suite("Escaping, determinism and atomic output")
struct SafetyAndDeterminismTests {
    static let hostileName = "Sở <script>alert(\"x\")</script> & 'Q' \"><img src=x onerror=alert(1)>"

    /// A content tree whose names, sources, notes and pages are hostile.
    static func hostileContent() -> String {
        let root = TestSupport.temporaryDirectory("dti-hostile")
        var files = TestSupport.minimalContent
        files["site.conf"] = "title = Cổng <script>alert('t')</script> & \"DTI\"\nbase_url = https://dti.example.gov.vn/\npublisher = Sở \"TT&TT\" <b>x</b>\ncontact = <a href=\"javascript:alert(9)\">x</a>\n"
        files["rankings/2022/so.csv"] = "STT,Tên đơn vị,Nhận thức,Chính quyền số,Tổng điểm,Xếp loại\n1,\"\(hostileName.replacingOccurrences(of: "\"", with: "\"\""))\",40,50,90,<i>Tốt</i>\n2,Sở B,45,30,75,Khá\n"
        files["rankings/2022/so.conf"] = "framework = khung\ntitle = Bảng <script>alert(2)</script>\nsource = Phụ lục \"><svg onload=alert(3)>\nnote = Ghi chú </p><script>alert(4)</script> & 'x'\ngroup_name = Nhóm <u>x</u>\n"
        files["pages/gioi-thieu.md"] = "# Giới thiệu <script>alert(5)</script>\n\nXem [liên kết](javascript:alert(6)) và <iframe src=x></iframe> & **đậm**.\n"
        TestSupport.write(files, under: root)
        return root
    }

    @Test func nothingFromTheDataPassesThroughUnescaped() throws {
        let (output, report) = SiteTestSupport.build(content: Self.hostileContent())
        #expect(report.succeeded, "\(report.diagnostics.report())")
        var checked = 0
        for path in SiteTestSupport.files(output) where path.hasSuffix(".html") || path.hasSuffix(".xml") || path.hasSuffix(".json") {
            let text = SiteTestSupport.text(output, path)
            checked += 1
            // Escaped text may still *read* "javascript:" or "onerror="; what must never appear is live markup.
            for bad in ["<script>alert", "<img src=x", "<svg onload", "<iframe", "href=\"javascript", "src=\"javascript", "HREF=\"JavaScript",
                        "<b>x</b>", "<i>Tốt</i>", "<u>x</u>"] {
                #expect(!text.contains(bad), "\(path) contains \(bad)")
            }
            // The only script elements are the site's own files: dti.js on every page, and the
            // search and compare scripts where they are used; never inline code.
            let scripts = text.components(separatedBy: "<script").dropFirst()
            if path.hasSuffix(".html") { #expect(!scripts.isEmpty, "\(path): no dti.js") } else { #expect(scripts.isEmpty, "\(path)") }
            for script in scripts {
                let name = script.split(separator: "\"", maxSplits: 2).dropFirst().first.map { $0.split(separator: "/").last.map(String.init) ?? "" } ?? ""
                // The theme's scripts, and the words they show in each language (`words.vi.js`).
                let words = name.hasPrefix("words.") && name.hasSuffix(".js")
                #expect(words || BuiltInTheme.files.contains { $0.name == name && name.hasSuffix(".js") }, "\(path): <script\(script.prefix(60))")
                #expect(script.hasPrefix(" src=\"") && script.contains(name + "\" defer></script>"), "\(path): <script\(script.prefix(60))")
            }
        }
        #expect(checked > 10)
        let unit = SiteTestSupport.text(output, "don-vi/so-script-alert-x-script-q-img-src-x-onerror-alert-1/index.html")
        #expect(unit.contains("Sở &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Q&#39; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        // Attributes escape quotes too: the name reaches <meta content="…"> intact and closed.
        #expect(unit.contains("content=\"Sở &lt;script&gt;alert(&quot;x&quot;)"))
        let page = SiteTestSupport.text(output, "gioi-thieu/index.html")
        #expect(page.contains("liên kết"))
        #expect(!page.contains("href=\"javascript"))
        #expect(page.contains("<strong>đậm</strong>"))
        #expect(SiteTestSupport.text(output, "du-lieu/xep-hang/2022/so.json").contains("\\u003cscript>alert"))
    }

    @Test func linksInContentMustBeHTTP() {
        let root = TestSupport.temporaryDirectory()
        var files = TestSupport.minimalContent
        files["units.csv"] = "slug,name,group,aliases,website\n,Sở A,so,,javascript:alert(1)\n,Sở B,so,,https://b.example.gov.vn\n,Sở C,so,,ftp://c.example\n"
        files["rankings/2022/so.conf"] = "framework = khung\ntitle = Bảng\nsource = x\nsource_url = JavaScript:alert(2)\n"
        TestSupport.write(files, under: root)
        let (_, diagnostics) = ContentLoader.load(from: root)
        let unsafe = diagnostics.errors.filter { $0.kind == "unsafe-url" }.map { "\($0.location.file.split(separator: "/").last!):\($0.location.line!)" }
        #expect(unsafe == ["units.csv:2", "units.csv:4", "so.conf:4"])
        // And the writer refuses other schemes whatever the caller passes.
        var html = HTML()
        html.element(.a, .href(" javascript:alert(1)"), text: "x")
        html.element(.a, .href("data:text/html,x"), text: "y")
        html.element(.a, .href("https://ok.example/?a=1&b=\"2\""), text: "z")
        #expect(html.string == "<a href=\"#\">x</a><a href=\"#\">y</a><a href=\"https://ok.example/?a=1&amp;b=&quot;2&quot;\">z</a>")
        // Schemes in any case; a colon after a path, query or fragment starts no scheme.
        let allowed = ["HTTPS://a.example", "Http://a.example", "MailTo:so@example.gov.vn", "../don-vi/a:b/", "?q=a:b", "#a:b", "", "don-vi/"]
        let refused = ["JaVaScRiPt:alert(1)", "vbscript:x", "httpx:y", "http :x", "https\u{0}:x", "mailt:x", "ＨＴＴＰ:x", ":x"]
        #expect(allowed.filter { !SafeURL.isAllowedInPage($0) } == [])
        #expect(refused.filter { SafeURL.isAllowedInPage($0) } == [])
    }

    @Test func twoBuildsAreByteIdenticalWithOneThreadOrMany() throws {
        let a = SiteTestSupport.build(threads: 1)
        let b = SiteTestSupport.build(threads: 8)
        let c = SiteTestSupport.build()
        #expect(a.report.succeeded && b.report.succeeded && c.report.succeeded)
        let files = SiteTestSupport.files(a.output)
        #expect(files == SiteTestSupport.files(b.output) && files == SiteTestSupport.files(c.output))
        #expect(files.count > 90)
        for file in files {
            let x = FileSystem.read(a.output + "/" + file)
            #expect(x == FileSystem.read(b.output + "/" + file), "\(file) differs between 1 and 8 threads")
            #expect(x == FileSystem.read(c.output + "/" + file), "\(file) differs between builds")
        }
    }

    @Test func svgCoordinatesHaveAtMostTwoDecimals() throws {
        let root = SiteTestSupport.bundled
        let number = try Regex(#"\b(?:x|y|x1|x2|y1|y2|cx|cy|r|width|height)="-?\d+\.\d{3,}""#)
        let points = try Regex(#"points="[^"]*\d\.\d{3,}"#)
        for path in SiteTestSupport.files(root) where path.hasSuffix(".html") {
            let html = SiteTestSupport.text(root, path)
            #expect(html.firstMatch(of: number) == nil, "\(path)")
            #expect(html.firstMatch(of: points) == nil, "\(path)")
        }
    }

    @Test func aFailedBuildLeavesThePreviousSiteWhole() throws {
        let (output, first) = SiteTestSupport.build()
        #expect(first.succeeded)
        let before = SiteTestSupport.files(output)
        let stamp = FileSystem.read(output + "/index.html")
        // A content error: nothing changes.
        let broken = TestSupport.temporaryDirectory()
        TestSupport.copy(TestSupport.bundledContent, to: broken + "/Content")
        try "framework = khong-co\n".write(toFile: broken + "/Content/rankings/2022/nganh-doc.conf", atomically: false, encoding: .utf8)
        let failed = SiteBuilder.build(BuildOptions(content: broken + "/Content", theme: TestSupport.bundledTheme, output: output))
        #expect(!failed.succeeded)
        #expect(SiteTestSupport.files(output) == before)
        #expect(FileSystem.read(output + "/index.html") == stamp)
        // Beside the output there is only the hidden bookkeeping folder: staging folder and lock.
        let parent = (output as NSString).deletingLastPathComponent
        let beside = Set(try FileManager.default.contentsOfDirectory(atPath: parent))
        #expect(beside == [".dti", "Site"], "\(beside)")
        let bookkeeping = Set(try FileManager.default.contentsOfDirectory(atPath: parent + "/.dti"))
        #expect(bookkeeping.isSubset(of: ["Site.lock", "Site.next"]) && bookkeeping.contains("Site.lock"), "\(bookkeeping)")
    }

    @Test func reusingTheStagingFolderGivesExactlyACleanBuild() throws {
        let work = TestSupport.temporaryDirectory()
        TestSupport.copy(TestSupport.bundledContent, to: work + "/Content")
        let options = BuildOptions(content: work + "/Content", theme: TestSupport.bundledTheme, output: work + "/Site", shareCards: false)
        #expect(SiteBuilder.build(options).succeeded)     // Site = build 1, no staging yet
        #expect(SiteBuilder.build(options).succeeded)     // .dti/Site.next now holds build 1
        // Change the content: a unit leaves, another's score changes.
        let csv = work + "/Content/rankings/2022/nganh-doc.csv"
        var lines = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        lines.removeLast()                                               // Cục Thống kê
        lines[1] = lines[1].replacingOccurrences(of: "238.77", with: "238.78").replacingOccurrences(of: ",130,", with: ",130.01,")
        try (lines.joined(separator: "\n") + "\n").write(toFile: csv, atomically: false, encoding: .utf8)
        let incremental = SiteBuilder.build(options)
        #expect(incremental.succeeded)
        let clean = SiteTestSupport.build(content: work + "/Content")
        #expect(clean.report.succeeded)
        let files = SiteTestSupport.files(work + "/Site")
        #expect(files == SiteTestSupport.files(clean.output))
        #expect(!files.contains("don-vi/cuc-thong-ke/index.html"))
        for file in files {
            #expect(FileSystem.read(work + "/Site/" + file) == FileSystem.read(clean.output + "/" + file), "\(file)")
        }
        #expect(SiteTestSupport.text(work + "/Site", "don-vi/cuc-thue-tinh/index.html").contains(">238,78</strong>"))
    }

    @Test func stagingLeftByAKilledBuildIsCleanedUp() throws {
        let parent = TestSupport.temporaryDirectory()
        // A process id that cannot be running.
        let stale = parent + "/.Site.building-2147483000-1"
        TestSupport.write(["index.html": "half"], under: stale)
        let report = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: parent + "/Site", shareCards: false))
        #expect(report.succeeded)
        #expect(!FileSystem.isDirectory(stale))
        #expect(FileSystem.isFile(parent + "/Site/index.html"))
        // A tracked placeholder survives the swap.
        TestSupport.write([".gitkeep": ""], under: parent + "/Site")
        _ = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: parent + "/Site", shareCards: false))
        #expect(FileSystem.isFile(parent + "/Site/.gitkeep"))
    }

    @Test func sha256MatchesTheStandardVectors() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(Array(repeating: UInt8(ascii: "a"), count: 1_000_000)) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
