/// One parsed HTTP/1.x request head (dti serve reads no request bodies).
public struct HTTPRequest: Sendable {
    public var method: String
    /// The request target as sent: `/don-vi/so-tu-phap/?x=1`.
    public var target: String
    /// `1` for HTTP/1.1, `0` for HTTP/1.0.
    public var minorVersion: Int
    /// Header fields in order; names lowercased, values trimmed.
    public var headers: [(name: String, value: String)]

    /// The first value of a header, by lowercase name.
    public func header(_ name: String) -> String? {
        headers.first { $0.name == name }?.value
    }

    /// Whether the request carries a body (which dti serve does not read, so
    /// the connection is closed after answering).
    public var hasBody: Bool {
        if header("transfer-encoding") != nil { return true }
        if let length = header("content-length"), let value = Int(length) { return value > 0 }
        return false
    }

    /// HTTP/1.1 keeps the connection open unless told `close`; HTTP/1.0 only
    /// when asked for `keep-alive`.
    public var keepAlive: Bool {
        let tokens = (header("connection") ?? "").lowercased().split(separator: ",").map { $0.trimmingASCIISpacesSubstring }
        if minorVersion >= 1 { return !tokens.contains("close") }
        return tokens.contains("keep-alive")
    }
}

/// Caps on what a client may send before it is answered with an error.
public struct HTTPLimits: Sendable {
    /// Longest request line; longer gets 414.
    public var requestLine = 8 * 1024
    /// Largest header section; larger (or one line longer than this) gets 431.
    public var headerBytes = 16 * 1024
    /// Most header fields; more gets 431.
    public var headerCount = 100
    /// Most empty lines before a request line. RFC 9112 §2.2 asks servers
    /// to ignore at least one (some clients send a CRLF after a POST body);
    /// more than this is a flood, answered 400.
    public var leadingEmptyLines = 8

    public init() {}
}

/// What the bytes received so far amount to.
public enum HTTPParseResult: Sendable {
    /// A complete request head, and how many bytes it used.
    case complete(HTTPRequest, consumed: Int)
    /// More bytes are needed.
    case incomplete
    /// The request is refused with this status (400, 414, 431, 505).
    case failed(HTTPStatus)
}

/// Parses a request head (RFC 9112): request line, header fields, empty line.
///
/// Strict where leniency would be a risk (whitespace before the colon, line
/// folding, control characters, a missing or repeated Host are all 400) and
/// lenient where clients differ harmlessly (bare LF line ends are accepted).
public enum HTTPRequestParser {
    public static func parse(_ bytes: [UInt8], limits: HTTPLimits = HTTPLimits()) -> HTTPParseResult {
        bytes.withUnsafeBufferPointer { parse($0, limits: limits) }
    }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, limits: HTTPLimits) -> HTTPParseResult {
        var start = 0
        // RFC 9112 §2.2: ignore empty lines before the request line, a few.
        var emptyLines = 0
        while start < bytes.count, bytes[start] == 13 || bytes[start] == 10 {
            if bytes[start] == 10 { emptyLines += 1 }
            start += 1
            if emptyLines > limits.leadingEmptyLines || start > 2 * limits.leadingEmptyLines + 1 { return .failed(.badRequest) }
        }
        guard let first = lineEnd(bytes, from: start) else {
            return bytes.count - start > limits.requestLine ? .failed(.uriTooLong) : .incomplete
        }
        guard first.content - start <= limits.requestLine else { return .failed(.uriTooLong) }
        var fields: [(String, String)] = []
        var position = first.next
        var headerBytes = 0
        while true {
            guard let end = lineEnd(bytes, from: position) else {
                return headerBytes + (bytes.count - position) > limits.headerBytes ? .failed(.headerFieldsTooLarge) : .incomplete
            }
            if end.content == position { position = end.next; break }
            headerBytes += end.next - position
            guard headerBytes <= limits.headerBytes else { return .failed(.headerFieldsTooLarge) }
            guard fields.count < limits.headerCount else { return .failed(.headerFieldsTooLarge) }
            guard let field = headerField(bytes, position, end.content) else { return .failed(.badRequest) }
            fields.append(field)
            position = end.next
        }
        var request: HTTPRequest
        switch requestLine(bytes, start, first.content) {
        case .success(let parsed): request = parsed
        case .failure(let status): return .failed(status)
        }
        request.headers = fields
        let hosts = fields.filter { $0.0 == "host" }
        if hosts.count > 1 || (request.minorVersion >= 1 && hosts.isEmpty) { return .failed(.badRequest) }
        if let length = request.header("content-length"), Int(length) == nil || Int(length)! < 0 { return .failed(.badRequest) }
        return .complete(request, consumed: position)
    }

    /// Where the line starting at `from` ends: the index of its CR or LF, and
    /// the index after the line break.
    private static func lineEnd(_ bytes: UnsafeBufferPointer<UInt8>, from: Int) -> (content: Int, next: Int)? {
        var index = from
        while index < bytes.count {
            if bytes[index] == 10 {
                return (index > from && bytes[index - 1] == 13 ? index - 1 : index, index + 1)
            }
            index += 1
        }
        return nil
    }

    private static func requestLine(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Result<HTTPRequest, HTTPStatus> {
        let parts = bytes[start..<end].split(separator: 32, omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, !parts[1].isEmpty else { return .failure(.badRequest) }
        guard parts[0].allSatisfy(isTokenCharacter) else { return .failure(.badRequest) }
        // The target: visible ASCII only (non-ASCII must arrive percent-encoded).
        guard parts[1].allSatisfy({ $0 > 32 && $0 < 127 }) else { return .failure(.badRequest) }
        let version = Array(parts[2])
        guard version.count == 8, version.starts(with: Array("HTTP/".utf8)), version[6] == UInt8(ascii: "."),
              isDigit(version[5]), isDigit(version[7]) else { return .failure(.badRequest) }
        guard version[5] == UInt8(ascii: "1") else { return .failure(.versionNotSupported) }
        return .success(HTTPRequest(method: String(decoding: parts[0], as: UTF8.self),
                                    target: String(decoding: parts[1], as: UTF8.self),
                                    minorVersion: Int(version[7] - 48), headers: []))
    }

    private static func headerField(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (String, String)? {
        // A line starting with whitespace is obsolete line folding: refused.
        guard start < end, bytes[start] != 32, bytes[start] != 9 else { return nil }
        guard let colon = bytes[start..<end].firstIndex(of: UInt8(ascii: ":")), colon > start else { return nil }
        guard bytes[start..<colon].allSatisfy(isTokenCharacter) else { return nil }
        var valueStart = colon + 1, valueEnd = end
        while valueStart < valueEnd, bytes[valueStart] == 32 || bytes[valueStart] == 9 { valueStart += 1 }
        while valueEnd > valueStart, bytes[valueEnd - 1] == 32 || bytes[valueEnd - 1] == 9 { valueEnd -= 1 }
        // Control characters (other than tab) and DEL are never valid in a value.
        guard bytes[valueStart..<valueEnd].allSatisfy({ ($0 >= 32 && $0 != 127) || $0 == 9 }) else { return nil }
        return (String(decoding: bytes[start..<colon], as: UTF8.self).lowercased(),
                String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self))
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    /// RFC 9110 `tchar`.
    private static func isTokenCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122: return true
        default: return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}
