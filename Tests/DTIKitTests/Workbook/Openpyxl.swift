import Foundation
import Testing
@testable import DTIKit

/// openpyxl (PyPI), an independent implementation of .xlsx, for the tests
/// that need workbooks made, or read, by another program than dti.
///
/// When python3 cannot import openpyxl the test is skipped (`run` returns
/// nil), unless `DTI_REQUIRE_TOOLS=1` (CI, which installs it): then it fails.
enum Openpyxl {
    /// Runs `script` with `python3 script arguments…`; returns its standard output.
    static func run(_ script: String, _ arguments: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String? {
        let check = try process(["python3", "-c", "import openpyxl"])
        guard check.status == 0 else {
            if ProcessInfo.processInfo.environment["DTI_REQUIRE_TOOLS"] == "1" {
                Issue.record("DTI_REQUIRE_TOOLS=1 but python3 cannot import openpyxl (pip install openpyxl): \(check.error)", sourceLocation: sourceLocation)
            }
            return nil
        }
        let folder = TestSupport.temporaryDirectory("dti-openpyxl")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try script.write(toFile: folder + "/script.py", atomically: false, encoding: .utf8)
        let result = try process(["python3", folder + "/script.py"] + arguments)
        guard result.status == 0 else {
            Issue.record("python3 failed (\(result.status)): \(result.error)", sourceLocation: sourceLocation)
            return nil
        }
        return result.output
    }

    private static func process(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// Turns CSV tables into workbooks the way an office would type them:
    /// numbers as numbers with the number format of their published decimals
    /// (`187.390` → 187.39 shown `0.000`), every other cell as text, in
    /// `Sheet1` from A1. Arguments: pairs of CSV path and workbook path;
    /// `--text-column N` keeps column N (0-based) as text for the next pair.
    static let fromCSV = #"""
    import csv, io, re, sys, openpyxl
    NUMBER = re.compile(r'^-?\d+(?:[.,](\d+))?$')
    args, text_columns = sys.argv[1:], set()
    while args:
        if args[0] == '--text-column':
            text_columns.add(int(args[1])); args = args[2:]; continue
        source, target, args = args[0], args[1], args[2:]
        raw = open(source, encoding='utf-8-sig', newline='').read()
        first = raw.split('\n')[0]
        delimiter = max([',', ';', '\t'], key=first.count)
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = 'Sheet1'
        for r, row in enumerate(csv.reader(io.StringIO(raw), delimiter=delimiter), 1):
            for c, text in enumerate(row, 1):
                match = NUMBER.match(text)
                if text == '':
                    continue
                if r > 1 and match and (c - 1) not in text_columns:
                    decimals = len(match.group(1) or '')
                    cell = sheet.cell(row=r, column=c, value=float(text.replace(',', '.')) if decimals else int(text))
                    cell.number_format = '0.' + '0' * decimals if decimals else '0'
                else:
                    sheet.cell(row=r, column=c, value=text)
        book.save(target)
        text_columns = set()
    """#

    /// Prints, as JSON, every sheet of a workbook: its name and its rows of
    /// cells `[value, number_format, data_type, quotePrefix]`.
    static let dump = #"""
    import json, sys, openpyxl
    book = openpyxl.load_workbook(sys.argv[1])
    out = []
    for sheet in book.worksheets:
        rows = [[[c.value, c.number_format, c.data_type, bool(c.quotePrefix)] for c in row] for row in sheet.iter_rows()]
        out.append({'name': sheet.title, 'rows': rows})
    print(json.dumps(out, ensure_ascii=False))
    """#

    /// One sheet of `dump`'s output.
    struct Sheet {
        var name: String
        var rows: [[(value: Any?, format: String, type: String, quotePrefix: Bool)]]
    }

    /// The sheets of a workbook as openpyxl reads them, or nil when skipped.
    static func read(_ path: String) throws -> [Sheet]? {
        guard let output = try run(dump, [path]) else { return nil }
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        return sheets.map { sheet in
            let rows = (sheet["rows"] as? [[[Any]]] ?? []).map { row in
                row.map { cell in (value: cell[0] is NSNull ? nil : cell[0], format: cell[1] as? String ?? "", type: cell[2] as? String ?? "",
                                   quotePrefix: cell[3] as? Bool ?? false) }
            }
            return Sheet(name: sheet["name"] as? String ?? "", rows: rows)
        }
    }
}
