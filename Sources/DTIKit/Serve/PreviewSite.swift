#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// What a request to the preview server gets back.
public enum HTTPHandling: Sendable {
    case response(HTTPResponse)
    /// The connection becomes a Server-Sent Events stream.
    case eventStream
}

/// Answers requests from the built site folder, the way a static host would,
/// plus what only a preview does: the live-reload script in every HTML
/// response and, while the last build has failed, the error page.
public final class PreviewSite: @unchecked Sendable {
    /// The site folder (swapped whole by each successful build).
    public let root: String
    public let events: EventHub
    private let lock = NSLock()
    private var failure: DiagnosticList?

    public init(root: String, events: EventHub) {
        self.root = root
        self.events = events
    }

    /// Records the outcome of a build: nil when it succeeded, else its
    /// diagnostics, shown on every HTML request until a build succeeds.
    public func setFailure(_ diagnostics: DiagnosticList?) {
        lock.lock(); failure = diagnostics; lock.unlock()
    }

    public var failedBuild: DiagnosticList? {
        lock.lock(); defer { lock.unlock() }
        return failure
    }

    public func handle(_ request: HTTPRequest) -> HTTPHandling {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .response(.text(.methodNotAllowed, "Chỉ nhận GET và HEAD.", extraHeaders: [("Allow", "GET, HEAD")]))
        }
        guard let path = RequestPath.parse(request.target) else {
            return .response(.text(.badRequest, "Đường dẫn không hợp lệ."))
        }
        if path.segments.first == "__dti" {
            if "/" + path.segments.joined(separator: "/") == LiveReload.eventsPath, request.method == "GET" {
                return events.reserve() ? .eventStream : .response(.text(.serviceUnavailable, "Quá nhiều kết nối tải lại."))
            }
            return .response(.text(.notFound, "Không có."))
        }
        let generation = events.generation
        let lookup = SiteFileLookup.find(path, in: root)
        if let failure = failedBuild, wantsHTML(lookup) {
            return .response(HTTPResponse(status: .internalServerError, headers: [("Content-Type", MIMEType.forPath(".html"))],
                                          body: BuildErrorPage.render(failure, generation: generation)))
        }
        switch lookup {
        case .file(let file):
            return .response(serve(file: file, request: request, generation: generation))
        case .redirect(let location):
            return .response(.text(.movedPermanently, "Chuyển tới \(location)", extraHeaders: [("Location", location)]))
        case .forbidden:
            return .response(.text(.forbidden, "Không được phép."))
        case .notFound:
            return .response(notFound(generation: generation))
        }
    }

    /// A request that a browser would show as a page: an HTML file, a
    /// folder, or something missing (which gets the 404 page).
    private func wantsHTML(_ lookup: SiteFileLookup) -> Bool {
        switch lookup {
        case .file(let file): return file.hasSuffix(".html")
        case .notFound, .redirect: return true
        case .forbidden: return false
        }
    }

    private func serve(file: String, request: HTTPRequest, generation: Int) -> HTTPResponse {
        var info = stat()
        guard stat(file, &info) == 0, let bytes = FileSystem.read(file) else { return notFound(generation: generation) }
        let isHTML = file.hasSuffix(".html")
        // Identity of this version of the file; HTML also varies with the
        // injected generation.
        var tag = "\"\(hex(UInt64(info.st_ino)))-\(hex(UInt64(bytes.count)))-\(hex(UInt64(info.st_mtim.tv_sec)))\(hex(UInt64(info.st_mtim.tv_nsec)))"
        if isHTML { tag += "-g\(generation)" }
        tag += "\""
        let headers = [("Content-Type", MIMEType.forPath(file)), ("ETag", tag)]
        if let match = request.header("if-none-match"), Self.etag(tag, matches: match) {
            return HTTPResponse(status: .notModified, headers: [("ETag", tag)])
        }
        return HTTPResponse(status: .ok, headers: headers,
                            body: isHTML ? LiveReload.inject(into: bytes, generation: generation) : bytes)
    }

    private func notFound(generation: Int) -> HTTPResponse {
        let page = FileSystem.read(root + "/404.html").map { LiveReload.inject(into: $0, generation: generation) }
        return HTTPResponse(status: .notFound, headers: [("Content-Type", MIMEType.forPath(page == nil ? ".txt" : ".html"))],
                            body: page ?? Array("Không tìm thấy trang.\n".utf8))
    }

    /// `If-None-Match`: `*` or a list of tags, compared weakly (RFC 9110 §13.1.2).
    static func etag(_ tag: String, matches header: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var value = candidate.trimmingASCIISpacesSubstring
            if value == "*" { return true }
            if value.hasPrefix("W/") { value.removeFirst(2) }
            return value == tag
        }
    }

    private func hex(_ value: UInt64) -> String { String(value, radix: 16) }
}
