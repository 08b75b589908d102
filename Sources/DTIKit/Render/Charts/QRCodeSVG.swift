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
/// a version-4 permalink is about 2,2 kB of markup. `shape-rendering:
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
        let size = code.size
        var d = ByteBuffer(capacity: size * size * 2)
        code.modules.withUnsafeBufferPointer { modules in
            for y in 0..<size {
                let row = UnsafeBufferPointer(rebasing: modules[(y * size)..<((y + 1) * size)])
                var x = 0
                var rowEnd: Int? = nil   // where the previous run in this row ended
                while x < size {
                    guard row[x] != 0 else { x += 1; continue }
                    let start = x
                    while x < size && row[x] != 0 { x += 1 }
                    // One capacity check per run: three numbers and six bytes of commands.
                    let previousEnd = rowEnd, length = x - start
                    d.appendUnsafe(maxCount: 3 * NumberFormat.longest + 6) { out in
                        var n = 0
                        if let previousEnd {
                            out[n] = UInt8(ascii: "m"); n += 1
                            n += NumberFormat.writeInteger(start - previousEnd, to: out + n)
                            n += (" 0h" as StaticString).copyBytes(to: out + n)
                        } else {
                            out[n] = UInt8(ascii: "M"); n += 1
                            n += NumberFormat.writeInteger(start + quietZone, to: out + n)
                            out[n] = UInt8(ascii: " "); n += 1
                            n += NumberFormat.writeInteger(y + quietZone, to: out + n)
                            n += (".5h" as StaticString).copyBytes(to: out + n)
                        }
                        return n + NumberFormat.writeInteger(length, to: out + n)
                    }
                    rowEnd = x
                }
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
