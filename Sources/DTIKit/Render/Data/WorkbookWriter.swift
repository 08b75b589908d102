/// Writes small `.xlsx` workbooks (Office Open XML, SpreadsheetML): the
/// rankings offered for download, which open in Excel, LibreOffice and
/// Google Sheets with Vietnamese text and real numbers.
///
/// Only what such a table needs: sheets of text and number cells, a bold
/// frozen header row, column widths, a number format per count of decimals
/// (`187.390` is the number 187.39 shown with `0.000`), inline strings
/// (as openpyxl writes them: no shared string table to build, whose
/// hashing of Vietnamese text cost more than the rest of the file), and
/// the title and author in the document properties. Text is always a
/// string cell, never a formula (`SpreadsheetSafety`). The output is a
/// stored ZIP (`ZIPWriter`, no compression: a workbook of a few hundred
/// rows is small, and a national build writes hundreds of them) whose
/// bytes depend only on the cells: same table, same file.
struct WorkbookWriter {
    /// One cell.
    enum Cell: Sendable, Hashable {
        case empty
        case text(String)
        /// A number given by its published digits (`187.390`, `-3`) and shown with as many decimals.
        case number(digits: String, decimals: Int)

        /// A published number as a number cell when Excel would show exactly its
        /// digits (15 significant digits at most), else as text: the published
        /// text is never altered.
        static func published(_ number: PublishedNumber?) -> Cell {
            guard let number else { return .empty }
            let decimals = number.decimals
            guard decimals <= 30, isPlainDecimal(number.text)
                    || CellFormat.fixed(minimum: decimals, maximum: decimals, percent: false).digits(number.value) == number.text else {
                return .text(number.text)
            }
            return .number(digits: number.text, decimals: decimals)
        }

        /// Digits Excel shows back unchanged, decided without formatting:
        /// an optional `-`, no leading zero (but `0.5`), at most one `.`,
        /// at most 15 significant digits, and not a negative zero.
        static func isPlainDecimal(_ text: String) -> Bool {
            var significant = 0, integerDigits = 0, index = 0, nonZero = false, point = false
            for byte in text.utf8 {
                defer { index += 1 }
                if byte == UInt8(ascii: "-") && index == 0 { continue }
                if byte == UInt8(ascii: ".") {
                    guard !point, integerDigits > 0 else { return false }
                    point = true
                    continue
                }
                guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return false }
                if !point {
                    if integerDigits == 1 && !nonZero { return false }   // `07`, `00`
                    integerDigits += 1
                }
                if byte != UInt8(ascii: "0") { nonZero = true }
                if nonZero { significant += 1 }
            }
            return integerDigits > 0 && significant <= 15 && text.utf8.last != UInt8(ascii: ".") && (nonZero || text.utf8.first != UInt8(ascii: "-"))
        }

