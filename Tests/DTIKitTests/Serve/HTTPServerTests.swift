#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import DTIKit

/// The preview server over real loopback sockets, answering from a fixture site.
@Suite("HTTP server: statuses, headers and bodies", .serialized)
final class HTTPServerTests {
    let fixture = ServeTestSupport.fixtureSite()
    deinit { FileSystem.removeTree(FileSystem.dirname(of: fixture.root)) }

    private func withServer(_ configure: (inout HTTPServerConfiguration) -> Void = { _ in },
                            events: EventHub = EventHub(), _ body: (Int) throws -> Void) rethrows {
        let (server, _) = ServeTestSupport.startServer(root: fixture.root, configure: configure, events: events)
        defer { server.stop() }
        try body(server.port)
    }

    @Test func cleanURLServesTheFolderIndexWithTheReloadScript() throws {
        try withServer { port in
            let response = try #require(ServeTestSupport.get(port, "/don-vi/so-tu-phap/"))
            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "text/html; charset=utf-8")
            #expect(response.header("X-Content-Type-Options") == "nosniff")
            #expect(response.header("Cache-Control") == "no-store")
            #expect(response.header("Content-Length") == String(response.body.count))
            #expect(response.text.contains("<p>206,45 điểm</p>"))
            #expect(response.text.contains("<script data-dti-serve>"))
            // The script goes before </body>, and the file on disk never gets it.
            #expect(response.text.range(of: "data-dti-serve")!.lowerBound < response.text.range(of: "</body>")!.lowerBound)
            let onDisk = try String(contentsOfFile: fixture.root + "/don-vi/so-tu-phap/index.html", encoding: .utf8)
            #expect(!onDisk.contains("dti-serve"))
            let home = try #require(ServeTestSupport.get(port, "/"))
            #expect(home.status == 200 && home.text.contains("Trang chủ DTI"))
        }
    }

    @Test func folderWithoutSlashRedirectsPermanently() throws {
        try withServer { port in
            let response = try #require(ServeTestSupport.get(port, "/don-vi/so-tu-phap"))
            #expect(response.status == 301)
            #expect(response.header("Location") == "/don-vi/so-tu-phap/")
            let withQuery = try #require(ServeTestSupport.get(port, "/don-vi?nam=2022"))
            #expect(withQuery.header("Location") == "/don-vi/?nam=2022")
            // Percent-encoded names are re-encoded in the Location.
            let file = try #require(ServeTestSupport.get(port, "/assets/style.css"))
            #expect(file.status == 200)
        }
    }

    @Test func missingFilesGetTheSite404PageWithStatus404() throws {
        try withServer { port in
            for target in ["/khong-co/", "/khong-co", "/don-vi/khong-co/index.html", "/trong/", "/.hidden/secret.txt", "/index.html/"] {
                let response = try #require(ServeTestSupport.get(port, target))
                #expect(response.status == 404, "\(target)")
                #expect(response.text.contains("Không tìm thấy trang này"), "\(target)")
                #expect(response.header("Content-Type") == "text/html; charset=utf-8")
                #expect(!response.text.contains("HIDDEN-SECRET"))
            }
        }
    }

    @Test func headSendsTheHeadersOfGetWithoutABody() throws {
        try withServer { port in
            let get = try #require(ServeTestSupport.get(port, "/don-vi/so-tu-phap/"))
            let connection = TestConnection(port: port)
            // HEAD then GET on one connection: if HEAD leaked a body, the GET would misparse.
            connection.send("HEAD /don-vi/so-tu-phap/ HTTP/1.1\r\nHost: localhost\r\n\r\nGET /assets/style.css HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let head = try #require(connection.readResponse(bodyless: true))
            #expect(head.status == 200)
            #expect(head.header("Content-Length") == String(get.body.count))
            #expect(head.header("ETag") == get.header("ETag"))
            let next = try #require(connection.readResponse())
            #expect(next.status == 200 && next.text == "body{color:#1a1a1a}\n")
        }
    }

    @Test func matchingETagGets304() throws {
        try withServer { port in
            let first = try #require(ServeTestSupport.get(port, "/assets/style.css"))
            let tag = try #require(first.header("ETag"))
            #expect(tag.hasPrefix("\"") && tag.hasSuffix("\""))
            for value in [tag, "W/\(tag)", "\"other\", \(tag)", "*"] {
                let again = try #require(ServeTestSupport.get(port, "/assets/style.css", headers: ["If-None-Match: \(value)"]))
                #expect(again.status == 304, "\(value)")
                #expect(again.body.isEmpty)
                #expect(again.header("ETag") == tag)
            }
            let stale = try #require(ServeTestSupport.get(port, "/assets/style.css", headers: ["If-None-Match: \"stale\""]))
            #expect(stale.status == 200 && stale.body.count == 20)
            // An edited file gets a new tag.
            try "body{color:red}\n".write(toFile: fixture.root + "/assets/style.css", atomically: true, encoding: .utf8)
            let edited = try #require(ServeTestSupport.get(port, "/assets/style.css", headers: ["If-None-Match: \(tag)"]))
            #expect(edited.status == 200 && edited.text == "body{color:red}\n")
        }
    }

    @Test func otherMethodsGet405WithAllow() throws {
        try withServer { port in
            for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT"] {
                let response = try #require(ServeTestSupport.get(port, "/", method: method))
                #expect(response.status == 405, "\(method)")
                #expect(response.header("Allow") == "GET, HEAD")
            }
        }
    }

    @Test func malformedRequestsGet400() throws {
        try withServer { port in
            let requests = [
                "GARBAGE\r\n\r\n",
                "GET /\r\n\r\n",                                       // HTTP/0.9
                "GET / HTTP/1.1\r\n\r\n",                              // no Host
                "GET / HTTP/1.1\r\nHost: localhost\r\nHost: b\r\n\r\n",        // two Hosts
                "GET / HTTP/1.1\r\nHost: localhost\r\nNoColon\r\n\r\n",
                "GET / HTTP/1.1\r\nHost : a\r\n\r\n",                  // space before colon
                "GET / HTTP/1.1\r\nHost: localhost\r\n folded\r\n\r\n",        // obsolete line folding
                "GET  / HTTP/1.1\r\nHost: localhost\r\n\r\n",                  // double space
                "GET / HTTP/1.1\r\nHost: localhost\r\nContent-Length: x\r\n\r\n",
                "G(T / HTTP/1.1\r\nHost: localhost\r\n\r\n",
                "GET abc HTTP/1.1\r\nHost: localhost\r\n\r\n",                 // not a path
                "GET /%zz HTTP/1.1\r\nHost: localhost\r\n\r\n",                // bad escape
            ]
            for request in requests {
                let response = try #require(ServeTestSupport.raw(port, request), "\(request.debugDescription)")
                #expect(response.status == 400, "\(request.debugDescription)")
            }
            let future = try #require(ServeTestSupport.raw(port, "GET / HTTP/2.0\r\nHost: localhost\r\n\r\n"))
            #expect(future.status == 505)
        }
    }

    @Test func oversizedRequestLineAndHeadersGet414And431() throws {
        try withServer { port in
            let longTarget = "/" + String(repeating: "a", count: 9000)
            let tooLong = try #require(ServeTestSupport.raw(port, "GET \(longTarget) HTTP/1.1\r\nHost: localhost\r\n\r\n"))
            #expect(tooLong.status == 414)
            // Even before the line ends, a line past the cap is answered.
            let unterminated = try #require(ServeTestSupport.raw(port, "GET " + longTarget))
            #expect(unterminated.status == 414)
            let bigHeader = try #require(ServeTestSupport.raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: \(String(repeating: "b", count: 20_000))\r\n\r\n"))
            #expect(bigHeader.status == 431)
            let many = (0..<120).map { "X-\($0): 1\r\n" }.joined()
            let manyHeaders = try #require(ServeTestSupport.raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\n\(many)\r\n"))
            #expect(manyHeaders.status == 431)
            // Just under the caps is fine.
            let fine = try #require(ServeTestSupport.raw(port, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Ok: \(String(repeating: "c", count: 8000))\r\n\r\n"))
            #expect(fine.status == 200)
        }
    }

    @Test func contentTypesCarryCharsetWhereTheyApply() throws {
        let expected = [
            "/assets/style.css": "text/css; charset=utf-8",
            "/assets/dti.js": "text/javascript; charset=utf-8",
            "/du-lieu/xep-hang.json": "application/json; charset=utf-8",
            "/du-lieu/xep-hang.csv": "text/csv; charset=utf-8",
            "/feed.xml": "application/xml; charset=utf-8",
            "/assets/logo.svg": "image/svg+xml; charset=utf-8",
            "/favicon.ico": "image/x-icon",
            "/assets/a.png": "image/png",
            "/assets/f.woff2": "font/woff2",
            "/index.html": "text/html; charset=utf-8",
        ]
        try withServer { port in
            for (path, type) in expected.sorted(by: { $0.key < $1.key }) {
                let response = try #require(ServeTestSupport.get(port, path))
                #expect(response.status == 200, "\(path)")
                #expect(response.header("Content-Type") == type, "\(path)")
                #expect(response.header("X-Content-Type-Options") == "nosniff")
            }
        }
    }

    @Test func keepAliveServesSeveralRequestsOnOneConnection() throws {
        try withServer { port in
            let connection = TestConnection(port: port)
            for path in ["/", "/assets/style.css", "/don-vi/so-tu-phap/"] {
                connection.send("GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n")
                let response = try #require(connection.readResponse())
                #expect(response.status == 200)
                #expect(response.header("Connection") == "keep-alive")
            }
            // Pipelined: two requests in one write, two answers in order.
            connection.send("GET /assets/dti.js HTTP/1.1\r\nHost: localhost\r\n\r\nGET /feed.xml HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            #expect(connection.readResponse()?.text == "console.log(1)\n")
            let last = try #require(connection.readResponse())
            #expect(last.header("Connection") == "close" && last.text.hasPrefix("<?xml"))
            #expect(connection.closedByServer())
            // HTTP/1.0 closes unless asked otherwise.
            let old = TestConnection(port: port)
            old.send("GET / HTTP/1.0\r\n\r\n")
            #expect(old.readResponse()?.header("Connection") == "close")
            #expect(old.closedByServer())
        }
    }

    @Test func idleAndSlowClientsTimeOutWithoutBlockingOthers() throws {
        withServer({ $0.idleTimeout = 0.3; $0.requestTimeout = 0.6 }) { port in
            let idle = TestConnection(port: port)
            idle.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(idle.readResponse()?.status == 200)
            let slow = TestConnection(port: port)
            slow.send("GET / HTTP/1.1\r\nHo")  // and then nothing more
            // Meanwhile everyone else is served.
            for _ in 0..<5 { #expect(ServeTestSupport.get(port, "/")?.status == 200) }
            #expect(slow.readResponse()?.status == 408)
            #expect(slow.closedByServer())
            #expect(idle.closedByServer())
        }
    }

    @Test func fiftyParallelClientsAreAllAnsweredCorrectly() throws {
        withServer { port in
            let paths = ["/", "/don-vi/so-tu-phap/", "/assets/style.css", "/du-lieu/xep-hang.json", "/khong-co/"]
            let expected = [200, 200, 200, 200, 404]
            let results = ResultBox(count: 50)
            let group = DispatchGroup()
            for client in 0..<50 {
                group.enter()
                Thread {
                    let connection = TestConnection(port: port)
                    var ok = true
                    for round in 0..<4 {
                        let which = (client + round) % paths.count
                        connection.send("GET \(paths[which]) HTTP/1.1\r\nHost: localhost\r\n\r\n")
                        guard let response = connection.readResponse(), response.status == expected[which],
                              response.header("Content-Length") == String(response.body.count) else { ok = false; break }
                        if which == 1 && !response.text.contains("206,45") { ok = false }
                    }
                    results.set(client, ok)
                    group.leave()
                }.start()
            }
            #expect(group.wait(timeout: .now() + 30) == .success)
            #expect(results.allTrue)
        }
    }

    @Test func eventStreamSendsHelloEventsAndHeartbeatsAndIsCapped() throws {
        let events = EventHub(capacity: 2, heartbeat: 0.2)
        try withServer(events: events) { port in
            let first = TestConnection(port: port)
            first.send("GET /__dti/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let head = try #require(first.read(until: "\r\n\r\n"))
            #expect(head.hasPrefix("HTTP/1.1 200 OK"))
            #expect(head.contains("Content-Type: text/event-stream"))
            #expect(first.read(until: "event: hello\ndata: 0\n\n") != nil)
            #expect(first.read(until: ": heartbeat\n\n") != nil)
            let second = TestConnection(port: port)
            second.send("GET /__dti/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(second.read(until: "event: hello") != nil)
            // The cap is 2: a third stream is refused, the page still loads.
            #expect(ServeTestSupport.get(port, "/__dti/events")?.status == 503)
            #expect(ServeTestSupport.get(port, "/")?.status == 200)
            events.publish("reload", generation: 7)
            #expect(first.read(until: "event: reload\ndata: 7\n\n") != nil)
            #expect(second.read(until: "event: reload\ndata: 7\n\n") != nil)
            // Pages are now served with the new generation.
            #expect(ServeTestSupport.get(port, "/")?.text.contains("var g=7,") == true)
        }
    }

    @Test func aClosedTabFreesItsStreamSlotWithoutWaitingForTheHeartbeat() throws {
        let events = EventHub(capacity: 1, heartbeat: 60)
        withServer(events: events) { port in
            do {
                let tab = TestConnection(port: port)
                tab.send("GET /__dti/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
                #expect(tab.read(until: "event: hello") != nil)
                #expect(events.openStreams == 1)
                #expect(ServeTestSupport.get(port, "/__dti/events")?.status == 503)
            }  // the tab closes here
            let deadline = Date(timeIntervalSinceNow: 5)
            while events.openStreams > 0 && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
            #expect(events.openStreams == 0)
            let next = TestConnection(port: port)
            next.send("GET /__dti/events HTTP/1.1\r\nHost: localhost\r\n\r\n")
            #expect(next.read(until: "event: hello") != nil)
        }
    }

    @Test func portsBusyExplicitFallBackWhenDefaultAndFreeAfterStop() throws {
        let (holder, _) = ServeTestSupport.startServer(root: fixture.root)
        let busy = holder.port
        let explicit = HTTPServer(events: EventHub()) { _ in .response(.text(.ok, "")) }
        #expect(throws: HTTPServerError.self) { try explicit.bind(host: "127.0.0.1", port: busy) }
        let fallback = HTTPServer(events: EventHub()) { _ in .response(.text(.ok, "")) }
        try fallback.bind(host: "127.0.0.1", port: busy, searchNext: 20)
        #expect(fallback.port > busy && fallback.port <= busy + 20)
        fallback.stop()
        // A connection open at stop time does not keep the port or a thread.
        let open = TestConnection(port: busy)
        open.send("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n")
        #expect(open.readResponse()?.status == 200)
        holder.stop()
        #expect(holder.openConnections == 0)
        #expect(open.closedByServer())
        let again = HTTPServer(events: EventHub()) { _ in .response(.text(.ok, "")) }
        try again.bind(host: "127.0.0.1", port: busy)  // released at once
        again.stop()
        #expect(throws: HTTPServerError.self) { try again.bind(host: "not-an-ip", port: 0) }
    }
}

/// Per-client outcomes from many threads.
final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Bool]
    init(count: Int) { values = Array(repeating: false, count: count) }
    func set(_ index: Int, _ value: Bool) { lock.lock(); values[index] = value; lock.unlock() }
    var allTrue: Bool { lock.lock(); defer { lock.unlock() }; return values.allSatisfy { $0 } }
}
