/// What a page says about itself, for `<title>`, search engines and link previews.
public struct PageMeta: Sendable {
    public var title: String
    /// One or two sentences; for unit pages it carries the unit's result.
    public var description: String
    /// The navigation item this page belongs to.
    public var section: NavSection?
    /// Extra theme assets this page runs (`search.js`), loaded with `defer`
    /// after `dti.js`: only the pages that use a script pay for it.
    public var scripts: [String]

    /// The page's own social card; pages without one show the home page's
    /// (when the site has cards at all).
    public var image: SocialImage?

    public init(title: String, description: String, section: NavSection? = nil, scripts: [String] = [], image: SocialImage? = nil) {
        self.title = title
        self.description = description
        self.section = section
        self.scripts = scripts
        self.image = image
    }
}

/// Page titles as search results and link previews show them: at most
/// 70 characters (longer ones are cut by whole words with "…").
///
/// Characters are counted as Unicode scalars: loaded text is NFC, where
/// each Vietnamese letter with its marks is one scalar, and counting them
/// is much cheaper than grapheme clusters on every page.
public enum PageTitle {
    public static let limit = 70

    /// Whether `text` has more than `limit` characters (scalars; see above).
    /// A text of at most `limit` bytes cannot, which settles most titles
    /// without counting.
    public static func isLonger(_ text: String, than limit: Int = limit) -> Bool {
        text.utf8.count > limit && text.unicodeScalars.count > limit
    }

    /// `text` shortened to `limit` characters by whole words.
    public static func fitted(_ text: String, limit: Int = limit) -> String {
        guard isLonger(text, than: limit) else { return text }
        return TextLayout.lines(text, maxWidth: Double(limit), maxLines: 1) { Double($0.unicodeScalars.count) }.first ?? ""
    }

    /// `head` followed by `tail`, the head shortened so that the whole fits
    /// (`tail` holds what must not be lost, such as a unit's rank).
    public static func fitted(_ head: String, keeping tail: String, limit: Int = limit) -> String {
        let room = limit - tail.unicodeScalars.count
        guard head.unicodeScalars.count > room else { return head + tail }
        guard room >= 8 else { return fitted(head + tail, limit: limit) }
        return fitted(head, limit: room) + tail
    }
}

/// The main navigation.
public enum NavSection: String, Sendable, CaseIterable {
    case home, rankings, units, pillars, methodology, data

    var route: String {
        switch self {
        case .home: return Routes.home
        case .rankings: return Routes.rankings
        case .units: return Routes.units
        case .pillars: return Routes.pillars
        case .methodology: return Routes.methodology
        case .data: return Routes.openData
        }
    }

    var word: Word {
        switch self {
        case .home: return .navHome
        case .rankings: return .navRankings
        case .units: return .navUnits
        case .pillars: return .navPillars
        case .methodology: return .navMethodology
        case .data: return .navData
        }
    }
}

/// Fills the theme's layout for one page of one edition.
struct PageShell: Sendable {
    let theme: Theme
    let site: SiteConfig
    /// The interface words of this edition's language.
    let words: Catalogue
    /// This page's edition, and every edition (for the language switch and `hreflang`).
    let edition: Edition
    let editions: [Edition]
    /// Free-text pages linked from the navigation, after the main sections.
    let extraNav: [(title: String, route: String)]
    /// Navigation and footer depend only on the page's depth (and section),
    /// so they are rendered once per depth instead of once per page.
    /// By depth, then by `navSlot` of the section.
    private var navigation: [[RawHTML]] = []
    /// By depth.
    private var footers: [RawHTML] = []
    private static let cachedDepths = 0...6
    private static let sections: [NavSection?] = [nil] + NavSection.allCases.map(Optional.some)

    /// The position of a page's section in `sections`.
    private static func navSlot(_ section: NavSection?) -> Int {
        section.map { 1 + NavSection.allCases.firstIndex(of: $0)! } ?? 0
    }

    /// Social cards of pages whose meta does not carry one (home, rankings),
    /// by page path; empty when the site has no cards.
    let images: [String: SocialImage]
    /// Icon links for every page: the PNG icons dti draws (see SiteIcons).
    private let iconLinks: [(rel: String, sizes: String?, path: String)]
    /// How many folders deep the edition's root is (0, or 1 for `en/`).
    private let editionDepth: Int

