/// A cell that holds no usable value, and why.
enum CellProblem: Sendable, Hashable {
    /// An error value such as `#DIV/0!` or `#N/A`.
    case errorValue(String)
    /// A formula saved without its result (written by a program, never opened in Excel).
    case formulaWithoutValue(String)
    /// A `<v>` that is not a number.
    case badNumber(String)
    /// A shared string index past the end of the table.
    case badSharedString(Int)
}

/// The cells of one worksheet, as text the way a CSV cell would hold them.
///
/// Every value becomes the text a reader sees: shared, inline and formula
/// strings as written; numbers as their published digits, with a dot and
/// as many decimals as the cell's number format shows (`CellFormat`);
/// dates as `dd/mm/yyyy`; booleans as `TRUE`/`FALSE`. A formula's cached
/// result is its value. Cells that hold no value (an error, a formula
/// without result) are kept as `CellProblem`s and reported only if the
/// table really uses them.
struct Worksheet {
    enum Value: Sendable, Hashable {
        case text(String)
        case problem(CellProblem)
    }

    /// The cells read (only those inside `keep`, when given).
    private(set) var cells: [CellReference: Value] = [:]
    /// Merged areas (`<mergeCell ref="A5:A6"/>`).
    private(set) var merges: [CellRange] = []
    /// The rows holding at least one cell read, in order.
    private(set) var rows: [Int] = []

    subscript(row: Int, column: Int) -> Value? { cells[CellReference(row: row, column: column)] }

    /// Reads the sheet `sheet` of `workbook`, keeping the cells inside `keep` (all when nil).
    static func read(_ sheet: Workbook.Sheet, of workbook: Workbook, keep: CellRange?) throws(WorkbookError) -> Worksheet {
        guard let part = sheet.part else { throw .missingPart("trang tính \(sheet.name)") }
        var xml = try workbook.reader(for: part)
        var sheetCells = Worksheet()
        var row = 0, column = 0
        var seenRows = Set<Int>()
        var overflow = false
        do {
            reading: while let event = try xml.next() {
                guard case .start(let tag) = event else { continue }
                switch tag.localName {
                case "row":
                    row = tag.attribute("r").flatMap { Int($0) }.map { min(max($0, 1), CellReference.maxRow) } ?? min(row + 1, CellReference.maxRow)
                    column = 0
                case "c":
                    let reference = tag.attribute("r").flatMap { CellReference($0) }
                        ?? CellReference(row: max(row, 1), column: min(column + 1, CellReference.maxColumn))
                    row = reference.row
                    column = reference.column
                    let value = try readCell(tag, &xml, workbook: workbook)
                    guard let value, keep?.contains(row: row, column: column) ?? true else { continue }
                    guard sheetCells.cells.count < workbook.limits.maxCells else { overflow = true; break reading }
                    sheetCells.cells[reference] = value
                    if seenRows.insert(row).inserted { sheetCells.rows.append(row) }
                case "mergeCell":
                    if let range = tag.attribute("ref").flatMap({ CellRange($0) }), sheetCells.merges.count < 100_000 {
                        sheetCells.merges.append(range)
                    }
                default:
                    continue
                }
            }
        } catch {
            throw .xml(part: part, error)
        }
        if overflow { throw .tooManyCells(limit: workbook.limits.maxCells) }
        sheetCells.rows.sort()
        return sheetCells
    }

