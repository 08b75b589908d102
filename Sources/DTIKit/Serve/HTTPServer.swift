#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Timeouts and caps of the preview server.
public struct HTTPServerConfiguration: Sendable {
    public var limits = HTTPLimits()
    /// Seconds a kept-alive connection may sit idle between requests.
    public var idleTimeout = 5.0
    /// Seconds a client has to send one complete request head (slow clients
    /// are answered 408 and closed).
    public var requestTimeout = 10.0
    /// Seconds one response may take to write to a client that reads slowly
    /// or not at all.
    public var writeTimeout = 10.0
    /// Connections served at once. When all are taken, a new client takes
    /// the slot of the connection that has waited longest for a request
    /// (idle, or sending its head slowly); only when every connection is
    /// busy answering is it answered 503.
    public var maxConnections = 256
    /// The slowest a request head may arrive, in bytes per second, after
    /// `requestGrace` seconds: a client trickling a byte now and then
    /// (slowloris) is answered 408 long before `requestTimeout`.
    public var minimumRequestRate = 64.0
    public var requestGrace = 2.0
    /// Seconds a client refused with 503 has to send its request head (read
    /// and dropped, so that it sees the answer rather than a reset).
    public var refusalReadTimeout = 1.0
    /// Refusals handled at once; beyond, connections are closed at once.
    public var maxRefusals = 16
    /// After an error answer, what the client still sends is read and
    /// dropped for at most this long (and `lingerBytes`) before closing, so
    /// that closing does not reset the connection under the answer.
    public var lingerTimeout = 1.0
    public var lingerBytes = 1 << 20
    /// Answer only requests whose `Host` names this server (see `HostCheck`).
    public var checkHost = true

    public init() {}
}

/// What the server knows of one open connection.
struct ConnectionState {
    /// When it started waiting for a request (idle, or a head in progress);
    /// nil while a request is being answered or an event stream is open.
    var waitingSince: Double?
    /// Its slot was given to a newer client; its thread is ending.
    var evicted = false
}

/// Why the server could not start.
public enum HTTPServerError: Error, CustomStringConvertible {
    case portBusy(host: String, port: Int)
    case noFreePort(host: String, from: Int, to: Int)
    case badHost(String)
    case socket(String)

    public var description: String {
        switch self {
        case .portBusy(let host, let port):
            "cổng \(port) trên \(host) đang được chương trình khác dùng; chọn cổng khác bằng --port, hoặc bỏ --port để dti tự chọn"
        case .noFreePort(let host, let from, let to):
            "không còn cổng trống từ \(from) đến \(to) trên \(host); chọn cổng bằng --port"
        case .badHost(let host):
            "`\(host)` không phải địa chỉ IP; dùng ví dụ 127.0.0.1, 0.0.0.0, ::1 hoặc localhost"
        case .socket(let message):
            "không mở được cổng: \(message)"
        }
    }
}

/// A small HTTP/1.1 server on Glibc sockets: one thread per connection (so a
/// slow client never blocks another), keep-alive, timeouts, and a clean stop
/// that releases the port at once and waits for every thread to end.
public final class HTTPServer: @unchecked Sendable {
    public let configuration: HTTPServerConfiguration
    public private(set) var host = "127.0.0.1"
    public private(set) var port = 0
    private let handler: @Sendable (HTTPRequest) -> HTTPHandling
    private let events: EventHub
    let lock = NSLock()
    private var listener: Int32 = -1
    private var connections: [Int32: ConnectionState] = [:]
    /// Connections shut down to make room, whose threads have not ended yet.
    private var evicting = 0
    /// 503 answers being given.
    var refusals = 0
    private var stopping = false
    let threads = DispatchGroup()
    /// Which `Host` values are answered, set when the port is bound.
    public private(set) var hostCheck = HostCheck(boundHost: "127.0.0.1")

    public init(configuration: HTTPServerConfiguration = HTTPServerConfiguration(), events: EventHub,
                handler: @escaping @Sendable (HTTPRequest) -> HTTPHandling) {
        self.configuration = configuration
        self.events = events
        self.handler = handler
    }

    /// Binds `host:port`. When `searchNext` is more than 0 and the port is
    /// busy, the next ports are tried in turn; an explicit port never moves.
    /// Port 0 lets the kernel choose.
    public func bind(host: String, port: Int, searchNext: Int = 0) throws(HTTPServerError) {
        for candidate in port...(port + max(0, searchNext)) {
            do throws(HTTPServerError) {
                listener = try Self.listen(host: host, port: candidate)
                self.host = host
                hostCheck = HostCheck(boundHost: host)
                self.port = Self.boundPort(listener) ?? candidate
                return
            } catch .portBusy where candidate < port + searchNext {
                continue
            } catch .portBusy where searchNext > 0 {
                throw .noFreePort(host: host, from: port, to: port + searchNext)
            }
        }
        throw .noFreePort(host: host, from: port, to: port + searchNext)
    }

