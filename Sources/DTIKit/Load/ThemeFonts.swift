/// Reading the card faces from a theme: a `Theme/fonts/` replacement is
/// untrusted input, and a face that does not open is an error at its path
/// (the loading step's message; drawing lives in Render/Cards).
extension CardFonts {
    /// The theme's faces: the built-in ones (opened once per process) or a
    /// `Theme/fonts/` replacement, checked like any untrusted font.
    /// `themeFolder` names the folder in messages (`Theme/fonts/…`).
    static func load(from theme: Theme, themeFolder: String = "Theme") -> Result<CardFonts, DiagnosticError> {
        var digestInput: [UInt8] = []
        var faces: [TrueTypeFont] = []
        for (name, face) in [(regularFile, TrueTypeFont.EmbeddedFace.regular), (boldFile, .bold)] {
            let builtIn = face == .regular ? EmbeddedFonts.regular : EmbeddedFonts.bold
            let bytes = theme.unpublishedFile(name) ?? builtIn
            do throws(FontError) {
                faces.append(bytes == builtIn ? try TrueTypeFont.embedded(face) : try TrueTypeFont(bytes: bytes))
            } catch {
                return .failure(DiagnosticError(.error(SourceLocation(file: themeFolder + "/" + name), "không dùng được phông để vẽ ảnh thẻ: \(error)",
                                                       hint: "Dùng một tệp TrueType (.ttf) có đủ chữ tiếng Việt, hoặc xoá tệp này để dùng phông Noto Sans có sẵn.",
                                                       kind: "theme-font")))
            }
            digestInput += SHA256.hash(bytes)
        }
        return .success(CardFonts(regular: faces[0], bold: faces[1], digest: SHA256.hash(digestInput)))
    }
}
