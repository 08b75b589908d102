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
        let canonical = context.site.baseURL + location.path
        html.element(.section, .class("share"), Attribute("aria-labelledby", "chia-se")) { html in
            html.element(.h2, .id("chia-se"), text: "Chia sẻ và dữ liệu")
            html.element(.p) { html in
                html.text("Đường dẫn cố định của đơn vị: ")
                html.element(.a, .href(canonical), .class("permalink"), text: canonical)
            }
            html.element(.button, Attribute("type", "button"), .class("copy-link"), Attribute("data-url", canonical), Attribute(flag: "hidden"),
                         text: "Sao chép đường dẫn")
            html.element(.p) { html in
                html.text("Dữ liệu của đơn vị: ")
                html.element(.a, .href(location.link(Routes.unitJSON(unit.slug))), Attribute("download", ""), text: "JSON")
                if let website = unit.website {
                    html.raw(" · ")
                    html.element(.a, .href(website), Attribute("rel", "external"), text: "Trang thông tin của đơn vị")
                }
            }
            Citation.render(Citation.unit(unit, site: context.site), into: &html)
            if let summary, context.site.shareCards { cards(summary, into: &html) }
        }
    }

    /// The A4 card and the social card, then the embed snippets. Links are
    /// relative to the unit's own folder, where the page and these files are.
    private func cards(_ summary: UnitSummary, into html: inout HTML) {
        let base = context.site.baseURL
        html.element(.p) { html in
            html.element(.a, .href(UnitPrintPage.folder), text: "Thẻ kết quả in một trang A4 (có mã QR)")
            html.raw(" · ")
            html.element(.a, .href(SocialCards.fileName), text: "Ảnh chia sẻ (PNG 1200×630)")
        }
        let badge = UnitBadge(summary: summary, style: context.cardStyle)
        let badgeURL = base + UnitBadge.path(unit.slug), embedURL = base + UnitEmbedPage.path(unit.slug)
        let permalink = base + Routes.unit(unit.slug)
        html.element(.details, .class("embed-code")) { html in
            html.element(.summary, text: "Đưa kết quả lên trang web khác")
            html.element(.p) { html in
                html.text("Huy hiệu: ")
                html.void(.img, .src(UnitBadge.fileName), Attribute("alt", badge.label))
            }
            html.element(.p, text: "Mã HTML của huy hiệu (chép vào trang web của đơn vị):")
            html.element(.p) { html in
                html.element(.code, text: "<a href=\"\(HTML.escaped(permalink))\"><img src=\"\(HTML.escaped(badgeURL))\" alt=\"\(HTML.escaped(badge.label))\"></a>")
            }
            html.element(.p) { html in
                html.text("Thẻ kết quả nhúng (")
                html.element(.a, .href(UnitEmbedPage.folder), text: "xem trước")
                html.text("), mã HTML:")
            }
            let title = "Kết quả chuyển đổi số của " + summary.name
            html.element(.p) { html in
                html.element(.code, text: "<iframe src=\"\(HTML.escaped(embedURL))\" title=\"\(HTML.escaped(title))\" width=\"420\" height=\"460\" "
                             + "style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>")
            }
        }
    }
}
