/// The PNG icons of the site, drawn by dti from the logo colour: a 32 and
/// a 48 px favicon for browsers and sharing apps that do not take the SVG
/// one, and a 180 px `apple-touch-icon` for phones' home screens.
///
/// The picture is dti's mark (the shape of the built-in favicon.svg: a
/// rounded square with three rising bars) in the brand colour of
/// `CardStyle`; no SVG is rasterised, so a custom `logo.svg` changes the
/// colour but not the shape. A portal that wants its own pictures puts
/// `favicon-32.png`, `favicon-48.png` or `apple-touch-icon.png` in
/// `Theme/`: a theme file of that name is published instead of the drawn one.
enum SiteIcons {
    /// Each icon: its name under `assets/`, side in pixels, and whether it
    /// fills its square (the touch icon: phones round the corners themselves
    /// and show transparency as black).
    static let icons: [(name: String, side: Int, fullBleed: Bool)] = [
        ("favicon-32.png", 32, false), ("favicon-48.png", 48, false), ("apple-touch-icon.png", 180, true),
    ]

    /// The PNG file of an icon.
    static func png(side: Int, fullBleed: Bool, brand: RGBAColor) -> [UInt8] {
        let canvas = RGBACanvas(width: side, height: side, background: fullBleed ? brand : .transparent)
        let s = Double(side)
        if !fullBleed { canvas.fillRoundedRect(x: 0, y: 0, width: s, height: s, radius: s * 8 / 36, color: brand) }
        // The bars of the 36-unit mark; the full-bleed icon keeps them inside
        // the middle 60% that every phone's mask leaves visible.
        let unit = fullBleed ? s * 0.6 / 18 : s / 36
        let originX = fullBleed ? s / 2 - 17 * unit : 0, originY = fullBleed ? s / 2 - 17 * unit : 0
        for (column, top) in [(8.0, 18.0), (15.0, 13.0), (22.0, 9.0)] {
            canvas.fillRect(x: originX + column * unit, y: originY + top * unit, width: 4 * unit, height: (25 - top) * unit, color: .white)
        }
        let pixels = fullBleed ? canvas.opaqueRGB() : canvas.pixels
        return (try? PNGEncoder.encode(width: side, height: side, color: fullBleed ? .rgb : .rgba, pixels: pixels, level: .default)) ?? []
    }
}
