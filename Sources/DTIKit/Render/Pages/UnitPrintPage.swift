/// `/don-vi/<slug>/in/`: a unit's result on one A4 page, for a notice
/// board: the headline, each main index against its maximum and the group
/// mean, the pillar values, the rank change, the source and legal basis,
/// the date it was printed, and a QR code to the unit's permanent page.
///
/// `card.css` sets the page to A4 and sizes everything in millimetres and
/// points, so that Chromium prints it as exactly one page for every unit
/// (CI checks this with print-to-PDF, `.ci/print-check`). On screen it is a
/// sheet with a note on how to print it. The print date is filled in by
/// `card.js` when the page is opened or printed; without JavaScript a blank
/// line is left to write it by hand (a date baked in at build time would
/// make every build differ).
struct UnitPrintPage {
    let context: RenderContext
    let unit: UnitModel
    let summary: UnitSummary

    /// The page's folder inside the unit's.
    static let folder = "in/"
    static func path(_ slug: String) -> String { Routes.unit(slug) + folder }

    func render() -> [UInt8] {
        let words = context.words
        let location = context.location(Self.path(unit.slug))
        let permalink = context.site.baseURL + context.location(Routes.unit(unit.slug)).path
        return CardPageShell.render(context: context, location: location,
                                    title: words(.printTitle, ["unit": summary.name, "period": words.period(summary.period)]),
                                    description: words(.printDescription, ["summary": summary.sentence]),
                                    canonical: permalink, bodyClass: "print", capacity: 16_384) { html in
            // The sheet: the site's header, the result (<main>), and a footer with
            // the source, the print date and the QR code, outside <main> as page furniture.
            html.element(.div, .class("print-card")) { html in
                html.element(.header) { html in
                    html.element(.p, .class("print-note")) { html in
                        html.text(words[.printHowTo] + " ")
                        html.element(.a, .href(location.link(Routes.unit(unit.slug))), text: words[.printBack])
                    }
                    html.element(.div, .class("pc-head")) { html in
                        html.void(.img, .src(location.link("assets/logo.svg")), Attribute("alt", ""), Attribute("width", "36"), Attribute("height", "36"))
                        html.element(.div) { html in
                            html.element(.p, .class("pc-site"), text: context.site.title)
                            if let publisher = context.site.publisher { html.element(.p, .class("pc-publisher"), text: publisher) }
                        }
                    }
                }
                html.element(.main) { html in
                    html.element(.h1, text: summary.name)
                    html.element(.p, .class("card-context"), text: words(.printContext, ["context": summary.context]))
                    html.element(.section, .class("pc-headline"), .ariaLabel(words[.printResult])) { CardPageShell.headline(summary, into: &$0) }
                    indices(into: &html)
                    pillars(into: &html)
                }
                footer(permalink: permalink, into: &html)
            }
        }
    }

    /// Score, maximum, group mean and a bar for each main index.
    private func indices(into html: inout HTML) {
        guard !summary.bars.isEmpty else { return }
        let pillarsOnly = summary.isDTI && summary.bars.first?.max == "1"
        let words = html.words
        html.element(.section, Attribute("aria-labelledby", "pc-chi-so")) { html in
            html.element(.h2, .id("pc-chi-so"), text: words[pillarsOnly ? .unitPillarsHeading : .printIndicesHeading])
            // Past a dozen rows the table is set tighter, so the card stays one page.
            html.element(.table, .class(summary.bars.count > 12 ? "pc-table pc-many" : "pc-table")) { html in
                html.element(.caption, text: words[.printCaption])
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), text: words[pillarsOnly ? .unitColumnPillar : .unitColumnIndex])
                        for heading in [pillarsOnly ? Word.unitColumnValue : .unitColumnPoints, .printColumnMax, .unitColumnGroupMean] {
                            html.element(.th, .scope("col"), .class("num"), text: words[heading])
                        }
                        html.element(.th, .scope("col"), .class("pc-bar-col"), text: words[.printColumnBar])
                    }
                }
                html.element(.tbody) { html in
                    for bar in summary.bars {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: bar.name)
                            html.element(.td, .class("num"), text: bar.value)
                            html.element(.td, .class("num"), text: bar.max)
                            html.element(.td, .class("num"), text: bar.mean ?? "–")
                            html.element(.td, .class("pc-bar-col")) { CardPageShell.bar(share: bar.share, mean: bar.meanShare, into: &$0) }
                        }
                    }
                }
            }
        }
    }

    /// The three pillars (0–1) and their ranks, when the table has them and
    /// the bars above are the indices.
    private func pillars(into html: inout HTML) {
        guard !summary.pillars.isEmpty, !(summary.isDTI && summary.bars.first?.max == "1") else { return }
        let words = html.words
        html.element(.section, Attribute("aria-labelledby", "pc-tru-cot")) { html in
            html.element(.h2, .id("pc-tru-cot"), text: words[.unitPillarsHeading])
            html.element(.table, .class("pc-table pc-pillars")) { html in
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), text: words[.unitColumnPillar])
                        for heading in [Word.printColumnValue01, .unitColumnRank] { html.element(.th, .scope("col"), .class("num"), text: words[heading]) }
                    }
                }
                html.element(.tbody) { html in
                    for pillar in summary.pillars {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: pillar.title)
                            html.element(.td, .class("num"), text: pillar.value)
                            html.element(.td, .class("num"), text: pillar.rank ?? "–")
                        }
                    }
                }
            }
        }
    }

    /// Source, legal basis, dates, the permanent address and its QR code.
    private func footer(permalink: String, into html: inout HTML) {
        let words = html.words
        html.element(.footer, .class("pc-foot")) { html in
            html.element(.div, .class("pc-source")) { html in
                if let source = summary.source { labelled(.sourceLabel, source, into: &html) }
                if let legalBasis = summary.legalBasis { labelled(.printBasis, legalBasis, into: &html) }
                if let published = summary.published { labelled(.printPublished, published, into: &html) }
                html.element(.p) { html in
                    html.element(.strong, text: words[.printDate] + " ")
                    html.element(.span, Attribute("data-print-date", ""), text: "…… / …… / ………")
                }
                html.element(.p) { html in
                    html.element(.strong, text: words[.printOnline] + " ")
                    html.element(.a, .href(permalink), .class("pc-url"), text: permalink)
                }
            }
            if let code = try? QRCode.encode(permalink) {
                html.element(.figure, .class("pc-qr")) { html in
                    QRCodeSVG(code: code, id: "pc-qr", title: words(.printQRTitle, ["unit": summary.name, "url": permalink]), css: "qr-code",
                              length: "30mm").render(into: &html)
                    html.element(.figcaption, text: words[.printQRCaption])
                }
            }
        }
    }

    private func labelled(_ label: Word, _ text: String, into html: inout HTML) {
        html.element(.p) { html in
            html.element(.strong, text: html.words[label] + " ")
            html.text(text)
        }
    }
}
