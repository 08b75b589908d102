import Foundation
import Testing
@testable import DTIKit

/// Helpers shared by the QR Code tests: matrices as text, the SVG path read
/// back into modules, and running a Python reference tool.
enum QRCodeTestSupport {
    /// The symbol as rows of `1` (dark) and `0` (light), no quiet zone.
    static func rows(_ code: QRCode) -> [String] {
        (0..<code.size).map { y in String((0..<code.size).map { code.isDark(x: $0, y: y) ? "1" : "0" }) }
    }

    /// Reads path data of the form `QRCodeSVG` writes (`M`, `m` and `h`
    /// commands; strokes one unit wide along `y + 0.5`) back into a grid of
    /// `side` × `side` modules. Anything else in the path is an error, so a
    /// change of drawing style fails here rather than passing unseen.
    static func rasterise(pathData d: String, side: Int) throws -> [[Bool]] {
        var grid = [[Bool]](repeating: [Bool](repeating: false, count: side), count: side)
        var scanner = Substring(d)
        var x = 0.0, y = 0.0
        func number() throws -> Double {
            while scanner.first == " " || scanner.first == "," { scanner.removeFirst() }
            let text = scanner.prefix { "-.0123456789".contains($0) }
            scanner.removeFirst(text.count)
            guard let value = Double(text) else { throw PathError.badNumber(String(scanner.prefix(12))) }
            return value
        }
        while let command = scanner.first {
            scanner.removeFirst()
            switch command {
            case "M": x = try number(); y = try number()
            case "m": x += try number(); y += try number()
            case "h":
                let length = try number()
                let row = Int((y - 0.5).rounded())
                guard length > 0, y - 0.5 == Double(row), x == x.rounded(), row >= 0, row < side,
                      x >= 0, x + length <= Double(side) else { throw PathError.offGrid(x: x, y: y, length: length) }
                for column in Int(x)..<Int(x + length) {
                    if grid[row][column] { throw PathError.overlap(x: column, y: row) }
                    grid[row][column] = true
                }
                x += length
            default: throw PathError.unexpectedCommand(command)
            }
        }
        return grid
    }

    enum PathError: Error { case badNumber(String), offGrid(x: Double, y: Double, length: Double), overlap(x: Int, y: Int), unexpectedCommand(Character) }

    /// Runs `script` with `python3` after checking that `modules` import.
    /// The input goes to the script as a JSON file (its first argument) and
    /// the script writes JSON to its second argument, which is returned.
    ///
    /// When a module is missing the test is skipped (returns nil) unless
    /// `DTI_REQUIRE_TOOLS=1`, which CI sets: then it fails.
    static func runPython(needing modules: [String], script: String, input: Any,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Any? {
        let check = try run(["python3", "-c", modules.map { "import " + $0 }.joined(separator: "; ")])
        guard check.status == 0 else {
            if ProcessInfo.processInfo.environment["DTI_REQUIRE_TOOLS"] == "1" {
                Issue.record("DTI_REQUIRE_TOOLS=1 but python3 cannot import \(modules.joined(separator: ", ")): \(check.error)",
                             sourceLocation: sourceLocation)
            }
            return nil
        }
        let folder = TestSupport.temporaryDirectory("dti-qr")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let scriptPath = folder + "/check.py", inputPath = folder + "/in.json", outputPath = folder + "/out.json"
        try script.write(toFile: scriptPath, atomically: false, encoding: .utf8)
        try JSONSerialization.data(withJSONObject: input).write(to: URL(fileURLWithPath: inputPath))
        let result = try run(["python3", scriptPath, inputPath, outputPath])
        guard result.status == 0 else {
            Issue.record("python3 failed (\(result.status)): \(result.error)", sourceLocation: sourceLocation)
            return nil
        }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: outputPath)))
    }

    /// Runs a command found on PATH; returns its exit status and standard error.
    private static func run(_ arguments: [String]) throws -> (status: Int32, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, message)
    }
}
