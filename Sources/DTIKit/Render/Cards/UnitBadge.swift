import Foundation

/// `/don-vi/<slug>/the-hieu.svg`: a unit's result as a small badge, like a
/// build badge, that any website can show with `<img>`:
/// "DTI 2022 | Hạng 13/19 · Tốt".
///
/// Self-contained (no fonts, images or styles fetched), about 1 kB, and
/// with an accessible name (`role="img"`, `aria-label` and `<title>`) in
/// case it is opened or inlined on its own. The left half is in the
/// portal's brand colour, the right half in the class colour with its
/// label written out, so colour is never the only sign. Text widths are
/// measured with the card font (Noto Sans) and pinned with `textLength`,
/// so the text fills its half whatever font the viewer substitutes.
struct UnitBadge {
    let summary: UnitSummary
    let style: CardStyle

    static let fileName = "the-hieu.svg"
    /// `don-vi/<slug>/the-hieu.svg`.
    static func path(_ slug: String) -> String { Routes.unit(slug) + fileName }

    static let height = 20
    static let fontSize = 11.0
    static let padding = 7.0

    /// The accessible name: `DTI 2022: hạng 13/19, xếp loại Tốt`
    /// (`DTI 2022: rank 13 of 19, class Good`).
    var label: String {
        let words = summary.words
        guard let className = summary.className else {
            return words(.cardBadgeLabel, ["subject": summary.badgeSubject, "rank": summary.rankInSentence])
        }
        return words(.cardBadgeLabelClass, ["subject": summary.badgeSubject, "rank": summary.rankInSentence, "class": className])
    }

    func render() -> [UInt8] {
        let subject = CardSketch.drawable(summary.badgeSubject), status = CardSketch.drawable(summary.badgeStatus)
        let font = style.fonts.regular
        func width(_ text: String) -> Double { (font.measure(text, size: Self.fontSize) * 10).rounded() / 10 }
        let leftText = width(subject), rightText = width(status)
        let left = (leftText + 2 * Self.padding).rounded(.up), right = (rightText + 2 * Self.padding).rounded(.up)
        let total = Int(left + right)
        let statusColors = summary.classLabel.map(style.classColors) ?? (style.muted, .white)
        let brandText = style.brand.readableText
        var svg = HTML(capacity: 1536)
        svg.element(.svg, Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("width", integer: total), Attribute("height", integer: Self.height),
                    Attribute("viewBox", "0 0 \(total) \(Self.height)"), .role("img"), .ariaLabel(label)) { svg in
            svg.element(.title, text: label)
            svg.element(Tag("clipPath"), .id("r")) { svg in
                svg.void(.rect, Attribute("width", integer: total), Attribute("height", integer: Self.height), Attribute("rx", integer: 3), selfClosing: true)
            }
            svg.element(.g, Attribute("clip-path", "url(#r)")) { svg in
                svg.void(.rect, Attribute("width", number: left), Attribute("height", integer: Self.height), Attribute("fill", style.brand.hex), selfClosing: true)
                svg.void(.rect, Attribute("x", number: left), Attribute("width", number: right), Attribute("height", integer: Self.height),
                         Attribute("fill", statusColors.fill.hex), selfClosing: true)
            }
            svg.element(.g, Attribute("font-family", "'Noto Sans',Verdana,'DejaVu Sans',sans-serif"), Attribute("font-size", number: Self.fontSize),
                        Attribute("text-anchor", "middle")) { svg in
                svg.element(.text, Attribute("x", number: left / 2), Attribute("y", integer: 14), Attribute("fill", brandText.hex),
                            Attribute("textLength", number: leftText), text: subject)
                svg.element(.text, Attribute("x", number: left + right / 2), Attribute("y", integer: 14), Attribute("fill", statusColors.text.hex),
                            Attribute("textLength", number: rightText), text: status)
            }
        }
        svg.raw("\n")
        return svg.buffer.bytes
    }
}

extension RGBAColor {
    /// `#rrggbb`.
    var hex: String {
        let digits = Array("0123456789abcdef")
        return "#" + String([red, green, blue].flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] })
    }

    /// White or near-black, whichever reads better on this colour (by the
    /// WCAG relative luminance: dark text on colours lighter than ~0.18).
    var readableText: RGBAColor {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
        return luminance > 0.179 ? RGBAColor(red: 0x1B, green: 0x1F, blue: 0x24) : .white
    }
}
