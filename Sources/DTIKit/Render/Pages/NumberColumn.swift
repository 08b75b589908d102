/// A table column of numbers that line up on their decimal separator
/// (the comma in Vietnamese, the dot in English: the page's `html.words`).
///
/// Published numbers keep their digits (`187,390` beside `206,45` and
/// `40`): nothing is padded or rounded. Right-aligned with tabular figures,
/// such a column still has its commas out of line, so when the column mixes
/// decimals, each cell writes its fraction (comma and digits) in a box as
/// wide as the column's longest fraction (`.fr1`–`.fr4` in the style
/// sheet, short names: a ranking has thousands of cells), an integer an
/// empty box; the integer parts then end at the same
/// place. A maximum written after the value (` / 245`) gets a box of the
/// column's widest maximum (`.mx1`–`.mx5`, counted with its `/ `). The cell's text is unchanged
/// (`187,390 / 245`), so copying, sorting and screen readers see the number.
/// A column whose values all have the same decimals and maxima of one width
/// is already aligned and is written as plain text.
struct NumberColumn {
    /// Most decimals of any value in the column (0–4 are styled).
    private(set) var fraction: Int
    /// Characters of the widest maximum (0 when values have none).
    private(set) var maxWidth: Int
    /// True when the boxes are needed.
    private(set) var aligned: Bool

    /// A column for these displayed values (decimal comma or dot, as the
    /// edition writes them) and the maxima written after them, if any.
    init(_ values: [String], maxima: [String] = []) {
        let decimals = values.map { Self.decimals($0) }
        fraction = Swift.min(decimals.max() ?? 0, 4)
        let widths = maxima.map { $0.utf8.count }   // digits and comma: ASCII
        maxWidth = Swift.min(widths.max() ?? 0, 5)
        aligned = Set(decimals).count > 1 || Set(widths).count > 1
    }

    /// A column of published numbers (nil: not published, shown as `–`),
    /// read from their digits without making display strings: ranking
    /// tables have thousands of cells.
    init(published values: [PublishedNumber?]) {
        var fewest = Int.max, most = 0
        for value in values {
            let decimals = value.map { Self.decimals(published: $0.text) } ?? 0
            fewest = Swift.min(fewest, decimals)
            most = Swift.max(most, decimals)
        }
        fraction = Swift.min(most, 4)
        maxWidth = 0
        aligned = fewest != Int.max && fewest != most
    }

    /// Digits after the decimal dot of a published number's text (`187.390` → 3).
    static func decimals(published text: String) -> Int {
        // Read on the UTF-8 bytes in place (a ranking reads one per cell).
        text.withUTF8Bytes { bytes in
            guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")) else { return 0 }
            return bytes.count - dot - 1
        }
    }

    /// A column of published numbers each followed by its maximum (`maxima`, display text).
    init(published values: [PublishedNumber?], maxima: [String]) {
        self.init(published: values)
        let widths = maxima.map { $0.utf8.count }
        maxWidth = Swift.min(widths.max() ?? 0, 5)
        aligned = aligned || Set(widths).count > 1
    }

    /// Writes a published number (or `–`) as `write(_:max:into:)` writes its
    /// display text, straight from its digits.
    func write(published number: PublishedNumber?, max: String? = nil, into html: inout HTML) {
        writeNumber(number, into: &html)
        if let max {
            html.raw(" ")
            html.element(.span, .class(aligned ? Self.maxClasses[maxWidth] : "max"), text: "/ " + max)
        }
    }

    private func writeNumber(_ number: PublishedNumber?, into html: inout HTML) {
        guard let number else { return write("–", into: &html) }
        guard aligned else { return html.published(number) }
        // The text is a sign, digits and at most one dot: written as is, no escaping needed.
        let text = number.text
        html.raw("<span class=\"v\">")
        if let dot = text.utf8.firstIndex(of: UInt8(ascii: ".")) {
            html.buffer.append(text[..<dot])
            html.raw(Self.fractionOpen[fraction])
            html.buffer.append(html.decimalSeparator)
            html.buffer.append(text[text.utf8.index(after: dot)...])
        } else {
            html.buffer.append(text)
            html.raw(Self.fractionOpen[fraction])
        }
        html.raw("</span></span>")
    }

    /// `<span class="fr frN">`, as constants.
    private static let fractionOpen: [StaticString] = ["<span class=\"fr0\">", "<span class=\"fr1\">", "<span class=\"fr2\">",
                                                       "<span class=\"fr3\">", "<span class=\"fr4\">"]

    /// Digits after the decimal separator of a displayed number: the comma
    /// (`72,73`) or the dot (`72.73`). Thousands are never grouped, so a
    /// displayed number holds at most one of them, and either is the decimal one.
    static func decimals(_ display: String) -> Int {
        guard let separator = display.utf8.lastIndex(where: isSeparator) else { return 0 }
        return display.utf8.distance(from: separator, to: display.utf8.endIndex) - 1
    }

    /// A decimal separator of a displayed number, in either language.
    private static func isSeparator(_ byte: UInt8) -> Bool { byte == UInt8(ascii: ",") || byte == UInt8(ascii: ".") }

    /// Writes one cell's content: `display` (and ` / max`). The number and
    /// its maximum each stay whole; a narrow cell may put the maximum on
    /// the next line (the space between them is the only break).
    func write(_ display: String, max: String? = nil, into html: inout HTML) {
        if !aligned {
            html.text(display)
        } else if let separator = display.utf8.firstIndex(where: Self.isSeparator) {
            html.element(.span, .class("v")) { html in
                html.text(String(display[..<separator]))
                html.element(.span, .class(Self.fractionClasses[fraction]), text: String(display[separator...]))
            }
        } else if fraction > 0 {
            html.element(.span, .class("v")) { html in
                html.text(display)
                html.element(.span, .class(Self.fractionClasses[fraction]), text: "")
            }
        } else {
            html.text(display)
        }
        if let max {
            html.raw(" ")
            html.element(.span, .class(aligned ? Self.maxClasses[maxWidth] : "max"), text: "/ " + max)
        }
    }

    private static let fractionClasses = ["fr0", "fr1", "fr2", "fr3", "fr4"]
    private static let maxClasses = ["mx0", "mx1", "mx2", "mx3", "mx4", "mx5"]
}
