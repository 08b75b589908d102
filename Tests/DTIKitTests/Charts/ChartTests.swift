import Testing
@testable import DTIKit

@Suite("Charts")
struct ChartTests {
    /// Hậu Giang's 2022 national index scores (seed 004).
    static let hauGiang: [(String, Double, String, Double)] = [
        ("Nhận thức số", 93.33, "93,33", 100), ("Thể chế số", 70, "70", 100), ("Hạ tầng số", 72.73, "72,73", 100),
        ("Nhân lực số", 70.51, "70,51", 100), ("An toàn thông tin mạng", 52.27, "52,27", 100),
        ("Hoạt động Chính quyền số", 147.58, "147,58", 200), ("Hoạt động Kinh tế số", 83.06, "83,06", 150),
        ("Hoạt động Xã hội số", 44.76, "44,76", 150),
    ]

    static func render(_ body: (inout HTML) -> Void) -> String {
        var html = HTML()
        body(&html)
        return html.string
    }

    static func indexBars() -> String {
        let rows = hauGiang.map { BarChart.Row(label: $0.0, value: $0.1, display: $0.2, max: $0.3, classLabel: nil, mean: nil, best: nil) }
        return render { BarChart(id: "cs", title: "Điểm từng chỉ số", description: "d", summary: "s", rows: rows, scale: .ownMaximum).render(into: &$0) }
    }

    @Test func everyChartIsALabelledImageWithATitleAndDescription() throws {
        for svg in [Self.indexBars(), Self.trend(), Self.classMix()] {
            #expect(svg.contains("role=\"img\""))
            let labelled = try #require(SiteTestSupport.attributeValues("aria-labelledby", in: svg).first)
            let ids = labelled.split(separator: " ").map(String.init)
            #expect(ids.count == 2)
            #expect(svg.contains("<title id=\"\(ids[0])\">") && svg.contains("<desc id=\"\(ids[1])\">"))
        }
    }

    @Test func barsAreScaledToTheirOwnMaximum() {
        let svg = Self.indexBars()
        // Fluid: no viewBox on the chart, so 14-unit text is 14 px at any width;
        // the bars sit in a plot stretched across it, 1000 units wide.
        #expect(svg.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\" height=\"418\" role=\"img\""))
        #expect(svg.contains("font-size=\"14\"") && svg.contains("<svg class=\"plot\" width=\"100%\" height=\"418\" viewBox=\"0 0 1000 418\" preserveAspectRatio=\"none\">"))
        // 72,73/100 → 727,3; 147,58/200 → 737,9; 44,76/150 → 298,4. A row is its label line,
        // 4 px, a 14 px bar and 14 px: 50 px, so the third bar is at 2 × 50 + 22.
        // Bars of one colour share a path: `M x y h width v height h −width z`.
        #expect(svg.contains("M0 122h727.3v14h-727.3z"))
        #expect(svg.contains("h737.9v14h-737.9z"))
        #expect(svg.contains("h298.4v14h-298.4z"))
        // A label and value too long for one line of the narrowest phone: the value goes under it.
        #expect(svg.contains("<text x=\"0\" y=\"264\">Hoạt động Chính quyền số</text><text x=\"100%\" y=\"282\" text-anchor=\"end\" class=\"value\">147,58 / 200</text>"))
        // Every number is shown with its maximum, with a decimal comma.
        #expect(svg.contains(">72,73 / 100</text>"))
        #expect(svg.contains(">147,58 / 200</text>"))
        // The table beside it has the same numbers and the share of the maximum.
        #expect(svg.contains("<th scope=\"row\">Hạ tầng số</th><td class=\"num\">72,73</td><td class=\"num\">100</td><td class=\"num\">72,7%</td>"))
    }

    @Test func totalsKeepPublishedPrecisionAndNameTheClass() {
        let rows = [("Sở Giao thông vận tải", 187.390, "187,390", "Khá"), ("Sở Kế hoạch và Đầu tư", 187.386, "187,386", "Khá"),
                    ("Thanh tra tỉnh", 164.86, "164,86", "Trung bình")].map {
            BarChart.Row(label: $0.0, value: $0.1, display: $0.2, max: 245, classLabel: $0.3, mean: nil, best: nil)
        }
        let svg = Self.render { BarChart(id: "t", title: "Tổng điểm", description: "d", summary: nil, rows: rows, scale: .sharedMaximum(245)).render(into: &$0) }
        // With its maximum, and never cut: the whole name on its own line, the value under it.
        #expect(svg.contains(">187,390 / 245 · Khá</text>") && svg.contains(">187,386 / 245 · Khá</text>"))
        // Class by label as well as colour.
        #expect(svg.contains(">Sở Giao thông vận tải</text>"))
        #expect(svg.contains("class=\"fill-cls-trung-binh\""))
        // 164,86 / 245 × 1000 = 672,9, in the Trung bình colour; rows of two text lines are 68 px.
        #expect(svg.contains("<path class=\"fill-cls-trung-binh\" d=\"M0 176h672.9v14h-672.9z\"/>"))
    }

