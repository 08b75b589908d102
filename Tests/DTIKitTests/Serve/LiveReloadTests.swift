import Foundation
import Testing
@testable import DTIKit

/// `dti serve` end to end on a copy of the bundled Content: edit a CSV, get
/// the reload event and the new number; break it, get the error page with
/// file:line; fix it, and the page comes back.
@Suite("Live reload end to end", .serialized)
struct LiveReloadTests {
    @Test func editBreakAndFixTheSeedTableWhileTheBrowserWatches() throws {
        let base = TestSupport.temporaryDirectory("dti-serve-e2e")
        defer { FileSystem.removeTree(base) }
        TestSupport.copy(TestSupport.bundledContent, to: base + "/Content")
        TestSupport.write(["style.css": BuiltInTheme.styleCSS], under: base + "/Theme")   // one file overrides the built-in theme
        var options = ServeOptions()
        options.content = base + "/Content"
        options.theme = base + "/Theme"
        options.port = 0
        options.workDirectory = base + "/preview"
        options.quiet = 0.1
        let session = try PreviewSession(options: options)
        try session.start()
        defer { session.stop() }
        let port = session.server.port
        let unitPage = "/don-vi/so-tu-phap/"

        let before = try #require(ServeTestSupport.get(port, unitPage))
        #expect(before.status == 200)
        #expect(before.text.contains("206,45"))
        #expect(!before.text.contains("206,46"))
        #expect(before.text.contains("<script data-dti-serve>"))

        // 1. The browser connects to the event stream.
        let stream = TestConnection(port: port, readTimeout: 20)
        stream.send("GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(stream.read(until: "event: hello\ndata: 1\n\n") != nil)

        // 2. The office saves the CSV (atomically, as editors do): Sở Tư pháp 206.45 → 206.46.
        let csv = options.content + "/rankings/2022/so-ban-nganh.csv"
        let original = try String(contentsOfFile: csv, encoding: .utf8)
        #expect(original.contains(",206.45,Tốt,13"))
        try save(original.replacingOccurrences(of: ",206.45,Tốt,13", with: ",206.46,Tốt,13"), to: csv)

        // 3. The reload event arrives, and the page shows the new number.
        #expect(stream.read(until: "event: reload\ndata: 2\n\n") != nil)
        let after = try #require(ServeTestSupport.get(port, unitPage))
        #expect(after.status == 200)
        #expect(after.text.contains("206,46"))
        #expect(after.text.contains("var g=2,"))

        // Broken: a non-numeric score on line 14 (Sở Tư pháp's row).
        var lines = original.components(separatedBy: "\n")
        #expect(lines[13].hasPrefix("13,Sở Tư pháp,40,"))
        lines[13] = lines[13].replacingOccurrences(of: "Sở Tư pháp,40,", with: "Sở Tư pháp,bốn mươi,")
        try save(lines.joined(separator: "\n"), to: csv)
        #expect(stream.read(until: "event: reload\ndata: 3\n\n") != nil)
        for page in [unitPage, "/", "/khong-co/"] {
            let broken = try #require(ServeTestSupport.get(port, page))
            #expect(broken.status == 500, "\(page)")
            #expect(broken.header("Content-Type") == "text/html; charset=utf-8")
            #expect(broken.text.contains("rankings/2022/so-ban-nganh.csv:14:"), "\(page)")
            #expect(broken.text.contains("bốn mươi"))
            #expect(broken.text.contains("<script data-dti-serve>"), "the error page must reload itself")
        }
        // Assets still come from the last good build.
        #expect(ServeTestSupport.get(port, "/assets/style.css")?.status == 200)

        // Fixed: the page recovers by itself.
        try save(original, to: csv)
        #expect(stream.read(until: "event: reload\ndata: 4\n\n") != nil)
        let recovered = try #require(ServeTestSupport.get(port, unitPage))
        #expect(recovered.status == 200)
        #expect(recovered.text.contains("206,45"))

        // A stylesheet edit alone swaps the CSS in place instead of reloading.
        let css = options.theme + "/style.css"
        let style = try String(contentsOfFile: css, encoding: .utf8)
        try save(style + "\n/* sửa màu */\n", to: css)
        #expect(stream.read(until: "event: css\ndata: 5\n\n") != nil)
        #expect(ServeTestSupport.get(port, "/assets/style.css")?.text.hasSuffix("/* sửa màu */\n") == true)

        // Nothing changed: no rebuild is announced.
        session.rebuild(changed: [])
        #expect(session.events.generation == 5)

        // The script lives only in responses: no file of the preview site has it.
        for file in htmlFiles(under: options.workDirectory! + "/Site") {
            let text = String(decoding: FileSystem.read(file) ?? [], as: UTF8.self)
            #expect(!text.contains("dti-serve") && !text.contains("__dti"), "\(file)")
        }
    }

    @Test func dtiBuildOutputNeverCarriesTheReloadScript() throws {
        let output = TestSupport.temporaryDirectory("dti-build-noscript") + "/Site"
        defer { FileSystem.removeTree(FileSystem.dirname(of: output)) }
        let report = SiteBuilder.build(BuildOptions(content: TestSupport.bundledContent, theme: TestSupport.bundledTheme, output: output, shareCards: false))
        #expect(report.succeeded)
        let files = htmlFiles(under: output)
        #expect(files.count == report.pages)
        for file in files {
            let text = String(decoding: FileSystem.read(file) ?? [], as: UTF8.self)
            #expect(!text.contains("data-dti-serve") && !text.contains("__dti"), "\(file)")
        }
    }

    @Test func errorPageEscapesTheDiagnostics() {
        var list = DiagnosticList()
        list.append(.error(SourceLocation(file: "Content/units.csv", line: 3, column: 2),
                           "tên <script>alert('x')</script> & \"trùng\"", hint: "Sửa <b>tên</b>", kind: "test"))
        let page = String(decoding: BuildErrorPage.render(list, generation: 9), as: UTF8.self)
        #expect(page.contains("Content/units.csv:3:2: error: tên &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;trùng&quot;"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<b>tên</b>"))
        #expect(page.contains("var g=9,"))
        #expect(page.hasPrefix("<!doctype html>\n<html lang=\"vi\">"))
    }

    @Test func injectionGoesBeforeTheLastBodyCloseOrAtTheEnd() {
        let page = Array("<html><body><p>&lt;/body&gt;</p></body></html>".utf8)
        let injected = String(decoding: LiveReload.inject(into: page, generation: 3), as: UTF8.self)
        #expect(injected.hasPrefix("<html><body><p>&lt;/body&gt;</p><script data-dti-serve>"))
        #expect(injected.hasSuffix("</script></body></html>"))
        let fragment = String(decoding: LiveReload.inject(into: Array("<p>x</p>".utf8), generation: 3), as: UTF8.self)
        #expect(fragment.hasPrefix("<p>x</p><script data-dti-serve>"))
    }

    /// Writes like an editor's atomic save: a temporary file renamed over the old one.
    private func save(_ text: String, to path: String) throws {
        try text.write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
        guard rename(path + ".tmp", path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    private func htmlFiles(under root: String) -> [String] {
        var found: [String] = []
        func walk(_ folder: String) {
            for name in FileSystem.list(folder) ?? [] {
                let path = folder + "/" + name
                if FileSystem.isDirectory(path) { walk(path) } else if name.hasSuffix(".html") { found.append(path) }
            }
        }
        walk(root)
        return found
    }
}
