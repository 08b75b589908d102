/// A language of the portal, and how numbers are written in it.
///
/// The first language of `languages` in site.conf is at the site's root; each
/// further one is an edition under `/<code>/` (`/en/`).
public struct Language: Sendable, Hashable, CustomStringConvertible {
    /// The code: `vi`, `en`. Also the `lang` attribute and the edition's folder.
    public let code: String
    /// `,` in Vietnamese (`233,06`), `.` in English (`233.06`).
    public let decimalSeparator: Character
    /// The Open Graph locale: `vi_VN`, `en_GB`.
    public let openGraphLocale: String
    /// The language's own name, for the switch between editions: `Tiếng Việt`, `English`.
    public let ownName: String

    public var description: String { code }

    /// The decimal separator as the number writers take it.
    public var separatorByte: UInt8 { decimalSeparator == "," ? NumberFormat.comma : NumberFormat.dot }

    public static let vietnamese = Language(code: "vi", decimalSeparator: ",", openGraphLocale: "vi_VN", ownName: "Tiếng Việt")
    public static let english = Language(code: "en", decimalSeparator: ".", openGraphLocale: "en_GB", ownName: "English")

    /// The languages dti has a built-in catalogue for.
    public static let builtIn: [Language] = [.vietnamese, .english]

    public static func named(_ code: String) -> Language? { builtIn.first { $0.code == code } }

    /// Writes a number's text as dti formats it (decimal comma) in this
    /// language: `233,06` stays in Vietnamese, becomes `233.06` in English.
    /// Thousands are never grouped, so the comma is only ever the decimal one.
    public func number(_ formatted: String) -> String {
        decimalSeparator == "," ? formatted : String(formatted.map { $0 == "," ? decimalSeparator : $0 })
    }
}