    /// Bars of one colour share one path, the paths in order of first use;
    /// a label outside the five classes and a row without a class each get
    /// their own colour (the lookup is by class level, not by name).
    @Test func barsOfOneClassShareAPathInOrderOfFirstUse() {
        let rows = [("A", 200.0, "Tốt"), ("B", 150.0, "Khá"), ("C", 140.0, "Tốt"), ("D", 100.0, "Chưa xếp loại"), ("E", 50.0, nil)].map {
            BarChart.Row(label: $0.0, value: $0.1, display: String(Int($0.1)), max: 245, classLabel: $0.2, mean: nil, best: nil)
        }
        let svg = Self.render { BarChart(id: "t", title: "Tổng điểm", description: "d", summary: nil, rows: rows, scale: .sharedMaximum(245)).render(into: &$0) }
        // 200 / 245 × 1000 = 816,33 and 140 / 245 × 1000 = 571,43, on rows 0 and 2 (50 px apart).
        let tot = "<path class=\"fill-cls-tot\" d=\"M0 22h816.33v14h-816.33zM0 122h571.43v14h-571.43z\"/>"
        let kha = "<path class=\"fill-cls-kha\" d=\"M0 72h612.24v14h-612.24z\"/>"
        let other = "<path class=\"fill-cls-khac\" d=\"M0 172h408.16v14h-408.16z\"/>"
        let plain = "<path class=\"fill-bar\" d=\"M0 222h204.08v14h-204.08z\"/>"
        #expect(svg.contains(tot + kha + other + plain))
        #expect(svg.contains(">100 / 245 · Chưa xếp loại</text>"))
    }

    @Test func radarPointsSitOnTheirAxes() {
        let axes = (0..<4).map { RadarChart.Axis(label: "Chỉ số \($0)", value: 1, mean: 0.5) }
        let svg = Self.render { RadarChart(id: "r", title: "Radar", description: "d", summary: nil, axes: axes).render(into: &$0) }
        // Radius 72 around (160, 97,2): the top label's first line ends 4 units
        // under the top of the drawing (no empty band above it). Up, right, down, left.
        #expect(svg.contains("class=\"radar-unit\" points=\"160,25.2 232,97.2 160,169.2 88,97.2\""))
        #expect(svg.contains("class=\"radar-mean\" points=\"160,61.2 196,97.2 160,133.2 124,97.2\""))
        // A fixed shape, 320 units wide; the 50 % and 100 % rings are labelled.
        #expect(svg.contains("class=\"fixed\" viewBox=\"0 0 320 ") && svg.contains(">50%</text>") && svg.contains(">100%</text>"))
        #expect(svg.contains("<td class=\"num\">100%</td><td class=\"num\">50%</td>"))
        #expect(RadarChart.wrap("Hoạt động Chính quyền số", width: 11) == ["Hoạt động", "Chính quyền", "số"])
    }

    static func trend() -> String {
        let series = [
            TrendChart.Series(name: "DTI", css: "series-dti", values: [0.3215, 0.4670, 0.6342], ranks: [28, 17, 17]),
            TrendChart.Series(name: "CQS", css: "series-cqs", values: [0.3731, 0.5190, 0.7235], ranks: [26, 15, 13]),
        ]
        return render { TrendChart(id: "x", title: "Hậu Giang qua các năm", description: "d", summary: nil,
                                   periods: ["2020", "2021", "2022"], periodNames: ["Năm 2020", "Năm 2021", "Năm 2022"], series: series, maximum: 1).render(into: &$0) }
    }

