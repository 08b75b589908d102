/// The end of every unit page: its permalink to copy, its data, its website.
struct UnitShare {
    let context: RenderContext
    let unit: UnitModel
    let location: PageLocation

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
        }
    }
}
