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
/// JavaScript and for screen readers, yet compact on a phone).
///
/// Sizes: the viewBox is 360 units wide and text is at least 14 units. A chart
/// fills the content width, which on a 360 px phone is about 328 px, so text
/// renders at 14 × 328 / 360 ≈ 12,8 px or more; CSS caps the chart's width so
/// text does not grow past about 19 px on a desktop.
enum Chart {
    static let width: Double = 360
    static let fontSize = 14
    static let smallFontSize = 14

    /// Writes the figure (svg with title, desc and body; the summary as its
    /// caption) and the data table right after it.
    static func figure(id: String, title: String, description: String, summary: String?, height: Double,
                       css: String = "chart", into html: inout HTML,
                       body: (inout HTML) -> Void, table: ((inout HTML) -> Void)?) {
        html.element(.div, .class("chart-block")) { html in
            html.element(.figure, .class(css)) { html in
                html.element(.svg, Attribute("xmlns", "http://www.w3.org/2000/svg"), Attribute("viewBox", "0 0 360 " + NumberFormat.data(height, decimals: 2)),
                             .role("img"), Attribute("aria-labelledby", id + "-t " + id + "-d"), Attribute("font-size", integer: fontSize)) { html in
                    html.element(.title, .id(id + "-t"), text: title)
                    html.element(.desc, .id(id + "-d"), text: description)
                    body(&html)
                }
                if let summary { html.element(.figcaption, text: summary) }
            }
            if let table {
                html.element(.details, .class("chart-data")) { html in
                    html.element(.summary, text: "Bảng số liệu của biểu đồ")
                    html.element(.div, .class("table-scroll")) { table(&$0) }
                }
            }
        }
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
