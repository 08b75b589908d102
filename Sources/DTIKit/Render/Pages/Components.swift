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
        html.element(.span, .class(css), text: html.words.className(ClassLabel.canonical(label)))
    }

    /// `▲ 3 bậc` (up), `▼ 2 bậc` (down) or `giữ nguyên` in text and colour.
    static func rankChange(_ places: Int?, into html: inout HTML) {
        guard let places else { return }
        if places > 0 {
            html.element(.span, .class("change up")) { $0.text(.rankUp, ["places": String(places)]) }
        } else if places < 0 {
            html.element(.span, .class("change down")) { $0.text(.rankDown, ["places": String(-places)]) }
        } else {
            html.element(.span, .class("change same"), text: html.words[.rankSame])
        }
    }

    /// A change since the previous period, as the headline and the history
    /// table say it: rank, score and class, or why they are not compared.
    static func change(_ change: PeriodChange, into html: inout HTML) {
        var first = true
        func separate() { if !first { html.raw(" · ") }; first = false }
        if change.spansDiffer {
            html.element(.span, .class("break-note"), text: html.words[.spansDiffer])
            return
        }
        if change.rank != nil { separate(); rankChange(change.rank, into: &html) }
        if let delta = change.score {
            separate()
            if change.scoreIsNormalized { scoreChange(delta, as: .changeDTI, decimals: 4, into: &html) } else { scoreChange(delta, as: .changePoints, into: &html) }
        }
        if change.methodologyBreak == nil, let old = change.previousClass, let new = change.currentClass, old != new {
            separate()
            html.text(html.words(.changeClass, ["from": html.words.className(old), "to": html.words.className(new)]))
        }
        if let methodologyBreak = change.methodologyBreak {
            separate()
            html.element(.span, .class("break-note"), text: html.words.methodologyBreak(methodologyBreak))
        }
    }

    /// `+3,5 điểm`, `−2 điểm` (`word` holds `{change}`), with the same up/down styling.
    static func scoreChange(_ delta: Double?, as word: Word = .changePoints, decimals: Int = 2, into html: inout HTML) {
        guard let delta else { return }
        let css = delta > 0.00001 ? "change up" : (delta < -0.00001 ? "change down" : "change same")
        let change = html.words.signed(delta, decimals: decimals)
        html.element(.span, .class(css)) { $0.text(word, ["change": change]) }
    }

    /// `72,73 / 100` with the maximum beside the number.
    static func scoreWithMax(_ value: PublishedNumber?, max: Double?, into html: inout HTML) {
        guard let value else { html.element(.span, .class("blank"), .title(html.words[.notPublished]), text: "–"); return }
        html.text(html.words.published(value))
        if let max {
            html.element(.span, .class("max"), text: " / " + html.words.trimmed(max))
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
        html.element(.nav, .class("breadcrumbs"), .ariaLabel(html.words[.breadcrumbsLabel])) { html in
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
            html.element(.strong, text: html.words[.sourceLabel] + " ")
            if let url = table.sourceURL {
                html.element(.a, .href(url), text: table.source ?? table.title)
            } else {
                html.text(table.source ?? html.words[.sourceNone])
            }
            if let published = table.published { html.text(" " + html.words(.sourcePublished, ["date": published])) }
            html.raw(". ")
            if let framework {
                html.text(html.words[.sourceFramework] + " ")
                html.element(.a, .href(location.link(Routes.framework(framework.id))), text: framework.name)
                if let basis = framework.legalBasis { html.text(" – " + basis) }
                html.raw(".")
            }
        }
    }

    /// Findings in the published data, told calmly to the reader.
    static func notes(_ notes: [Diagnostic], table: RankingTable, into html: inout HTML) {
        guard !notes.isEmpty || table.note != nil else { return }
        html.element(.aside, .class("notes"), .ariaLabel(html.words[.notesHeading])) { html in
            html.element(.h2, text: html.words[.notesHeading])
            if let note = table.note { html.element(.p, text: note) }
            if !notes.isEmpty {
                html.element(.p, text: html.words[.notesIntro])
                html.element(.ul) { html in
                    for note in notes {
                        html.element(.li) { html in
                            checkerMessage(note.message, into: &html)
                            if let line = note.location.line {
                                html.element(.span, .class("muted"), text: " " + html.words(.notesRow, ["row": String(line - table.headerLine)]))
                            }
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
        html.element(.aside, .class("notes"), .ariaLabel(html.words[.unitNotesHeading])) { html in
            html.element(.h2, text: html.words[.unitNotesHeading])
            html.element(.p, text: html.words[.unitNotesIntro])
            html.element(.ul) { html in
                for note in notes {
                    let prefix = row.name + ": "
                    html.element(.li) { html in
                        checkerMessage(note.message.hasPrefix(prefix) ? String(note.message.dropFirst(prefix.count)) : note.message, into: &html)
                        html.element(.span, .class("muted"), text: " " + html.words(.unitNotesRow, ["table": table.title, "row": String(row.line - table.headerLine)]))
                    }
                }
            }
        }
    }

    /// A finding of dti's checker, which speaks Vietnamese: marked as such
    /// on a page in another language, so that readers and screen readers
    /// know (the English edition says so above the list).
    static func checkerMessage(_ message: String, into html: inout HTML) {
        if html.words.language == .vietnamese {
            html.text(message)
        } else {
            html.element(.span, .lang("vi"), text: message)
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
    static func pillarPoints(_ model: TableModel, row r: Int, measure: NormalizedMeasure, definition: PillarDefinition?,
                             words: Catalogue) -> String? {
        guard let definition, let computed = model.results[r].computedNormalized[measure.position] else { return nil }
        let points = computed * definition.max
        if let total = model.results[r].total, let max = model.totalMax, abs(max - definition.max) < 1e-9, abs(total.value - points) < 1e-6 {
            return words.published(total)
        }
        return words.trimmed(points)
    }
}