    /// The value of the cell whose start tag was just read, consuming it to
    /// its end tag; nil for a cell with nothing in it (only a style).
    private static func readCell(_ tag: XMLTag, _ xml: inout XMLReader, workbook: Workbook) throws(XMLError) -> Value? {
        var raw: String?, formula: String?, inline: String?
        var depth = 1
        while depth > 0, let event = try xml.next() {
            switch event {
            case .start(let child):
                switch child.localName {
                case "v": raw = try xml.readElementText()
                case "f": formula = try xml.readElementText()
                case "is": inline = try Workbook.richText(&xml)
                default: depth += 1
                }
            case .end:
                depth -= 1
            case .text:
                continue
            }
        }
        let type = tag.attribute("t") ?? "n"
        if type == "inlineStr" { return inline.map { .text($0) } ?? .text("") }
        // An empty `<v/>` holds no value (openpyxl writes one under every
        // formula), except as a formula's text result.
        guard let raw, !raw.isEmpty || type == "str" else {
            if let formula { return .problem(.formulaWithoutValue(formula)) }
            return nil
        }
        switch type {
        case "s":
            guard let index = Int(raw.trimmingASCIISpaces()), index >= 0, index < workbook.sharedStrings.count else {
                return .problem(.badSharedString(Int(raw.trimmingASCIISpaces()) ?? -1))
            }
            return .text(workbook.sharedStrings[index])
        case "str":
            return .text(OOXMLEscapes.decode(raw))
        case "b":
            return .text(raw.trimmingASCIISpaces() == "1" ? "TRUE" : "FALSE")
        case "e":
            return .problem(.errorValue(raw))
        case "d":
            return .text(WorkbookDates.text(iso: raw))
        default:
            guard let value = Self.number(raw) else { return .problem(.badNumber(raw)) }
            let style = tag.attribute("s").flatMap { Int($0) } ?? 0
            let format = style >= 0 && style < workbook.formats.count ? workbook.formats[style] : .general
            if case .date(let hasDate, let hasTime, let seconds) = format,
               let text = WorkbookDates.text(serial: value, date: hasDate, time: hasTime, seconds: seconds, date1904: workbook.date1904) {
                return .text(text)
            }
            return .text(format.digits(value))
        }
    }

    /// The number in a `<v>`: an xsd:double written in decimal (`187.39`,
    /// `-3`, `1.5E-3`), finite. `NaN`, `INF` and hexadecimal are refused.
    static func number(_ raw: String) -> Double? {
        let text = raw.trimmingASCIISpaces()
        var digits = 0, index = 0
        let bytes = Array(text.utf8)
        guard bytes.count <= 64 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1; digits += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1; digits += 1 }
        }
        guard digits > 0 else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > start else { return nil }
        }
        guard index == bytes.count, let value = Double(text), value.isFinite else { return nil }
        return value
    }
}

/// Excel's serial dates as Vietnamese readers write them: `15/03/2022`,
/// `15/03/2022 08:30`, `08:30:15`.
///
/// Day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was
/// (serial 60), so later serials are one day ahead of a plain count; in the
/// 1904 system, day 0 is 1904-01-01. Serials outside 0…2 958 465
/// (31/12/9999) are not dates and stay numbers.
enum WorkbookDates {
    static func text(serial: Double, date: Bool, time: Bool, seconds: Bool, date1904: Bool) -> String? {
        guard serial >= 0, serial < 2_958_466 else { return nil }
        var day = Int(serial.rounded(.down))
        var second = Int(((serial - Double(day)) * 86_400).rounded())
        if second >= 86_400 { day += 1; second -= 86_400 }
        var parts: [String] = []
        if date {
            if !date1904 && day == 60 {
                parts.append("29/02/1900")
            } else {
                // Days from 1970-01-01 of serial day 0: 1899-12-31 (or 1899-12-30
                // past the phantom leap day), or 1904-01-01.
                let epoch = date1904 ? -24_107 : (day < 60 ? -25_568 : -25_569)
                let (y, m, d) = civil(fromDays: day + epoch)
                parts.append(two(d) + "/" + two(m) + "/" + String(y))
            }
        }
        if time || !date {
            var clock = two(second / 3600) + ":" + two(second / 60 % 60)
            if seconds { clock += ":" + two(second % 60) }
            parts.append(clock)
        }
        return parts.joined(separator: " ")
    }

    /// An ISO 8601 date cell (`t="d"`, `2022-03-15T08:30:00`) in the same form;
    /// anything else is kept as written.
    static func text(iso: String) -> String {
        let bytes = Array(iso.trimmingASCIISpaces().utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            return Int(String(decoding: bytes[range], as: UTF8.self))
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return iso }
        var text = two(d) + "/" + two(m) + "/" + String(y)
        if bytes.count >= 16, bytes[10] == UInt8(ascii: "T"), let h = number(11..<13), let min = number(14..<16), h + min > 0 {
            text += " " + two(h) + ":" + two(min)
        }
        return text
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0" + String(n) : String(n) }

    /// Year, month, day of a day count from 1970-01-01 (proleptic Gregorian;
    /// H. Hinnant's `civil_from_days`).
    static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
