/// The statuses dti serve answers with.
public enum HTTPStatus: Int, Sendable, Error {
    case ok = 200
    case movedPermanently = 301
    case notModified = 304
    case badRequest = 400
    case forbidden = 403
    case notFound = 404
    case methodNotAllowed = 405
    case requestTimeout = 408
    case uriTooLong = 414
    /// The request names another host (see `HostCheck`).
    case misdirectedRequest = 421
    case headerFieldsTooLarge = 431
    case internalServerError = 500
    case notImplemented = 501
    case serviceUnavailable = 503
    case versionNotSupported = 505

    public var reason: String {
        switch self {
        case .ok: "OK"
        case .movedPermanently: "Moved Permanently"
        case .notModified: "Not Modified"
        case .badRequest: "Bad Request"
        case .forbidden: "Forbidden"
        case .notFound: "Not Found"
        case .methodNotAllowed: "Method Not Allowed"
        case .requestTimeout: "Request Timeout"
        case .uriTooLong: "URI Too Long"
        case .misdirectedRequest: "Misdirected Request"
        case .headerFieldsTooLarge: "Request Header Fields Too Large"
        case .internalServerError: "Internal Server Error"
        case .notImplemented: "Not Implemented"
        case .serviceUnavailable: "Service Unavailable"
        case .versionNotSupported: "HTTP Version Not Supported"
        }
    }
}

/// A complete response: status, headers and body. `Content-Length`,
/// `Connection` and the headers every response carries are added when it is
/// serialized, so no handler can forget them.
public struct HTTPResponse: Sendable {
    public var status: HTTPStatus
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public init(status: HTTPStatus, headers: [(name: String, value: String)] = [], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }

    /// A short plain-text answer, for errors that are not pages.
    public static func text(_ status: HTTPStatus, _ message: String, extraHeaders: [(name: String, value: String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + extraHeaders,
                     body: Array((message + "\n").utf8))
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The bytes on the wire. A HEAD answer keeps the GET's Content-Length
    /// but sends no body; 304 sends neither.
    public func serialized(headOnly: Bool, keepAlive: Bool) -> [UInt8] {
        var out = ByteBuffer(capacity: 256 + (headOnly ? 0 : body.count))
        out.append("HTTP/1.1 \(status.rawValue) \(status.reason)\r\n")
        for (name, value) in headers { out.append("\(name): \(value)\r\n") }
        if header("Cache-Control") == nil { out.append("Cache-Control: no-store\r\n") }
        out.append("X-Content-Type-Options: nosniff\r\n")
        if status != .notModified { out.append("Content-Length: \(body.count)\r\n") }
        out.append(keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n")
        if !headOnly && status != .notModified { out.append(contentsOf: body) }
        return out.bytes
    }
}

/// Content types by file extension, with `charset=utf-8` on every text type.
public enum MIMEType {
    public static func forPath(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: ".") else { return "application/octet-stream" }
        switch name[name.index(after: dot)...].lowercased() {
        case "html", "htm": return "text/html; charset=utf-8"
        case "css": return "text/css; charset=utf-8"
        case "js", "mjs": return "text/javascript; charset=utf-8"
        case "json": return "application/json; charset=utf-8"
        case "csv": return "text/csv; charset=utf-8"
        case "xml": return "application/xml; charset=utf-8"
        case "svg": return "image/svg+xml; charset=utf-8"
        case "txt", "md": return "text/plain; charset=utf-8"
        case "webmanifest": return "application/manifest+json; charset=utf-8"
        case "ico": return "image/x-icon"
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        case "woff2": return "font/woff2"
        case "woff": return "font/woff"
        case "pdf": return "application/pdf"
        case "xlsx": return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        default: return "application/octet-stream"
        }
    }
}