    @Test func trendPlotsEveryPeriodWithRanks() {
        let svg = Self.trend()
        // y = 194 − 170 × value: 0,3215 → 139,35; 0,6342 → 86,19. x spreads over the
        // plot's 1000 units, the plot from 13 % to 85 % of the width (names at the right).
        #expect(svg.contains("<svg class=\"plot\" x=\"13%\" width=\"72%\""))
        #expect(svg.contains("d=\"M0 139.35L500 114.61L1000 86.19\""))
        #expect(svg.contains("class=\"series-label\">DTI</text>"))
        #expect(svg.contains("<td class=\"num\">0,3215 (hạng 28)</td>"))
        #expect(svg.contains(">DTI: 0,6342, hạng 17</text>"))      // the latest period needs no naming
        // The second series differs by marker shape and dash, not only colour.
        #expect(svg.contains("class=\"trend series-cqs dash-1\""))
        #expect(svg.contains("<use href=\"#x-m1\" x=\"13%\" y=\"130.57\" class=\"marker series-cqs\"/>"))
        // Markers are drawn unstretched at their share of the width: shapes defined once, placed with `use`.
        #expect(svg.contains("<defs><path id=\"x-m0\" d=\"M-4.5 0a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0z\"/><path id=\"x-m1\" d=\"M-4-4h8v8h-8z\"/></defs>"))
        #expect(svg.contains("<use href=\"#x-m0\" x=\"85%\" y=\"86.19\" class=\"marker series-dti\"/>"))
    }

