import Foundation
import Testing
@testable import DTIKit

/// `dti serve` in a portal without Theme/: the built-in theme, then a
/// Theme/ folder created, edited and deleted while the preview runs.
@Suite("dti serve follows a Theme/ folder created after it started", .serialized)
struct ThemeWatchTests {
    @Test func aThemeFolderCreatedEditedAndDeletedWhileServing() throws {
        let base = TestSupport.temporaryDirectory("dti-serve-theme")
        defer { FileSystem.removeTree(base) }
        guard case .success = PortalScaffold.createPortal(in: base + "/cong") else { Issue.record("scaffold failed"); return }
        var options = ServeOptions()
        options.content = base + "/cong/Content"
        options.theme = base + "/cong/Theme"
        options.port = 0
        options.quiet = 0.1
        let session = try PreviewSession(options: options)
        try session.start()
        defer { session.stop() }
        let port = session.server.port
        func style() -> String? { ServeTestSupport.get(port, "/assets/style.css")?.text }
        #expect(style() == BuiltInTheme.styleCSS)

        let stream = TestConnection(port: port, readTimeout: 20)
        stream.send("GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(stream.read(until: "event: hello\ndata: 1\n\n") != nil)

        // Created: a stylesheet and a layout with the office's own header.
        let layout = BuiltInTheme.layoutHTML.replacingOccurrences(of: "<span>{{site_title}}</span>", with: "<span>{{site_title}}</span><span>Sở KH&amp;CN</span>")
        #expect(layout != BuiltInTheme.layoutHTML)
        // (Made beside, then moved in whole, so that the preview sees it in one step.)
        TestSupport.write(["style.css": "body{color:#123456}\n", "layout.html": layout], under: base + "/moi")
        #expect(rename(base + "/moi", options.theme) == 0)
        #expect(stream.read(until: "data: 2\n\n") != nil)
        #expect(style() == "body{color:#123456}\n")
        #expect(ServeTestSupport.get(port, "/")?.text.contains("<span>Sở KH&amp;CN</span>") == true)

        // Kept watching: an edit of the stylesheet alone updates the CSS in place.
        try "body{color:#654321}\n".write(toFile: options.theme + "/style.css", atomically: false, encoding: .utf8)
        #expect(stream.read(until: "event: css\ndata: 3\n\n") != nil)
        #expect(style() == "body{color:#654321}\n")

        // Deleted: back to the built-in theme.
        FileSystem.removeTree(options.theme)
        #expect(stream.read(until: "event: reload\ndata: 4\n\n") != nil)
        #expect(style() == BuiltInTheme.styleCSS)
        #expect(ServeTestSupport.get(port, "/")?.text.contains("Sở KH&amp;CN") == false)

        // And noticed again when it comes back.
        TestSupport.write(["style.css": "body{color:#abcdef}\n"], under: base + "/lai")
        #expect(rename(base + "/lai", options.theme) == 0)
        #expect(stream.read(until: "data: 5\n\n") != nil)
        #expect(style() == "body{color:#abcdef}\n")
    }
}
