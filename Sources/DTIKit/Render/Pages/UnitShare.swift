/// The end of every unit page: its permalink to copy, its data, its
/// website; and for a unit with results (unless the site turned its share
/// cards off), its printable A4 card, its social card image, and the code
/// to put its badge or its embed card on another website, in a `<details>`
/// that opens without JavaScript.
struct UnitShare {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation
    /// The unit's latest result; nil for a unit no table ranks.
    let summary: UnitSummary?

    func render(into html: inout HTML) {
        let words = html.words
        let canonical = context.site.baseURL + location.path
        html.element(.section, .class("share"), Attribute("aria-labelledby", "chia-se")) { html in
            html.element(.h2, .id("chia-se"), text: words[.shareHeading])
            html.element(.p) { html in
                html.text(words[.sharePermalink] + " ")
                html.element(.a, .href(canonical), .class("permalink"), text: canonical)
            }
            html.element(.button, Attribute("type", "button"), .class("copy-link"), Attribute("data-url", canonical), Attribute(flag: "hidden"),
                         text: words[.shareCopyLink])
            html.element(.p) { html in
                html.text(words[.shareData] + " ")
                html.element(.a, .href(location.link(Routes.unitJSON(unit.slug))), Attribute("download", ""), text: "JSON")
                if let website = unit.website {
                    html.raw(" · ")
                    html.element(.a, .href(website), Attribute("rel", "external"), text: words[.shareWebsite])
                }
            }
            Citation.render(Citation.unit(unit, site: context.site, words: words, edition: context.edition.prefix), into: &html)
            if let summary, context.site.shareCards { cards(summary, into: &html) }
        }
    }

    /// The A4 card and the social card, then the embed snippets. Links are
    /// relative to the unit's own folder, where the page and these files are;
    /// the snippets name this edition's badge, card and page.
    private func cards(_ summary: UnitSummary, into html: inout HTML) {
        let words = html.words
        let base = context.site.baseURL + context.edition.prefix
        html.element(.p) { html in
            html.element(.a, .href(UnitPrintPage.folder), text: words[.sharePrintCard])
            html.raw(" · ")
            html.element(.a, .href(SocialCards.fileName), text: words[.shareImage])
        }
        let badge = UnitBadge(summary: summary, style: context.cardStyle)
        let badgeURL = base + UnitBadge.path(unit.slug), embedURL = base + UnitEmbedPage.path(unit.slug)
        let permalink = base + Routes.unit(unit.slug)
        html.element(.details, .class("embed-code")) { html in
            html.element(.summary, text: words[.embedSummary])
            html.element(.p) { html in
                html.text(words[.embedBadge] + " ")
                html.void(.img, .src(UnitBadge.fileName), Attribute("alt", badge.label))
            }
            html.element(.p, text: words[.embedBadgeCode])
            html.element(.p) { html in
                html.element(.code, text: "<a href=\"\(HTML.escaped(permalink))\"><img src=\"\(HTML.escaped(badgeURL))\" alt=\"\(HTML.escaped(badge.label))\"></a>")
            }
            html.element(.p) { html in
                html.sentence(.embedCardCode, elements: ["preview": { $0.element(.a, .href(UnitEmbedPage.folder), text: words[.embedPreview]) }])
            }
            let title = words(.embedFrameTitle, ["unit": summary.name])
            html.element(.p) { html in
                html.element(.code, text: "<iframe src=\"\(HTML.escaped(embedURL))\" title=\"\(HTML.escaped(title))\" width=\"420\" height=\"460\" "
                             + "style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>")
            }
        }
    }
}
