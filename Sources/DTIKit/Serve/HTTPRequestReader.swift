#if canImport(Glibc)
import Glibc
#endif

/// Finds request heads in a connection's bytes as they arrive, looking at
/// each byte once.
///
/// The server used to parse everything buffered again after every read,
/// and to keep whatever a client sent before its request line: one
/// connection sending CR LF for ever took 18 MB and 10 s of CPU. Here the
/// bytes are read line by line, and the state between reads is kept (where
/// the current line starts, how many header bytes and fields so far), so
/// the limits of `HTTPLimits` are enforced as soon as they are crossed:
/// the buffer never holds more than one head's worth plus one read. Only
/// a complete head is handed to `HTTPRequestParser`, which checks it whole,
/// once.
public struct HTTPRequestReader {
    public let limits: HTTPLimits
    private var buffer: [UInt8] = []
    /// Where the current head starts (after any leading empty lines).
    private var start = 0
    /// Where the line being read starts, and how far it has been searched.
    private var lineStart = 0
    private var searched = 0
    private var phase = Phase.beforeRequestLine
    private var leadingLines = 0, leadingBytes = 0
    private var headerBytes = 0, headerFields = 0

    private enum Phase { case beforeRequestLine, requestLine, headers }

    public init(limits: HTTPLimits = HTTPLimits()) { self.limits = limits }

    /// Bytes received and not yet used by a returned request.
    public var bufferedCount: Int { buffer.count }

    /// Whether a request has begun (any byte of it, even an empty line, has arrived).
    public var hasStartedRequest: Bool { !buffer.isEmpty }

    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(contentsOf: bytes) }
    public mutating func append(_ bytes: [UInt8]) { buffer.append(contentsOf: bytes) }

    /// The next complete request, `.incomplete` when more bytes are needed,
    /// or the status to refuse the connection with.
    public mutating func next() -> HTTPParseResult {
        if phase == .beforeRequestLine {
            while searched < buffer.count, buffer[searched] == 13 || buffer[searched] == 10 {
                if buffer[searched] == 10 { leadingLines += 1 }
                leadingBytes += 1
                searched += 1
                if leadingLines > limits.leadingEmptyLines || leadingBytes > 2 * limits.leadingEmptyLines + 1 {
                    return .failed(.badRequest)
                }
            }
            guard searched < buffer.count else { return .incomplete }
            start = searched
            lineStart = searched
            phase = .requestLine
        }
        while searched < buffer.count {
            guard let lf = firstLineFeed(from: searched) else {
                searched = buffer.count
                break
            }
            searched = lf + 1
            let contentEnd = lf > lineStart && buffer[lf - 1] == 13 ? lf - 1 : lf
            if phase == .requestLine {
                guard contentEnd - lineStart <= limits.requestLine else { return .failed(.uriTooLong) }
                phase = .headers
            } else if contentEnd == lineStart {
                return finish(end: lf + 1)
            } else {
                headerBytes += lf + 1 - lineStart
                headerFields += 1
                guard headerBytes <= limits.headerBytes, headerFields <= limits.headerCount else { return .failed(.headerFieldsTooLarge) }
            }
            lineStart = lf + 1
        }
        // The line still open may already be too long.
        let open = buffer.count - lineStart
        if phase == .requestLine && open > limits.requestLine { return .failed(.uriTooLong) }
        if phase == .headers && headerBytes + open > limits.headerBytes { return .failed(.headerFieldsTooLarge) }
        return .incomplete
    }

    /// Parses the head `start..<end` whole, then drops it from the buffer.
    private mutating func finish(end: Int) -> HTTPParseResult {
        let result = buffer[start..<end].withUnsafeBufferPointer { HTTPRequestParser.parse($0, limits: limits) }
        buffer.removeSubrange(0..<end)
        start = 0; lineStart = 0; searched = 0
        phase = .beforeRequestLine
        leadingLines = 0; leadingBytes = 0; headerBytes = 0; headerFields = 0
        switch result {
        case .complete(let request, _): return .complete(request, consumed: end)
        case .incomplete: return .failed(.badRequest)   // cannot happen: the head is complete
        case .failed(let status): return .failed(status)
        }
    }

    private func firstLineFeed(from index: Int) -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard index < bytes.count, let base = bytes.baseAddress,
                  let found = memchr(base + index, 10, bytes.count - index) else { return nil }
            return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
        }
    }
}
