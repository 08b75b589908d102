/// The page around a unit's embed card and printed card: no navigation,
/// no footer; the site's style.css for colours, `card.css` for the layout,
/// and `card.js`, which fills in the print date. Both pages say `noindex` and name the unit's page as canonical:
/// they repeat it, they are not pages to be found on their own.
enum CardPageShell {
    static func render(context: RenderContext, location: PageLocation, title: String, description: String, canonical: String,
                       bodyClass: String, capacity: Int = 12_288, content: (inout HTML) -> Void) -> [UInt8] {
        var html = HTML(capacity: capacity, words: context.words)
        html.raw("<!DOCTYPE html>\n")
        html.element(.html, .lang(context.words.language.code)) { html in
            html.element(.head) { html in
                html.raw("\n")
                html.void(.meta, Attribute("charset", "utf-8"))
                html.raw("\n")
                html.void(.meta, Attribute("name", "viewport"), Attribute("content", "width=device-width, initial-scale=1"))
                html.raw("\n")
                html.element(.title, text: PageTitle.fitted(title))
                html.raw("\n")
                html.void(.meta, Attribute("name", "robots"), Attribute("content", "noindex"))
                html.void(.meta, Attribute("name", "description"), Attribute("content", description))
                html.void(.meta, Attribute("property", "og:title"), Attribute("content", PageTitle.fitted(title)))
                html.void(.meta, Attribute("property", "og:url"), Attribute("content", canonical))
                html.void(.link, Attribute("rel", "canonical"), .href(canonical))
                html.raw("\n")
                html.void(.link, Attribute("rel", "stylesheet"), .href(location.link("assets/style.css")))
                html.void(.link, Attribute("rel", "stylesheet"), .href(location.link("assets/card.css")))
                html.void(.link, Attribute("rel", "icon"), .href(location.link("assets/favicon.svg")), Attribute("type", "image/svg+xml"))
                html.element(.script, .src(location.link("assets/card.js")), Attribute(flag: "defer")) { _ in }
                html.raw("\n")
            }
            html.element(.body, .class(bodyClass)) { html in
                html.raw("\n")
                content(&html)
                html.raw("\n")
            }
        }
        html.raw("\n")
        return html.buffer.bytes
    }

    /// The unit's headline as both card pages show it: the number with its
    /// maximum, the rank of N with the class badge, and the change.
    static func headline(_ summary: UnitSummary, into html: inout HTML) {
        html.element(.p, .class("card-score")) { html in
            html.element(.span, .class("card-label"), text: summary.headlineLabel + " ")
            html.element(.strong, text: summary.headlineValue)
            if !summary.headlineDetail.isEmpty { html.element(.span, .class("card-max"), text: " " + summary.headlineDetail) }
        }
        html.element(.p, .class("card-rank")) { html in
            html.element(.strong, text: summary.rankText)
            if summary.classLabel != nil { html.raw(" ") }
            Components.classBadge(summary.classLabel, into: &html)
        }
        if let change = summary.change {
            let tone: String
            switch summary.changeTone {
            case .up: tone = "card-change up"
            case .down: tone = "card-change down"
            case .same, .neutral: tone = "card-change"
            }
            html.element(.p, .class(tone), text: change)
        }
    }

    /// A bar of `share` (0–1) with the group mean marked: decorative, since
    /// the numbers stand beside it in the same row.
    static func bar(share: Double, mean: Double?, into html: inout HTML) {
        html.element(.svg, Attribute("viewBox", "0 0 100 10"), Attribute("preserveAspectRatio", "none"), Attribute("aria-hidden", "true"),
                     Attribute("focusable", "false"), .class("card-bar")) { html in
            html.void(.rect, .class("track"), Attribute("width", integer: 100), Attribute("height", integer: 10), selfClosing: true)
            html.void(.rect, .class("fill"), Attribute("width", number: max(0, min(1, share)) * 100), Attribute("height", integer: 10), selfClosing: true)
            if let mean {
                html.void(.rect, .class("mean"), Attribute("x", number: max(0, min(1, mean)) * 100 - 0.75), Attribute("width", number: 1.5),
                          Attribute("height", integer: 10), selfClosing: true)
            }
        }
    }
}

/// `/don-vi/<slug>/nhung/`: a unit's result as a small card for other
/// websites to show in an `<iframe>`: the name, the headline, the index
/// bars and a link back to the unit's page, nothing else. Links open in a
/// new tab, since the frame is someone else's page.
struct UnitEmbedPage {
    let context: RenderContext
    let unit: UnitModel
    let summary: UnitSummary

    /// The page's folder inside the unit's.
    static let folder = "nhung/"
    static func path(_ slug: String) -> String { Routes.unit(slug) + folder }

    func render() -> [UInt8] {
        let words = context.words
        let location = context.location(Self.path(unit.slug))
        let permalink = context.site.baseURL + context.location(Routes.unit(unit.slug)).path
        return CardPageShell.render(context: context, location: location,
                                    title: words(.embedTitle, ["unit": summary.name, "period": words.period(summary.period)]),
                                    description: words(.embedDescription, ["summary": summary.sentence]),
                                    canonical: permalink, bodyClass: "embed") { html in
            html.element(.main, .class("embed-card")) { html in
                html.element(.p, .class("card-site")) { html in
                    html.void(.img, .src(location.link("assets/logo.svg")), Attribute("alt", ""), Attribute("width", "20"), Attribute("height", "20"))
                    html.text(" " + context.site.title)
                }
                html.element(.h1, text: summary.name)
                html.element(.p, .class("card-context"), text: summary.context)
                CardPageShell.headline(summary, into: &html)
                if !summary.bars.isEmpty {
                    html.element(.table, .class("card-bars")) { html in
                        html.element(.caption, text: words[summary.isDTI && summary.bars.first?.max == "1" ? .embedCaptionPillars : .embedCaptionIndices])
                        html.element(.tbody) { html in
                            for bar in summary.bars {
                                html.element(.tr) { html in
                                    html.element(.th, .scope("row"), text: bar.name)
                                    html.element(.td) { CardPageShell.bar(share: bar.share, mean: bar.meanShare, into: &$0) }
                                    html.element(.td, .class("num"), text: bar.value + " / " + bar.max)
                                }
                            }
                        }
                    }
                }
                html.element(.p, .class("card-more")) { html in
                    html.element(.a, .href(permalink), Attribute("target", "_blank"), Attribute("rel", "noopener"),
                                 text: words(.embedMore, ["site": context.site.title]))
                }
            }
        }
    }
}
