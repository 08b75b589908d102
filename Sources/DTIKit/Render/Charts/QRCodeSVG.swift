/// A QR Code drawn as inline SVG, for the permalink on a unit's printed
/// report card.
///
/// One module is one user unit; the viewBox includes the 4-module light
/// quiet zone the standard requires around the symbol, so the caller only
/// chooses the printed size (a CSS class, or a width given as an SVG length
/// such as `30mm`). The symbol is black on a white square, never themed: a
/// scanner needs the contrast, and a dark page theme must not invert it.
///
/// All dark modules are one `<path>` of horizontal runs drawn as strokes one
/// unit wide along each row's middle (`M4 4.5h7m2 0h1…`), about 6 bytes a run:
/// a version-4 permalink is about 1,6 kB of markup. `shape-rendering:
/// crispEdges` keeps run edges on device pixels, so neighbouring rows do not
/// leave hairlines between them.
struct QRCodeSVG {
    var code: QRCode
    /// The element id prefix; the `<title>` gets `<id>-t`.
    var id: String
    /// The accessible name (for instance "Mã QR dẫn tới trang của Sở Tư pháp").
    var title: String
    var css = "qr-code"
    /// Width and height as an SVG length (`30mm`), or nil to leave the size to CSS.
    var length: String?

    /// Light modules around the symbol on every side (ISO/IEC 18004 §6.3.8).
    static let quietZone = 4

    func render(into html: inout HTML) {
        let side = code.size + 2 * Self.quietZone
        let viewBox = "0 0 \(side) \(side)"
        let body = { (html: inout HTML) in
            html.element(.title, .id(id + "-t"), text: title)
            html.void(.rect, Attribute("width", integer: side), Attribute("height", integer: side), Attribute("fill", "#fff"),
                      selfClosing: true)
            html.void(.path, Attribute("stroke", "#000"), Attribute("d", escaping: Self.pathData(code)), selfClosing: true)
        }
        let xmlns = Attribute("xmlns", "http://www.w3.org/2000/svg")
        if let length {
            html.element(.svg, xmlns, Attribute("viewBox", viewBox), .role("img"), .ariaLabelledBy(id + "-t"),
                         Attribute("shape-rendering", "crispEdges"), .class(css), Attribute("width", length), Attribute("height", length),
                         content: body)
        } else {
            html.element(.svg, xmlns, Attribute("viewBox", viewBox), .role("img"), .ariaLabelledBy(id + "-t"),
                         Attribute("shape-rendering", "crispEdges"), .class(css), content: body)
        }
    }

    /// The path data of the dark modules: per row with any, `M<x> <y>.5h<n>`
    /// for its first run and `m<gap> 0h<n>` for each further run, in
    /// viewBox units (the quiet zone included in the coordinates).
    static func pathData(_ code: QRCode) -> ByteBuffer {
        var d = ByteBuffer(capacity: code.size * code.size)
        for y in 0..<code.size {
            var x = 0
            var rowEnd: Int? = nil   // where the previous run in this row ended
            while x < code.size {
                guard code.isDark(x: x, y: y) else { x += 1; continue }
                let start = x
                while x < code.size && code.isDark(x: x, y: y) { x += 1 }
                if let end = rowEnd {
                    d.append("m" as StaticString); d.append(start - end); d.append(" 0h" as StaticString)
                } else {
                    d.append("M" as StaticString); d.append(start + quietZone); d.append(UInt8(ascii: " "))
                    d.append(y + quietZone); d.append(".5h" as StaticString)
                }
                d.append(x - start)
                rowEnd = x
            }
        }
        return d
    }

    /// The module grid as drawn, quiet zone included: `rows[y][x]` is true
    /// for black. Tests rasterise the path and compare it with this.
    static func drawnModules(_ code: QRCode) -> [[Bool]] {
        let side = code.size + 2 * quietZone
        return (0..<side).map { y in
            (0..<side).map { x in code.isDark(x: x - quietZone, y: y - quietZone) }
        }
    }
}
