/// The default theme, compiled into `dti`, so that a portal needs no
/// `Theme/` folder at all: an office that has never seen dti gets a correct
/// site from its `Content/` alone.
///
/// Each file lives in its own Swift source next to this one, named after
/// the file (`style.css.swift` holds `style.css`), as a raw string literal
/// that reads exactly as the file does. These sources are the only copy of
/// the default theme; `dti new --theme` writes them out for editing, and a
/// file of the same name in `Theme/` replaces the built-in one (see
/// `ThemeFolder`).
public enum BuiltInTheme {
    /// Every built-in file, sorted by name: the layout, the published
    /// assets, then the files dti reads but never publishes.
    public static var files: [ThemeFile] {
        let texts: [(String, String)] = [
            ("card.css", cardCSS),
            ("card.js", cardJS),
            ("compare-pick.js", comparePickJS),
            ("compare-view.js", compareViewJS),
            ("compare.js", compareJS),
            ("dti.js", dtiJS),
            ("favicon.svg", faviconSVG),
            ("layout.html", layoutHTML),
            ("logo.svg", logoSVG),
            ("search-box.js", searchBoxJS),
            ("search.js", searchJS),
            ("style.css", styleCSS),
        ]
        let published = texts.map { name, text in
            ThemeFile(name: name, bytes: Array(text.utf8), role: ThemeFile.role(of: name) ?? .asset)
        }
        return published + unpublishedFiles
    }

    /// The built-in files that dti reads but never copies to `/assets/`:
    /// the fonts social-card images and PNG icons are drawn with, and their
    /// licence, under `fonts/` (Noto Sans, SIL Open Font License 1.1; see
    /// EmbeddedFonts). A `Theme/fonts/<name>` file replaces the built-in one
    /// of that name; the renderer asks for them with `Theme.unpublishedFile(_:)`
    /// (see `CardFonts`).
    static let unpublishedFiles: [ThemeFile] = [
        ThemeFile(name: CardFonts.boldFile, bytes: EmbeddedFonts.bold, role: .unpublished),
        ThemeFile(name: CardFonts.regularFile, bytes: EmbeddedFonts.regular, role: .unpublished),
        ThemeFile(name: "fonts/OFL.txt", bytes: Array(EmbeddedFonts.license.utf8), role: .unpublished),
    ] + Language.builtIn.map { language in
        ThemeFile(name: BuiltInCatalogues.fileName(language), bytes: Array((BuiltInCatalogues.text(for: language) ?? "").utf8), role: .unpublished)
    }
}