    @Test func endLabelsOfCloseSeriesAreSpreadApart() {
        // Hậu Giang 2022: DTI 0,6342, CQS 0,7235, KTS 0,6798, XHS 0,6209 end within 13 units of each other.
        let ends = [(0, 300.0, 214 - 200 * 0.6342 + 5), (1, 300.0, 214 - 200 * 0.7235 + 5),
                    (2, 300.0, 214 - 200 * 0.6798 + 5), (3, 300.0, 214 - 200 * 0.6209 + 5)]
        let spread = TrendChart.spread(ends.map { (series: $0.0, x: $0.1, y: $0.2) })
        #expect(spread.map(\.series) == [1, 2, 0, 3])                  // CQS, KTS, DTI, XHS from the top
        #expect(abs(spread[0].y - 74.3) < 1e-9)                          // the highest stays where it is
        for i in 1..<spread.count { #expect(spread[i].y - spread[i - 1].y >= 14 - 1e-9) }
        // Labels far apart are left alone.
        let far = TrendChart.spread([(series: 0, x: 1, y: 20), (series: 1, x: 1, y: 120)])
        #expect(far.map(\.y) == [20, 120])
    }

    static func classMix() -> String {
        render { ClassMixChart(id: "m", title: "Cơ cấu", counts: [("Xuất sắc", 5), ("Tốt", 8), ("Khá", 3), ("Trung bình", 3), ("Yếu", 0)]).render(into: &$0) }
    }

    @Test func classMixSplitsTheGroupAndLabelsEveryClass() {
        let svg = Self.classMix()
        // 5/19 = 26,32 % and 8/19 = 42,11 % of the width.
        #expect(svg.contains("x=\"0%\" y=\"4\" width=\"26.32%\""))
        #expect(svg.contains("x=\"26.32%\" y=\"4\" width=\"42.11%\""))
        // The legend is an HTML list (it wraps at any width): every class, with count and share.
        #expect(svg.contains("<ul class=\"chart-legend\"><li><span class=\"swatch cls-xuat-sac\"></span>Xuất sắc: 5 (26,3%)</li>"))
        #expect(svg.contains("<li><span class=\"swatch cls-yeu\"></span>Yếu: 0 (0%)</li>"))
        #expect(svg.contains("<desc id=\"m-d\">Xuất sắc: 5, Tốt: 8, Khá: 3, Trung bình: 3 (tổng 19 đơn vị).</desc>"))
    }

    @Test func slopeSaysBetterOrWorseInWords() {
        let lines = [RankSlopeChart.Line(label: "Sở A", before: 3, after: 1), RankSlopeChart.Line(label: "Sở B", before: 1, after: 2),
                     RankSlopeChart.Line(label: "Sở C", before: 2, after: 2)]
        let svg = Self.render { RankSlopeChart(id: "s", title: "Đổi hạng", before: "2021", after: "2022", count: 3, lines: lines).render(into: &$0) }
        #expect(svg.contains(">1 Sở A ▲2</text>") && svg.contains(">2 Sở B ▼1</text>"))
        #expect(svg.contains("class=\"slope down\"") && svg.contains("class=\"slope up\"") && svg.contains("class=\"slope same\""))
        #expect(svg.contains("1 đơn vị tăng hạng, 1 đơn vị giảm hạng"))
    }

    @Test func stripsDrawOneDotPerUnit() {
        let strip = StripChart.Strip(label: "ATTT", max: 35, values: [39, 35, 28, 32], mean: 33.5, median: 33.5, highlight: 39)
        let svg = Self.render { StripChart(id: "p", title: "Phân bố", description: "d", summary: nil, strips: [strip]).render(into: &$0) }
        #expect(svg.components(separatedBy: "h0").count - 1 == 4)
        // A value above the maximum (39 > 35) is drawn at the end of the axis, not beyond
        // it, as a square of its own, and said in words.
        #expect(svg.contains("<path class=\"strip-over\" d=\"M1000 35h0\"/>"))
        #expect(svg.contains(">vượt tối đa: 39</text>") && svg.contains(">vượt tối đa</text>"))
        // 35 at the same place stacks on the layer above the axis (9 px up), not hidden.
        #expect(svg.contains("M1000 26h0"))
    }

    /// Equal scores never hide behind one dot: they take layers on and
    /// around the axis (0, above, below…), and the strip grows to hold them.
    @Test func equalScoresStack() {
        #expect(StripChart.layers([100, 100, 100, 100]) == [0, -1, 1, -2])
        #expect(StripChart.layers([0, 500, 1000]) == [0, 0, 0])
        // Closer than 28 units (8 px on a 288 px chart) is a collision.
        #expect(StripChart.layers([500, 527, 528]) == [0, -1, 0])
        // A stack holds nine; more equal values overlap in it and it says how many.
        let twelve = [Double](repeating: 1000, count: 12)
        #expect(Set(StripChart.layers(twelve)).count == 9 && StripChart.layers(twelve).allSatisfy { abs($0) <= 4 })
        #expect(StripChart.crowds(twelve + [0, 10]).map(\.count) == [12])
        let strip = StripChart.Strip(label: "Thể chế", max: 10, values: [Double](repeating: 10, count: 12) + [0], mean: 9.2, median: 10, highlight: nil)
        let svg = Self.render { StripChart(id: "q", title: "Phân bố", description: "d", summary: nil, strips: [strip]).render(into: &$0) }
        #expect(svg.contains(">×12</text>"))
    }

    @Test func labelsAreEscapedAndCoordinatesRounded() throws {
        let hostile = "<script>alert(\"x\")</script> & 'q'"
        let rows = [BarChart.Row(label: hostile, value: 1.0 / 3.0, display: "0,33", max: 1, classLabel: hostile, mean: 0.1 + 0.2, best: 2.0 / 3.0)]
        let svg = Self.render { BarChart(id: "e", title: hostile, description: hostile, summary: hostile, rows: rows, scale: .ownMaximum).render(into: &$0) }
        #expect(!svg.contains("<script>"))
        #expect(svg.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"))
        let longDecimals = try Regex(#"="-?\d+\.\d{3,}""#)
        #expect(svg.firstMatch(of: longDecimals) == nil)
        #expect(!svg.contains("0.30000000000000004"))
        #expect(svg.contains("<path class=\"mark-mean\" d=\"M300 37v20\"/>"))      // the mean 0,3 → 0,3 × 1000, on a two-line row
    }

    /// Long labels are cut to a number of letters (Unicode scalars) with an
    /// ellipsis, never inside a letter's UTF-8 bytes; short ones are kept.
    @Test func longLabelsAreClippedOnWholeLetters() {
        let name = "Sở Nông nghiệp và Phát triển nông thôn"   // seed 000, rank 1 of the 2022 departments
        #expect(Chart.length(name) == 38)
        #expect(Chart.clip(name, 38) == name)
        #expect(Chart.clip(name, 20) == "Sở Nông nghiệp và P…")
        #expect(Chart.length(Chart.clip(name, 20)) == 20)
        #expect(Chart.clip(name, 2) == "S…")
        // A letter written with a combining mark counts as two scalars, as everywhere in `Chart.length`.
        let decomposed = "Ho\u{0300}a Bi\u{0300}nh"
        #expect(Chart.clip(decomposed, 4) == "Ho\u{0300}…")
        for limit in 2...37 {
            let clipped = Chart.clip(name, limit)
            #expect(Chart.length(clipped) == limit && clipped.hasSuffix("…") && name.hasPrefix(clipped.dropLast()))
        }
    }

    @Test func renderingIsDeterministic() {
        #expect(Self.indexBars() == Self.indexBars())
        #expect(Self.trend() == Self.trend())
        #expect(Self.classMix() == Self.classMix())
    }
}
