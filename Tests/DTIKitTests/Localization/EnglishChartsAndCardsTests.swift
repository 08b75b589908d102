import Foundation
import Testing
@testable import DTIKit

/// The charts and share cards of the English edition: their words come from
/// the English catalogue, their numbers are written `233.06`, their caches
/// never hand one edition another's fragment, and the Vietnamese edition is
/// untouched. The numbers are the bundled seeds' (Hậu Giang, 2020–2022).
@Suite("English charts and share cards")
struct EnglishChartsAndCardsTests {
    static let catalogues = BuiltInCatalogues.load([.vietnamese, .english]).catalogues

    /// The bundled content's two render contexts, as a build makes them.
    static func contexts() throws -> (vi: RenderContext, en: RenderContext) {
        let (loaded, diagnostics) = ContentLoader.load(from: TestSupport.bundledContent)
        #expect(!diagnostics.hasErrors, "\(diagnostics.report())")
        let content = try #require(loaded)
        let theme = try Theme.load(from: TestSupport.bundledTheme).get()
        let editions = [Edition(language: .vietnamese, isFirst: true), Edition(language: .english, isFirst: false)]
        let vi = RenderContext(model: SiteModel.build(content), theme: theme, words: catalogues[0], edition: editions[0], editions: editions)
        let en = RenderContext(model: SiteModel.build(content.translated(to: .english)), theme: theme, words: catalogues[1],
                               edition: editions[1], editions: editions)
        return (vi, en)
    }

