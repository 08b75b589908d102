#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing
@testable import DTIKit

/// The preview server under abuse (audit item 10): slow clients, floods,
/// full slots, foreign Host names.
@Suite("HTTP server: starvation, floods and Host", .serialized)
final class ServerHardeningTests {
    let fixture = ServeTestSupport.fixtureSite()
    deinit { FileSystem.removeTree(FileSystem.dirname(of: fixture.root)) }

    // MARK: The incremental reader

    /// Fed whole, byte by byte or in odd chunks, the reader gives what the
    /// one-shot parser gives on the same bytes.
    @Test func readerAgreesWithTheParserHoweverTheBytesArrive() {
        let heads = [
            "GET / HTTP/1.1\r\nHost: a\r\n\r\n", "\r\n\r\nGET /x HTTP/1.0\n\n", "GET / HTTP/1.1\nHost: a\nX: y\n\n",
            "GET / HTTP/2.0\r\nHost: a\r\n\r\n", "GET / HTTP/1.1\r\n\r\n", "GET / HTTP/1.1\r\nHost : a\r\n\r\n",
            "GET /" + String(repeating: "a", count: 9000) + " HTTP/1.1\r\nHost: a\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "b", count: 20_000) + "\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\n" + (0..<120).map { "X-\($0): 1\r\n" }.joined() + "\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\n" + (0..<99).map { "X-\($0): 1\r\n" }.joined() + "\r\n",
            String(repeating: "\r\n", count: 8) + "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
            String(repeating: "\r\n", count: 9) + "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
            String(repeating: "\r", count: 40) + "GET / HTTP/1.1\r\nHost: a\r\n\r\n",
        ]
        for head in heads {
            let expected = Self.describe(HTTPRequestParser.parse(Array(head.utf8)))
            for chunk in [head.utf8.count, 1, 7, 4096] {
                var reader = HTTPRequestReader()
                var result = HTTPParseResult.incomplete
                let bytes = Array(head.utf8)
                var offset = 0
                while case .incomplete = result, offset < bytes.count {
                    reader.append(Array(bytes[offset..<min(bytes.count, offset + chunk)]))
                    offset += chunk
                    result = reader.next()
                }
                #expect(Self.describe(result) == expected, "\(head.prefix(40).debugDescription) in chunks of \(chunk)")
            }
        }
    }

    static func describe(_ result: HTTPParseResult) -> String {
        switch result {
        case .complete(let request, let consumed): return "\(request.method) \(request.target) 1.\(request.minorVersion) \(request.headers.count) \(consumed > 0)"
        case .incomplete: return "incomplete"
        case .failed(let status): return "\(status.rawValue)"
        }
    }

    /// Eighteen megabytes of CR LF: refused after the ninth empty line,
    /// holding a few bytes, not the flood (which took 18 MB and 10 s of CPU).
    @Test func aCRLFFloodIsRefusedAtOnceAndNotBuffered() {
        var reader = HTTPRequestReader()
        let chunk = Array(String(repeating: "\r\n", count: 8 * 1024).utf8)
        var result = HTTPParseResult.incomplete
        var chunks = 0
        while case .incomplete = result, chunks < 18 * 64 {
            reader.append(chunk)
            chunks += 1
            result = reader.next()
        }
        #expect(Self.describe(result) == "400" && chunks == 1)
        #expect(reader.bufferedCount == chunk.count)
        #expect(Self.describe(HTTPRequestParser.parse(chunk)) == "400")
    }

    // MARK: Against a running server

