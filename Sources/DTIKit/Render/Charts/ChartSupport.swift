import Foundation

/// Chart parts that are the same on many pages (a radar's rings and labels
/// for every unit of a group), made once and then copied. The key must hold
/// everything the part depends on, so a cached part is byte-identical to a
/// freshly drawn one; the cache lives as long as the process (the number of
/// distinct keys is the number of distinct label sets, a handful).
final class FragmentCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private var values: [Key: Value] = [:]
    private let lock = NSLock()

    /// The cached value for `key`, made by `make` the first time.
    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        if let value = values[key] { lock.unlock(); return value }
        lock.unlock()
        let value = make()
        lock.lock(); defer { lock.unlock() }
        if let first = values[key] { return first }   // another thread made it meanwhile
        values[key] = value
        return value
    }
}

/// Shared pieces of the inline SVG charts.
///
/// Every chart is a `<figure>` holding an `<svg role="img">` labelled by its
/// `<title>` and `<desc>`, a one-line summary in words, and the same numbers
/// in an HTML table beside it (in a `<details>`, so it is there without
/// JavaScript and for screen readers, yet compact on a phone). Every word
/// a chart writes itself (headings, legends, the table's summary) comes
/// from the edition's catalogue, `html.words`; titles, descriptions and
/// summaries come made from the page (see `ChartAdapters`).
///
/// Text keeps one size at every width: most charts are *fluid*, an `<svg>`
/// with no viewBox, as wide as the column and `height` CSS px tall, so one
/// user unit is one CSS px and 14-unit text is 14 px on a 320 px phone and
/// on a desktop alike. Horizontal positions are percentages of the width
/// (`x="37.5%"`), and shapes that share one path sit in a stretched `plot`
/// (`Chart.plot`: x from 0 to 1000 across the width, y in px, strokes kept
/// at their width by `vector-effect: non-scaling-stroke`). Labels are laid
/// out for the narrowest column (`phoneCharacters`) and wrap rather than
/// being cut. Only the radar keeps its shape: a *fixed* viewBox, drawn 1:1
/// where the column is wide enough and at ≥ 90 % on a 320 px phone.
///
/// Marks mean one thing on every chart of the site (the legend says so):
/// a grey dashed line is the group mean, a solid black line the group's
/// best, an upward triangle under an axis the median, a blue ring this
/// unit, a square in the warning colour a published value above its maximum.
enum Chart {
    static let fontSize = 14
    /// Characters of 14 px chart text that fit the narrowest chart: 288 px
    /// (a 320 px phone less the page margins) at about 7,6 px a character
    /// (Noto Sans averages 7,0 on Vietnamese names, DejaVu Sans 7,4).
    static let phoneCharacters = 37
    /// Line height of chart text, in px.
    static let lineHeight: Double = 18
    /// Width of a stretched plot in its own units (see `plot`).
    static let plotWidth: Double = 1000

    /// How a chart is sized: fluid (the column's width, `height` px tall) or
    /// fixed (its own viewBox, scaled down only where the column is narrower).
    enum Size {
        case fluid(height: Double)
        case fixed(width: Double, height: Double)
    }

    /// Writes the figure (svg with title, desc and body; the summary as its
    /// caption) and the data table right after it. `legend` writes HTML
    /// under the drawing (a list that wraps at any width).
    static func figure(id: String, title: String, description: String, summary: String?, size: Size,
                       css: String = "chart", into html: inout HTML,
                       body: (inout HTML) -> Void, legend: ((inout HTML) -> Void)? = nil, table: ((inout HTML) -> Void)?) {
        html.element(.div, .class("chart-block")) { html in
            html.element(.figure, .class(css)) { html in
                switch size {
                case .fluid(let height):
                    html.element(.svg, Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("width", "100%"), Attribute("height", number: height),
                                 .role("img"), Attribute("aria-labelledby", id + "-t " + id + "-d"), Attribute("font-size", integer: fontSize)) { html in
                        html.element(.title, .id(id + "-t"), text: title)
                        html.element(.desc, .id(id + "-d"), text: description)
                        body(&html)
                    }
                case .fixed(let width, let height):
                    html.element(.svg, Attribute("xmlns", "http://www.w3.org/2000/svg"), .class("fixed"),
                                 Attribute("viewBox", "0 0 " + NumberFormat.data(width, decimals: 2) + " " + NumberFormat.data(height, decimals: 2)),
                                 Attribute("width", number: width), Attribute("height", number: height),
                                 .role("img"), Attribute("aria-labelledby", id + "-t " + id + "-d"), Attribute("font-size", integer: fontSize)) { html in
                        html.element(.title, .id(id + "-t"), text: title)
                        html.element(.desc, .id(id + "-d"), text: description)
                        body(&html)
                    }
                }
                if let legend { html.element(.ul, .class("chart-legend"), content: legend) }
                if let summary { html.element(.figcaption, text: summary) }
            }
            if let table {
                html.element(.details, .class("chart-data")) { html in
                    html.element(.summary, text: html.words[.chartDataTable])
                    html.element(.div, .class("table-scroll")) { table(&$0) }
                }
            }
        }
    }

