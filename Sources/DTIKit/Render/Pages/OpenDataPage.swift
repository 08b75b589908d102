/// A file written to the site with its checksum, for the open data catalogue.
struct PublishedFile: Sendable {
    var path: String
    var bytes: Int
    var sha256: String
}

/// `/du-lieu/`: every ranking as CSV, Excel workbook and JSON, each unit as
/// JSON, the data dictionary, the licence and how to cite, and a SHA-256
/// for each file.
struct OpenDataPage {
    let context: RenderContext
    /// Data files by path.
    let files: [String: PublishedFile]
    var location: PageLocation { context.location(Routes.openData) }

    func render() -> [UInt8] {
        let meta = PageMeta(title: "Dữ liệu mở",
                            description: "Tải mọi bảng xếp hạng dạng CSV, Excel và JSON, dữ liệu từng đơn vị dạng JSON, kèm từ điển dữ liệu, giấy phép và mã SHA-256 của từng tệp.",
                            section: .data)
        return context.shell.render(meta, at: location, capacity: 16_384 + context.model.tables.count * 700) { html in
            Components.breadcrumbs([("Trang chủ", Routes.home), ("Dữ liệu mở", nil)], location: location, into: &html)
            Components.pageHeader("Dữ liệu mở", lead: "Số liệu trên cổng này, ở dạng máy đọc được. Số được giữ nguyên như văn bản công bố; mỗi tệp có mã SHA-256 để kiểm tra tính toàn vẹn.",
                                  site: context.site, location: location, into: &html)
            license(into: &html)
            html.element(.h2, .id("bang-xep-hang"), text: "Bảng xếp hạng")
            Components.scrollTable(label: "Tệp dữ liệu bảng xếp hạng", into: &html) { html in
                html.element(.table, .class("files")) { html in
                    html.element(.caption, text: "Mỗi bảng xếp hạng dạng CSV (UTF-8 có BOM, dấu phẩy, dấu chấm thập phân), Excel (.xlsx) và JSON")
                    html.element(.thead) { html in
                        html.element(.tr) { html in
                            for heading in ["Bảng", "Tệp", "Dung lượng", "SHA-256"] { html.element(.th, .scope("col"), text: heading) }
                        }
                    }
                    html.element(.tbody) { html in
                        for index in context.tablesNewestFirst {
                            let table = context.model.tables[index].table
                            let paths = [Routes.rankingCSV(table), Routes.rankingWorkbook(table), Routes.rankingJSON(table)].filter { files[$0] != nil }
                            for (n, path) in paths.enumerated() {
                                guard let file = files[path] else { continue }
                                html.element(.tr) { html in
                                    if n == 0 {
                                        html.element(.th, .scope("row"), Attribute("rowspan", String(paths.count))) { html in
                                            html.element(.a, .href(location.link(Routes.ranking(table))), text: "\(table.period.name) · \(Components.groupName(table))")
                                        }
                                    }
                                    html.element(.td) { $0.element(.a, .href(location.link(path)), Attribute("download", ""), text: Self.formatName(path)) }
                                    html.element(.td, .class("num"), text: ByteCount.display(file.bytes))
                                    html.element(.td, .class("hash")) { $0.element(.code, text: file.sha256) }
                                }
                            }
                        }
                    }
                }
            }
            html.element(.h2, .id("don-vi"), text: "Từng đơn vị")
            html.element(.p) { html in
                html.text("Mỗi đơn vị có một tệp JSON với toàn bộ lịch sử: ")
                html.element(.code, text: "du-lieu/don-vi/<slug>.json")
                html.text(" (\(context.model.units.count) tệp; ví dụ ")
                if let first = context.model.units.first {
                    html.element(.a, .href(location.link(Routes.unitJSON(first.slug))), text: first.slug + ".json")
                }
                html.text("). Danh mục máy đọc: ")
                html.element(.a, .href(location.link(Routes.dataIndexJSON)), text: "index.json")
                html.text("; mã SHA-256 của mọi tệp: ")
                html.element(.a, .href(location.link(Routes.checksums)), text: "SHA256SUMS")
                html.text(" (kiểm tra bằng lệnh ")
                html.element(.code, text: "sha256sum -c SHA256SUMS")
                html.text(" trong thư mục du-lieu).")
            }
            html.element(.p) { html in
                html.text("Mở tệp CSV bằng Excel: tệp có dấu BOM nên tiếng Việt hiển thị đúng. Nếu máy đặt dấu phân cách danh sách là dấu chấm phẩy (thường gặp khi chọn vùng Việt Nam), Excel dồn mọi cột vào một: hãy tải bản Excel (.xlsx), hoặc dùng Dữ liệu → Từ Văn bản/CSV và chọn dấu phẩy. Các ô chữ bắt đầu bằng =, +, -, @ được ghi kèm dấu ' ở đầu để bảng tính không chạy chúng như công thức.")
            }
            dictionary(into: &html)
        }
    }

