// libFuzzer target: the HTTP request head parser and the incremental reader
// (see .ci/fuzz). The first byte of the input chooses how the rest is cut
// into reads, so the reader meets many splits of the same bytes.
@testable import DTIKit

/// The reader, fed in chunks, finds exactly the heads the one-shot parser
/// accepts, never holds more than one head's worth plus one read, and what
/// it accepts is a well-formed request.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzHTTP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let chunk = Int(data[0]) % 64 + 1
    let bytes = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    let limits = HTTPLimits()
    let bound = 2 * limits.leadingEmptyLines + 1 + limits.requestLine + 2 + limits.headerBytes + chunk
    var reader = HTTPRequestReader(limits: limits)
    var offset = 0
    var result = HTTPParseResult.incomplete
    while case .incomplete = result, offset < bytes.count {
        reader.append(Array(bytes[offset..<min(bytes.count, offset + chunk)]))
        offset += chunk
        require(reader.bufferedCount <= bound, "reader holds \(reader.bufferedCount) bytes")
        result = reader.next()
    }
    switch (result, HTTPRequestParser.parse(bytes, limits: limits)) {
    case (.complete(let request, let consumed), .complete(let again, let used)):
        require(consumed == used, "reader and parser end the head at different bytes")
        require(again.method == request.method && again.target == request.target && again.minorVersion == request.minorVersion
                     && again.headers.map(\.name) == request.headers.map(\.name)
                     && again.headers.map(\.value) == request.headers.map(\.value), "reader and parser disagree")
        require(request.target.utf8.allSatisfy { $0 > 32 && $0 < 127 }, "target with a control or space")
        _ = RequestPath.parse(request.target)
        _ = HostCheck(boundHost: "127.0.0.1").allows(request.header("host"))
    case (.complete, _):
        require(false, "reader accepted a head the parser refuses")
    case (_, .complete):
        require(false, "parser accepted a head the reader refused or missed")
    default:
        break
    }
    return 0
}