    init(theme: Theme, site: SiteConfig, words: Catalogue, edition: Edition, editions: [Edition],
         extraNav: [(title: String, route: String)], images: [String: SocialImage] = [:]) {
        self.theme = theme
        self.site = site
        self.words = words
        self.edition = edition
        self.editions = editions
        self.extraNav = extraNav
        self.images = images
        editionDepth = edition.prefix.isEmpty ? 0 : 1
        iconLinks = SiteIcons.icons.map { icon in
            (icon.fullBleed ? "apple-touch-icon" : "icon", icon.fullBleed ? nil : "\(icon.side)x\(icon.side)", "assets/" + icon.name)
        }
        for depth in Self.cachedDepths {
            guard depth >= editionDepth else {
                navigation.append([])
                footers.append(RawHTML(trusted: []))
                continue
            }
            let location = PageLocation(route: String(repeating: "x/", count: depth - editionDepth), edition: edition.prefix)
            navigation.append(Self.sections.map { section in
                var html = HTML(capacity: 2048, words: words)
                writeNav(section, location, into: &html)
                return RawHTML(trusted: html.buffer.bytes)
            })
            var html = HTML(capacity: 2048, words: words)
            writeFooter(location, into: &html)
            footers.append(RawHTML(trusted: html.buffer.bytes))
        }
    }

    /// Navigation and footer are taken from the cache for relative links at a cached depth.
    private func usesCache(_ location: PageLocation) -> Bool {
        location.absoluteBase == nil && Self.cachedDepths.contains(location.depth) && location.depth >= editionDepth
    }

    func render(_ meta: PageMeta, at location: PageLocation, capacity: Int = 24_576, content: (inout HTML) -> Void) -> [UInt8] {
        var html = HTML(capacity: capacity, words: words)
        // The page's own title, at most 70 characters; the site's name is
        // added to <title> only where it still fits (og:site_name carries it).
        let pageTitle = PageTitle.fitted(meta.title)
        let withSite = pageTitle + " – " + site.title
        let fullTitle = meta.title == site.title || PageTitle.isLonger(withSite) ? pageTitle : withSite
        for piece in theme.layout {
            switch piece {
            case .markup(let raw): html.raw(raw)
            case .word(let word): html.text(words[word])
            case .slot(.lang): html.text(words.language.code)
            case .slot(.title): html.text(fullTitle)
            case .slot(.root): html.text(location.absoluteBase ?? (location.toRoot.isEmpty ? "./" : location.toRoot))
            case .slot(.home): html.text(location.link(Routes.home))
            case .slot(.siteTitle): html.text(site.title)
            case .slot(.meta): writeMeta(meta, pageTitle: pageTitle, location, into: &html)
            case .slot(.nav):
                if usesCache(location) { html.raw(navigation[location.depth][Self.navSlot(meta.section)]) } else { writeNav(meta.section, location, into: &html) }
                writeLanguageSwitch(location, into: &html)
            case .slot(.content): content(&html)
            case .slot(.footer):
                if usesCache(location) { html.raw(footers[location.depth]) } else { writeFooter(location, into: &html) }
            }
        }
        return html.buffer.bytes
    }