    /// `CSV`, `Excel` or `JSON`, by a data file's extension.
    static func formatName(_ path: String) -> String {
        path.hasSuffix(".csv") ? "CSV" : path.hasSuffix(".xlsx") ? "Excel" : "JSON"
    }

    /// The licence of the data and how to cite it.
    private func license(into html: inout HTML) {
        let license = context.site.license
        html.element(.h2, .id("giay-phep"), text: "Giấy phép và trích dẫn")
        html.element(.p) { html in
            html.text("Dữ liệu trên cổng được phát hành theo giấy phép ")
            if let url = license.url {
                html.element(.a, .href(url), Attribute("rel", "license"), text: license.name)
            } else {
                html.text(license.name)
            }
            html.text(". Khi dùng lại, xin ghi nguồn. Mỗi trang bảng xếp hạng và trang đơn vị có sẵn câu trích dẫn, ví dụ:")
        }
        if let first = context.tablesNewestFirst.first {
            Citation.render(Citation.ranking(context.model.tables[first].table, site: context.site), into: &html)
        }
    }

    private func dictionary(into html: inout HTML) {
        html.element(.h2, .id("tu-dien-du-lieu"), text: "Từ điển dữ liệu")
        let rows: [(String, String)] = [
            ("period", "Kỳ đánh giá theo tên thư mục: 2022 (cả năm), 2022-6t (6 tháng đầu năm), 2022-9t, 2022-q1…q4."),
            ("JSON: period_name", "Tên kỳ bằng chữ: Năm 2022, 6 tháng đầu năm 2022, Quý 1/2022."),
            ("JSON: change", "Thay đổi so với kỳ trước cùng nhóm; comparable = false khi hai kỳ dài ngắn khác nhau; methodology_break khi bộ chỉ số thay đổi (khi đó không trừ điểm)."),
            ("group", "Nhóm đơn vị (slug), ví dụ so-ban-nganh, ubnd-huyen, tinh-thanh-pho."),
            ("rank", "Thứ hạng hiển thị: thứ hạng công bố; nếu không công bố, thứ hạng cạnh tranh tính theo tổng điểm (1, 2, 2, 4)."),
            ("tied", "true khi đơn vị bằng điểm với đơn vị khác (đồng hạng)."),
            ("slug", "Mã định danh của đơn vị, dùng trong đường dẫn /don-vi/<slug>/; giữ nguyên qua các năm."),
            ("name", "Tên đơn vị đúng như bảng công bố."),
            ("parent", "Đơn vị cấp trên (huyện, tỉnh) đúng như bảng công bố, khi bảng có cột này; cùng với tên, nó phân biệt các đơn vị trùng tên."),
            ("1, 2, 3, …", "Điểm từng chỉ số chính, tiêu đề là mã chỉ số của bộ chỉ số; chữ số như công bố, dấu chấm thập phân; ô trống là không công bố (không phải 0)."),
            ("total", "Tổng điểm công bố; nếu không công bố, tổng các chỉ số (khi đủ mọi chỉ số)."),
            ("class", "Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu): như công bố, hoặc theo ngưỡng của bộ chỉ số."),
            ("dti, cqs, kts, xhs", "Giá trị chuẩn hoá 0–1 đã công bố: DTI và ba trụ cột Chính quyền số, Kinh tế số, Xã hội số."),
            ("dti_rank, …", "Thứ hạng công bố của giá trị tương ứng."),
            ("rank_1, rank_2, …", "Thứ hạng công bố của từng chỉ số chính (nếu có)."),
            ("JSON: normalized.*.computed", "Giá trị dti tính lại từ điểm các chỉ số (6 chữ số thập phân), để đối chiếu với giá trị công bố."),
            ("JSON: notes", "Những chỗ số liệu công bố tự mâu thuẫn (ví dụ điểm vượt điểm tối đa), kèm số dòng trong bảng gốc (với bảng gốc là sổ tính: số hàng trong trang tính)."),
            ("JSON: framework, max, units_ranked", "Trong lịch sử của đơn vị: mã bộ chỉ số của bảng (tệp frameworks/<mã>.csv), tổng điểm tối đa và số đơn vị được xếp hạng. Trang so sánh đọc các tệp này và chỉ đặt cạnh nhau các đơn vị cùng bộ chỉ số."),
            ("JSON: license", "Giấy phép của dữ liệu: name (tên), url (văn bản giấy phép), id (mã SPDX nếu có). Hiện là: \(context.site.license.name)" + (context.site.license.url.map { " – " + $0 } ?? "") + "."),
            ("JSON: citation", "Câu trích dẫn gợi ý cho bảng hoặc đơn vị; thay …/…/… bằng ngày truy cập."),
            ("Excel (.xlsx)", "Trang 1 “Xếp hạng”: bảng với tiêu đề tiếng Việt (Xếp hạng, Tên đơn vị, tên các chỉ số, Tổng điểm, Xếp loại, DTI…), số là số với đúng số chữ số thập phân đã công bố. Trang 2 “Nguồn và giấy phép”: nguồn, giấy phép và câu trích dẫn."),
        ]
        Components.scrollTable(label: "Từ điển dữ liệu", into: &html) { html in
            html.element(.table, .class("dictionary")) { html in
                html.element(.caption, text: "Các cột của tệp CSV và trường của tệp JSON")
                html.element(.thead) { html in
                    html.element(.tr) { html in
                        html.element(.th, .scope("col"), text: "Cột / trường")
                        html.element(.th, .scope("col"), text: "Ý nghĩa")
                    }
                }
                html.element(.tbody) { html in
                    for (name, meaning) in rows {
                        html.element(.tr) { html in
                            html.element(.th, .scope("row")) { $0.element(.code, text: name) }
                            html.element(.td, text: meaning)
                        }
                    }
                }
            }
        }
    }

