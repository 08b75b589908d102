// libFuzzer target: the ZIP reader on arbitrary bytes, reading every member (see .ci/fuzz).
// Not part of the SwiftPM package: Package.swift compiles Tests/DTIKitTests only.
@testable import DTIKit

/// Any bytes open as an archive or are refused with a typed error; members
/// read within the reader's caps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZIPTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzZIP(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
