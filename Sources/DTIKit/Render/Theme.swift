/// The look of the portal: the built-in theme, with any file of `Theme/`
/// in place of the built-in file of the same name.
///
/// `layout.html` is the page shell; it holds `{{placeholder}}` markers that
/// dti fills for every page. The other top-level files (style.css,
/// logo.svg, favicon.svg, dti.js, and any file a theme adds) are copied to
/// `/assets/`; files in `fonts/` are read but never published. An office
/// changes its colours in style.css, its logo in logo.svg and its header
/// and footer text in layout.html, each by putting just that file in
/// `Theme/`: no recompiling, and every file it leaves out stays current
/// with dti.
public struct Theme: Sendable {
    /// The placeholders a layout may use.
    public enum Slot: String, Sendable, CaseIterable {
        /// `vi`, from site.conf.
        case lang
        /// The page title (escaped).
        case title
        /// Description, canonical URL, Open Graph and Twitter tags.
        case meta
        /// The relative path from the page to the site root (`../../`), for assets.
        case root
        /// The relative link from the page to its edition's home page.
        case home
        /// The portal title from site.conf (escaped).
        case siteTitle = "site_title"
        /// The main navigation.
        case nav
        /// The page body.
        case content
        /// Generated footer lines: publisher, contact, data links.
        case footer
    }

    /// Layout split at its placeholders: literal markup and slots, alternating.
    public enum Piece: Sendable {
        case markup(RawHTML)
        case slot(Slot)
        /// `{{t:shell.skip_link}}`: a word of the interface, in the page's language.
        case word(Word)
    }

    public var layout: [Piece]
    /// Files copied to `/assets/`, sorted by name.
    public var assets: [(name: String, bytes: [UInt8])]
    /// Files read but not published (`fonts/NotoSans-Regular.ttf`), by name.
    public var unpublished: [String: [UInt8]]
    /// The theme's own catalogues of interface words (`Theme/i18n/vi.conf`),
    /// by language code, with the file each came from: they override single
    /// keys of the built-in catalogues (see `BuiltInCatalogues.load`).
    public var catalogueOverrides: [String: (path: String, bytes: [UInt8])] = [:]

    public init(layout: [Piece], assets: [(name: String, bytes: [UInt8])], unpublished: [String: [UInt8]] = [:]) {
        self.layout = layout
        self.assets = assets
        self.unpublished = unpublished
    }

    /// The catalogues of `languages`, the theme's overrides laid over the built-in ones.
    public func catalogues(_ languages: [Language]) -> (catalogues: [Catalogue], diagnostics: [Diagnostic]) {
        BuiltInCatalogues.load(languages, overrides: catalogueOverrides)
    }

    /// A file that is read but not published, such as `fonts/OFL.txt`.
    public func unpublishedFile(_ name: String) -> [UInt8]? { unpublished[name] }
}
