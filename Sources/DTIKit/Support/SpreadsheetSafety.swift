/// Keeps text cells of downloads from running as formulas (OWASP "CSV
/// injection"): a unit name such as `=HYPERLINK("http://…","Bấm vào")`
/// must stay a name in whatever spreadsheet opens the file.
///
/// A cell is dangerous when it starts with `=`, `+`, `-`, `@`, a tab or a
/// carriage return: spreadsheets read those as the start of a formula.
/// - In CSV, such a text field is written with a `'` in front (OWASP's
///   advice): Excel shows the rest as text and hides the quote.
/// - In a workbook, text cells are always strings (never `<f>`), which no
///   spreadsheet evaluates; a dangerous one also gets Excel's own "typed
///   with a leading apostrophe" style (`quotePrefix`), so that editing the
///   cell keeps it text. Its value is unchanged.
/// Only text fields are touched: numbers (a score of `-3`) are numbers, and
/// ordinary names never start with these characters, so normal data is
/// written byte for byte as before.
enum SpreadsheetSafety {
    /// Whether a spreadsheet would take `text` as a formula.
    static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
            || first == UInt8(ascii: "@") || first == 0x09 || first == 0x0D
    }

    /// `text` as a CSV text field: with `'` in front when it looks like a formula.
    static func csvText(_ text: String) -> String {
        looksLikeFormula(text) ? "'" + text : text
    }
}
