#if canImport(Glibc)
import Glibc
#endif

/// Which `Host` header values the preview server answers: a defence
/// against DNS rebinding.
///
/// A web page the user visits can point its own name (`evil.example`) at
/// 127.0.0.1 and then read the preview through the browser, since to the
/// browser it is the same origin. Such a request still carries
/// `Host: evil.example`. So the server answers only requests whose host is
/// the address it is bound to, or a loopback name (`localhost`,
/// `*.localhost`, `127.0.0.1`, `[::1]`) when it listens on loopback; the
/// port in the header is not compared (a forwarded port may differ).
/// Anything else gets 421 with a body saying why.
///
/// Bound to every address (`0.0.0.0`, `::`), the server cannot know the
/// names it is reached by, so it answers any host; `dti serve` then warns
/// and lists the machine's addresses (`wildcardNotice`).
public struct HostCheck: Sendable {
    /// The address given to `--host` (`127.0.0.1`, `::1`, `0.0.0.0`, `localhost`).
    public let boundHost: String

    public init(boundHost: String) { self.boundHost = boundHost }

    /// Bound to every address: any host is answered.
    public var acceptsAnyHost: Bool { boundHost == "0.0.0.0" || boundHost == "::" || boundHost.isEmpty }

    private var boundIsLoopback: Bool {
        guard boundHost != "localhost" else { return true }
        guard let address = Self.address(boundHost) else { return false }
        return address == Self.address("::1") || (address.count == 4 && address[0] == 127)
    }

    /// Whether a request with this `Host` value (nil: none, as HTTP/1.0
    /// allows) is answered.
    public func allows(_ header: String?) -> Bool {
        guard let header, !acceptsAnyHost else { return true }
        guard let name = Self.hostName(header) else { return false }
        if boundIsLoopback && (name == "localhost" || name.hasSuffix(".localhost")) { return true }
        guard let address = Self.address(name) else { return name == boundHost.lowercased() }
        if address == Self.address(boundHost == "localhost" ? "127.0.0.1" : boundHost) { return true }
        return boundIsLoopback && (address == Self.address("127.0.0.1") || address == Self.address("::1"))
    }

    /// The 421 answer for a refused host, saying what was asked and why.
    public func refusal(_ header: String, port: Int) -> HTTPResponse {
        let shown = TerminalText.visible(String(header.prefix(200)))
        return HTTPResponse.text(.misdirectedRequest,
            "Tên máy `\(shown)` không phải địa chỉ của bản xem trước này. dti serve chỉ trả lời khi được mở bằng "
            + "localhost hoặc địa chỉ nó lắng nghe (\(boundHost):\(port)), để một trang web khác không đọc được bản xem trước "
            + "qua trình duyệt (DNS rebinding). Mở http://localhost:\(port)/ thay thế.")
    }

    /// The host part of a `Host` value, lowercased, without port or
    /// trailing dot (`[::1]:8080` → `::1`); nil when malformed.
    static func hostName(_ header: String) -> String? {
        var text = Substring(header.lowercased())
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let rest = text[text.index(after: close)...]
            guard rest.isEmpty || (rest.hasPrefix(":") && rest.dropFirst().allSatisfy(\.isASCII) && rest.dropFirst().allSatisfy(\.isNumber)) else { return nil }
            return String(text[text.index(after: text.startIndex)..<close])
        }
        if let colon = text.lastIndex(of: ":") {
            let port = text[text.index(after: colon)...]
            guard port.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            text = text[..<colon]
        }
        if text.hasSuffix(".") { text = text.dropLast() }
        guard !text.isEmpty, !text.contains(":") else { return nil }
        return String(text)
    }

    /// The bytes of an IPv4 or IPv6 literal, or nil for a name.
    static func address(_ text: String) -> [UInt8]? {
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }

    /// For `dti serve --host 0.0.0.0` (or `::`): a warning that every
    /// machine on the network can open the preview and that any host name
    /// is answered, then the addresses to open it by. Empty when the
    /// server is bound to one address. `ServeCommand` prints these lines.
    public static func wildcardNotice(host: String, port: Int) -> [String] {
        guard HostCheck(boundHost: host).acceptsAnyHost else { return [] }
        var lines = ["Cảnh báo: --host \(host) mở bản xem trước cho mọi máy trong mạng, và máy chủ trả lời mọi tên máy "
                     + "(không chặn được DNS rebinding). Chỉ dùng trong mạng tin cậy; mặc định 127.0.0.1 an toàn hơn."]
        let addresses = machineAddresses(includeIPv6: host == "::")
        if !addresses.isEmpty {
            lines.append("Các địa chỉ của máy này: " + addresses.map { "http://\($0.contains(":") ? "[\($0)]" : $0):\(port)/" }.joined(separator: "  "))
        }
        return lines
    }

    /// The machine's own addresses (`getifaddrs`), loopback and link-local
    /// IPv6 left out, sorted.
    static func machineAddresses(includeIPv6: Bool) -> [String] {
        var list: UnsafeMutablePointer<ifaddrs>?
        guard getifaddrs(&list) == 0 else { return [] }
        defer { freeifaddrs(list) }
        var found = Set<String>()
        var cursor = list
        while let entry = cursor {
            defer { cursor = entry.pointee.ifa_next }
            guard let address = entry.pointee.ifa_addr else { continue }
            let family = Int32(address.pointee.sa_family)
            guard family == AF_INET || (includeIPv6 && family == AF_INET6) else { continue }
            var text = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN) + 1)
            if family == AF_INET {
                address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { var a = $0.pointee.sin_addr; _ = inet_ntop(AF_INET, &a, &text, socklen_t(text.count)) }
            } else {
                address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { var a = $0.pointee.sin6_addr; _ = inet_ntop(AF_INET6, &a, &text, socklen_t(text.count)) }
            }
            let name = String(decoding: text.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if name.hasPrefix("127.") || name == "::1" || name.hasPrefix("fe80:") || name.isEmpty { continue }
            found.insert(name)
        }
        return found.sorted()
    }
}