    @Test func threeHundredSlowlorisConnectionsDoNotStarveARealClient() throws {
        let (server, _) = ServeTestSupport.startServer(root: fixture.root)
        defer { server.stop() }
        var attackers: [TestConnection] = []
        for i in 0..<300 {
            let connection = TestConnection(port: server.port, readTimeout: 2)
            connection.send(i % 2 == 0 ? "GET / HTTP/1.1\r\nHo" : "")
            attackers.append(connection)
        }
        // Evicted connections' threads end; the count settles at the cap.
        let settle = Date(timeIntervalSinceNow: 5)
        while server.openConnections > server.configuration.maxConnections && Date() < settle { Thread.sleep(forTimeInterval: 0.05) }
        #expect(server.openConnections <= server.configuration.maxConnections)
        let started = Date()
        let response = try #require(ServeTestSupport.get(server.port, "/don-vi/so-tu-phap/"))
        #expect(response.status == 200 && response.text.contains("206,45"))
        #expect(Date().timeIntervalSince(started) < 3)
        // Several real clients in a row, while the attackers hold on.
        for _ in 0..<5 { #expect(ServeTestSupport.get(server.port, "/")?.status == 200) }
        withExtendedLifetime(attackers) {}
    }

    @Test func aTrickleBelowTheMinimumRateIsAnswered408Early() throws {
        let (server, _) = ServeTestSupport.startServer(root: fixture.root) {
            $0.requestGrace = 0.3; $0.minimumRequestRate = 20; $0.requestTimeout = 30
        }
        defer { server.stop() }
        let slow = TestConnection(port: server.port, readTimeout: 5)
        let started = Date()
        // A byte every 0.1 s (10 B/s, under the 20 B/s asked for), until the server answers.
        for byte in "GET / HTTP/1.1\r\nHost: localhost\r\nX: " .utf8 {
            var ready = pollfd(fd: slow.fd, events: Int16(POLLIN), revents: 0)
            if poll(&ready, 1, 0) > 0 { break }
            slow.send([byte])
            Thread.sleep(forTimeInterval: 0.1)
        }
        #expect(slow.readResponse()?.status == 408)
        let seconds = Date().timeIntervalSince(started)
        #expect(seconds > 0.4 && seconds < 5, "\(seconds) s")
    }

    @Test func aFloodOfEmptyLinesIsAnswered400AndTheServerStaysUp() throws {
        let (server, _) = ServeTestSupport.startServer(root: fixture.root)
        defer { server.stop() }
        let flood = TestConnection(port: server.port, readTimeout: 5)
        let fd = flood.fd
        let sender = Thread {
            let chunk = Array(String(repeating: "\r\n", count: 32 * 1024).utf8)
            for _ in 0..<(18 * 16) {                           // 18 MB, sent until the server closes
                let sent = chunk.withUnsafeBytes { Glibc.send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
                if sent < 0 { break }
            }
        }
        let started = Date()
        sender.start()
        let response = try #require(flood.readResponse())
        #expect(response.status == 400)
        #expect(response.header("Connection") == "close")
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(ServeTestSupport.get(server.port, "/")?.status == 200)
    }

    @Test func whenEverySlotIsBusyA503IsSentAfterReadingTheRequest() throws {
        let release = DispatchSemaphore(value: 0)
        let entered = DispatchSemaphore(value: 0)
        var configuration = HTTPServerConfiguration()
        configuration.maxConnections = 2
        let server = HTTPServer(configuration: configuration, events: EventHub()) { request in
            if request.target == "/cham" { entered.signal(); release.wait() }
            return .response(.text(.ok, "xong"))
        }
        try server.bind(host: "127.0.0.1", port: 0)
        server.start()
        defer { server.stop() }
        let busy = (0..<2).map { _ in TestConnection(port: server.port) }
        for connection in busy { connection.send("GET /cham HTTP/1.1\r\nHost: localhost\r\n\r\n") }
        for _ in busy { #expect(entered.wait(timeout: .now() + 5) == .success) }
        // The refused client's request is read first, so it sees the answer, not a reset.
        let refused = TestConnection(port: server.port)
        refused.send("GET / HTTP/1.1\r\nHost: localhost\r\nX-Pad: \(String(repeating: "p", count: 4000))\r\n\r\n")
        let answer = try #require(refused.readResponse())
        #expect(answer.status == 503)
        #expect(answer.header("Connection") == "close" && answer.header("Retry-After") == "1")
        #expect(refused.closedByServer())
        release.signal(); release.signal()
        for connection in busy { #expect(connection.readResponse()?.text == "xong\n") }
        #expect(ServeTestSupport.get(server.port, "/")?.status == 200)
    }

    // MARK: Host

    @Test func hostNamesAreCheckedAgainstTheBoundAddress() {
        let loopback = HostCheck(boundHost: "127.0.0.1")
        for host in ["localhost", "LOCALHOST", "localhost.", "localhost:8080", "127.0.0.1", "127.0.0.1:9", "[::1]", "[::1]:80", "app.localhost"] {
            #expect(loopback.allows(host), "\(host)")
        }
        for host in ["evil.example", "evil.example:8080", "127.0.0.2", "localhost.evil.example", "10.0.0.1", "", "[::1", "a:b:c", "localhost:x"] {
            #expect(!loopback.allows(host), "\(host)")
        }
        #expect(loopback.allows(nil))                               // HTTP/1.0 without Host
        let lan = HostCheck(boundHost: "192.168.1.5")
        #expect(lan.allows("192.168.1.5:8080") && !lan.allows("localhost") && !lan.allows("evil.example"))
        let v6 = HostCheck(boundHost: "::1")
        #expect(v6.allows("[::1]:8080") && v6.allows("localhost") && v6.allows("127.0.0.1") && !v6.allows("evil.example"))
        for wildcard in ["0.0.0.0", "::"] {
            #expect(HostCheck(boundHost: wildcard).allows("evil.example"))
            let notice = HostCheck.wildcardNotice(host: wildcard, port: 8080)
            #expect(notice.first?.hasPrefix("Cảnh báo: --host \(wildcard)") == true)
        }
        #expect(HostCheck.wildcardNotice(host: "127.0.0.1", port: 8080).isEmpty)
    }

    @Test func aForeignHostGets421WithAReason() throws {
        let (server, _) = ServeTestSupport.startServer(root: fixture.root)
        defer { server.stop() }
        let foreign = try #require(ServeTestSupport.raw(server.port, "GET / HTTP/1.1\r\nHost: evil.example\r\n\r\n"))
        #expect(foreign.status == 421)
        #expect(foreign.text.contains("evil.example") && foreign.text.contains("DNS rebinding"))
        #expect(!foreign.text.contains("Trang chủ DTI"))
        #expect(ServeTestSupport.raw(server.port, "GET / HTTP/1.1\r\nHost: localhost:1234\r\n\r\n")?.status == 200)
        #expect(ServeTestSupport.raw(server.port, "GET / HTTP/1.0\r\n\r\n")?.status == 200)
    }
}
