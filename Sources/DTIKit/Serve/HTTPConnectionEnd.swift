#if canImport(Glibc)
import Glibc
#endif

/// How the preview server answers and ends connections it refuses, so that
/// a client always reads the answer instead of a connection reset.
///
/// Closing a socket whose client is still sending makes the kernel send a
/// reset, and a reset can discard the answer before the client reads it.
/// So an error answer is followed by a *lingering close*: the write side is
/// shut (the client sees the end of the answer), what the client still
/// sends is read and dropped for a bounded time and amount, and only then
/// is the socket closed. A client refused because every slot is busy gets
/// its request head read first, then a 503 with `Retry-After`.
extension HTTPServer {
    /// Writes a response within `writeTimeout` in all (a client that reads a
    /// byte now and then cannot hold a thread for longer).
    func writeResponse(_ fd: Int32, _ response: HTTPResponse, headOnly: Bool, keepAlive: Bool) -> Bool {
        Self.writeAll(fd, response.serialized(headOnly: headOnly, keepAlive: keepAlive),
                      deadline: Clock.now() + configuration.writeTimeout)
    }

    /// Shuts the write side, then reads and drops what the client still
    /// sends, until it closes, `lingerTimeout` passes or `lingerBytes` have
    /// been dropped. The caller closes the socket.
    func lingeringClose(_ fd: Int32) {
        shutdown(fd, Int32(SHUT_WR))
        let deadline = Clock.now() + configuration.lingerTimeout
        var dropped = 0
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16 * 1024) { chunk in
            while dropped < configuration.lingerBytes {
                let left = deadline - Clock.now()
                if left <= 0 { return }
                Self.setTimeout(fd, SO_RCVTIMEO, left)
                let count = recv(fd, chunk.baseAddress!, chunk.count, 0)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { return }
                dropped += count
            }
        }
    }

    /// Every slot is busy answering: read the client's request head (for at
    /// most `refusalReadTimeout`), answer 503 with `Connection: close`, and
    /// close lingering. The caller closes the socket.
    func refuseBusy(_ fd: Int32) {
        var reader = HTTPRequestReader(limits: configuration.limits)
        let deadline = Clock.now() + configuration.refusalReadTimeout
        var headOnly = false
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 16 * 1024) { chunk in
            reading: while true {
                switch reader.next() {
                case .complete(let request, _): headOnly = request.method == "HEAD"; break reading
                case .failed: break reading
                case .incomplete: break
                }
                let left = deadline - Clock.now()
                if left <= 0 { break }
                Self.setTimeout(fd, SO_RCVTIMEO, left)
                let count = recv(fd, chunk.baseAddress!, chunk.count, 0)
                if count < 0 && errno == EINTR { continue }
                if count <= 0 { break }
                reader.append(UnsafeBufferPointer(rebasing: chunk[0..<count]))
            }
        }
        let busy = HTTPResponse.text(.serviceUnavailable, "Máy chủ xem trước đang bận; thử lại sau giây lát.",
                                     extraHeaders: [("Retry-After", "1")])
        _ = writeResponse(fd, busy, headOnly: headOnly, keepAlive: false)
        lingeringClose(fd)
    }
}