    /// `du-lieu/SHA256SUMS`: `sha256sum -c` format, paths relative to `du-lieu/`.
    static func checksums(_ files: [PublishedFile]) -> [UInt8] {
        var out = ByteBuffer(capacity: files.count * 110)
        for file in files.sorted(by: { $0.path < $1.path }) {
            out.append(file.sha256)
            out.append("  " as StaticString)
            out.append(String(file.path.dropFirst(Routes.openData.count)))
            out.append(UInt8(ascii: "\n"))
        }
        return out.bytes
    }

    /// `du-lieu/index.json`: a machine-readable catalogue of every data file.
    static func catalogue(_ files: [PublishedFile], context: RenderContext) -> [UInt8] {
        var json = JSONWriter()
        json.object { o in
            o.key("title"); o.string(context.site.title)
            o.key("base_url"); o.string(context.site.baseURL)
            OpenDataFiles.license(context.site.license, into: &o)
            o.key("files"); o.array { a in
                for file in files {
                    a.object { f in
                        f.key("path"); f.string(file.path)
                        f.key("url"); f.string(context.site.baseURL + file.path)
                        f.key("bytes"); f.integer(file.bytes)
                        f.key("sha256"); f.string(file.sha256)
                    }
                }
            }
        }
        return json.finish()
    }
}
