// libFuzzer target: CSVReader.parse on arbitrary bytes (see .ci/fuzz).
// Not part of the SwiftPM package: Package.swift compiles Tests/DTIKitTests only.
@testable import DTIKit

/// Any bytes parse or fail with diagnostics; a table that parses has every
/// row as wide as its header, and every cell's position is inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let table = try CSVReader.parse(bytes, file: "f.csv")
        for row in table.rows {
            require(row.cells.count == table.header.cells.count, "ragged row accepted")
            for cell in row.cells { require(cell.line >= 1 && cell.column >= 1 && cell.line <= size + 1, "cell outside the file") }
        }
    } catch {
        require(!error.diagnostics.isEmpty, "a refusal without a diagnostic")
        for diagnostic in error.diagnostics { _ = diagnostic.description }
    }
    return 0
}