        static func integer(_ value: Int?) -> Cell { value.map { .number(digits: String($0), decimals: 0) } ?? .empty }
    }

    /// One sheet: its tab name (at most 31 characters, none of `[]:*?/\`),
    /// its rows, and how many of them at the top are headers (bold, frozen).
    struct Sheet: Sendable {
        var name: String
        var rows: [[Cell]]
        var headerRows: Int = 1
    }

    var title: String
    var author: String?
    var sheets: [Sheet]
    /// The document's language (`dc:language`): that of its headers, the site's first.
    var language: String = "vi-VN"

    /// The workbook's bytes.
    func bytes() -> [UInt8] {
        var used = [Bool](repeating: false, count: 31)
        for sheet in sheets {
            for row in sheet.rows {
                for cell in row { if case .number(_, let d) = cell { used[min(max(d, 0), 30)] = true } }
            }
        }
        let styles = WorkbookStyles(decimals: used.indices.filter { used[$0] })
        let sheetParts = sheets.enumerated().map { index, sheet in worksheet(sheet, selected: index == 0, styles: styles) }
        var zip = ZIPWriter()
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", contentTypes()),
            ("_rels/.rels", Array(Self.rootRelationships.utf8)),
            ("docProps/core.xml", coreProperties()),
            ("xl/workbook.xml", workbook()),
            ("xl/_rels/workbook.xml.rels", workbookRelationships()),
            ("xl/styles.xml", styles.xml()),
        ]
        for (index, part) in sheetParts.enumerated() { parts.append(("xl/worksheets/sheet\(index + 1).xml", part)) }
        for (path, bytes) in parts {
            // Names are unique and the total is far below ZIP's 4 GiB: adding cannot fail.
            try? zip.add(path: path, bytes: bytes, compress: false)
        }
        return zip.finish()
    }

    // MARK: - Parts

    private static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let officeType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    private static let rootRelationships = xmlHeader
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(officeType)officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "</Relationships>"

    private func contentTypes() -> [UInt8] {
        let type = "application/vnd.openxmlformats-officedocument.spreadsheetml."
        var xml = Self.xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"\(type)sheet.main+xml\"/>"
        for index in sheets.indices {
            xml += "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"\(type)worksheet+xml\"/>"
        }
        xml += "<Override PartName=\"/xl/styles.xml\" ContentType=\"\(type)styles+xml\"/>"
            + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            + "</Types>"
        return Array(xml.utf8)
    }

    private func coreProperties() -> [UInt8] {
        var xml = Self.xmlHeader + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
            + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + "<dc:title>" + XMLText.escaped(title) + "</dc:title>"
        if let author { xml += "<dc:creator>" + XMLText.escaped(author) + "</dc:creator>" }
        xml += "<dc:language>" + XMLText.escaped(language) + "</dc:language></cp:coreProperties>"
        return Array(xml.utf8)
    }

    private func workbook() -> [UInt8] {
        var xml = Self.xmlHeader + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">"
            + "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
        for (index, sheet) in sheets.enumerated() {
            xml += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }
        xml += "</sheets></workbook>"
        return Array(xml.utf8)
    }

    private func workbookRelationships() -> [UInt8] {
        var xml = Self.xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for index in sheets.indices {
            xml += "<Relationship Id=\"rId\(index + 1)\" Type=\"\(Self.officeType)worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
        }
        let next = sheets.count + 1
        xml += "<Relationship Id=\"rId\(next)\" Type=\"\(Self.officeType)styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
        return Array(xml.utf8)
    }

    /// One sheet's XML, in the element order the schema requires
    /// (dimension, sheetViews, sheetFormatPr, cols, sheetData).
    private func worksheet(_ sheet: Sheet, selected: Bool, styles: WorkbookStyles) -> [UInt8] {
        let width = sheet.rows.map(\.count).max() ?? 0
        var out = ByteBuffer(capacity: 1024 + sheet.rows.count * width * 40)
        out.append(Self.xmlHeader)
        out.append("<worksheet xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\">")
        let last = CellReference(row: max(sheet.rows.count, 1), column: max(width, 1))
        out.append("<dimension ref=\"A1:\(last)\"/>")
        out.append("<sheetViews><sheetView" + (selected ? " tabSelected=\"1\"" : "") + " workbookViewId=\"0\">")
        if sheet.headerRows > 0 && sheet.rows.count > sheet.headerRows {
            let top = CellReference(row: sheet.headerRows + 1, column: 1)
            out.append("<pane ySplit=\"\(sheet.headerRows)\" topLeftCell=\"\(top)\" activePane=\"bottomLeft\" state=\"frozen\"/>")
            out.append("<selection pane=\"bottomLeft\" activeCell=\"\(top)\" sqref=\"\(top)\"/>")
        }
        out.append("</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>")
        if width > 0 {
            out.append("<cols>" as StaticString)
            for column in 0..<width {
                let characters = sheet.rows.reduce(0) { widest, row in column < row.count ? max(widest, Self.displayWidth(row[column])) : widest }
                // Excel's width unit is about one digit of the default font; long texts wrap past 60.
                out.append("<col min=\"" as StaticString); out.append(column + 1)
                out.append("\" max=\"" as StaticString); out.append(column + 1)
                out.append("\" width=\"" as StaticString); out.append(min(max(characters, 6), 60) + 2)
                out.append("\" customWidth=\"1\"/>" as StaticString)
            }
            out.append("</cols>" as StaticString)
        }
        // A national build writes hundreds of thousands of cells: each cell's
        // opening tag is written in one go from bytes prepared per column,
        // row and style, and text is copied as is unless it needs escaping.
        let columnNames = (0..<width).map { Array(CellReference.columnName($0 + 1).utf8) }
        let styleAttributes = (0..<(3 + styles.decimals.count)).map { $0 == 0 ? [] : Array(" s=\"\($0)\"".utf8) }
        out.append("<sheetData>" as StaticString)
        for (r, row) in sheet.rows.enumerated() {
            let header = r < sheet.headerRows
            let rowNumber = Array(String(r + 1).utf8)
            out.append("<row r=\"" as StaticString); out.append(contentsOf: rowNumber); out.append("\">" as StaticString)
            for (c, cell) in row.enumerated() {
                let style: Int
                switch cell {
                case .empty:
                    guard header else { continue }
                    style = WorkbookStyles.header
                case .text(let text):
                    style = header ? WorkbookStyles.header : SpreadsheetSafety.looksLikeFormula(text) ? WorkbookStyles.quotedText : WorkbookStyles.general
                case .number(_, let decimals):
                    style = styles.number(decimals: decimals)
                }
                Self.openCell(column: columnNames[c], row: rowNumber, style: styleAttributes[style], into: &out)
                switch cell {
                case .empty:
                    out.append("/>" as StaticString)
                case .text(let text):
                    // Spaces at either end are kept only when the text says so.
                    let padded = text.utf8.first == 0x20 || text.utf8.last == 0x20
                    out.append(padded ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" as StaticString : " t=\"inlineStr\"><is><t>" as StaticString)
                    XMLText.append(text, to: &out)
                    out.append("</t></is></c>" as StaticString)
                case .number(let digits, _):
                    out.append("><v>" as StaticString); out.append(digits); out.append("</v></c>" as StaticString)
                }
            }
            out.append("</row>" as StaticString)
        }
        out.append("</sheetData></worksheet>" as StaticString)
        return out.bytes
    }

    private static let cellOpening: [UInt8] = Array("<c r=\"".utf8)

    /// `<c r="B12" s="3"` (the tag left open).
    private static func openCell(column: [UInt8], row: [UInt8], style: [UInt8], into out: inout ByteBuffer) {
        out.appendUnsafe(maxCount: 6 + column.count + row.count + 1 + style.count) { p in
            var n = 0
            for byte in Self.cellOpening { p[n] = byte; n += 1 }
            for byte in column { p[n] = byte; n += 1 }
            for byte in row { p[n] = byte; n += 1 }
            p[n] = UInt8(ascii: "\""); n += 1
            for byte in style { p[n] = byte; n += 1 }
            return n
        }
    }

    /// About how many characters wide a cell shows: UTF-8 lead bytes, so
    /// that Vietnamese letters count once (NFC text has few combining marks).
    private static func displayWidth(_ cell: Cell) -> Int {
        switch cell {
        case .empty: return 0
        case .text(let text):
            var text = text
            return text.withUTF8 { utf8 in utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }
        case .number(let digits, _): return digits.utf8.count
        }
    }
}

