/// `du-lieu/xep-hang/<kỳ>/<nhóm>.xlsx`: a ranking as an Excel workbook for
/// people, beside the CSV and JSON for machines.
///
/// Sheet 1, "Xếp hạng": the table with headers in the first language, in the
/// rows' published order; scores are numbers shown with their published
/// decimals (`187,390` in a Vietnamese Excel), ranks whole numbers, a blank
/// cell is "not published". The headers are those dti itself reads
/// (`Tên đơn vị`, the indices' labels, `Tổng điểm`, `Xếp hạng DTI`…), so the
/// sheet can be put back into a portal's Content/ as is.
/// Sheet 2, "Nguồn và giấy phép": what the table is, where it comes from,
/// its licence and how to cite it, in the first language; then, for every
/// other language of the site (`languages = vi, en`), the same in that
/// language followed by the meaning of each column of sheet 1.
///
/// One workbook serves every edition (the data files are shared), so a
/// second language costs a few rows of sheet 2, not a second file; a site
/// with one language gets exactly the workbook it had before editions.
struct RankingWorkbook {
    /// Every edition's context, the first one first: its words head sheet 1.
    let editions: [RenderContext]
    let tableIndex: Int

    /// What a column of sheet 1 holds; the header and its meaning are asked of the catalogues.
    private enum Column {
        case rank, unit, parent, score(Int), total, classLabel, measure(NormalizedMeasure), measureRank(NormalizedMeasure), indexRank(Int)
    }

    func bytes() -> [UInt8] {
        let first = editions[0]
        let model = first.model.tables[tableIndex]
        let site = first.site
        let columns = self.columns(model)
        var about = aboutRows(model, in: first)
        for edition in editions.dropFirst() {
            // The same table as the edition shows it (its title, source, index names in its language).
            guard edition.model.tables.indices.contains(tableIndex) else { continue }
            let translated = edition.model.tables[tableIndex]
            guard translated.table.period == model.table.period, translated.table.group == model.table.group else { continue }
            about.append([])
            about += aboutRows(translated, in: edition)
            about += columns.map { column in
                [.text(edition.words(.workbookAboutColumn, ["header": header(column, model, words: first.words)])),
                 .text(meaning(column, translated, words: edition.words))]
            }
        }
        let writer = WorkbookWriter(title: model.table.title, author: site.publisher ?? site.title,
                                    sheets: [WorkbookWriter.Sheet(name: first.words[.workbookSheetRanking], rows: tableRows(model, columns, words: first.words)),
                                             WorkbookWriter.Sheet(name: first.words[.workbookSheetAbout], rows: about)],
                                    language: first.words.language.openGraphLocale.replacingOccurrences(of: "_", with: "-"))
        return writer.bytes()
    }

    /// The columns of sheet 1, in order: those the table has.
    private func columns(_ model: TableModel) -> [Column] {
        let table = model.table
        var columns: [Column] = [.rank, .unit]
        if table.hasParent { columns.append(.parent) }
        columns += table.indexCodes.indices.map { .score($0) }
        if table.rows.indices.contains(where: { model.shown($0).total != nil }) { columns.append(.total) }
        if table.rows.indices.contains(where: { model.shown($0).classLabel != nil }) { columns.append(.classLabel) }
        for measure in table.normalizedMeasures { columns += [.measure(measure), .measureRank(measure)] }
        columns += OpenDataFiles.publishedIndexRanks(table).map { .indexRank($0) }
        return columns
    }

    /// An index column's label: the framework's short name, else the code.
    private func label(_ position: Int, _ model: TableModel) -> String {
        let code = model.table.indexCodes[position]
        return model.framework?.mainIndices.first { $0.code == code }?.label ?? code.description
    }

    /// A column's header in sheet 1, as dti reads it back.
    private func header(_ column: Column, _ model: TableModel, words: Catalogue) -> String {
        switch column {
        case .rank: return words[.workbookHeaderRank]
        case .unit: return words[.workbookHeaderUnit]
        case .parent: return words[.workbookHeaderParent]
        case .score(let p): return label(p, model)
        case .total: return words[.workbookHeaderTotal]
        case .classLabel: return words[.workbookHeaderClass]
        case .measure(let measure): return measure.rawValue
        case .measureRank(let measure): return words(.workbookHeaderRankOf, ["name": measure.rawValue])
        case .indexRank(let p): return words(.workbookHeaderRankOf, ["name": label(p, model)])
        }
    }

