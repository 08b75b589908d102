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
        // The plot is 352 units wide: 72,73/100 → 256,0096; 147,58/200 → 259,7408; 44,76/150 → 105,0368.
        // Bars of one colour share a path: `M x y h width v height h −width z`.
        #expect(svg.contains("M4 108h256.01v14h-256.01z"))        // third row: top 2 × 44, bar 20 below
        #expect(svg.contains("h259.74v14h-259.74z"))
        #expect(svg.contains("h105.04v14h-105.04z"))
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
        #expect(svg.contains(">187,390 · Khá</text>") && svg.contains(">187,386 · Khá</text>"))
        // Class by label as well as colour.
        #expect(svg.contains(">Sở Giao thông vận tải</text>"))
        #expect(svg.contains("class=\"fill-cls-trung-binh\""))
        // 164,86 / 245 × 352 = 236,86…, in the Trung bình colour.
        #expect(svg.contains("<path class=\"fill-cls-trung-binh\" d=\"M4 108h236.86v14h-236.86z\"/>"))
    }

    /// Bars of one colour share one path, the paths in order of first use;
    /// a label outside the five classes and a row without a class each get
    /// their own colour (the lookup is by class level, not by name).
    @Test func barsOfOneClassShareAPathInOrderOfFirstUse() {
        let rows = [("A", 200.0, "Tốt"), ("B", 150.0, "Khá"), ("C", 140.0, "Tốt"), ("D", 100.0, "Chưa xếp loại"), ("E", 50.0, nil)].map {
            BarChart.Row(label: $0.0, value: $0.1, display: String(Int($0.1)), max: 245, classLabel: $0.2, mean: nil, best: nil)
        }
        let svg = Self.render { BarChart(id: "t", title: "Tổng điểm", description: "d", summary: nil, rows: rows, scale: .sharedMaximum(245)).render(into: &$0) }
        // 200 / 245 × 352 = 287,35 and 140 / 245 × 352 = 201,14, on rows 0 and 2 (44 units apart).
        let tot = "<path class=\"fill-cls-tot\" d=\"M4 20h287.35v14h-287.35zM4 108h201.14v14h-201.14z\"/>"
        let kha = "<path class=\"fill-cls-kha\" d=\"M4 64h215.51v14h-215.51z\"/>"
        let other = "<path class=\"fill-cls-khac\" d=\"M4 152h143.67v14h-143.67z\"/>"
        let plain = "<path class=\"fill-bar\" d=\"M4 196h71.84v14h-71.84z\"/>"
        #expect(svg.contains(tot + kha + other + plain))
        #expect(svg.contains(">100 · Chưa xếp loại</text>"))
    }

    @Test func radarPointsSitOnTheirAxes() {
        let axes = (0..<4).map { RadarChart.Axis(label: "Chỉ số \($0)", value: 1, mean: 0.5) }
        let svg = Self.render { RadarChart(id: "r", title: "Radar", description: "d", summary: nil, axes: axes).render(into: &$0) }
        // Radius 100 around (180, 175): up, right, down, left.
        #expect(svg.contains("class=\"radar-unit\" points=\"180,75 280,175 180,275 80,175\""))
        #expect(svg.contains("class=\"radar-mean\" points=\"180,125 230,175 180,225 130,175\""))
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
        // y = 214 − 200 × value: 0,3215 → 149,7; 0,6342 → 87,16. x spreads 40…292.
        #expect(svg.contains("d=\"M40 149.7L166 120.6L292 87.16\""))
        #expect(svg.contains("<td class=\"num\">0,3215 (hạng 28)</td>"))
        #expect(svg.contains(">DTI: 0,6342 (2022), hạng 17</text>"))
        // The second series differs by marker shape and dash, not only colour.
        #expect(svg.contains("class=\"trend series-cqs dash-1\""))
        #expect(svg.contains("<rect class=\"marker series-cqs\""))
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
        // 352 × 5/19 = 92,63; 8/19 = 148,21.
        #expect(svg.contains("width=\"92.63\""))
        #expect(svg.contains("width=\"148.21\""))
        #expect(svg.contains(">Xuất sắc: 5 (26,3%)</text>"))
        #expect(svg.contains(">Yếu: 0 (0%)</text>"))
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
        // A value above the maximum (39 > 35) is drawn at the end of the axis, not beyond it.
        #expect(svg.contains("M354 36h0"))
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
        #expect(svg.contains("<path class=\"mark-mean\" d=\"M109.6 17v20\"/>"))      // the mean 0,3 → 4 + 0,3 × 352 = 109,6
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
