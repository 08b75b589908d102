/// A picture as the list of drawing steps that make it: rectangles,
/// rounded rectangles and lines of text at exact positions, in order.
///
/// Card layouts (CardLayouts.swift) produce a sketch; a sketch is then
/// painted onto a canvas and written as PNG. Keeping the two apart gives
/// the cache its key: the digest of a sketch is a digest of exactly what
/// the image shows, where, in which colour and font, so two cards with the
/// same digest are the same picture, and a changed number, name, colour,
/// font or layout changes it. Painting is deterministic (integer blending,
/// fixed rounding), so a sketch always becomes the same bytes.
struct CardSketch: Sendable {
    /// One drawing step.
    enum Step: Sendable {
        case rect(x: Double, y: Double, width: Double, height: Double, color: RGBAColor)
        case roundedRect(x: Double, y: Double, width: Double, height: Double, radius: Double, color: RGBAColor)
        case text(String, bold: Bool, size: Double, x: Double, baseline: Double, color: RGBAColor)
    }

    let width: Int
    let height: Int
    let background: RGBAColor
    /// The language of the card's words (`vi`, `en`). Part of the digest,
    /// so an edition's card is never taken from another edition's cache
    /// entry, even where the two would show the same text.
    let language: String
    private(set) var steps: [Step] = []

    /// Bump when painting changes in a way the steps do not show (the
    /// rasteriser, the PNG settings): every cached card is then redrawn.
    static let paintingVersion = 2

    init(width: Int, height: Int, background: RGBAColor, language: String) {
        self.width = width
        self.height = height
        self.background = background
        self.language = language
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, color: RGBAColor) {
        steps.append(.rect(x: x, y: y, width: width, height: height, color: color))
    }

    mutating func roundedRect(x: Double, y: Double, width: Double, height: Double, radius: Double, color: RGBAColor) {
        steps.append(.roundedRect(x: x, y: y, width: width, height: height, radius: radius, color: color))
    }

    mutating func text(_ text: String, bold: Bool, size: Double, x: Double, baseline: Double, color: RGBAColor) {
        steps.append(.text(Self.drawable(text), bold: bold, size: size, x: x, baseline: baseline, color: color))
    }

    /// Text as the card fonts can draw it: the true minus sign (which Noto
    /// Sans lacks in dti's subset) becomes a hyphen-minus.
    static func drawable(_ text: String) -> String {
        guard text.unicodeScalars.contains("\u{2212}") else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "\u{2212}" ? "-" : $0 }))
    }

    /// A digest of the steps, the size, the background, the language and the fonts' digest.
    func digest(fonts: CardFonts) -> [UInt8] {
        var out = ByteBuffer(capacity: 4096)
        out.append("dti-card-sketch \(Self.paintingVersion) \(width)x\(height) \(language)\n")
        out.append(contentsOf: fonts.digest)
        Self.append(background, to: &out)
        func number(_ value: Double) { out.append(UInt64(value.bitPattern)) }
        for step in steps {
            switch step {
            case .rect(let x, let y, let w, let h, let color):
                out.append(UInt8(1)); [x, y, w, h].forEach(number); Self.append(color, to: &out)
            case .roundedRect(let x, let y, let w, let h, let r, let color):
                out.append(UInt8(2)); [x, y, w, h, r].forEach(number); Self.append(color, to: &out)
            case .text(let text, let bold, let size, let x, let baseline, let color):
                out.append(UInt8(3)); out.append(UInt8(bold ? 1 : 0)); [size, x, baseline].forEach(number); Self.append(color, to: &out)
                out.append(UInt64(text.utf8.count))
                out.append(text)
            }
        }
        return SHA256.hash(out.bytes)
    }

    private static func append(_ color: RGBAColor, to out: inout ByteBuffer) {
        out.append(color.red); out.append(color.green); out.append(color.blue); out.append(color.alpha)
    }

    /// Paints the steps onto `canvas` (cleared first; it must have this
    /// size), with 16 levels of edge coverage.
    func paint(on canvas: RGBACanvas, fonts: CardFonts) {
        canvas.coverageLevels = Self.coverageLevels
        canvas.clear(to: background)
        for step in steps {
            switch step {
            case .rect(let x, let y, let w, let h, let color):
                canvas.fillRect(x: x, y: y, width: w, height: h, color: color)
            case .roundedRect(let x, let y, let w, let h, let r, let color):
                canvas.fillRoundedRect(x: x, y: y, width: w, height: h, radius: r, color: color)
            case .text(let text, let bold, let size, let x, let baseline, let color):
                canvas.drawText(text, font: bold ? fonts.bold : fonts.regular, size: size, x: x, baseline: baseline, color: color)
            }
        }
    }

    /// The sketch painted and written as PNG: a palette PNG when the card
    /// has at most 256 colours, which it has when painted with 16 levels of
    /// edge coverage (a third of the bytes to compress and about half the
    /// file of RGB: ~35 kB), else an opaque RGB PNG.
    ///
    /// Unfiltered rows at the fast level: on a card (flat colours, text)
    /// that is both the smallest file of the filter choices and the quickest
    /// (see `PNGEncoder.RowFilter.none`).
    func png(on canvas: RGBACanvas, fonts: CardFonts) -> [UInt8] {
        paint(on: canvas, fonts: fonts)
        // The sizes are the canvas's own, so encoding cannot fail; an empty
        // result would only mean a bug, and is refused by the cache's check.
        if let indexed = canvas.indexedPixels() {
            return (try? PNGEncoder.encode(width: canvas.width, height: canvas.height, palette: indexed.palette,
                                           indices: indexed.indices, level: .fast)) ?? []
        }
        return (try? PNGEncoder.encode(width: canvas.width, height: canvas.height, color: .rgb, pixels: canvas.opaqueRGB(),
                                       level: .fast, filter: .none)) ?? []
    }

    /// Levels of edge coverage cards are painted with (see `RGBACanvas.coverageLevels`).
    static let coverageLevels = 16
}

extension ByteBuffer {
    /// Appends eight bytes, least significant first.
    mutating func append(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }
}

extension RGBACanvas {
    /// The pixels without their alpha bytes (R, G, B per pixel), for an
    /// opaque picture written as an RGB PNG: a quarter less to compress.
    public func opaqueRGB() -> [UInt8] {
        let count = width * height
        return [UInt8](unsafeUninitializedCapacity: count * 3) { out, initialized in
            pixels.withUnsafeBufferPointer { rgba in
                for i in 0..<count {
                    out[3 * i] = rgba[4 * i]
                    out[3 * i + 1] = rgba[4 * i + 1]
                    out[3 * i + 2] = rgba[4 * i + 2]
                }
            }
            initialized = count * 3
        }
    }
}
