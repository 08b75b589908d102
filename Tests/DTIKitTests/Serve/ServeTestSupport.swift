#if canImport(Glibc)
import Glibc
#endif
import Foundation
@testable import DTIKit

/// A response as read off a raw socket.
struct RawResponse {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]
    var text: String { String(decoding: body, as: UTF8.self) }
    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// A loopback TCP client that sends exactly the bytes it is given (no
/// normalization, unlike curl or URLSession), with every read bounded.
final class TestConnection {
    let fd: Int32
    private var buffer: [UInt8] = []

    init(port: Int, readTimeout: Double = 5) {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port)).bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        precondition(result == 0, "connect to \(port) failed: \(errno)")
        var timeout = timeval(tv_sec: Int(readTimeout), tv_usec: Int((readTimeout - Double(Int(readTimeout))) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    }

    deinit { close(fd) }

    func send(_ text: String) { send(Array(text.utf8)) }

    func send(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// Reads more bytes; false on close, error or timeout.
    private func fill() -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = recv(fd, &chunk, chunk.count, 0)
        guard count > 0 else { return false }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }

    /// Reads one response; `bodyless` for HEAD (Content-Length but no body).
    func readResponse(bodyless: Bool = false) -> RawResponse? {
        let separator = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            if buffer.count >= 4 {
                headEnd = (0...(buffer.count - 4)).first { buffer[$0..<$0 + 4].elementsEqual(separator) }
            }
            if headEnd == nil && !fill() { return nil }
        }
        let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
        buffer.removeFirst(headEnd! + 4)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let length = bodyless || status == 304 ? 0 : Int(headers["content-length"] ?? "0") ?? 0
        while buffer.count < length { if !fill() { return nil } }
        let body = Array(buffer[0..<length])
        buffer.removeFirst(length)
        return RawResponse(status: status, headers: headers, body: body)
    }

    /// Reads until `marker` has arrived (for event streams); the text read so far.
    func read(until marker: String, timeout: Double = 10) -> String? {
        let deadline = Date(timeIntervalSinceNow: timeout)
        while Date() < deadline {
            let text = String(decoding: buffer, as: UTF8.self)
            if let range = text.range(of: marker) {
                let upTo = String(text[..<range.upperBound])
                buffer.removeFirst(upTo.utf8.count)
                return upTo
            }
            if !fill() && Date() >= deadline { return nil }
        }
        return nil
    }

    /// Whether the server closed the connection (a read returns 0) within the read timeout.
    func closedByServer() -> Bool {
        var byte: UInt8 = 0
        while true {
            let count = recv(fd, &byte, 1, 0)
            if count == 0 { return true }
            if count < 0 { return errno == ECONNRESET }
        }
    }
}

enum ServeTestSupport {
    /// One request on a fresh connection.
    static func get(_ port: Int, _ target: String, method: String = "GET", headers: [String] = []) -> RawResponse? {
        let connection = TestConnection(port: port)
        connection.send("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers.map { $0 + "\r\n" }.joined() + "Connection: close\r\n\r\n")
        return connection.readResponse(bodyless: method == "HEAD")
    }

    /// Raw bytes in, one response out.
    static func raw(_ port: Int, _ request: String) -> RawResponse? {
        let connection = TestConnection(port: port)
        connection.send(request)
        return connection.readResponse()
    }

    /// A small built-looking site, plus a secret file beside it that must
    /// never be served, and symlinks pointing in and out of the root.
    static func fixtureSite() -> (root: String, secret: String) {
        let base = TestSupport.temporaryDirectory("dti-serve")
        let root = base + "/Site"
        let page = { (title: String, body: String) in
            "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>\(title)</title></head><body>\(body)</body></html>\n"
        }
        TestSupport.write([
            "index.html": page("Trang chủ", "<p>Trang chủ DTI</p>"),
            "404.html": page("Không tìm thấy", "<p>Không tìm thấy trang này</p>"),
            "don-vi/so-tu-phap/index.html": page("Sở Tư pháp", "<p>206,45 điểm</p>"),
            "assets/style.css": "body{color:#1a1a1a}\n",
            "assets/dti.js": "console.log(1)\n",
            "du-lieu/xep-hang.json": "{\"total\":233.06}\n",
            "du-lieu/xep-hang.csv": "code,total\nA,233.06\n",
            "feed.xml": "<?xml version=\"1.0\"?><feed/>\n",
            "assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n",
            "favicon.ico": "ico", "assets/a.png": "png", "assets/f.woff2": "woff2",
            "trong/.keep": "",
            ".hidden/secret.txt": "HIDDEN-SECRET",
        ], under: root)
        TestSupport.write(["secret/passwd.txt": "TOP-SECRET"], under: base)
        symlink(base + "/secret", root + "/link-out")
        symlink(base + "/secret/passwd.txt", root + "/link-file")
        symlink(root + "/don-vi", root + "/link-in")
        return (root, base + "/secret/passwd.txt")
    }

    /// A server answering from `root`, on a kernel-chosen loopback port.
    static func startServer(root: String, configure: (inout HTTPServerConfiguration) -> Void = { _ in },
                            events: EventHub = EventHub()) -> (server: HTTPServer, site: PreviewSite) {
        var configuration = HTTPServerConfiguration()
        configure(&configuration)
        let site = PreviewSite(root: root, events: events)
        let server = HTTPServer(configuration: configuration, events: events) { site.handle($0) }
        try! server.bind(host: "127.0.0.1", port: 0)
        server.start()
        return (server, site)
    }
}
