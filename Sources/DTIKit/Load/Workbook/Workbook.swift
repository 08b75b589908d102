/// An opened `.xlsx` (or `.xlsm`) workbook: its sheets, shared strings and
/// cell formats, read from the ZIP package (ECMA-376 / ISO 29500 Part 1).
///
/// The parts are found as the standard says, through the relationships
/// (`_rels/.rels` → the workbook, `xl/_rels/workbook.xml.rels` → sheets,
/// shared strings, styles), with the usual paths as a fallback; relationship
/// types are compared by their last word, so transitional and strict OOXML
/// both work. Only what tables need is read: sheet names and order, the
/// 1904 date system, strings, number formats. A sheet is read on demand
/// (`Worksheet.read`).
struct Workbook {
    /// One sheet, in the workbook's tab order.
    struct Sheet: Sendable, Hashable {
        var name: String
        /// The part holding it (`xl/worksheets/sheet1.xml`), nil when missing.
        var part: String?
        /// False for sheets Excel hides (`state="hidden"` / `"veryHidden"`).
        var visible: Bool
        /// False for chart and dialog sheets.
        var isWorksheet: Bool
    }

    let sheets: [Sheet]
    let sharedStrings: [String]
    /// Cell formats by style index (`s="3"` on a cell is `formats[3]`).
    let formats: [CellFormat]
    /// Serial day 0 is 1904-01-01 instead of 1899-12-31 (old Mac workbooks).
    let date1904: Bool
    let limits: WorkbookLimits
    private let archive: ZIPArchive

    private static let ole2Signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    init(bytes: [UInt8], limits: WorkbookLimits = .default) throws(WorkbookError) {
        if bytes.starts(with: Self.ole2Signature) {
            // A password-protected .xlsx is an OLE2 file whose streams are
            // `EncryptionInfo` and `EncryptedPackage` (MS-OFFCRYPTO); names are UTF-16LE.
            let marker = Array("EncryptedPackage".utf16.flatMap { [UInt8(truncatingIfNeeded: $0), UInt8(truncatingIfNeeded: $0 >> 8)] })
            throw Self.contains(bytes, marker) ? .encrypted : .oldFormat
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw .notAWorkbook }
        do {
            archive = try ZIPArchive(bytes: bytes, limits: limits.archive)
        } catch {
            throw .archive(error)
        }
        self.limits = limits
        // Part names compare without case (Open Packaging Conventions).
        var parts: [String: String] = [:]
        for entry in archive.entries { parts[entry.name.lowercased()] = parts[entry.name.lowercased()] ?? entry.name }
        let root = try Self.relationships(in: archive, of: "", parts: parts, limits: limits)
        let wanted = root.first { $0.type == "officeDocument" }?.target ?? "xl/workbook.xml"
        guard let workbookPart = parts[wanted.lowercased()] else { throw .missingPart(wanted) }
        let related = try Self.relationships(in: archive, of: workbookPart, parts: parts, limits: limits)
        let (sheets, date1904) = try Self.readWorkbook(archive, part: workbookPart, relationships: related, limits: limits)
        guard !sheets.isEmpty else { throw .noSheets }
        self.sheets = sheets
        self.date1904 = date1904
        let folder = Self.folder(of: workbookPart)
        let stringsPart = parts[(related.first { $0.type == "sharedStrings" }?.target ?? folder + "sharedStrings.xml").lowercased()]
        if let stringsPart { sharedStrings = try Self.readSharedStrings(archive, part: stringsPart, limits: limits) } else { sharedStrings = [] }
        let stylesPart = parts[(related.first { $0.type == "styles" }?.target ?? folder + "styles.xml").lowercased()]
        if let stylesPart { formats = try Self.readFormats(archive, part: stylesPart, limits: limits) } else { formats = [] }
    }

    /// The uncompressed bytes of a part, as an XML reader.
    func reader(for part: String) throws(WorkbookError) -> XMLReader {
        try Self.reader(archive, part: part, limits: limits)
    }

    /// The sheet `name` names, or the first visible worksheet when nil.
    /// Names compare exactly, then ignoring case and surrounding spaces.
    func sheet(named name: String?) throws(WorkbookError) -> Sheet {
        guard let name else {
            guard let first = sheets.first(where: { $0.visible && $0.isWorksheet }) ?? sheets.first(where: \.isWorksheet) else {
                throw .notAWorksheet(sheets[0].name)
            }
            return first
        }
        let wanted = name.normalizedText
        guard let sheet = sheets.first(where: { $0.name.normalizedText == wanted })
            ?? sheets.first(where: { $0.name.normalizedText.lowercased() == wanted.lowercased() }) else {
            throw .sheetNotFound(name, available: sheets.map(\.name))
        }
        guard sheet.isWorksheet else { throw .notAWorksheet(sheet.name) }
        return sheet
    }

