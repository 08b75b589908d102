/// `du-lieu/xep-hang/<kỳ>/<nhóm>.xlsx`: a ranking as an Excel workbook for
/// people, beside the CSV and JSON for machines.
///
/// Sheet 1, "Xếp hạng": the table with Vietnamese headers, in the rows'
/// published order; scores are numbers shown with their published decimals
/// (`187,390` in a Vietnamese Excel), ranks whole numbers, a blank cell is
/// "not published". The headers are those dti itself reads (`Tên đơn vị`,
/// the indices' labels, `Tổng điểm`, `Xếp hạng DTI`…), so the sheet can be
/// put back into a portal's Content/ as is.
/// Sheet 2, "Nguồn và giấy phép": what the table is, where it comes from,
/// its licence and how to cite it.
struct RankingWorkbook {
    let context: RenderContext
    let tableIndex: Int

    func bytes() -> [UInt8] {
        let model = context.model.tables[tableIndex]
        let site = context.site
        let writer = WorkbookWriter(title: model.table.title, author: site.publisher ?? site.title,
                                    sheets: [WorkbookWriter.Sheet(name: "Xếp hạng", rows: tableRows(model)),
                                             WorkbookWriter.Sheet(name: "Nguồn và giấy phép", rows: aboutRows(model))])
        return writer.bytes()
    }

    /// The header row and one row per unit.
    private func tableRows(_ model: TableModel) -> [[WorkbookWriter.Cell]] {
        let table = model.table
        let labels = table.indexCodes.map { code in model.framework?.mainIndices.first { $0.code == code }?.label ?? code.description }
        let indexRanks = OpenDataFiles.publishedIndexRanks(table)
        let hasTotal = table.rows.indices.contains { model.shown($0).total != nil }
        let hasClass = table.rows.indices.contains { model.shown($0).classLabel != nil }
        var header = ["Xếp hạng", "Tên đơn vị"]
        if table.hasParent { header.append("Đơn vị cấp trên") }
        header += labels
        if hasTotal { header.append("Tổng điểm") }
        if hasClass { header.append("Xếp loại") }
        for measure in table.normalizedMeasures { header += [measure.rawValue, "Xếp hạng " + measure.rawValue] }
        header += indexRanks.map { "Xếp hạng " + labels[$0] }

        var rows: [[WorkbookWriter.Cell]] = [header.map { .text($0) }]
        for (r, row) in table.rows.enumerated() {
            let result = model.shown(r)
            var cells: [WorkbookWriter.Cell] = [.integer(result.rank), .text(row.name)]
            if table.hasParent { cells.append(row.parent.map { .text($0) } ?? .empty) }
            cells += row.scores.map { .published($0) }
            if hasTotal { cells.append(.published(result.total)) }
            if hasClass { cells.append(result.classLabel.map { .text($0) } ?? .empty) }
            for measure in table.normalizedMeasures {
                cells += [.published(row.normalized(measure)), .integer(row.normalizedRank(measure)?.value)]
            }
            cells += indexRanks.map { .integer(row.indexRanks[$0]?.value) }
            rows.append(cells)
        }
        return rows
    }

    /// Label and value pairs: the table, its source, the licence, the citation.
    private func aboutRows(_ model: TableModel) -> [[WorkbookWriter.Cell]] {
        let table = model.table
        let site = context.site
        var pairs: [(String, String?)] = [
            ("Bảng", table.title),
            ("Kỳ đánh giá", table.period.name),
            ("Nhóm", table.shownGroupName),
            ("Số đơn vị được xếp hạng", String(table.rankedCount)),
            ("Nguồn", table.source),
            ("Địa chỉ nguồn", table.sourceURL),
            ("Ngày công bố", table.published),
            ("Bộ chỉ số", model.framework.map { framework in framework.name + (framework.legalBasis.map { " – " + $0 } ?? "") }),
            ("Ghi chú", table.note),
            ("Đơn vị công bố", site.publisher),
            ("Trang trên cổng", site.baseURL + Routes.ranking(table)),
            ("Giấy phép", site.license.name),
            ("Địa chỉ giấy phép", site.license.url),
            ("Trích dẫn", Citation.ranking(table, site: site) + " (thay \(Citation.accessDate) bằng ngày bạn truy cập)"),
            ("Cách đọc", "Số giữ nguyên chữ số như văn bản công bố; ô trống là không công bố (không phải 0). "
                + "Xếp hạng là thứ hạng công bố, hoặc thứ hạng tính theo tổng điểm (1, 2, 2, 4) khi bảng không công bố."),
        ]
        pairs = pairs.filter { $0.1 != nil }
        return [[.text("Mục"), .text("Nội dung")]] + pairs.map { [.text($0.0), .text($0.1 ?? "")] }
    }
}
