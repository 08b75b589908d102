/// Dot distributions as small multiples: one strip per index, every unit a
/// dot on a 0–maximum axis, with the group mean (grey dashed line) and median
/// (triangle under the axis) marked. Equal or close scores never hide behind
/// one dot: they stack in layers above and below the axis. A published value
/// above the maximum is drawn at the end of the axis as a square in the
/// warning colour and said in words under the strip. The statistics table of
/// the page carries the same numbers; each strip's own table lists them.
struct StripChart {
    struct Strip {
        var label: String
        var max: Double
        var values: [Double]
        var mean: Double
        var median: Double
        /// A unit to point out (its value), if any: a blue ring.
        var highlight: Double?
    }

    var id: String
    var title: String
    var description: String
    var summary: String?
    var strips: [Strip]

    /// Dots closer than this (plot units, 8 px on the narrowest 288 px
    /// chart) go to different layers; layers are `layerStep` px apart, at
    /// most `maxLayers` on each side of the axis (a stack of nine dots).
    static let collision: Double = 28, layerStep: Double = 9, maxLayers = 4
    /// A stack of more equal values than the layers hold says its count (`×12`).
    static let stackCapacity = 2 * maxLayers + 1

    /// Layer of each value (0 on the axis, −1 above, 1 below, −2, 2, …),
    /// the values taken in increasing order, each in the first layer where
    /// it keeps `collision` units from the dot before it; when every layer
    /// is taken, the one whose last dot is furthest back (dots then overlap,
    /// and a count is written over a stack of equal values).
    static func layers(_ positions: [Double]) -> [Int] {
        layers(positions, order: increasingOrder(positions))
    }

    /// The indices of `positions` from the smallest value (ties by index).
    static func increasingOrder(_ positions: [Double]) -> [Int] {
        positions.indices.sorted { positions[$0] != positions[$1] ? positions[$0] < positions[$1] : $0 < $1 }
    }

    private static let slots = (0..<stackCapacity).map { n in n % 2 == 1 ? -(n + 1) / 2 : n / 2 }   // 0, −1, 1, −2, 2, …

    static func layers(_ positions: [Double], order: [Int]) -> [Int] {
        var result = [Int](repeating: 0, count: positions.count)
        var last = [Double](repeating: -.infinity, count: stackCapacity)
        for i in order {
            var chosen = 0
            if let free = last.firstIndex(where: { positions[i] - $0 >= collision }) {
                chosen = free
            } else if let furthest = last.indices.min(by: { last[$0] < last[$1] }) {
                chosen = furthest
            }
            last[chosen] = positions[i]
            result[i] = slots[chosen]
        }
        return result
    }

    /// Values that more units share than a stack holds: (position, count), by position.
    static func crowds(_ positions: [Double]) -> [(position: Double, count: Int)] {
        crowds(positions, order: increasingOrder(positions))
    }

