// libFuzzer target: the whole workbook reader (ZIP, XML parts, sheet to table) on arbitrary bytes (see .ci/fuzz).
// Not part of the SwiftPM package: Package.swift compiles Tests/DTIKitTests only.
@testable import DTIKit

/// Any bytes are read or refused with a typed error, within the reader's limits.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWorkbookTarget(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzWorkbook(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
