/// A place in a source file: `Content/rankings/2022/so-ban-nganh.csv:14:6`,
/// or a cell of a workbook: `Content/rankings/2022/so-ban-nganh.xlsx:Sheet1!F14`.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path as the user should see it (relative to where `dti` runs, when possible).
    public var file: String
    /// 1-based line, or nil when the finding concerns the whole file. In a
    /// workbook (`sheet` set), the worksheet's row number.
    public var line: Int?
    /// 1-based column in characters, or nil when the finding concerns a whole
    /// line. In a workbook, the column number (6 is `F`).
    public var column: Int?
    /// The worksheet, when the file is a workbook: `line` and `column` are
    /// then printed as Excel's cell reference (`Sheet1!F14`, a whole row as
    /// `Sheet1!14:14`), the way a user finds them in Excel.
    public var sheet: String?

    public init(file: String, line: Int? = nil, column: Int? = nil, sheet: String? = nil) {
        self.file = file
        self.line = line
        self.column = column
        self.sheet = sheet
    }

    public var description: String {
        var text = file
        if let sheet {
            text += ":" + Self.quotedSheet(sheet)
            if let line { text += column.map { "!" + CellReference.columnName($0) + String(line) } ?? "!\(line):\(line)" }
            return text
        }
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }

    /// A sheet name as Excel writes it in a reference: as is when it is one
    /// word of letters, digits and `_` (`Sheet1`, `PhụLục`), else in single
    /// quotes with inner quotes doubled (`'Phụ lục 01'`).
    static func quotedSheet(_ name: String) -> String {
        let plain = !name.isEmpty && !(name.first?.isNumber ?? true)
            && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
        return plain ? name : "'" + name.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.sheet != b.sheet { return (a.sheet ?? "") < (b.sheet ?? "") }
        if (a.line ?? 0) != (b.line ?? 0) { return (a.line ?? 0) < (b.line ?? 0) }
        return (a.column ?? 0) < (b.column ?? 0)
    }
}

/// One finding about the content, printed like a compiler message.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, note

        private var order: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.order < b.order }
    }

    public var severity: Severity
    public var location: SourceLocation
    /// What is wrong, in Vietnamese, naming the values involved.
    public var message: String
    /// How to fix it, when there is something to say.
    public var hint: String?
    /// A stable identifier of the kind of finding (`score-above-max`), used to
    /// group repeats in one file and by tests.
    public var kind: String

    public init(_ severity: Severity, _ location: SourceLocation, _ message: String,
                hint: String? = nil, kind: String) {
        self.severity = severity
        self.location = location
        self.message = message
        self.hint = hint
        self.kind = kind
    }

    public static func error(_ location: SourceLocation, _ message: String, hint: String? = nil,
                             kind: String) -> Diagnostic {
        Diagnostic(.error, location, message, hint: hint, kind: kind)
    }

    public static func warning(_ location: SourceLocation, _ message: String, hint: String? = nil,
                               kind: String) -> Diagnostic {
        Diagnostic(.warning, location, message, hint: hint, kind: kind)
    }

    /// `file:line:col: error: message`, then the hint on its own indented
    /// line. Control characters from content (a unit name, a file name) are
    /// shown as visible symbols, so that printing a finding can never send
    /// escape sequences to the terminal or fake a line (see `TerminalText`).
    public var description: String {
        var text = "\(TerminalText.visible(location.description)): \(severity.rawValue): \(TerminalText.visible(message))"
        if let hint { text += "\n    gợi ý: \(TerminalText.visible(hint))" }
        return text
    }
}

/// The findings of one run, in a stable order, with helpers to print them.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []

    public init(_ items: [Diagnostic] = []) { self.items = items }

    public mutating func append(_ diagnostic: Diagnostic) { items.append(diagnostic) }
    public mutating func append(contentsOf other: [Diagnostic]) { items.append(contentsOf: other) }

    public var errors: [Diagnostic] { items.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { items.filter { $0.severity == .warning } }
    public var hasErrors: Bool { items.contains { $0.severity == .error } }

    /// Sorted by file, line and column; ties keep the order they were found in.
    public var sorted: [Diagnostic] {
        items.enumerated().sorted { a, b in
            if a.element.location != b.element.location { return a.element.location < b.element.location }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// How many findings of one kind are printed in full before the rest
    /// are summarized on one line.
    public static let repeatLimit = 3

    /// Kinds that are always printed in full: each names units a reader compares.
    public static let neverSummarized: Set<String> = ["tie-distinct-ranks"]

    /// The printable lines.
    ///
    /// Every finding is printed when `verbose`. Otherwise a kind that repeats
    /// (in one file or across many) is shown `repeatLimit` times, its hint
    /// only the first time, then one line with the count and where the rest
    /// are (files and line numbers), so that the output for a province of a
    /// few hundred units stays within a few dozen lines however many repeats
    /// lie behind it, and a real problem is never lost among them.
    public func report(verbose: Bool = false) -> [String] {
        let ordered = sorted
        guard !verbose else { return ordered.map(\.description) }
        var groups: [String: [Diagnostic]] = [:]
        for item in ordered { groups[item.severity.rawValue + "\u{0}" + item.kind, default: []].append(item) }
        var lines: [String] = []
        var shown: [String: Int] = [:]
        for item in ordered {
            let key = item.severity.rawValue + "\u{0}" + item.kind
            let index = shown[key, default: 0]
            shown[key] = index + 1
            let group = groups[key] ?? []
            if Self.neverSummarized.contains(item.kind) || index < Self.repeatLimit || group.count <= Self.repeatLimit + 1 {
                var line = item
                if index > 0 { line.hint = nil }   // the hint once per kind
                lines.append(line.description)
            } else if index == Self.repeatLimit {
                let rest = group.dropFirst(Self.repeatLimit)
                var files: [(file: String, lines: [Int])] = []
                for other in rest {
                    if files.last?.file == other.location.file { files[files.count - 1].lines += other.location.line.map { [$0] } ?? [] } else {
                        files.append((other.location.file, other.location.line.map { [$0] } ?? []))
                    }
                }
                let places = files.prefix(3).map { entry in
                    entry.lines.isEmpty ? TerminalText.visible(entry.file)
                        : TerminalText.visible(entry.file) + " dòng " + entry.lines.prefix(6).map(String.init).joined(separator: ", ") + (entry.lines.count > 6 ? ", …" : "")
                }.joined(separator: "; ") + (files.count > 3 ? "; và \(files.count - 3) tệp khác" : "")
                lines.append("\(TerminalText.visible(item.location.file)): \(item.severity.rawValue): còn \(rest.count) trường hợp tương tự (\(item.kind)) ở \(places); thêm --verbose để xem tất cả")
            }
        }
        return lines
    }

    /// `2 lỗi, 1 cảnh báo` — the one-line summary printed last.
    public var summary: String {
        let e = errors.count, w = warnings.count
        return "\(e) lỗi, \(w) cảnh báo"
    }
}

/// An error that stops a command, carrying the diagnostics that explain it.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public init(_ diagnostic: Diagnostic) { self.diagnostics = [diagnostic] }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