    /// Starts accepting on a background thread.
    public func start() {
        threads.enter()
        Thread { [self] in
            acceptLoop()
            threads.leave()
        }.start()
    }

    /// Stops accepting, ends every connection and event stream, waits for
    /// their threads, and closes the port.
    public func stop() {
        lock.lock()
        let wasStopping = stopping
        stopping = true
        if listener >= 0 { shutdown(listener, Int32(SHUT_RDWR)) }
        for fd in connections.keys { shutdown(fd, Int32(SHUT_RDWR)) }
        lock.unlock()
        guard !wasStopping else { return }
        events.stop()
        _ = threads.wait(timeout: .now() + 5)
        lock.lock()
        if listener >= 0 { close(listener); listener = -1 }
        lock.unlock()
    }

    /// Connections open now (for tests and the status line).
    public var openConnections: Int {
        lock.lock(); defer { lock.unlock() }
        return connections.count
    }

    /// Connections that have waited longest for a request go first when
    /// the slots are full (see `HTTPServerConfiguration.maxConnections`).
    private func acceptLoop() {
        while true {
            let fd = accept(listener, nil, nil)
            if fd < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                lock.lock(); let done = stopping; lock.unlock()
                if done || errno == EINVAL || errno == EBADF { return }
                usleep(10_000)  // EMFILE and friends: back off, then retry
                continue
            }
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            lock.lock()
            if stopping { lock.unlock(); close(fd); return }
            if connections.count - evicting >= configuration.maxConnections {
                let waiting = connections.compactMap { entry in
                    entry.value.evicted ? nil : entry.value.waitingSince.map { (since: $0, fd: entry.key) }
                }
                if let victim = waiting.min(by: { ($0.since, $0.fd) < ($1.since, $1.fd) })?.fd {
                    // Its thread sees end of file and ends; the new client is served now.
                    connections[victim]?.evicted = true
                    connections[victim]?.waitingSince = nil
                    evicting += 1
                    shutdown(victim, Int32(SHUT_RDWR))
                } else {
                    let polite = refusals < configuration.maxRefusals
                    if polite { refusals += 1; threads.enter() }
                    lock.unlock()
                    guard polite else { close(fd); continue }
                    Thread { [self] in
                        refuseBusy(fd)
                        close(fd)
                        lock.lock(); refusals -= 1; lock.unlock()
                        threads.leave()
                    }.start()
                    continue
                }
            }
            connections[fd] = ConnectionState(waitingSince: Clock.now())
            threads.enter()
            lock.unlock()
            Thread { [self] in
                serve(fd)
                lock.lock()
                if connections[fd]?.evicted == true { evicting -= 1 }
                connections[fd] = nil
                close(fd)
                lock.unlock()
                threads.leave()
            }.start()
        }
    }

    /// Marks a connection as waiting for a request (since `time`) or busy (nil).
    private func setWaiting(_ fd: Int32, _ time: Double?) {
        lock.lock()
        if connections[fd]?.evicted == false { connections[fd]?.waitingSince = time }
        lock.unlock()
    }

    /// One connection: read, parse, answer, repeat while kept alive.
    ///
    /// Request heads are found by an `HTTPRequestReader`, which looks at
    /// each byte once and refuses as soon as a limit is crossed. A head must
    /// arrive within `requestTimeout`, and at `minimumRequestRate` after
    /// `requestGrace`; an idle kept-alive connection is closed after
    /// `idleTimeout`.
    private func serve(_ fd: Int32) {
        Self.setTimeout(fd, SO_SNDTIMEO, configuration.writeTimeout)
        var reader = HTTPRequestReader(limits: configuration.limits)
        var started = 0.0
        var idleSince = Clock.now()
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            switch reader.next() {
            case .complete(let request, _):
                setWaiting(fd, nil)
                lock.lock(); let keepAlive = request.keepAlive && !request.hasBody && !stopping; lock.unlock()
                if configuration.checkHost, !hostCheck.allows(request.header("host")) {
                    _ = writeResponse(fd, hostCheck.refusal(request.header("host") ?? "", port: port), headOnly: request.method == "HEAD", keepAlive: false)
                    return lingeringClose(fd)
                }
                switch handler(request) {
                case .response(let response):
                    guard writeResponse(fd, response, headOnly: request.method == "HEAD", keepAlive: keepAlive), keepAlive else { return }
                    idleSince = Clock.now()
                    started = idleSince
                    setWaiting(fd, idleSince)
                    continue
                case .eventStream:
                    streamEvents(fd)
                    return
                }
            case .failed(let status):
                _ = writeResponse(fd, HTTPResponse.text(status, "Yêu cầu không hợp lệ (\(status.rawValue))."), headOnly: false, keepAlive: false)
                return lingeringClose(fd)
            case .incomplete:
                break
            }
            let deadline: Double
            if reader.hasStartedRequest {
                let allowance = configuration.requestGrace + Double(reader.bufferedCount) / configuration.minimumRequestRate
                deadline = started + min(configuration.requestTimeout, allowance)
            } else {
                deadline = idleSince + configuration.idleTimeout
            }
            let timeout = deadline - Clock.now()
            if timeout <= 0 { return reader.hasStartedRequest ? timedOut(fd) : () }
            Self.setTimeout(fd, SO_RCVTIMEO, timeout)
            let count = recv(fd, &chunk, chunk.count, 0)
            if count == 0 { return }
            if count < 0 {
                if errno == EINTR { continue }
                if errno == EAGAIN || errno == EWOULDBLOCK { continue }   // the deadline above decides
                return
            }
            if !reader.hasStartedRequest { started = Clock.now() }
            chunk.withUnsafeBufferPointer { reader.append(UnsafeBufferPointer(rebasing: $0[0..<count])) }
        }
    }

    private func timedOut(_ fd: Int32) {
        _ = writeResponse(fd, HTTPResponse.text(.requestTimeout, "Hết thời gian chờ yêu cầu."), headOnly: false, keepAlive: false)
        lingeringClose(fd)
    }

    private func streamEvents(_ fd: Int32) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n"
            + "X-Content-Type-Options: nosniff\r\nConnection: keep-alive\r\n\r\n"
        var first = true
        events.stream(send: { bytes in
            defer { first = false }
            return Self.writeAll(fd, first ? Array(head.utf8) + bytes : bytes)
        }, clientLeft: {
            // A closed connection reads as end of file; anything else the client sends is ignored.
            var byte: UInt8 = 0
            let count = recv(fd, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
            return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
        })
    }

    /// Writes everything, finishing partial writes; false when the client is
    /// gone or stopped reading (SIGPIPE is never raised: MSG_NOSIGNAL), or
    /// when `deadline` (a `Clock` time) passes first.
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], deadline: Double = .infinity) -> Bool {
        bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                if Clock.now() > deadline { return false }
                let written = send(fd, raw.baseAddress! + done, raw.count - done, Int32(MSG_NOSIGNAL))
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { return false }
                done += written
            }
            return true
        }
    }

    static func setTimeout(_ fd: Int32, _ option: Int32, _ seconds: Double) {
        let whole = max(0, Int(seconds))
        var value = timeval(tv_sec: whole, tv_usec: max(1000, Int((seconds - Double(whole)) * 1_000_000)))
        setsockopt(fd, SOL_SOCKET, option, &value, socklen_t(MemoryLayout<timeval>.size))
    }

    private static func listen(host: String, port: Int) throws(HTTPServerError) -> Int32 {
        let name = host == "localhost" ? "127.0.0.1" : host
        var v4 = in_addr(), v6 = in6_addr()
        let family: Int32
        if inet_pton(AF_INET, name, &v4) == 1 { family = AF_INET }
        else if inet_pton(AF_INET6, name, &v6) == 1 { family = AF_INET6 }
        else { throw .badHost(host) }
        let fd = socket(family, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw .socket(String(cString: strerror(errno))) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let result: Int32
        if family == AF_INET {
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port)).bigEndian
            address.sin_addr = v4
            result = bind(fd, to: &address)
        } else {
            var address = sockaddr_in6()
            address.sin6_family = sa_family_t(AF_INET6)
            address.sin6_port = in_port_t(UInt16(port)).bigEndian
            address.sin6_addr = v6
            result = bind(fd, to: &address)
        }
        if result != 0 {
            let code = errno
            close(fd)
            if code == EADDRINUSE || code == EACCES && port < 1024 { throw .portBusy(host: host, port: port) }
            throw .socket(String(cString: strerror(code)))
        }
        guard Glibc.listen(fd, 128) == 0 else {
            let message = String(cString: strerror(errno))
            close(fd)
            throw .socket(message)
        }
        return fd
    }

    /// `bind(2)` with an IPv4 or IPv6 socket address.
    private static func bind<Address>(_ fd: Int32, to address: inout Address) -> Int32 {
        withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.bind(fd, $0, socklen_t(MemoryLayout<Address>.size)) }
        }
    }

    private static func boundPort(_ fd: Int32) -> Int? {
        var address = sockaddr_storage()
        var length = socklen_t(MemoryLayout<sockaddr_storage>.size)
        let ok = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) == 0 }
        }
        guard ok else { return nil }
        let family = address.ss_family
        return withUnsafePointer(to: &address) { pointer -> Int in
            if family == sa_family_t(AF_INET) {
                return pointer.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin_port)) }
            }
            return pointer.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { Int(UInt16(bigEndian: $0.pointee.sin6_port)) }
        }
    }
}