    /// What a column means, in another edition's words and names.
    private func meaning(_ column: Column, _ model: TableModel, words: Catalogue) -> String {
        switch column {
        case .score(let p): return words(.workbookMeaningIndex, ["name": label(p, model), "code": model.table.indexCodes[p].description])
        case .measure(let measure): return words(.workbookMeaningMeasure, ["name": words.measure(measure)])
        case .measureRank(let measure): return words(.workbookMeaningRankOf, ["name": words.measure(measure)])
        case .indexRank(let p): return words(.workbookMeaningRankOf, ["name": label(p, model)])
        case .classLabel:
            // The published labels of this table with this language's word for each (`Tốt = Good`).
            var labels: [String] = []
            for r in model.table.rows.indices { if let label = model.shown(r).classLabel, !labels.contains(label) { labels.append(label) } }
            let named = labels.sorted { (ClassLabel.level($0) ?? 99, $0) < (ClassLabel.level($1) ?? 99, $1) }
                .compactMap { label in words.className(label) == label ? nil : label + " = " + words.className(label) }
            return named.isEmpty ? words[.workbookHeaderClass] : words(.workbookMeaningClass, ["labels": named.joined(separator: ", ")])
        default: return header(column, model, words: words)
        }
    }

    /// The header row and one row per unit.
    private func tableRows(_ model: TableModel, _ columns: [Column], words: Catalogue) -> [[WorkbookWriter.Cell]] {
        let table = model.table
        var rows: [[WorkbookWriter.Cell]] = [columns.map { .text(header($0, model, words: words)) }]
        rows.reserveCapacity(table.rows.count + 1)
        for (r, row) in table.rows.enumerated() {
            let result = model.shown(r)
            rows.append(columns.map { column -> WorkbookWriter.Cell in
                switch column {
                case .rank: return .integer(result.rank)
                case .unit: return .text(row.name)
                case .parent: return row.parent.map { .text($0) } ?? .empty
                case .score(let p): return .published(row.scores[p])
                case .total: return .published(result.total)
                case .classLabel: return result.classLabel.map { .text($0) } ?? .empty
                case .measure(let measure): return .published(row.normalized(measure))
                case .measureRank(let measure): return .integer(row.normalizedRank(measure)?.value)
                case .indexRank(let p): return .integer(row.indexRanks[p]?.value)
                }
            })
        }
        return rows
    }

    /// Label and value pairs in one edition's words: the table, its source,
    /// the licence, the citation.
    private func aboutRows(_ model: TableModel, in edition: RenderContext) -> [[WorkbookWriter.Cell]] {
        let table = model.table
        let site = edition.site
        let words = edition.words
        var pairs: [(Word, String?)] = [
            (.workbookAboutTable, table.title),
            (.workbookAboutPeriod, words.period(table.period)),
            (.workbookAboutGroup, words.groupName(table)),
            (.workbookAboutRanked, String(table.rankedCount)),
            (.workbookAboutSource, table.source),
            (.workbookAboutSourceURL, table.sourceURL),
            (.workbookAboutPublished, table.published),
            (.workbookAboutFramework, model.framework.map { framework in framework.name + (framework.legalBasis.map { " – " + $0 } ?? "") }),
            (.workbookAboutNote, table.note),
            (.workbookAboutPublisher, site.publisher),
            (.workbookAboutPage, site.baseURL + edition.edition.prefix + Routes.ranking(table)),
            (.workbookAboutLicense, site.license.name),
            (.workbookAboutLicenseURL, site.license.url),
            (.workbookAboutCitation, words(.workbookCitationDate, ["citation": Citation.ranking(table, site: site, words: words, edition: edition.edition.prefix), "date": Citation.accessDate])),
            (.workbookAboutReading, words[.workbookReading]),
        ]
        pairs = pairs.filter { $0.1 != nil }
        return [[.text(words[.workbookAboutItem]), .text(words[.workbookAboutContent])]] + pairs.map { [.text(words[$0.0]), .text($0.1 ?? "")] }
    }
}
