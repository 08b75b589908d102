import Foundation
import Testing
@testable import DTIKit

/// Workbooks written cell by cell for the reader's tests: the parts Excel
/// writes, put together with `ZIPWriter`, so that each test says exactly
/// which XML the reader meets (merged headers, formulas with and without
/// results, error values, dates, rich text). Files made by a real
/// spreadsheet library come from `Openpyxl`.
enum WorkbookFixture {
    /// One cell as the fixture writes it.
    enum Cell {
        case blank
        /// An inline string (`t="inlineStr"`).
        case text(String)
        /// A shared string by index (`t="s"`).
        case shared(Int)
        /// A number as written in `<v>`, with the style index `s`.
        case number(String, style: Int = 0)
        /// A formula with its cached result (a number), or without one.
        case formula(String, cached: String?, style: Int = 0)
        /// An error value (`t="e"`).
        case error(String)
    }

    /// Cell styles, by index: 0 General, 1 `0.000`, 2 `0.00` (built-in 2),
    /// 3 a date (built-in 14), 4 `0.0##`, 5 `0.00%` (built-in 10), 6 `#,##0.00;[Red]-#,##0.00`,
    /// 7 `0` (built-in 1), 8 `dd/mm/yyyy hh:mm`.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
        <numFmts count="4"><numFmt numFmtId="164" formatCode="0.000"/><numFmt numFmtId="165" formatCode="0.0##"/>
        <numFmt numFmtId="166" formatCode="#,##0.00;[Red]\\-#,##0.00"/><numFmt numFmtId="167" formatCode="dd/mm/yyyy\\ hh:mm"/></numFmts>
        <cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>
        <cellXfs count="9"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="2"/><xf numFmtId="14"/><xf numFmtId="165"/>
        <xf numFmtId="10"/><xf numFmtId="166"/><xf numFmtId="1"/><xf numFmtId="167"/></cellXfs>
        <dxfs count="1"><dxf><numFmt numFmtId="164" formatCode="@"/></dxf></dxfs>
        </styleSheet>
        """

    /// The `<worksheet>` XML of rows of cells (row 1 first, column A first;
    /// `firstRow` shifts them down), with merged areas.
    static func sheetXML(_ rows: [[Cell]], firstRow: Int = 1, merges: [String] = []) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        for (r, row) in rows.enumerated() {
            let number = firstRow + r
            xml += "<row r=\"\(number)\">"
            for (c, cell) in row.enumerated() {
                let ref = CellReference(row: number, column: c + 1).description
                switch cell {
                case .blank: continue
                case .text(let text): xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escape(text))</t></is></c>"
                case .shared(let index): xml += "<c r=\"\(ref)\" t=\"s\"><v>\(index)</v></c>"
                case .number(let value, let style): xml += "<c r=\"\(ref)\" s=\"\(style)\"><v>\(value)</v></c>"
                case .formula(let formula, let cached, let style):
                    xml += "<c r=\"\(ref)\" s=\"\(style)\"><f>\(escape(formula))</f>" + (cached.map { "<v>\($0)</v>" } ?? "") + "</c>"
                case .error(let value): xml += "<c r=\"\(ref)\" t=\"e\"><v>\(escape(value))</v></c>"
                }
            }
            xml += "</row>"
        }
        xml += "</sheetData>"
        if !merges.isEmpty { xml += "<mergeCells count=\"\(merges.count)\">" + merges.map { "<mergeCell ref=\"\($0)\"/>" }.joined() + "</mergeCells>" }
        return xml + "</worksheet>"
    }

    /// A whole workbook: sheets in tab order (name, worksheet XML, hidden),
    /// the shared strings (`<si>` bodies) and styles.
    static func xlsx(sheets: [(name: String, xml: String)], hidden: Set<String> = [], sharedStrings: [String] = [],
                     styles: String = styles, compress: Bool = true, date1904: Bool = false) -> [UInt8] {
        var parts: [(String, String)] = []
        parts.append(("[Content_Types].xml", """
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>
            """))
        parts.append(("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """))
        var workbook = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + (date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>") + "<sheets>"
        var rels = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for (index, sheet) in sheets.enumerated() {
            workbook += "<sheet name=\"\(escape(sheet.name))\" sheetId=\"\(index + 1)\"" + (hidden.contains(sheet.name) ? " state=\"hidden\"" : "") + " r:id=\"rId\(index + 1)\"/>"
            rels += "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
            parts.append(("xl/worksheets/sheet\(index + 1).xml", sheet.xml))
        }
        rels += "<Relationship Id=\"rId100\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
            + "<Relationship Id=\"rId101\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>"
            + "</Relationships>"
        parts.append(("xl/workbook.xml", workbook + "</sheets></workbook>"))
        parts.append(("xl/_rels/workbook.xml.rels", rels))
        parts.append(("xl/styles.xml", styles))
        parts.append(("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + sharedStrings.map { "<si>\($0)</si>" }.joined() + "</sst>"))
        var zip = ZIPWriter()
        for (path, text) in parts { try! zip.add(path: path, bytes: Array(text.utf8), compress: compress) }
        return zip.finish()
    }

    /// A one-sheet workbook called `Sheet1`.
    static func xlsx(_ rows: [[Cell]], firstRow: Int = 1, merges: [String] = [], sharedStrings: [String] = []) -> [UInt8] {
        xlsx(sheets: [("Sheet1", sheetXML(rows, firstRow: firstRow, merges: merges))], sharedStrings: sharedStrings)
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// The minimal content tree with the ranking `rankings/2022/so` as the
    /// workbook `bytes` instead of CSV (and `conf` lines added to its `.conf`).
    static func content(ranking bytes: [UInt8], name: String = "so.xlsx", conf: String = "") -> String {
        let root = TestSupport.temporaryDirectory("dti-xlsx")
        var files = TestSupport.minimalContent
        files["rankings/2022/so.csv"] = nil
        if !conf.isEmpty { files["rankings/2022/so.conf"] = (files["rankings/2022/so.conf"] ?? "") + conf }
        TestSupport.write(files, under: root)
        _ = FileManager.default.createFile(atPath: root + "/rankings/2022/" + name, contents: Data(bytes))
        return root
    }

    /// The rows of `TestSupport.minimalContent`'s ranking as cells: numbers as numbers.
    static let minimalRows: [[Cell]] = [
        [.text("STT"), .text("Tên đơn vị"), .text("Nhận thức"), .text("Chính quyền số"), .text("Tổng điểm"), .text("Xếp loại"), .text("Xếp hạng")],
        [.number("1", style: 7), .text("Sở A"), .number("40", style: 7), .number("50", style: 7), .number("90", style: 7), .text("Tốt"), .number("1", style: 7)],
        [.number("2", style: 7), .text("Sở B"), .number("30", style: 7), .number("30", style: 7), .number("60", style: 7), .text("Khá"), .number("2", style: 7)],
    ]
}