/// The cell styles of a written workbook: fixed ones, then one per count of decimals used.
private struct WorkbookStyles {
    static let general = 0, header = 1, quotedText = 2
    let decimals: [Int]

    func number(decimals count: Int) -> Int { 3 + (decimals.firstIndex(of: count) ?? 0) }

    /// The format id of `count` decimals: Excel's built-in `0` and `0.00`, else custom ids from 164.
    private func formatID(_ count: Int) -> Int { count == 0 ? 1 : count == 2 ? 2 : 164 + count }

    func xml() -> [UInt8] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        let custom = decimals.filter { $0 != 0 && $0 != 2 }
        if !custom.isEmpty {
            xml += "<numFmts count=\"\(custom.count)\">"
            for count in custom { xml += "<numFmt numFmtId=\"\(formatID(count))\" formatCode=\"0.\(String(repeating: "0", count: count))\"/>" }
            xml += "</numFmts>"
        }
        xml += "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
            + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
            + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
            + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"\(3 + decimals.count)\">"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>"
            + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" quotePrefix=\"1\"/>"
        for count in decimals {
            xml += "<xf numFmtId=\"\(formatID(count))\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        }
        xml += "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
        return Array(xml.utf8)
    }
}

/// Text as XML character data or an attribute value: `&`, `<`, `>` and `"`
/// escaped; control characters (C0 that XML 1.0 cannot hold, DEL and C1
/// that no spreadsheet should show raw), and carriage returns (which a
/// parser would turn into line feeds), written as OOXML's `_xHHHH_`; and a
/// literal `_xHHHH_` in the text protected as `_x005F_xHHHH_`.
enum XMLText {
    /// Appends `text` escaped; text with nothing to escape (nearly all) is copied as is.
    static func append(_ text: String, to out: inout ByteBuffer) {
        if needsEscaping(text) { out.append(escaped(text)) } else { out.append(text) }
    }

    private static func needsEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">")
                || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "_") || $0 == 0xEF }
        }
    }

    static func escaped(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        let scalars = Array(text.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            case "_" where isEscapeLike(scalars, at: i): out += "_x005F_"
            case "\u{FFFE}", "\u{FFFF}": out += "\u{FFFD}"
            default:
                if ControlCharacters.isControl(scalar) {   // C0, DEL and C1: as `_xHHHH_`
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Whether `_xHHHH_` starts at `i`.
    private static func isEscapeLike(_ scalars: [Unicode.Scalar], at i: Int) -> Bool {
        guard i + 7 <= scalars.count, scalars[i + 1] == "x", scalars[i + 6] == "_" else { return false }
        return scalars[(i + 2)..<(i + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