    /// A stretched drawing area as tall as `height` px and as wide as the
    /// chart, its x running from 0 to `plotWidth`: the shapes inside scale
    /// with the width (no text goes here: it would stretch too).
    static func plot(height: Double, into html: inout HTML, body: (inout HTML) -> Void) {
        html.element(.svg, .class("plot"), Attribute("width", "100%"), Attribute("height", number: height),
                     Attribute("viewBox", "0 0 1000 " + NumberFormat.data(height, decimals: 2)),
                     Attribute("preserveAspectRatio", "none"), content: body)
    }

    /// A stretched drawing area over part of the width only: from share
    /// `from` to share `to` of the chart (room for axis labels either side).
    static func plot(from: Double, to: Double, height: Double, into html: inout HTML, body: (inout HTML) -> Void) {
        html.element(.svg, .class("plot"), Attribute("x", percent(from)), Attribute("width", percent(to - from)), Attribute("height", number: height),
                     Attribute("viewBox", "0 0 1000 " + NumberFormat.data(height, decimals: 2)),
                     Attribute("preserveAspectRatio", "none"), content: body)
    }

    /// A share of the width (0–1) as an attribute value: `37.5%`.
    static func percent(_ share: Double) -> String {
        if share >= 1 { return "100%" }
        if share <= 0 { return "0%" }
        return NumberFormat.data(share * 100, decimals: 2) + "%"
    }

    /// `<text>` at a share of the chart's width.
    static func text(_ string: String, share: Double, y: Double, anchor: String? = nil, css: String? = nil, into html: inout HTML) {
        let x = Attribute("x", percent(share))
        switch (anchor, css) {
        case let (anchor?, css?): html.element(.text, x, Attribute("y", number: y), Attribute("text-anchor", anchor), .class(css), text: string)
        case let (anchor?, nil): html.element(.text, x, Attribute("y", number: y), Attribute("text-anchor", anchor), text: string)
        case let (nil, css?): html.element(.text, x, Attribute("y", number: y), .class(css), text: string)
        case (nil, nil): html.element(.text, x, Attribute("y", number: y), text: string)
        }
    }

    /// The small shapes a chart marks points with (unstretched: they are
    /// drawn outside the plot), defined once as `<path id="CHART-NAME">`
    /// around the origin and placed with `use`.
    static func defineMarks(_ chartID: String, _ shapes: [(name: String, path: StaticString)], into html: inout HTML) {
        html.element(.defs) { html in
            for shape in shapes {
                html.raw("<path id=\"")
                html.text(chartID + "-" + shape.name)
                html.raw("\" d=\"")
                html.raw(shape.path)
                html.raw("\"/>")
            }
        }
    }

    /// A mark defined by `defineMarks` (`reference` is `#CHART-NAME`) at
    /// `x` (a percentage from `percent`, or px) and `y` px.
    static func mark(_ reference: String, x: String, y: Double, css: String, into html: inout HTML) {
        html.void(.use, Attribute("href", reference), Attribute("x", x), Attribute("y", number: y), .class(css), selfClosing: true)
    }

    /// Words of `label` packed greedily into lines of at most `width`
    /// characters (a word longer than that is its own line); past
    /// `maxLines`, the rest is cut with an ellipsis (the full label is in
    /// the table).
    static func wrap(_ label: String, width: Int, maxLines: Int = 3) -> [String] {
        // Most labels fit on one line as they are (labels are trimmed, single-spaced text).
        if length(label) <= width { return [label] }
        var lines: [String] = []
        var current = ""
        var currentLength = 0
        for word in label.split(separator: " ") {
            let length = word.unicodeScalars.count
            if current.isEmpty { current = String(word); currentLength = length } else if currentLength + 1 + length <= width {
                current += " " + word
                currentLength += 1 + length
            } else {
                lines.append(current)
                current = String(word)
                currentLength = length
            }
        }
        if !current.isEmpty { lines.append(current) }
        if lines.count > maxLines {
            lines = Array(lines.prefix(maxLines - 1)) + [clip(lines.dropFirst(maxLines - 1).joined(separator: " "), width)]
        }
        return lines
    }

