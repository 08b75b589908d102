/// Small pieces shared by the pages: badges, ranks, changes, citations, notes.
enum Components {
    /// The CSS class of a class label: `cls-xuat-sac`, … (`cls-khac` otherwise).
    static func classCSS(_ label: String) -> String { classCSS(level: ClassLabel.level(label)) }

    /// The CSS class of a class level (`ClassLabel.level`); nil is a label
    /// outside the five levels.
    static func classCSS(level: Int?) -> String {
        switch level {
        case 0: return "cls-xuat-sac"
        case 1: return "cls-tot"
        case 2: return "cls-kha"
        case 3: return "cls-trung-binh"
        case 4: return "cls-yeu"
        default: return "cls-khac"
        }
    }

    /// A class badge: colour and the label in text, never colour alone.
    static func classBadge(_ label: String?, into html: inout HTML) {
        guard let label else { return }
        let css: String
        switch ClassLabel.level(label) {
        case 0: css = "badge cls-xuat-sac"
        case 1: css = "badge cls-tot"
        case 2: css = "badge cls-kha"
        case 3: css = "badge cls-trung-binh"
        case 4: css = "badge cls-yeu"
        default: css = "badge cls-khac"
        }
        html.element(.span, .class(css), text: ClassLabel.canonical(label))
    }

    /// `Hạng 17/63`, or `Đồng hạng 15/63` for a tie.
    /// `lowercase` starts it in lower case, for use inside a sentence
    /// (`hạng 73/100`), without lowercasing Vietnamese text at run time.
    static func rankText(_ rank: Int?, of count: Int?, tied: Bool = false, lowercase: Bool = false) -> String {
        guard let rank else { return lowercase ? "chưa xếp hạng" : "Chưa xếp hạng" }
        let prefix = tied ? (lowercase ? "đồng hạng " : "Đồng hạng ") : (lowercase ? "hạng " : "Hạng ")
        if let count { return prefix + "\(rank)/\(count)" }
        return prefix + "\(rank)"
    }

    /// `▲ 3 bậc` (up), `▼ 2 bậc` (down) or `giữ nguyên` in text and colour.
    static func rankChange(_ places: Int?, into html: inout HTML) {
        guard let places else { return }
        if places > 0 {
            html.element(.span, .class("change up"), text: "▲ \(places) bậc")
        } else if places < 0 {
            html.element(.span, .class("change down"), text: "▼ \(-places) bậc")
        } else {
            html.element(.span, .class("change same"), text: "= giữ nguyên hạng")
        }
    }

    /// A change since the previous period, as the headline and the history
    /// table say it: rank, score and class, or why they are not compared.
    static func change(_ change: PeriodChange, into html: inout HTML) {
        var first = true
        func separate() { if !first { html.raw(" · ") }; first = false }
        if change.spansDiffer {
            html.element(.span, .class("break-note"), text: "kỳ dài ngắn khác nhau; không so sánh trực tiếp")
            return
        }
        if change.rank != nil { separate(); rankChange(change.rank, into: &html) }
        if let delta = change.score {
            separate()
            scoreChange(delta, unit: change.scoreIsNormalized ? " DTI" : " điểm", decimals: change.scoreIsNormalized ? 4 : 2, into: &html)
        }
        if change.methodologyBreak == nil, let old = change.previousClass, let new = change.currentClass, old != new {
            separate()
            html.text("xếp loại \(old) → \(new)")
        }
        if let methodologyBreak = change.methodologyBreak {
            separate()
            html.element(.span, .class("break-note"), text: methodologyBreak.sentence)
        }
    }

    /// `+3,5 điểm`, `−2 điểm`, with the same up/down styling.
    static func scoreChange(_ delta: Double?, unit: String, decimals: Int = 2, into html: inout HTML) {
        guard let delta else { return }
        let css = delta > 0.00001 ? "change up" : (delta < -0.00001 ? "change down" : "change same")
        html.element(.span, .class(css), text: NumberFormat.signedDisplay(delta, decimals: decimals) + unit)
    }

    /// `72,73 / 100` with the maximum beside the number.
    static func scoreWithMax(_ value: PublishedNumber?, max: Double?, into html: inout HTML) {
        guard let value else { html.element(.span, .class("blank"), .title("Không công bố"), text: "–"); return }
        html.text(value.display)
        if let max {
            html.element(.span, .class("max"), text: " / " + NumberFormat.displayTrimmed(max))
        }
    }

    /// The page heading, with the page's address printed under it on paper.
    static func pageHeader(_ title: String, lead: String? = nil, site: SiteConfig, location: PageLocation, into html: inout HTML) {
        html.element(.h1, text: title)
        html.element(.p, .class("print-url"), text: site.baseURL + location.path)
        if let lead { html.element(.p, .class("lead"), text: lead) }
    }

