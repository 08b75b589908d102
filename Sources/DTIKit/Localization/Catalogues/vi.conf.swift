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
js.filter_none = Không có đơn vị nào khớp với “{query}”.
js.filter_count = Có {shown} trong {count} đơn vị khớp với “{query}”.
js.copy_done = Đã sao chép đường dẫn.
js.copy_failed = Không sao chép được; hãy chọn và sao chép đường dẫn ở trên.
js.printed_on = In ngày {day}/{month}/{year}.
js.quoted = «{text}»
# Chữ viết tắt ô tìm kiếm hiểu được trong tên đơn vị, "viết tắt: viết đầy đủ", ngăn bởi dấu chấm phẩy.
js.search_abbreviations = ubnd: ủy ban nhân dân; hdnd: hội đồng nhân dân; tp: thành phố; tx: thị xã; tt: thị trấn; q: quận; h: huyện; p: phường; x: xã; tphcm: thành phố hồ chí minh; hcm: hồ chí minh; tttt: thông tin và truyền thông; khcn: khoa học và công nghệ; khdt: kế hoạch và đầu tư; gddt: giáo dục và đào tạo; nnptnt: nông nghiệp và phát triển nông thôn; nnmt: nông nghiệp và môi trường; tnmt: tài nguyên và môi trường; ldtbxh: lao động thương binh và xã hội; vhttdl: văn hóa thể thao và du lịch; gtvt: giao thông vận tải; bhxh: bảo hiểm xã hội; kbnn: kho bạc nhà nước; nhnn: ngân hàng nhà nước; bql: ban quản lý; kcn: khu công nghiệp; attt: an toàn thông tin; cds: chuyển đổi số; cqs: chính quyền số; kts: kinh tế số; xhs: xã hội số
js.search_group_units = Đơn vị
js.search_group_rankings = Bảng xếp hạng
js.search_group_indices = Chỉ số và bộ chỉ số
js.search_group_pages = Trang
js.search_count_units = {count} đơn vị
js.search_count_rankings = {count} bảng xếp hạng
js.search_count_indices = {count} chỉ số và bộ chỉ số
js.search_count_pages = {count} trang
js.search_no_results = chưa có kết quả đánh giá
js.search_load_failed = Không tải được chỉ mục tìm kiếm. Bấm Tìm để xem danh sách đơn vị từ A đến Z.
js.search_more = Xem thêm {items}
js.search_found = Tìm thấy {count} kết quả cho «{query}»: {groups}.
js.search_aliases = Tên khác: {names}.
js.search_unit_ended = đã sáp nhập, chia tách hoặc chấm dứt
js.search_index = Chỉ số {code}
js.search_index_max = Chỉ số {code}, tối đa {max} điểm
js.search_component = Chỉ số thành phần {code}
js.search_framework = Bộ chỉ số
js.search_framework_under = Bộ chỉ số theo {decision}
js.search_pillar = Trụ cột: giá trị và thứ hạng
js.search_none = Không tìm thấy kết quả nào cho «{query}».
js.search_other_suggestions = Có gợi ý khác.
js.search_did_you_mean = Có phải bạn muốn tìm: {suggestions}?
js.search_or = hoặc
js.search_tips = Gợi ý:
js.search_tip_shorter = Gõ ít chữ hơn, hoặc chỉ phần đầu của từ: «tư ph» cũng tìm ra Sở Tư pháp.
js.search_tip_marks = Có dấu hay không dấu đều được; viết tắt như UBND, TP., TT&TT cũng được.
js.search_tip_browse = Xem {units} hoặc {rankings}.
js.search_units_link = danh sách đơn vị từ A đến Z
js.search_rankings_link = tất cả bảng xếp hạng
js.pick_hint = Đánh dấu 2 đến 4 đơn vị để so sánh.
js.pick_go = So sánh {count} đơn vị
js.pick_clear = Bỏ chọn
js.pick_box = Chọn {unit} để so sánh
js.pick_count = Đã chọn {count} đơn vị.
js.pick_count_more = Đã chọn {count} đơn vị; chọn thêm ít nhất một.
js.pick_count_most = Đã chọn {count} đơn vị, tối đa.
js.compare_add = Thêm đơn vị để so sánh
js.compare_add_hint = Gõ tên đơn vị, ví dụ: so y te
js.compare_full = Đã đủ 4 đơn vị; bỏ bớt để thêm đơn vị khác
js.compare_chosen = Đơn vị đang so sánh
js.compare_remove = Bỏ
js.compare_remove_unit = Bỏ {unit} khỏi so sánh
js.compare_not_found = Không tìm thấy đơn vị nào cho «{query}».
js.compare_other_framework = bộ chỉ số khác, không so sánh được
js.compare_choose_more = Chọn thêm ít nhất một đơn vị cùng bộ chỉ số để so sánh.
js.compare_choose = Chọn 2 đến 4 đơn vị cùng bộ chỉ số để so sánh.
js.compare_reading = Đang đọc dữ liệu của {count} đơn vị…
js.compare_showing = So sánh {units} – {period}.
js.compare_read_failed = Không đọc được dữ liệu của đơn vị. Thử tải lại trang.
js.compare_loading = Đang tải danh sách đơn vị…
js.compare_unknown = Không có đơn vị {units} trên cổng này.
js.compare_load_failed = Không tải được danh sách đơn vị. Thử tải lại trang, hoặc xem các bảng xếp hạng bên dưới.
js.compare_dti_value = Giá trị DTI (0–1)
js.compare_pillar = {pillar} ({code})
js.compare_table_named = bảng {name}
js.compare_no_results = {unit} chưa có kết quả đánh giá nên chưa so sánh được; hãy bỏ đơn vị này.
js.compare_refused = Không so sánh được: {first} được đánh giá theo {first_method}, còn {other} theo {other_method}. Chỉ so sánh các đơn vị cùng bộ chỉ số; hãy bỏ bớt một đơn vị.
js.compare_no_common_period = Các đơn vị này không có kỳ đánh giá chung theo cùng bộ chỉ số nên không so sánh được.
js.compare_older_period = Đây là kỳ gần nhất mà cả {count} đơn vị cùng được đánh giá; {units} đã có kết quả mới hơn.
js.compare_item = Mục so sánh
js.compare_group = Nhóm
js.compare_total = Tổng điểm
js.compare_rank = Thứ hạng
js.compare_class = Xếp loại
js.compare_pillar_rank = {value} · hạng {rank}
js.compare_change = So với kỳ trước
js.compare_rank_same = giữ nguyên hạng
js.compare_since = {change} (so với {period})
js.compare_results = Kết quả: {period}
js.compare_table = Bảng so sánh
js.compare_table_caption = Kết quả {period} theo {method}: điểm / điểm tối đa, thứ hạng trong bảng xếp hạng của từng đơn vị.
js.compare_chart_heading = Từng chỉ số so với điểm tối đa
js.compare_chart_title = Điểm từng chỉ số so với điểm tối đa, {count} đơn vị
js.compare_chart_desc = Với mỗi chỉ số chính, một thanh cho mỗi đơn vị, dài theo tỷ lệ điểm đạt được trên điểm tối đa; mỗi thanh ghi chữ cái của đơn vị và số điểm. {legend}.
js.compare_chart_caption = Chữ cái ở đầu mỗi thanh: {legend}.
js.compare_chart_data = Bảng số liệu của biểu đồ
js.compare_chart_data_label = Số liệu biểu đồ so sánh
js.compare_chart_data_caption = Điểm, điểm tối đa và tỷ lệ của từng chỉ số chính
js.compare_index = Chỉ số
js.compare_differences = Khác nhau nhiều nhất
js.compare_no_differences = Các đơn vị đạt cùng tỷ lệ điểm ở mọi chỉ số.
js.compare_difference = {index}: {units}; chênh {gap} điểm phần trăm.
js.compare_history = Qua các kỳ đánh giá
js.compare_other_framework_note = (bộ chỉ số khác)
js.compare_history_label = Lịch sử so sánh
js.compare_history_caption = Tổng điểm / điểm tối đa và thứ hạng của từng đơn vị qua các kỳ; kết quả theo bộ chỉ số khác được ghi rõ, không so sánh trực tiếp.
js.compare_period = Kỳ

# == Rankings, home, index, pillar and compare pages ==

# == Unit pages ==

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
