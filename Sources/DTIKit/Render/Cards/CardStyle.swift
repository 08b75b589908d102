import Foundation

/// The colours and fonts of the images dti draws (social cards, PNG icons),
/// taken from the portal's theme so that a card looks like its site.
///
/// - The brand colour is the logo's: the first `fill` colour of
///   `logo.svg` that is neither white nor black, else the header colour of
///   style.css (`--color-header`), else dti's blue.
/// - Text, class and up/down colours are read from the custom properties in
///   style.css's `:root` (`--color-text`, `--class-tot`, …) when they are
///   plain `#rrggbb` values, else dti's defaults: a theme that renames or
///   computes them still gets readable cards.
/// - The fonts are `fonts/NotoSans-Regular.ttf` and `fonts/NotoSans-Bold.ttf`
///   of the theme: the built-in Noto Sans unless `Theme/fonts/` replaces them.
struct CardStyle: Sendable {
    var brand: RGBAColor
    var text: RGBAColor
    var muted: RGBAColor
    var rule: RGBAColor
    var surface: RGBAColor
    var up: RGBAColor
    var down: RGBAColor
    /// Fill and text colour of each class, strongest first (`ClassLabel.standard`), then "other".
    var classFills: [RGBAColor]
    var classTexts: [RGBAColor]
    var meanMarker: RGBAColor
    var fonts: CardFonts

    /// dti's own colours (the built-in style.css).
    static let defaultColors: [String: RGBAColor] = [
        "color-header": RGBAColor(red: 0x0B, green: 0x4F, blue: 0x8A), "color-text": RGBAColor(red: 0x1B, green: 0x1F, blue: 0x24),
        "color-muted": RGBAColor(red: 0x4A, green: 0x55, blue: 0x61), "color-rule": RGBAColor(red: 0xD0, green: 0xD7, blue: 0xDE),
        "color-surface": RGBAColor(red: 0xF4, green: 0xF6, blue: 0xF8), "change-up": RGBAColor(red: 0x1A, green: 0x7F, blue: 0x37),
        "change-down": RGBAColor(red: 0xB3, green: 0x40, blue: 0x0A), "marker-mean": RGBAColor(red: 0x6E, green: 0x77, blue: 0x81),
        "class-xuat-sac": RGBAColor(red: 0x00, green: 0x66, blue: 0x5E), "class-xuat-sac-text": .white,
        "class-tot": RGBAColor(red: 0x2E, green: 0x7D, blue: 0x32), "class-tot-text": .white,
        "class-kha": RGBAColor(red: 0xC9, green: 0xB2, blue: 0x2C), "class-kha-text": RGBAColor(red: 0x1B, green: 0x1F, blue: 0x24),
        "class-trung-binh": RGBAColor(red: 0xE6, green: 0x9F, blue: 0x00), "class-trung-binh-text": RGBAColor(red: 0x1B, green: 0x1F, blue: 0x24),
        "class-yeu": RGBAColor(red: 0xD5, green: 0x5E, blue: 0x00), "class-yeu-text": RGBAColor(red: 0x1B, green: 0x1F, blue: 0x24),
    ]

    /// The class slugs in the order of `ClassLabel.standard`.
    static let classSlugs = ["xuat-sac", "tot", "kha", "trung-binh", "yeu"]

    init(theme: Theme, fonts: CardFonts) {
        let css = theme.assets.first { $0.name == "style.css" }.map { Self.customColors(in: $0.bytes) } ?? [:]
        func color(_ name: String) -> RGBAColor { css[name] ?? Self.defaultColors[name] ?? .black }
        let logo = theme.assets.first { $0.name == "logo.svg" }.flatMap { Self.firstFill(in: $0.bytes) }
        brand = logo ?? color("color-header")
        text = color("color-text")
        muted = color("color-muted")
        rule = color("color-rule")
        surface = color("color-surface")
        up = color("change-up")
        down = color("change-down")
        meanMarker = color("marker-mean")
        let grey = RGBAColor(red: 0x8C, green: 0x95, blue: 0x9F)
        classFills = Self.classSlugs.map { color("class-" + $0) } + [grey]
        classTexts = Self.classSlugs.map { color("class-" + $0 + "-text") } + [.white]
        self.fonts = fonts
    }

    /// Fill and text colour of a class label (any label: unknown ones are grey).
    func classColors(_ label: String) -> (fill: RGBAColor, text: RGBAColor) {
        let level = ClassLabel.level(label).map { min($0, classFills.count - 1) } ?? classFills.count - 1
        return (classFills[level], classTexts[level])
    }

    /// `--name: #rrggbb;` declarations of a style sheet, by name without the dashes.
    /// Later declarations win, as in CSS; anything but a six-digit colour is skipped.
    static func customColors(in bytes: [UInt8]) -> [String: RGBAColor] {
        var colors: [String: RGBAColor] = [:]
        let text = String(decoding: bytes, as: UTF8.self)
        for piece in text.split(whereSeparator: { $0 == ";" || $0 == "{" || $0 == "}" }) {
            let declaration = piece.trimmingCharacters(in: .whitespacesAndNewlines)
            guard declaration.hasPrefix("--"), let colon = declaration.firstIndex(of: ":") else { continue }
            let name = declaration[declaration.index(declaration.startIndex, offsetBy: 2)..<colon].trimmingCharacters(in: .whitespaces)
            let value = declaration[declaration.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard value.count == 7, value.hasPrefix("#"), let color = RGBAColor(hex: value) else { continue }
            colors[name] = color
        }
        return colors
    }

    /// The first `fill="#rrggbb"` (or `#rgb`) of an SVG that is neither white nor black.
    static func firstFill(in bytes: [UInt8]) -> RGBAColor? {
        let text = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        var rest = Substring(text)
        while let found = rest.range(of: "fill") {
            rest = rest[found.upperBound...]
            let value = rest.drop { $0 == " " || $0 == "=" || $0 == ":" || $0 == "\"" || $0 == "'" }
            guard value.hasPrefix("#") else { continue }
            let digits = value.dropFirst().prefix { $0.isHexDigit }
            let hex = digits.count == 3 ? String(digits.flatMap { [$0, $0] }) : digits.count == 6 ? String(digits) : nil
            guard let hex, let color = RGBAColor(hex: hex) else { continue }
            if color == .white || color == .black { continue }
            return color
        }
        return nil
    }
}

/// The two faces cards are drawn with, and a digest of their files (part
/// of every card's cache key: a new font redraws every card).
struct CardFonts: Sendable {
    var regular: TrueTypeFont
    var bold: TrueTypeFont
    var digest: [UInt8]

    /// The built-in faces. They are part of the program, not input, and
    /// EmbeddedFontTests opens both, so failing here is a bug in dti itself.
    static var builtIn: CardFonts {
        guard case .success(let fonts) = load(from: Theme(layout: [], assets: [])) else {
            preconditionFailure("the fonts compiled into dti must open (see EmbeddedFontTests)")
        }
        return fonts
    }

    static let regularFile = "fonts/NotoSans-Regular.ttf"
    static let boldFile = "fonts/NotoSans-Bold.ttf"
}