    /// The same, from the positions' increasing order: equal values are neighbours there.
    static func crowds(_ positions: [Double], order: [Int]) -> [(position: Double, count: Int)] {
        var result: [(position: Double, count: Int)] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count && positions[order[end]] == positions[order[start]] { end += 1 }
            if end - start > stackCapacity { result.append((positions[order[start]], end - start)) }
            start = end
        }
        return result
    }

    /// One strip's place: its top, its axis and how far its dots reach.
    private struct Place {
        var top: Double, axis: Double, above: Int, below: Int, bottom: Double
        var layers: [Int]
        var over: [Double]
        var crowds: [(position: Double, count: Int)]
    }

    private func places() -> (places: [Place], height: Double) {
        var result: [Place] = []
        var top = 0.0
        for strip in strips {
            let positions = strip.values.map { position($0, strip) }
            let order = Self.increasingOrder(positions)
            let layers = Self.layers(positions, order: order)
            let crowds = Self.crowds(positions, order: order)
            let above = -(layers.min() ?? 0), below = layers.max() ?? 0
            // Room over a full stack for its count.
            let axis = top + Chart.lineHeight + 8 + Double(above) * Self.layerStep + (crowds.isEmpty ? 0 : 16)
            let over = strip.values.filter { $0 > strip.max + 1e-9 }
            // Room under the dots for the median's triangle, and a line for values above the maximum.
            var bottom = axis + Double(below) * Self.layerStep + 18
            if !over.isEmpty { bottom += Chart.lineHeight }
            result.append(Place(top: top, axis: axis, above: above, below: below, bottom: bottom, layers: layers, over: over, crowds: crowds))
            top = bottom + 10
        }
        return (result, top)
    }

    private func position(_ value: Double, _ strip: Strip) -> Double {
        strip.max > 0 ? Swift.max(0, Swift.min(value / strip.max, 1)) * Chart.plotWidth : 0
    }

    func render(into html: inout HTML) {
        let words = html.words
        let (places, stripsHeight) = places()
        let anyOver = places.contains { !$0.over.isEmpty }
        let height = stripsHeight + 20
        Chart.figure(id: id, title: title, description: description, summary: summary, size: .fluid(height: height), into: &html, body: { html in
            Chart.defineMarks(id, [("trung-vi", "M0 0l6 9h-12z")], into: &html)
            Chart.plot(height: height, into: &html) { html in
                var axes = ByteBuffer(capacity: strips.count * 24), means = ByteBuffer(capacity: strips.count * 24)
                var dots = ByteBuffer(capacity: strips.count * 200), overs = ByteBuffer(capacity: 32)
                for (strip, place) in zip(strips, places) {
                    axes.appendPath(pieces: 5) { p in p.command("M"); p.coordinate(0); p.command(" "); p.coordinate(place.axis); p.command("h1000") }
                    for (value, layer) in zip(strip.values, place.layers) {
                        let y = place.axis + Double(layer) * Self.layerStep
                        let x = position(value, strip)
                        let over = value > strip.max + 1e-9
                        if over {
                            overs.appendPath(pieces: 5) { p in p.command("M"); p.coordinate(x); p.command(" "); p.coordinate(y); p.command("h0") }
                        } else {
                            dots.appendPath(pieces: 5) { p in p.command("M"); p.coordinate(x); p.command(" "); p.coordinate(y); p.command("h0") }
                        }
                    }
                    let reach = Double(Swift.max(place.above, place.below)) * Self.layerStep + 8
                    BarChart.tick(x: position(strip.mean, strip), top: place.axis - reach, height: 2 * reach, into: &means)
                }
                html.void(.path, .class("axis"), Attribute("d", escaping: axes), selfClosing: true)
                if dots.count > 0 { html.void(.path, .class("strip-dot"), Attribute("d", escaping: dots), selfClosing: true) }
                if overs.count > 0 { html.void(.path, .class("strip-over"), Attribute("d", escaping: overs), selfClosing: true) }
                html.void(.path, .class("mark-mean"), Attribute("d", escaping: means), selfClosing: true)
            }
            for (strip, place) in zip(strips, places) {
                Chart.text(Chart.clip(strip.label, Chart.phoneCharacters - 10), x: 0, y: place.top + 14, into: &html)
                Chart.text("0–" + words.trimmed(strip.max), share: 1, y: place.top + 14, anchor: "end", css: "value", into: &html)
                let belowDots = place.axis + Double(place.below) * Self.layerStep + 6
                Chart.mark("#" + id + "-trung-vi", x: Chart.percent(position(strip.median, strip) / Chart.plotWidth), y: belowDots, css: "mark-median", into: &html)
                for crowd in place.crowds {
                    Chart.text(words(.chartStackCount, ["count": String(crowd.count)]), share: crowd.position / Chart.plotWidth, y: place.axis - Double(place.above) * Self.layerStep - 10,
                               anchor: crowd.position > Chart.plotWidth * 0.95 ? "end" : (crowd.position < Chart.plotWidth * 0.05 ? "start" : "middle"), css: "value", into: &html)
                }
                if let highlight = strip.highlight {
                    html.void(.circle, .class("strip-highlight"), Attribute("cx", Chart.percent(position(highlight, strip) / Chart.plotWidth)),
                              Attribute("cy", number: place.axis), Attribute("r", number: 7), selfClosing: true)
                }
                if !place.over.isEmpty {
                    let values = place.over.sorted().map { words.trimmed($0) }.joined(separator: "; ")
                    Chart.text(words(.chartStripOver, ["values": values]), share: 1, y: belowDots + 12 + 14, anchor: "end", css: "flag-text", into: &html)
                }
            }
            legend(y: stripsHeight + 12, over: anyOver, into: &html)
        }, table: { html in
            html.element(.table) { html in
                html.element(.caption, text: title)
                Chart.head([words[.chartHeadingIndex], words[.chartHeadingUnits], words[.chartHeadingMean], words[.chartHeadingMedian],
                            words[.chartHeadingLowest], words[.chartHeadingHighest], words[.chartHeadingMax]], into: &html)
                html.element(.tbody) { html in
                    for strip in strips {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row"), text: strip.label)
                            html.element(.td, .class("num"), text: String(strip.values.count))
                            for value in [strip.mean, strip.median, strip.values.min() ?? 0, strip.values.max() ?? 0, strip.max] {
                                html.element(.td, .class("num"), text: words.trimmed(value))
                            }
                        }
                    }
                }
            }
        })
    }

    /// Dashed line for the mean, triangle for the median, square for a value above the maximum.
    private func legend(y: Double, over: Bool, into html: inout HTML) {
        html.void(.line, .class("mark-mean"), Attribute("x1", number: 4), Attribute("x2", number: 4),
                  Attribute("y1", number: y - 12), Attribute("y2", number: y + 3), selfClosing: true)
        Chart.text(html.words[.chartLegendMean], x: 12, y: y, into: &html)
        html.void(.path, .class("mark-median"), Attribute("d", "M104 " + NumberFormat.data(y - 11, decimals: 2) + "l6 9h-12z"), selfClosing: true)
        Chart.text(html.words[.chartLegendMedian], x: 114, y: y, into: &html)
        if over {
            html.void(.rect, .class("strip-over-key"), Attribute("x", number: 190), Attribute("y", number: y - 10),
                      Attribute("width", number: 8), Attribute("height", number: 8), selfClosing: true)
            Chart.text(html.words[.chartLegendOver], x: 204, y: y, into: &html)
        }
    }
}