    /// Breadcrumbs: `Trang chủ › Xếp hạng › 2022`.
    static func breadcrumbs(_ items: [(title: String, route: String?)], location: PageLocation, into html: inout HTML) {
        html.element(.nav, .class("breadcrumbs"), .ariaLabel("Vị trí trang")) { html in
            html.element(.ol) { html in
                for item in items {
                    html.element(.li) { html in
                        if let route = item.route { html.element(.a, .href(location.link(route)), text: item.title) } else {
                            html.element(.span, Attribute("aria-current", "page"), text: item.title)
                        }
                    }
                }
            }
        }
    }

    /// The source line of a table: the document, the appendix and when.
    static func source(_ table: RankingTable, framework: Framework?, location: PageLocation, into html: inout HTML) {
        html.element(.p, .class("source")) { html in
            html.element(.strong, text: "Nguồn: ")
            if let url = table.sourceURL {
                html.element(.a, .href(url), text: table.source ?? table.title)
            } else {
                html.text(table.source ?? "không ghi nguồn")
            }
            if let published = table.published { html.text(" (công bố " + published + ")") }
            html.raw(". ")
            if let framework {
                html.text("Bộ chỉ số: ")
                html.element(.a, .href(location.link(Routes.framework(framework.id))), text: framework.name)
                if let basis = framework.legalBasis { html.text(" – " + basis) }
                html.raw(".")
            }
        }
    }

    /// Findings in the published data, told calmly to the reader.
    static func notes(_ notes: [Diagnostic], table: RankingTable, into html: inout HTML) {
        guard !notes.isEmpty || table.note != nil else { return }
        html.element(.aside, .class("notes"), .ariaLabel("Ghi chú về số liệu")) { html in
            html.element(.h2, text: "Ghi chú về số liệu")
            if let note = table.note { html.element(.p, text: note) }
            if !notes.isEmpty {
                html.element(.p, text: "Khi tính lại từ số liệu công bố, dti ghi nhận các điểm sau. Trang vẫn hiển thị đúng số đã công bố.")
                html.element(.ul) { html in
                    for note in notes {
                        html.element(.li) { html in
                            html.text(note.message)
                            if let line = note.location.line { html.element(.span, .class("muted"), text: " (dòng \(line - table.headerLine) của bảng)") }
                        }
                    }
                }
            }
        }
    }

    /// The findings about one unit's published numbers, as a calm note beside
    /// them: the message without the unit's name (the page is the unit's),
    /// and where in the published table the number is.
    static func unitNotes(_ notes: [Diagnostic], row: RankingRow, table: RankingTable, into html: inout HTML) {
        guard !notes.isEmpty else { return }
        html.element(.aside, .class("notes"), .ariaLabel("Ghi chú về số liệu công bố")) { html in
            html.element(.h2, text: "Ghi chú về số liệu công bố")
            html.element(.p, text: "Trang hiển thị đúng số đã công bố; khi tính lại, dti ghi nhận:")
            html.element(.ul) { html in
                for note in notes {
                    let prefix = row.name + ": "
                    html.element(.li) { html in
                        html.text(note.message.hasPrefix(prefix) ? String(note.message.dropFirst(prefix.count)) : note.message)
                        html.element(.span, .class("muted"), text: " (\(table.title), dòng \(row.line - table.headerLine) của bảng)")
                    }
                }
            }
        }
    }

    /// Wraps a wide table so it scrolls sideways on a phone instead of the page.
    static func scrollTable(label: String, into html: inout HTML, _ body: (inout HTML) -> Void) {
        html.element(.div, .class("table-scroll"), .role("region"), .ariaLabel(label), Attribute("tabindex", "0"), content: body)
    }

    /// The points behind a unit's pillar value, as text: the sum of the
    /// pillar's published index scores. Where the pillar is every index of
    /// the table (a department's CQS), that sum is the total, and the total
    /// is shown as published (`187,390`, not `187,39`).
    static func pillarPoints(_ model: TableModel, row r: Int, measure: NormalizedMeasure, definition: PillarDefinition?) -> String? {
        guard let definition, let computed = model.results[r].computedNormalized[measure.position] else { return nil }
        let points = computed * definition.max
        if let total = model.results[r].total, let max = model.totalMax, abs(max - definition.max) < 1e-9, abs(total.value - points) < 1e-6 {
            return total.display
        }
        return NumberFormat.displayTrimmed(points)
    }

    /// The display name of a group.
    static func groupName(_ table: RankingTable) -> String { table.shownGroupName }

    /// The percentage `value / max`, formatted `72,7%`.
    static func percent(_ value: Double, of max: Double) -> String {
        guard max > 0 else { return "–" }
        return NumberFormat.displayTrimmed(value / max * 100, decimals: 1) + "%"
    }
}
