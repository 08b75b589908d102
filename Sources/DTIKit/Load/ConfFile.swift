/// One `key = value` line of a `.conf` file.
public struct ConfEntry: Sendable, Hashable {
    public var key: String
    public var value: String
    public var location: SourceLocation
    /// Where the value starts, for messages about the value itself.
    public var valueLocation: SourceLocation
}

/// A parsed `.conf` file: `key = value` per line, `#` starts a comment.
///
/// Each kind of file declares the keys it accepts, and a key outside that set
/// is an error naming the file and line, so that a typo never passes silently.
/// A key may also be a prefix ending in `.` (`band.`) that accepts any suffix.
public struct ConfFile: Sendable {
    public var file: String
    public var entries: [ConfEntry]

    /// Parses `data`, reporting malformed lines, unknown keys and repeated keys.
    public static func parse(_ data: [UInt8], file: String, allowedKeys: [String]) -> (ConfFile, [Diagnostic]) {
        var problems: [Diagnostic] = []
        let bytes: [UInt8]
        do {
            bytes = try TextDecoding.utf8(data).bytes
        } catch {
            problems.append(.error(SourceLocation(file: file, line: error.line), error.message,
                                   hint: "Lưu lại tệp với mã hoá UTF-8.", kind: "encoding"))
            return (ConfFile(file: file, entries: []), problems)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var entries: [ConfEntry] = []
        var seen: [String: Int] = [:]
        var lineNumber = 0
        // Exact keys in a set: a catalogue checks hundreds of lines against hundreds of keys.
        let exactKeys = Set(allowedKeys.filter { !$0.hasSuffix(".") }), keyPrefixes = allowedKeys.filter { $0.hasSuffix(".") }
        // Lines split on bytes: splitting a String on "\n" walks grapheme clusters.
        for rawBytes in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            let rawLine = Substring(rawBytes)
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let trimmed = line.drop(while: { $0 == " " || $0 == "\t" })
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let equals = line.firstIndex(of: "=") else {
                problems.append(.error(SourceLocation(file: file, line: lineNumber, column: 1),
                                       "dòng không có dạng `khoá = giá trị`: \(trimmed)",
                                       hint: "Mỗi dòng là `khoá = giá trị`; dòng ghi chú bắt đầu bằng #.",
                                       kind: "conf-syntax"))
                continue
            }
            let key = String(line[..<equals]).normalizedText
            let valueStart = line.index(after: equals)
            let value = String(line[valueStart...]).normalizedText
            let keyColumn = line.distance(from: line.startIndex, to: line.firstIndex(where: { $0 != " " && $0 != "\t" })!) + 1
            let valueOffset = line[valueStart...].prefix(while: { $0 == " " || $0 == "\t" }).count
            let valueColumn = line.distance(from: line.startIndex, to: valueStart) + valueOffset + 1
            let location = SourceLocation(file: file, line: lineNumber, column: keyColumn)
            guard exactKeys.contains(key) || keyPrefixes.contains(where: { key.hasPrefix($0) && key.count > $0.count }) else {
                let near = Self.suggestion(for: key, among: allowedKeys)
                let list = allowedKeys.map { $0.hasSuffix(".") ? $0 + "<tên>" : $0 }.joined(separator: ", ")
                problems.append(.error(location, "khoá không được hỗ trợ `\(key)`" + (near.map { "; có phải `\($0)`?" } ?? ""),
                                       hint: "Các khoá hợp lệ trong tệp này: \(list).", kind: "conf-unknown-key"))
                continue
            }
            if let previous = seen[key] {
                problems.append(.error(location, "khoá `\(key)` được khai báo lần nữa (lần đầu ở dòng \(previous))",
                                       hint: "Giữ một dòng cho mỗi khoá.", kind: "conf-duplicate-key"))
                continue
            }
            seen[key] = lineNumber
            entries.append(ConfEntry(key: key, value: value, location: location,
                                     valueLocation: SourceLocation(file: file, line: lineNumber, column: valueColumn)))
        }
        return (ConfFile(file: file, entries: entries), problems)
    }

    /// The allowed key closest to a mistyped one, if it is close enough.
    static func suggestion(for key: String, among allowed: [String]) -> String? {
        let candidates = allowed.map { ($0, EditDistance.between(key.lowercased(), $0)) }
        guard let best = candidates.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }

    /// The entry for `key`, if present.
    public func entry(_ key: String) -> ConfEntry? { entries.first { $0.key == key } }

    /// The value for `key`, if present and not empty.
    public subscript(key: String) -> String? {
        guard let value = entry(key)?.value, !value.isEmpty else { return nil }
        return value
    }

    /// Entries whose key starts with `prefix` (such as `band.`), in file order.
    public func entries(withPrefix prefix: String) -> [ConfEntry] {
        entries.filter { $0.key.hasPrefix(prefix) }
    }
}

/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