    /// The texts of a page's charts: each `<figure class="chart…">`, its data
    /// table and any break note, without the rows' names (proper names, not
    /// interface words) and the captions that repeat the title.
    static func chartTexts(_ page: String) -> [String] {
        var texts: [String] = []
        for pattern in [#"<figure class="chart[\s\S]*?</figure>"#, #"<details class="chart-data">[\s\S]*?</details>"#, #"<p class="break-note">[\s\S]*?</p>"#] {
            let regex = try! NSRegularExpression(pattern: pattern)
            for match in regex.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
                var block = String(page[Range(match.range, in: page)!])
                block = block.replacingOccurrences(of: #"<th scope="row">[^<]*</th>"#, with: "", options: .regularExpression)
                texts += block.replacingOccurrences(of: #"<[^>]+>"#, with: "\n", options: .regularExpression)
                    .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
        }
        return texts
    }

    /// The Vietnamese words of this area's catalogue entries (the texts
    /// between placeholders that hold a Vietnamese letter and differ from
    /// the English): none of them may appear on an English page or card.
    static var vietnameseWords: [String] {
        let vi = catalogues[0], en = catalogues[1]
        var pieces: Set<String> = []
        for word in Word.allCases where (word.rawValue.hasPrefix("chart.") || word.rawValue.hasPrefix("card.")) && vi[word] != en[word] {
            for piece in vi[word].replacingOccurrences(of: #"\{[^}]*\}"#, with: "\u{0}", options: .regularExpression).split(separator: "\u{0}") {
                let text = piece.trimmingCharacters(in: CharacterSet(charactersIn: " ,.:;()/·"))
                if text.count >= 3, text.range(of: "[À-ỹĐđ]", options: .regularExpression) != nil { pieces.insert(text) }
            }
        }
        return pieces.sorted()
    }

    @Test("Hậu Giang's English unit page: chart titles, descriptions, summaries, legends and tables in English with 93.3%, 0.6342 and the framework break")
    func englishUnitPageCharts() throws {
        let site = SiteTestSupport.bundled
        let page = SiteTestSupport.text(site, "en/don-vi/hau-giang/index.html")
        // Index bars: Hậu Giang's 2022 national scores (Digital Awareness 93.33/100, Digital Society Activities 44.76/150).
        #expect(page.contains(#"<title id="cs-t">Scores by index: Hậu Giang, 2022</title>"#))
        #expect(page.contains("<figcaption>Highest share of the maximum: Digital Awareness (93.3%); lowest: Digital Society Activities (29.8%).</figcaption>"))
        #expect(page.contains(#"<desc id="cs-d">Each bar is the score of one index against that index&#39;s own maximum. Highest share"#))
        // Trend: DTI 0.3215 (2020) → 0.6342 (2022), across the change of framework.
        let trendSummary = "DTI from 0.3215 (2020) to 0.6342 (2022). Framework changed: QĐ 1726/QĐ-BTTTT → QĐ 922/QĐ-BTTTT; not directly comparable."
        #expect(page.contains("<figcaption>" + trendSummary + "</figcaption>"))
        #expect(page.contains(#"<title id="xu-huong-t">Hậu Giang across the assessment periods</title>"#))
        #expect(page.contains(#"<desc id="xu-huong-d">Line chart by period on a 0–1 scale: the DTI and its three pillars"#))
        let texts = Self.chartTexts(page)
        #expect(Self.vietnameseWords.count > 100 && Self.vietnameseWords.contains("trung bình nhóm"), "the words looked for")
        #expect(texts.contains("DTI: 0.6342, rank 17"), "the trend legend: latest value and rank")
        #expect(texts.contains("New framework"), "the break marker on the trend chart")
        #expect(texts.contains("The chart&#39;s figures as a table"))
        #expect(texts.contains("Period") && texts.contains("Note") && texts.contains("0.6342 (rank 17)"))
        #expect(texts.contains("0.5") && !texts.contains("0,5"), "the trend's grid labels use the English decimal point")
        for word in Self.vietnameseWords {
            #expect(!texts.contains { $0.contains(word) }, "`\(word)` on the English unit page's charts")
        }
        // The same charts stay Vietnamese at the root.
        let vietnamese = SiteTestSupport.text(site, "don-vi/hau-giang/index.html")
        #expect(vietnamese.contains(#"<title id="cs-t">Điểm từng chỉ số của Hậu Giang, năm 2022</title>"#))
        #expect(vietnamese.contains("<figcaption>Tỷ lệ đạt cao nhất: Nhận thức số (93,3%); thấp nhất: Hoạt động Xã hội số (29,8%).</figcaption>"))
    }

    @Test("The English ranking page: totals of 19 departments from 233.06 down to 164.86 points, classes and distributions in English")
    func englishRankingCharts() throws {
        let site = SiteTestSupport.bundled
        let page = SiteTestSupport.text(site, "en/xep-hang/2022/so-ban-nganh/index.html")
        #expect(page.contains(#">Total scores of 19 units, Provincial departments, boards and sector agencies, 2022</title>"#))
        #expect(page.contains("<figcaption>Highest: Sở Nông nghiệp và Phát triển nông thôn (233.06 points); lowest: Thanh tra tỉnh (164.86 points). "
                              + "The figures are in the ranking table above.</figcaption>"))
        #expect(page.contains(#">Units by class: Provincial departments, boards and sector agencies, 2022</title>"#))
        #expect(page.contains("<figcaption>Most widely spread index: Institutions (from 0 to 10 out of 10).</figcaption>"))
        let texts = Self.chartTexts(page)
        #expect(texts.contains { $0.hasPrefix("233.06 / 245 · ") }, "the bar's value with the English class name")
        #expect(texts.contains("median") && texts.contains("Maximum"))
        for word in Self.vietnameseWords {
            #expect(!texts.contains { $0.contains(word) }, "`\(word)` on the English ranking page's charts")
        }
        let vietnamese = SiteTestSupport.text(site, "xep-hang/2022/so-ban-nganh/index.html")
        #expect(vietnamese.contains("<figcaption>Cao nhất: Sở Nông nghiệp và Phát triển nông thôn (233,06 điểm); thấp nhất: Thanh tra tỉnh (164,86 điểm). "
                                    + "Số liệu: bảng xếp hạng phía trên.</figcaption>"))
    }

    @Test("Cached chart parts are per language: a radar and a trend drawn in Vietnamese, then English, then with a theme's word, each in its own words")
    func chartCachesAreKeyedByWords() throws {
        let axes = ["Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số"].map { RadarChart.Axis(label: $0, value: 0.5, mean: 0.4) }
        func radar(_ words: Catalogue) -> String {
            var html = HTML(words: words)
            RadarChart(id: "r", title: "t", description: "d", summary: nil, axes: axes).render(into: &html)
            return html.string
        }
        func trend(_ words: Catalogue) -> String {
            var html = HTML(words: words)
            TrendChart(id: "x", title: "t", description: "d", summary: nil, periods: ["2021", "2022"], periodNames: ["a", "b"],
                       series: [TrendChart.Series(name: "DTI", css: "series-dti", values: [0.4, 0.6342], ranks: [20, 17])],
                       maximum: 1, breaks: [1: "b"]).render(into: &html)
            return html.string
        }
        let vi = radar(Self.catalogues[0]), en = radar(Self.catalogues[1])
        #expect(vi.contains(">trung bình nhóm</text>") && vi.contains(">đơn vị</text>"))
        #expect(en.contains(">group mean</text>") && en.contains(">unit</text>") && !en.contains("trung bình"))
        #expect(en.contains("<th scope=\"col\">Group mean (% of maximum)</th>") && en.contains(">50%</td>"))
        #expect(radar(Self.catalogues[0]) == vi, "the cached Vietnamese scaffold is the same bytes")
        let themed = BuiltInCatalogues.load([.english], overrides: ["en": ("Theme/i18n/en.conf", Array("chart.legend_unit = this unit\n".utf8))]).catalogues[0]
        #expect(radar(themed).contains(">this unit</text>"), "a theme's word is not hidden by a cached English scaffold")
        let viTrend = trend(Self.catalogues[0]), enTrend = trend(Self.catalogues[1])
        #expect(viTrend.contains(">0,5</text>") && viTrend.contains(">Đổi bộ chỉ số</text>") && viTrend.contains("DTI: 0,6342, hạng 17"))
        #expect(enTrend.contains(">0.5</text>") && enTrend.contains(">New framework</text>") && enTrend.contains("DTI: 0.6342, rank 17"))
        #expect(enTrend.contains("0.6342 (rank 17)") && !enTrend.contains("0,5"))
    }

    @Test("Hậu Giang's English summary, badge and alt text: DTI 0.6342, Rank 17 of 63, the change since 2021, in English")
    func englishUnitSummary() throws {
        let (vi, en) = try Self.contexts()
        let unit = try #require(en.model.unitIndex["hau-giang"])
        let summary = try #require(UnitSummary(context: en, unit: en.model.units[unit]))
        #expect(summary.headlineLabel == "DTI" && summary.headlineValue == "0.6342" && summary.isDTI)
        #expect(summary.rankText == "Rank 17 of 63" && summary.rankInSentence == "rank 17 of 63")
        #expect(summary.context == "2022 · Provinces and centrally-run cities")
        // 17th in 2021 and in 2022, under different frameworks: the rank alone is compared.
        #expect(summary.change == "Same rank since 2021 (framework changed)")
        #expect(summary.changeWords == "same rank since 2021 (the framework changed, so scores are not compared)")
        #expect(summary.sentence == "Hậu Giang, 2022: DTI 0.6342, rank 17 of 63")
        #expect(summary.pillars.map(\.title) == ["Digital government", "Digital economy", "Digital society"])
        // The 2022 national index scores (seed 004), with the English decimal point.
        #expect(summary.bars.first.map { "\($0.label) \($0.value)/\($0.max)" } == "Digital Awareness 93.33/100")
        #expect(summary.bars.map(\.value) == ["93.33", "70", "72.73", "70.51", "52.27", "147.58", "83.06", "44.76"])
        #expect(summary.pageTitle(shownName: "Hậu Giang") == "Hậu Giang: Rank 17 of 63 (DTI 2022)")
        let description = summary.pageDescription(shownName: "Hậu Giang", periods: 3)
        #expect(description.hasPrefix("2022: Hậu Giang scored 0.6342 on the Digital Transformation Index (DTI), rank 17 of 63 (Provinces and centrally-run cities)."))
        #expect(description.contains("By pillar: rank 13 in digital government, rank 20 in digital economy, rank 16 in digital society."))
        #expect(description.hasSuffix("The page has the scores by index and the results of 3 periods."))
        let badge = UnitBadge(summary: summary, style: en.cardStyle)
        #expect(badge.label == "DTI 2022: rank 17 of 63")
        let svg = String(decoding: badge.render(), as: UTF8.self)
        #expect(svg.contains(">Rank 17 of 63</text>") && svg.contains(#"aria-label="DTI 2022: rank 17 of 63""#))
        #expect(SocialCards.unitImage(summary, slug: "hau-giang", edition: "en/").alt == "Digital transformation result card: Hậu Giang, 2022: DTI 0.6342, rank 17 of 63.")
        for word in Self.vietnameseWords {
            #expect(![summary.change ?? "", summary.context, summary.headlineDetail, description, badge.label].contains { $0.contains(word) }, "`\(word)`")
        }
        // The Vietnamese summary is unchanged.
        let viUnit = try #require(vi.model.unitIndex["hau-giang"])
        let viSummary = try #require(UnitSummary(context: vi, unit: vi.model.units[viUnit]))
        #expect(viSummary.rankText == "Hạng 17/63" && viSummary.headlineValue == "0,6342" && viSummary.sentence == "Hậu Giang, năm 2022: DTI 0,6342, hạng 17/63")
    }

    @Test("Hậu Giang's English share card: English words on the sketch, every glyph drawn, bytes deterministic and unlike the Vietnamese card's")
    func englishShareCard() throws {
        let (vi, en) = try Self.contexts()
        let unit = try #require(en.model.unitIndex["hau-giang"])
        let cards = SocialCards(style: en.cardStyle, cache: nil)
        let sketch = cards.sketch(.unit(unit), context: en)
        let lines = sketch.steps.compactMap { step -> String? in
            if case .text(let text, _, _, _, _, _) = step { return text }
            return nil
        }
        #expect(lines.contains("DTI") && lines.contains("0.6342") && lines.contains("Rank 17 of 63"), "\(lines)")
        #expect(lines.contains("Pillar values (0–1)") || lines.contains("Score by index / maximum"), "\(lines)")
        #expect(lines.contains("2022 · Provinces and centrally-run cities"))
        #expect(lines.contains("634.24 / 1000 pts"), "the points behind the DTI fit beside it, uncut")
        #expect(lines.contains("Same rank since 2021 (framework changed)"))
        for word in Self.vietnameseWords { #expect(!lines.contains { $0.contains(word) }, "`\(word)` on the English card") }
        let canvas = RGBACanvas(width: 1200, height: 630)
        sketch.paint(on: canvas, fonts: en.cardStyle.fonts)
        #expect(canvas.missingScalars() == [], "the card font has every glyph of the English card")

        let english = cards.png(.unit(unit), context: en), again = SocialCards(style: en.cardStyle, cache: nil).png(.unit(unit), context: en)
        let viUnit = try #require(vi.model.unitIndex["hau-giang"])
        let vietnamese = SocialCards(style: vi.cardStyle, cache: nil).png(.unit(viUnit), context: vi)
        #expect(english == again, "an English card is the same bytes every time")
        #expect(english != vietnamese)
        #expect(CardCache.isSoundPNG(english, width: 1200, height: 630))
        let decoded = try #require(CardTestSupport.decode([english])?.first)
        #expect(decoded.width == 1200 && decoded.height == 630)
        #expect(FormatsTestSupport.mismatch(canvas.opaqueRGB(), decoded.pixels) == nil, "the PNG is the sketch as painted")
        // What the build wrote is the same card, in each edition's folder.
        let site = SiteTestSupport.bundled
        #expect(FileSystem.read(site + "/en/don-vi/hau-giang/" + SocialCards.fileName) == english)
        #expect(FileSystem.read(site + "/don-vi/hau-giang/" + SocialCards.fileName) == vietnamese)
        // The language is part of the cache key, even for the same picture.
        var a = CardSketch(width: 10, height: 10, background: .white, language: "vi")
        var b = CardSketch(width: 10, height: 10, background: .white, language: "en")
        a.text("DTI", bold: false, size: 10, x: 0, baseline: 8, color: .black)
        b.text("DTI", bold: false, size: 10, x: 0, baseline: 8, color: .black)
        #expect(a.digest(fonts: en.cardStyle.fonts) != b.digest(fonts: en.cardStyle.fonts))
        #expect(sketch.digest(fonts: en.cardStyle.fonts) == cards.sketch(.unit(unit), context: en).digest(fonts: en.cardStyle.fonts))
    }

    @Test("The English home and ranking cards and their alt texts: 33 units, 6 rankings, 2020 – 2022")
    func englishHomeAndRankingCards() throws {
        let (_, en) = try Self.contexts()
        let face = SocialCards.homeFace(en.model, words: en.words)
        #expect(face.facts == "33 units · 6 rankings · 2020 – 2022")
        let images = SocialCards.pageImages(en.model, words: en.words, edition: "en/")
        #expect(images["en/"]?.alt.hasPrefix("Card introducing ") == true && images["en/"]?.alt.hasSuffix(": 33 units · 6 rankings · 2020 – 2022.") == true)
        #expect(images["en/"]?.path == "en/" + SocialCards.fileName)
        let table = try #require(en.model.tables.firstIndex { $0.table.group == "so-ban-nganh" })
        let ranking = SocialCards.rankingFace(en.model, tableIndex: table, words: en.words)
        #expect(ranking.context == "Digital transformation ranking · 2022 · 19 units")
        #expect(ranking.leaders.first?.value == "233.06")
        let lines = SocialCards(style: en.cardStyle, cache: nil).sketch(.ranking(table), context: en).steps.compactMap { step -> String? in
            if case .text(let text, _, _, _, _, _) = step { return text }
            return nil
        }
        #expect(lines.contains("Top ranked") && lines.contains("Classes") && lines.contains("Excellent"), "\(lines)")
        #expect(!lines.contains("Xuất sắc") && !lines.contains("Dẫn đầu"))
    }
}
