/// Control characters from content, kept out of every output.
///
/// A cell or a `.conf` value can hold any character: a form feed pasted
/// from a PDF, an ESC sequence that recolours (or rewrites) a terminal, the
/// C1 control U+0085. None is ever meant as text. Each writer deals with
/// them in the way its format allows: HTML and XML drop them (they are
/// invalid there), CSV drops them, JSON escapes them (`\u001b`), and
/// terminal output shows them as visible symbols (`␛`). Tab and line feed
/// stay where the format allows them.
///
/// "Control" here is C0 (U+0000–U+001F), DEL (U+007F) and C1
/// (U+0080–U+009F); for HTML and XML also the noncharacters U+FFFE and
/// U+FFFF, which XML 1.0 forbids.
public enum ControlCharacters {
    /// Whether `scalar` is C0, DEL or C1.
    @inline(__always)
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value <= 0x9F)
    }

    /// Whether the UTF-8 holds a control other than those in `allowed`
    /// (checked on bytes: C1 controls are `C2 80`–`C2 9F`).
    static func containsControl(_ utf8: UnsafeBufferPointer<UInt8>, allowed: (UInt8) -> Bool) -> Bool {
        for (i, byte) in utf8.enumerated() {
            if byte < 0x20 || byte == 0x7F { if !allowed(byte) { return true }; continue }
            if byte == 0xC2, i + 1 < utf8.count, utf8[i + 1] >= 0x80, utf8[i + 1] <= 0x9F { return true }
        }
        return false
    }

    /// `text` without its control characters, keeping tab and line feed
    /// when `keepTabAndLineFeed`. Returns `text` itself when it has none.
    public static func stripped(_ text: String, keepTabAndLineFeed: Bool) -> String {
        let keep: (UInt8) -> Bool = { keepTabAndLineFeed && ($0 == 0x09 || $0 == 0x0A) }
        guard text.withUTF8Bytes({ containsControl($0, allowed: keep) }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isControl(scalar) || (scalar.value < 0x80 && keep(UInt8(scalar.value))) {
            out.append(scalar)
        }
        return String(out)
    }
}

/// Text from content as a terminal should show it.
public enum TerminalText {
    /// `text` with every control character made visible: C0 and DEL as
    /// their Unicode control pictures (`\u{1B}` → `␛`, a line feed → `␊`),
    /// C1 and the bidirectional overrides as `\u{9B}`, `\u{202E}`; so that a
    /// unit name cannot move the cursor, recolour or clear the terminal,
    /// start a fake line of output, or reorder what follows it. Text without
    /// any of them is returned unchanged (the common case, checked on bytes).
    public static func visible(_ text: String) -> String {
        let suspect = text.withUTF8Bytes { utf8 in
            utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
        }
        guard suspect else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00..<0x20: out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: out.unicodeScalars.append("\u{2421}")
            case 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
