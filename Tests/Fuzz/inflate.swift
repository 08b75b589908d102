// libFuzzer target: the DEFLATE and zlib decoders on arbitrary bytes (see .ci/fuzz).
// Not part of the SwiftPM package: Package.swift compiles Tests/DTIKitTests only.
@testable import DTIKit

/// Any bytes decode or are refused with a typed error; output never passes
/// the limit (checked inside `fuzzInflate`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInflateTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzInflate(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
