import Foundation
import Testing
@testable import DTIKit

/// Nothing outside the site folder is ever served, however the path is spelled.
@Suite("HTTP server: path traversal is refused", .serialized)
final class TraversalTests {
    let fixture = ServeTestSupport.fixtureSite()
    deinit { FileSystem.removeTree(FileSystem.dirname(of: fixture.root)) }

    /// Each target is sent raw, exactly as written (curl and browsers would
    /// normalize most of these before sending).
    static let attempts: [String] = [
        "/../secret/passwd.txt",
        "/../../../../../../etc/passwd",
        "/don-vi/../../secret/passwd.txt",
        "/don-vi/so-tu-phap/../../../secret/passwd.txt",
        "/./../secret/passwd.txt",
        "/%2e%2e/secret/passwd.txt",
        "/%2E%2E/secret/passwd.txt",
        "/.%2e/secret/passwd.txt",
        "/%2e./secret/passwd.txt",
        "/..%2fsecret%2fpasswd.txt",
        "/%2e%2e%2fsecret%2fpasswd.txt",
        "/don-vi/%2e%2e/%2e%2e/secret/passwd.txt",
        "/..%5csecret%5cpasswd.txt",
        "/%2e%2e%5csecret%5cpasswd.txt",
        "/..\\secret\\passwd.txt",
        "/%252e%252e/secret/passwd.txt",            // double encoding: decoded once only
        "/%252e%252e%252fsecret%252fpasswd.txt",
        "/%c0%ae%c0%ae/secret/passwd.txt",          // overlong UTF-8 dots
        "/..%c0%afsecret/passwd.txt",               // overlong UTF-8 slash
        "/index.html%00.css",                        // NUL
        "/%00/../secret/passwd.txt",
        "/link-out/passwd.txt",                      // symlinked folder pointing out
        "/link-file",                                // symlinked file pointing out
        "/link-out/",
        "//secret/passwd.txt",
        "/%2f%2e%2e%2fsecret/passwd.txt",
        "../secret/passwd.txt",                      // not a path at all
        "http://127.0.0.1/../secret/passwd.txt",     // absolute form
        "/.hidden/secret.txt",
        "/%2ehidden/secret.txt",
    ]

    @Test func everyAttemptIsRefusedAndLeaksNothing() throws {
        let (server, _) = ServeTestSupport.startServer(root: fixture.root)
        defer { server.stop() }
        #expect(Self.attempts.count >= 20)
        for target in Self.attempts {
            let response = try #require(ServeTestSupport.raw(server.port, "GET \(target) HTTP/1.1\r\nHost: localhost\r\n\r\n"), "\(target)")
            #expect([400, 403, 404].contains(response.status), "\(target) → \(response.status)")
            #expect(!response.text.contains("TOP-SECRET"), "\(target) leaked the secret")
            #expect(!response.text.contains("HIDDEN-SECRET"), "\(target) leaked a hidden file")
            #expect(!response.text.contains("root:"), "\(target) leaked /etc/passwd")
        }
        // The secret is really there, one folder up, and readable: the refusals are the server's doing.
        #expect(FileSystem.read(fixture.secret).map { String(decoding: $0, as: UTF8.self) } == "TOP-SECRET")
    }

    @Test func symlinksOutOfTheRootAre403AndInsideTheRootAreFollowed() throws {
        let (server, _) = ServeTestSupport.startServer(root: fixture.root)
        defer { server.stop() }
        #expect(ServeTestSupport.get(server.port, "/link-out/passwd.txt")?.status == 403)
        #expect(ServeTestSupport.get(server.port, "/link-file")?.status == 403)
        let inside = try #require(ServeTestSupport.get(server.port, "/link-in/so-tu-phap/"))
        #expect(inside.status == 200 && inside.text.contains("206,45"))
    }

    @Test func requestPathDecodesOnceAndRejectsDotSegmentsNulAndBackslash() {
        #expect(RequestPath.parse("/don-vi/s%E1%BB%9F/?a=1#x") == RequestPath(segments: ["don-vi", "sở"], trailingSlash: true, query: "?a=1"))
        #expect(RequestPath.parse("/a%2fb")?.segments == ["a", "b"])
        #expect(RequestPath.parse("/%252e%252e")?.segments == ["%2e%2e"])
        for bad in ["/..", "/a/%2e%2e/b", "/a%00", "/a%5cb", "/a\\b", "/%zz", "/%4", "x", "", "/%c0%ae", "/a%0ab"] {
            #expect(RequestPath.parse(bad) == nil, "\(bad)")
        }
    }
}