    private func writeMeta(_ meta: PageMeta, pageTitle: String, _ location: PageLocation, into html: inout HTML) {
        let canonical = site.baseURL + location.path
        func tag(_ key: StaticString, _ name: String, _ value: String, into html: inout HTML) {
            html.void(.meta, Attribute(key, name), Attribute("content", value))
            html.raw("\n")
        }
        tag("name", "description", meta.description, into: &html)
        html.void(.link, Attribute("rel", "canonical"), .href(canonical))
        html.raw("\n")
        // The same page in every edition, for search engines (`hreflang`).
        if editions.count > 1 {
            let route = String(location.path.dropFirst(edition.prefix.count))
            for other in editions {
                html.void(.link, Attribute("rel", "alternate"), Attribute("hreflang", other.language.code), .href(site.baseURL + other.prefix + route))
                html.raw("\n")
            }
        }
        tag("property", "og:type", "website", into: &html)
        tag("property", "og:site_name", site.title, into: &html)
        tag("property", "og:locale", words.language.openGraphLocale, into: &html)
        tag("property", "og:title", pageTitle, into: &html)
        tag("property", "og:description", meta.description, into: &html)
        tag("property", "og:url", canonical, into: &html)
        let image = site.shareCards ? meta.image ?? images[location.path] ?? images[edition.prefix + Routes.home] : nil
        if let image {
            let url = site.baseURL + image.path
            tag("property", "og:image", url, into: &html)
            tag("property", "og:image:type", "image/png", into: &html)
            tag("property", "og:image:width", String(image.width), into: &html)
            tag("property", "og:image:height", String(image.height), into: &html)
            tag("property", "og:image:alt", image.alt, into: &html)
        }
        tag("name", "twitter:card", image == nil ? "summary" : "summary_large_image", into: &html)
        tag("name", "twitter:title", pageTitle, into: &html)
        tag("name", "twitter:description", meta.description, into: &html)
        if let image {
            tag("name", "twitter:image", site.baseURL + image.path, into: &html)
            tag("name", "twitter:image:alt", image.alt, into: &html)
        }
        for icon in iconLinks {
            if let sizes = icon.sizes {
                html.void(.link, Attribute("rel", icon.rel), Attribute("type", "image/png"), Attribute("sizes", sizes), .href(location.link(icon.path)))
            } else {
                html.void(.link, Attribute("rel", icon.rel), .href(location.link(icon.path)))
            }
            html.raw("\n")
        }
        html.void(.link, Attribute("rel", "alternate"), Attribute("type", "application/atom+xml"),
                  .href(location.link("feed.xml")), .title(words(.feedTitle, ["site": site.title])))
        html.raw("\n")
        // The words the scripts show, in this edition's language, before the scripts themselves.
        html.element(.script, .src(location.link(WordsScript.path(words.language))), Attribute(flag: "defer")) { _ in }
        html.raw("\n")
        html.element(.script, .src(location.link("assets/dti.js")), Attribute(flag: "defer")) { _ in }
        for script in meta.scripts {
            html.raw("\n")
            html.element(.script, .src(location.link("assets/" + script)), Attribute(flag: "defer")) { _ in }
        }
    }

    private func writeNav(_ current: NavSection?, _ location: PageLocation, into html: inout HTML) {
        html.element(.nav, .class("site-nav"), .ariaLabel(words[.navLabel])) { html in
            html.element(.ul) { html in
                for section in NavSection.allCases {
                    html.element(.li) { html in
                        if section == current {
                            html.element(.a, .href(location.link(section.route)), Attribute("aria-current", "page"), text: words[section.word])
                        } else {
                            html.element(.a, .href(location.link(section.route)), text: words[section.word])
                        }
                    }
                }
                for page in extraNav {
                    html.element(.li) { $0.element(.a, .href(location.link(page.route)), text: page.title) }
                }
            }
        }
    }

    /// A link to the same page in each other edition, named in its own language.
    private func writeLanguageSwitch(_ location: PageLocation, into html: inout HTML) {
        guard editions.count > 1 else { return }
        html.element(.nav, .class("languages"), .ariaLabel(words[.languageSwitch])) { html in
            html.element(.ul) { html in
                for other in editions {
                    html.element(.li) { html in
                        if other.prefix == edition.prefix {
                            html.element(.span, Attribute("aria-current", "true"), .lang(other.language.code), text: other.language.ownName)
                        } else {
                            html.element(.a, .href(location.twin(in: other.prefix)), Attribute("hreflang", other.language.code), .lang(other.language.code),
                                         text: other.language.ownName)
                        }
                    }
                }
            }
        }
    }

    private func writeFooter(_ location: PageLocation, into html: inout HTML) {
        html.element(.p) { html in
            if let publisher = site.publisher {
                html.text(publisher)
                html.raw(". ")
            }
            if let contact = site.contact {
                html.text(words(.footerContact, ["contact": contact]))
                html.raw(". ")
            }
            html.text(words[.footerPublished])
        }
        html.element(.p, .class("footer-links")) { html in
            html.element(.a, .href(location.link(Routes.openData)), text: words[.footerOpenData])
            html.raw(" · ")
            html.element(.a, .href(location.link(Routes.methodology)), text: words[.footerMethodology])
            html.raw(" · ")
            html.element(.a, .href(location.link("feed.xml")), text: words[.footerFeed])
            html.raw(" · ")
            html.element(.a, .href(location.link("sitemap.xml")), text: words[.footerSitemap])
        }
    }
}