    /// `<text>` with escaped content.
    static func text(_ string: String, x: Double, y: Double, anchor: String? = nil, css: String? = nil, into html: inout HTML) {
        switch (anchor, css) {
        case let (anchor?, css?): html.element(.text, Attribute("x", number: x), Attribute("y", number: y), Attribute("text-anchor", anchor), .class(css), text: string)
        case let (anchor?, nil): html.element(.text, Attribute("x", number: x), Attribute("y", number: y), Attribute("text-anchor", anchor), text: string)
        case let (nil, css?): html.element(.text, Attribute("x", number: x), Attribute("y", number: y), .class(css), text: string)
        case (nil, nil): html.element(.text, Attribute("x", number: x), Attribute("y", number: y), text: string)
        }
    }

    /// A label shortened to `limit` characters with an ellipsis (the full
    /// label is always in the table).
    ///
    /// Lengths are counted in Unicode scalars, not grapheme clusters: in NFC
    /// Vietnamese one letter is one scalar, and counting clusters is slow.
    static func clip(_ label: String, _ limit: Int) -> String {
        guard length(label) > limit else { return label }
        // Cut on the UTF-8 bytes before the scalar number `limit` (from 1):
        // building a scalar view from a prefix was 13 000 instructions a label.
        return label.withUTF8Bytes { utf8 in
            var kept = 0, end = 0
            for (offset, byte) in utf8.enumerated() where byte & 0xC0 != 0x80 {
                if kept == limit - 1 { end = offset; break }
                kept += 1
            }
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[..<end]), as: UTF8.self) + "…"
        }
    }

    /// The length of `text` in Unicode scalars (see `clip`).
    static func length(_ text: String) -> Int {
        // Counted on the UTF-8 bytes: every scalar has exactly one byte that
        // is not a continuation byte (10xxxxxx).
        return text.withUTF8Bytes { utf8 in
            var count = 0
            for byte in utf8 where byte & 0xC0 != 0x80 { count &+= 1 }
            return count
        }
    }

    /// The CSS class for a class label's colour (`fill-cls-tot`).
    static func classFill(_ label: String?) -> String {
        guard let label else { return "fill-neutral" }
        return "fill-" + Components.classCSS(label)
    }

    /// A simple table head row.
    static func head(_ headings: [String], into html: inout HTML) {
        html.element(.thead) { html in
            html.element(.tr) { html in
                for heading in headings { html.element(.th, .scope("col"), text: heading) }
            }
        }
    }

    /// Writes a `d` path of round dots at the given points (one path for many
    /// marks keeps pages small: ~10 bytes a dot).
    static func dots(_ points: [(x: Double, y: Double)], css: String, into html: inout HTML) {
        guard !points.isEmpty else { return }
        var d = ByteBuffer(capacity: points.count * 14)
        for point in points {
            d.appendPath(pieces: 5) { p in p.command("M"); p.coordinate(point.x); p.command(" "); p.coordinate(point.y); p.command("h0") }
        }
        html.void(.path, .class(css), Attribute("d", escaping: d), selfClosing: true)
    }
}

extension Tag {
    /// SVG elements only the charts use.
    static let use = Tag("use"), defs = Tag("defs")
}

/// Writes SVG path or point data (commands and coordinates) into room made
/// once: a shape of five numbers is one capacity check instead of ten.
struct PathWriter {
    fileprivate let out: UnsafeMutablePointer<UInt8>
    fileprivate(set) var count = 0

    /// A command letter or separator (`M`, `h`, ` `, `,`, `h0`).
    mutating func command(_ text: StaticString) {
        count += text.copyBytes(to: out + count)
    }

    /// A coordinate: dot separator, at most two decimals (as `appendCoordinate`).
    mutating func coordinate(_ value: Double) {
        count += NumberFormat.write(value, decimals: 2, fixed: false, separator: NumberFormat.dot, to: out + count)
    }
}

extension ByteBuffer {
    /// Appends path data of at most `pieces` commands and coordinates, each
    /// command at most two bytes.
    mutating func appendPath(pieces: Int, _ body: (inout PathWriter) -> Void) {
        appendUnsafe(maxCount: pieces * NumberFormat.longest) { out in
            var writer = PathWriter(out: out)
            body(&writer)
            return writer.count
        }
    }
}
