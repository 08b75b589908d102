extension BuiltInCatalogues {
    /// `i18n/vi.conf`: the interface in Vietnamese, the first language.
    static let vietnamese = #"""
# Từ ngữ giao diện của cổng DTI, tiếng Việt.
# Mỗi dòng: khoá = chữ. {tên} là chỗ chương trình điền số hoặc tên; giữ nguyên các chỗ đó.
# Muốn đổi vài chữ: chép dòng cần đổi vào Theme/i18n/vi.conf và sửa ở đó.

shell.skip_link = Bỏ qua, tới nội dung chính
nav.label = Điều hướng chính
nav.home = Trang chủ
nav.rankings = Xếp hạng
nav.units = Đơn vị
nav.pillars = Trụ cột
nav.methodology = Phương pháp
nav.data = Dữ liệu mở
shell.language_switch = Ngôn ngữ
footer.contact = Liên hệ: {contact}
footer.published_as_is = Số liệu hiển thị đúng như văn bản công bố; mỗi bảng ghi rõ nguồn.
footer.open_data = Dữ liệu mở (CSV, JSON)
footer.methodology = Phương pháp đánh giá
footer.feed = Nguồn cấp Atom
footer.sitemap = Sơ đồ trang
feed.title = Bảng xếp hạng mới – {site}

period.year = Năm {year}
period.year_in_sentence = năm {year}
period.first_months = {months} tháng đầu năm {year}
period.first_months_in_sentence = {months} tháng đầu năm {year}
period.quarter = Quý {quarter}/{year}
period.quarter_in_sentence = quý {quarter}/{year}

measure.dti = Chỉ số DTI
pillar.cqs = Chính quyền số
pillar.kts = Kinh tế số
pillar.xhs = Xã hội số
index_group.foundation = Nhóm chỉ số nền tảng chung
index_group.activity = Nhóm chỉ số hoạt động
class.excellent = Xuất sắc
class.good = Tốt
class.fair = Khá
class.average = Trung bình
class.weak = Yếu
group.so_ban_nganh = Sở, ban, ngành
group.nganh_doc = Ngành dọc
group.ubnd_huyen = UBND cấp huyện
group.ubnd_xa = UBND cấp xã
group.tinh_thanh_pho = Tỉnh, thành phố
group.bo_nganh = Bộ, ngành

change.methodology_break = Bộ chỉ số thay đổi: {from} → {to}; không so sánh trực tiếp
change.spans_differ = kỳ dài ngắn khác nhau; không so sánh trực tiếp

rank.none = Chưa xếp hạng
rank.none_in_sentence = chưa xếp hạng
rank.of = Hạng {rank}/{count}
rank.of_in_sentence = hạng {rank}/{count}
rank.tied_of = Đồng hạng {rank}/{count}
rank.tied_of_in_sentence = đồng hạng {rank}/{count}
rank.alone = Hạng {rank}
rank.alone_in_sentence = hạng {rank}
rank.tied_alone = Đồng hạng {rank}
rank.tied_alone_in_sentence = đồng hạng {rank}
change.rank_up = ▲ {places} bậc
change.rank_down = ▼ {places} bậc
change.rank_same = = giữ nguyên hạng
change.points = {change} điểm
change.dti = {change} DTI
change.class = xếp loại {from} → {to}
common.not_published = Không công bố
common.breadcrumbs = Vị trí trang
source.label = Nguồn:
source.none = không ghi nguồn
source.published = (công bố {date})
source.framework = Bộ chỉ số:
notes.heading = Ghi chú về số liệu
notes.intro = Khi tính lại từ số liệu công bố, dti ghi nhận các điểm sau. Trang vẫn hiển thị đúng số đã công bố.
notes.row = (dòng {row} của bảng)
unit_notes.heading = Ghi chú về số liệu công bố
unit_notes.intro = Trang hiển thị đúng số đã công bố; khi tính lại, dti ghi nhận:
unit_notes.row = ({table}, dòng {row} của bảng)

# == Theme scripts (js.*) ==

# == Rankings, home, index, pillar and compare pages ==

# == Unit pages ==

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==
method.title = Phương pháp đánh giá
method.description = Các bộ chỉ số, căn cứ pháp lý, cách tính tổng điểm, thứ hạng, xếp loại và giá trị trụ cột.
method.frameworks_heading = Các bộ chỉ số
method.how_heading = Cách dti tính và kiểm tra
method.rule_total = Tổng điểm = tổng điểm các chỉ số chính. Số đã công bố luôn được hiển thị nguyên văn; khi tổng công bố lệch quá 0,01 so với tổng các chỉ số, trang ghi chú lại.
method.rule_rank = Thứ hạng là thứ hạng cạnh tranh theo tổng điểm giảm dần: các đơn vị bằng điểm đồng hạng, hạng kế tiếp bỏ qua số chỗ đã chia (1, 2, 2, 4). Đơn vị đồng hạng giữ thứ tự công bố.
method.rule_class = Xếp loại theo ngưỡng điểm của bộ chỉ số (nếu bộ chỉ số có quy định).
method.pillar_formula = Giá trị trụ cột = (tổng điểm các chỉ số nhóm nền tảng chung + điểm chỉ số hoạt động của trụ cột) ÷ (tổng điểm tối đa của các chỉ số đó). Giá trị nằm trong khoảng 0–1.
method.rule_normalized = Giá trị DTI chuẩn hoá = tổng điểm ÷ tổng điểm tối đa.
method.rule_statistics = Thống kê nhóm: trung bình, trung vị, thấp nhất, cao nhất và tứ phân vị (nội suy tuyến tính, như QUARTILE.INC của Excel).
method.framework_description = {framework}: {main} chỉ số chính, {components} chỉ số thành phần, thang điểm {max}.
method.framework_description_basis = {framework}: {main} chỉ số chính, {components} chỉ số thành phần, thang điểm {max}. {basis}.
method.level = Đối tượng đánh giá: {level}
method.legal_basis = Căn cứ pháp lý:
method.legal_basis_none = không ghi
method.structure_heading = Cấu trúc bộ chỉ số
method.structure_caption = Nhóm chỉ số, chỉ số chính, số chỉ số thành phần được liệt kê và điểm tối đa
method.column_number = STT
method.column_main_index = Chỉ số chính
method.column_component_count = Số chỉ số thành phần
method.column_max = Điểm tối đa
method.index_pillar = (trụ cột {pillar})
method.total = Tổng
method.pillars_heading = Ba trụ cột
method.bands_heading = Ngưỡng xếp loại
method.bands_caption = Xếp loại theo tổng điểm (thang {max} điểm)
method.column_class = Xếp loại
method.column_from = Từ (điểm)
method.column_below = Đến dưới (điểm)
method.column_share = Tỷ lệ điểm tối đa
method.share_from = từ {percent}
method.components_heading = Các chỉ số thành phần
method.components_caption = Mọi chỉ số và chỉ số thành phần với điểm tối đa (– khi văn bản nguồn không nêu)
method.column_code = Mã
method.column_index = Chỉ số / chỉ số thành phần
method.tables_heading = Bảng xếp hạng theo bộ chỉ số này
data.title = Dữ liệu mở
data.description = Tải mọi bảng xếp hạng dạng CSV, Excel và JSON, dữ liệu từng đơn vị dạng JSON, kèm từ điển dữ liệu, giấy phép và mã SHA-256 của từng tệp.
data.lead = Số liệu trên cổng này, ở dạng máy đọc được. Số được giữ nguyên như văn bản công bố; mỗi tệp có mã SHA-256 để kiểm tra tính toàn vẹn.
data.rankings_heading = Bảng xếp hạng
data.rankings_label = Tệp dữ liệu bảng xếp hạng
data.rankings_caption = Mỗi bảng xếp hạng dạng CSV (UTF-8 có BOM, dấu phẩy, dấu chấm thập phân), Excel (.xlsx) và JSON
data.column_table = Bảng
data.column_file = Tệp
data.column_size = Dung lượng
data.units_heading = Từng đơn vị
data.units_text = Mỗi đơn vị có một tệp JSON với toàn bộ lịch sử: {path} ({count} tệp; ví dụ {example}). Danh mục máy đọc: {catalogue}; mã SHA-256 của mọi tệp: {checksums} (kiểm tra bằng lệnh {command} trong thư mục du-lieu).
data.excel_tip = Mở tệp CSV bằng Excel: tệp có dấu BOM nên tiếng Việt hiển thị đúng. Nếu máy đặt dấu phân cách danh sách là dấu chấm phẩy (thường gặp khi chọn vùng Việt Nam), Excel dồn mọi cột vào một: hãy tải bản Excel (.xlsx), hoặc dùng Dữ liệu → Từ Văn bản/CSV và chọn dấu phẩy. Các ô chữ bắt đầu bằng =, +, -, @ được ghi kèm dấu ' ở đầu để bảng tính không chạy chúng như công thức.
data.license_heading = Giấy phép và trích dẫn
data.license_text = Dữ liệu trên cổng được phát hành theo giấy phép {license}. Khi dùng lại, xin ghi nguồn. Mỗi trang bảng xếp hạng và trang đơn vị có sẵn câu trích dẫn, ví dụ:
data.dictionary_heading = Từ điển dữ liệu
data.dictionary_caption = Các cột của tệp CSV và trường của tệp JSON
data.column_field = Cột / trường
data.column_meaning = Ý nghĩa
data.field_period = Kỳ đánh giá theo tên thư mục: 2022 (cả năm), 2022-6t (6 tháng đầu năm), 2022-9t, 2022-q1…q4.
data.field_period_name = Tên kỳ bằng chữ: Năm 2022, 6 tháng đầu năm 2022, Quý 1/2022.
data.field_change = Thay đổi so với kỳ trước cùng nhóm; comparable = false khi hai kỳ dài ngắn khác nhau; methodology_break khi bộ chỉ số thay đổi (khi đó không trừ điểm).
data.field_group = Nhóm đơn vị (slug), ví dụ so-ban-nganh, ubnd-huyen, tinh-thanh-pho.
data.field_rank = Thứ hạng hiển thị: thứ hạng công bố; nếu không công bố, thứ hạng cạnh tranh tính theo tổng điểm (1, 2, 2, 4).
data.field_tied = true khi đơn vị bằng điểm với đơn vị khác (đồng hạng).
data.field_slug = Mã định danh của đơn vị, dùng trong đường dẫn /don-vi/<slug>/; giữ nguyên qua các năm.
data.field_name = Tên đơn vị đúng như bảng công bố.
data.field_parent = Đơn vị cấp trên (huyện, tỉnh) đúng như bảng công bố, khi bảng có cột này; cùng với tên, nó phân biệt các đơn vị trùng tên.
data.field_scores = Điểm từng chỉ số chính, tiêu đề là mã chỉ số của bộ chỉ số; chữ số như công bố, dấu chấm thập phân; ô trống là không công bố (không phải 0).
data.field_total = Tổng điểm công bố; nếu không công bố, tổng các chỉ số (khi đủ mọi chỉ số).
data.field_class = Xếp loại (Xuất sắc, Tốt, Khá, Trung bình, Yếu): như công bố, hoặc theo ngưỡng của bộ chỉ số.
data.field_normalized = Giá trị chuẩn hoá 0–1 đã công bố: DTI và ba trụ cột Chính quyền số, Kinh tế số, Xã hội số.
data.field_normalized_rank = Thứ hạng công bố của giá trị tương ứng.
data.field_index_rank = Thứ hạng công bố của từng chỉ số chính (nếu có).
data.field_computed = Giá trị dti tính lại từ điểm các chỉ số (6 chữ số thập phân), để đối chiếu với giá trị công bố.
data.field_notes = Những chỗ số liệu công bố tự mâu thuẫn (ví dụ điểm vượt điểm tối đa), kèm số dòng trong bảng gốc (với bảng gốc là sổ tính: số hàng trong trang tính).
data.field_history = Trong lịch sử của đơn vị: mã bộ chỉ số của bảng (tệp frameworks/<mã>.csv), tổng điểm tối đa và số đơn vị được xếp hạng. Trang so sánh đọc các tệp này và chỉ đặt cạnh nhau các đơn vị cùng bộ chỉ số.
data.field_license = Giấy phép của dữ liệu: name (tên), url (văn bản giấy phép), id (mã SPDX nếu có). Hiện là: {license}.
data.field_citation = Câu trích dẫn gợi ý cho bảng hoặc đơn vị; thay …/…/… bằng ngày truy cập.
data.field_workbook = Trang 1 “{ranking_sheet}”: bảng với tiêu đề tiếng Việt (Xếp hạng, Tên đơn vị, tên các chỉ số, Tổng điểm, Xếp loại, DTI…), số là số với đúng số chữ số thập phân đã công bố. Trang 2 “{about_sheet}”: nguồn, giấy phép và câu trích dẫn.
workbook.sheet_ranking = Xếp hạng
workbook.sheet_about = Nguồn và giấy phép
# workbook.header_*: tiêu đề các cột ở trang 1 của tệp .xlsx (theo ngôn ngữ đầu tiên); dti đọc lại được các tiêu đề này như một bảng xếp hạng.
workbook.header_rank = Xếp hạng
workbook.header_unit = Tên đơn vị
workbook.header_parent = Đơn vị cấp trên
workbook.header_total = Tổng điểm
workbook.header_class = Xếp loại
workbook.header_rank_of = Xếp hạng {name}
workbook.about_item = Mục
workbook.about_content = Nội dung
workbook.about_table = Bảng
workbook.about_period = Kỳ đánh giá
workbook.about_group = Nhóm
workbook.about_ranked = Số đơn vị được xếp hạng
workbook.about_source = Nguồn
workbook.about_source_url = Địa chỉ nguồn
workbook.about_published = Ngày công bố
workbook.about_framework = Bộ chỉ số
workbook.about_note = Ghi chú
workbook.about_publisher = Đơn vị công bố
workbook.about_page = Trang trên cổng
workbook.about_license = Giấy phép
workbook.about_license_url = Địa chỉ giấy phép
workbook.about_citation = Trích dẫn
workbook.citation_date = {citation} (thay {date} bằng ngày bạn truy cập)
workbook.about_reading = Cách đọc
workbook.reading = Số giữ nguyên chữ số như văn bản công bố; ô trống là không công bố (không phải 0). Xếp hạng là thứ hạng công bố, hoặc thứ hạng tính theo tổng điểm (1, 2, 2, 4) khi bảng không công bố.
workbook.about_column = Cột “{header}”
workbook.meaning_index = {name}: điểm chỉ số {code}
workbook.meaning_measure = {name}: giá trị chuẩn hoá 0–1
workbook.meaning_rank_of = Xếp hạng theo {name}
workbook.meaning_class = Xếp loại: {labels}
feed.subtitle = Các bảng xếp hạng chuyển đổi số mới công bố
feed.entry_title = {title} ({group}, {period})
feed.summary_units = {count} đơn vị
feed.summary_units_partial = {count} đơn vị (trong {ranked})
feed.summary_leader = {summary}; dẫn đầu: {leader}
feed.summary_source = {summary}. Nguồn: {source}
search.rankings_title = Bảng xếp hạng
search.rankings_text = Tất cả bảng xếp hạng chuyển đổi số đã công bố, theo kỳ và nhóm đơn vị.
search.units_title = Đơn vị từ A đến Z
search.units_text = Danh sách mọi đơn vị có kết quả đánh giá, theo thứ tự chữ cái.
search.compare_title = So sánh đơn vị
search.compare_text = Đặt 2 đến 4 đơn vị cùng bộ chỉ số cạnh nhau.
search.pillars_title = Ba trụ cột
search.pillars_text = Chính quyền số, kinh tế số, xã hội số: giá trị và thứ hạng.
search.methodology_title = Phương pháp đánh giá
search.methodology_text = Bộ chỉ số, căn cứ pháp lý, cách tính điểm, thứ hạng và xếp loại.
search.data_title = Dữ liệu mở
search.data_text = Tải về CSV, JSON; từ điển dữ liệu; mã kiểm tra SHA256.

"""#
}