    // MARK: - Parts

    /// One relationship: its type's last word (`worksheet`, `styles`) and the
    /// target part's full path inside the archive.
    struct Relationship {
        var id: String
        var type: String
        var target: String
    }

    /// The relationships of `part` (from `<folder>/_rels/<name>.rels`); none
    /// when that part is absent. `parts` maps lowercased names to the archive's.
    static func relationships(in archive: ZIPArchive, of part: String, parts: [String: String],
                              limits: WorkbookLimits) throws(WorkbookError) -> [Relationship] {
        let folder = folder(of: part)
        guard let relsPart = parts[(folder + "_rels/" + String(part.dropFirst(folder.count)) + ".rels").lowercased()] else { return [] }
        var xml = try reader(archive, part: relsPart, limits: limits)
        var list: [Relationship] = []
        do {
            while let event = try xml.next() {
                guard case .start(let tag) = event, tag.localName == "Relationship",
                      tag.attribute("TargetMode")?.lowercased() != "external",
                      let id = tag.attribute("Id"), let type = tag.attribute("Type"), let target = tag.attribute("Target") else { continue }
                let word = type.split(separator: "/").last.map(String.init) ?? type
                let path = resolve(target, from: folder)
                list.append(Relationship(id: id, type: word, target: parts[path.lowercased()] ?? path))
            }
        } catch {
            throw .xml(part: relsPart, error)
        }
        return list
    }

    private static func readWorkbook(_ archive: ZIPArchive, part: String, relationships: [Relationship],
                                     limits: WorkbookLimits) throws(WorkbookError) -> ([Sheet], Bool) {
        var xml = try reader(archive, part: part, limits: limits)
        var sheets: [Sheet] = []
        var date1904 = false
        do {
            while let event = try xml.next() {
                guard case .start(let tag) = event else { continue }
                switch tag.localName {
                case "workbookPr":
                    date1904 = ["1", "true"].contains(tag.attribute("date1904")?.lowercased() ?? "")
                case "sheet":
                    let relation = tag.attribute("id").flatMap { id in relationships.first { $0.id == id } }
                    let state = tag.attribute("state")?.lowercased() ?? "visible"
                    sheets.append(Sheet(name: tag.attribute("name") ?? "Sheet\(sheets.count + 1)", part: relation?.target,
                                        visible: state == "visible", isWorksheet: relation.map { $0.type == "worksheet" } ?? true))
                default:
                    continue
                }
            }
        } catch {
            throw .xml(part: part, error)
        }
        return (sheets, date1904)
    }

    /// Every `<si>` of the shared string table: its text runs joined,
    /// phonetic guides (`<rPh>`, for East Asian readings) left out.
    private static func readSharedStrings(_ archive: ZIPArchive, part: String, limits: WorkbookLimits) throws(WorkbookError) -> [String] {
        var xml = try reader(archive, part: part, limits: limits)
        var strings: [String] = []
        var overflow = false
        do {
            while let event = try xml.next() {
                guard case .start(let tag) = event, tag.localName == "si" else { continue }
                guard strings.count < limits.maxSharedStrings else { overflow = true; break }
                strings.append(try richText(&xml))
            }
        } catch {
            throw .xml(part: part, error)
        }
        if overflow { throw .tooManyCells(limit: limits.maxSharedStrings) }
        return strings
    }

    /// The text of a string item (`<si>` or `<is>`) whose start tag was just
    /// read: its `<t>` elements, plain or in runs, without phonetic guides.
    static func richText(_ xml: inout XMLReader) throws(XMLError) -> String {
        var text = ""
        var depth = 1, phonetic = 0, inText = 0
        while depth > 0, let event = try xml.next() {
            switch event {
            case .start(let tag):
                depth += 1
                if tag.localName == "rPh" { phonetic += 1 }
                if tag.localName == "t" { inText += 1 }
            case .end(let name):
                depth -= 1
                if XMLTag.local(name) == "rPh" { phonetic -= 1 }
                if XMLTag.local(name) == "t" { inText -= 1 }
            case .text(let chunk):
                if inText > 0 && phonetic == 0 { text += chunk }
            }
        }
        return OOXMLEscapes.decode(text)
    }

