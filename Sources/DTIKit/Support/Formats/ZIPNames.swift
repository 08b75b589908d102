/// How member names in a ZIP archive become strings.
///
/// APPNOTE says a name is UTF-8 when flag bit 11 is set and IBM code page
/// 437 otherwise. Many tools write UTF-8 without the flag, though, so an
/// unflagged name that is valid UTF-8 is read as UTF-8 (ASCII names read
/// the same either way); only the rest go through code page 437, which maps
/// every byte to a character, so no name is ever unreadable. A flagged name
/// that is not valid UTF-8 is decoded with replacement characters.
enum ZIPNames {
    /// The name for `bytes`, flagged as UTF-8 or not.
    static func decode(_ bytes: [UInt8], flaggedUTF8: Bool) -> String {
        if flaggedUTF8 { return String(decoding: bytes, as: UTF8.self) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if byte < 0x80 {
                scalars.append(Unicode.Scalar(byte))
            } else {
                scalars.append(codePage437High[Int(byte) - 0x80])
            }
        }
        return String(scalars)
    }

    /// Code page 437's characters for bytes 0x80…0xFF.
    static let codePage437High: [Unicode.Scalar] = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}"
            .unicodeScalars)
}
