/// Totals of what a render wrote.
public struct WriteTotals: Sendable {
    public var pages = 0
    public var files = 0
    public var bytes = 0
}

/// Step 4 of the pipeline: renders every page of the site into a folder.
///
/// (Minimal first version: home, 404 and one page per unit. The full portal
/// of issue 3 replaces the page set, keeping these URLs.)
struct SiteRenderer {
    let model: SiteModel
    let theme: Theme

    func write(to directory: String, threads: Int?) -> Result<WriteTotals, FileSystemError> {
        var totals = WriteTotals()
        do {
            func emit(_ path: String, _ bytes: [UInt8], page: Bool) throws(FileSystemError) {
                let full = directory + "/" + path
                try FileSystem.makeDirectories(FileSystem.dirname(of: full))
                try FileSystem.write(bytes, to: full)
                totals.files += 1
                totals.bytes += bytes.count
                if page { totals.pages += 1 }
            }
            for asset in theme.assets { try emit("assets/" + asset.name, asset.bytes, page: false) }
            try emit("index.html", page(title: model.content.site.title, depth: 0) { html in
                html.element(.h1, text: model.content.site.title)
                html.element(.ul) { html in
                    for unit in model.units {
                        html.element(.li) { $0.element(.a, .href("don-vi/\(unit.slug)/"), text: unit.name) }
                    }
                }
            }, page: true)
            try emit("404.html", page(title: "Không tìm thấy trang", depth: 0) { html in
                html.element(.h1, text: "Không tìm thấy trang")
            }, page: true)
            for unit in model.units {
                try emit("don-vi/\(unit.slug)/index.html", page(title: unit.name, depth: 2) { html in
                    html.element(.h1, text: unit.name)
                    for appearance in unit.appearances {
                        let table = model.tables[appearance.table]
                        let result = table.results[appearance.row]
                        html.element(.p) { html in
                            html.text("\(table.table.period) · \(table.table.title): ")
                            if let total = result.total { html.element(.strong, text: total.display) }
                            if let rank = result.rank { html.text(" · Hạng \(rank)/\(table.table.rankedCount)") }
                            if let label = result.classLabel { html.text(" · \(label)") }
                        }
                    }
                }, page: true)
            }
        } catch {
            return .failure(error)
        }
        return .success(totals)
    }

    private func page(title: String, depth: Int, content: (inout HTML) -> Void) -> [UInt8] {
        let root = String(repeating: "../", count: depth)
        var html = HTML()
        for piece in theme.layout {
            switch piece {
            case .markup(let raw): html.raw(raw)
            case .slot(.lang): html.text(model.content.site.language)
            case .slot(.title): html.text(title)
            case .slot(.root): html.text(root.isEmpty ? "./" : root)
            case .slot(.siteTitle): html.text(model.content.site.title)
            case .slot(.content): content(&html)
            case .slot(.meta), .slot(.nav), .slot(.footer): break
            }
        }
        return html.buffer.bytes
    }
}