    /// The number format of every cell style (`<cellXfs>`), custom codes
    /// from `<numFmts>` and Excel's built-in ones by id.
    private static func readFormats(_ archive: ZIPArchive, part: String, limits: WorkbookLimits) throws(WorkbookError) -> [CellFormat] {
        var xml = try reader(archive, part: part, limits: limits)
        var codes: [Int: String] = [:]
        var formats: [CellFormat] = []
        var section = ""
        do {
            while let event = try xml.next() {
                switch event {
                case .start(let tag):
                    let name = tag.localName
                    if name == "numFmts" || name == "cellXfs" || name == "cellStyleXfs" || name == "dxfs" { section = String(name) }
                    if name == "numFmt", section == "numFmts", let id = tag.attribute("numFmtId").flatMap({ Int($0) }) {
                        codes[id] = tag.attribute("formatCode") ?? ""
                    } else if name == "xf", section == "cellXfs" {
                        let id = tag.attribute("numFmtId").flatMap { Int($0) } ?? 0
                        // Excel allows 64 000 styles; a cell pointing past the list shows as General.
                        if formats.count < 65_536 { formats.append(codes[id].map { CellFormat(code: $0) } ?? CellFormat.builtIn(id)) }
                    }
                case .end(let name):
                    let local = XMLTag.local(name)
                    if local == "numFmts" || local == "cellXfs" || local == "cellStyleXfs" || local == "dxfs" { section = "" }
                case .text:
                    continue
                }
            }
        } catch {
            throw .xml(part: part, error)
        }
        return formats
    }

    static func reader(_ archive: ZIPArchive, part: String, limits: WorkbookLimits) throws(WorkbookError) -> XMLReader {
        let bytes: [UInt8]
        do { bytes = try archive.contents(of: part) } catch .noSuchEntry { throw .missingPart(part) } catch { throw .archive(error) }
        do { return try XMLReader(bytes, limits: limits.xml) } catch { throw .xml(part: part, error) }
    }

    // MARK: - Paths

    /// `xl/` for `xl/workbook.xml`; empty at the root.
    static func folder(of part: String) -> String {
        guard let slash = part.lastIndex(of: "/") else { return "" }
        return String(part[...slash])
    }

    /// A relationship target as a path in the archive: absolute (`/xl/…`)
    /// or relative to the source part's folder, `.` and `..` resolved.
    static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for piece in joined.split(separator: "/") {
            if piece == "." { continue }
            if piece == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(piece)
        }
        return parts.joined(separator: "/")
    }

    private static func contains(_ bytes: [UInt8], _ marker: [UInt8]) -> Bool {
        guard let first = marker.first, bytes.count >= marker.count else { return false }
        var i = 0
        while i + marker.count <= bytes.count {
            if bytes[i] == first && bytes[i..<(i + marker.count)].elementsEqual(marker) { return true }
            i += 1
        }
        return false
    }
}

/// OOXML's escapes for characters XML cannot hold: `_x000D_` is a carriage
/// return, and `_x005F_` a literal underscore that protects a following `_x…_`.
enum OOXMLEscapes {
    /// `text` with every `_xHHHH_` replaced by its UTF-16 code unit (pairs
    /// of surrogates joined); an escape that is not a character stays as is.
    static func decode(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        let units = Array(text.utf16)
        var out: [UInt16] = []
        out.reserveCapacity(units.count)
        var i = 0
        while i < units.count {
            if let unit = escape(units, at: i) {
                out.append(unit)
                i += 7
            } else {
                out.append(units[i])
                i += 1
            }
        }
        return String(decoding: out, as: UTF16.self)
    }

    /// The code unit of `_xHHHH_` at `i`, if there is one.
    private static func escape(_ units: [UInt16], at i: Int) -> UInt16? {
        guard i + 7 <= units.count, units[i] == 0x5F, units[i + 1] == 0x78, units[i + 6] == 0x5F else { return nil }
        var value: UInt16 = 0
        for unit in units[(i + 2)..<(i + 6)] {
            let digit: UInt16
            switch unit {
            case 0x30...0x39: digit = unit - 0x30
            case 0x41...0x46: digit = unit - 0x41 + 10
            case 0x61...0x66: digit = unit - 0x61 + 10
            default: return nil
            }
            value = value << 4 | digit
        }
        return value
    }
}
