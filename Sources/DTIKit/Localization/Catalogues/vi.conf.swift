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
# Trang đơn vị
unit.parent = Thuộc {parent}
unit.description_no_results = {unit}: chưa có kết quả đánh giá chuyển đổi số trên cổng này.
unit.description_no_results_merged = {unit}: chưa có kết quả đánh giá chuyển đổi số trên cổng này; gồm các đơn vị đã sáp nhập: {units}, với lịch sử xếp hạng của từng đơn vị.
unit.print_source = Nguồn số liệu:
unit.printed_from = Trang in từ {url}.
unit.latest_result = Kết quả mới nhất
unit.total_score = Tổng điểm
unit.headline_total = tổng điểm {total} / {max}
unit.compared_with = So với {period}:
unit.first_ranking = Lần đầu có trong bảng xếp hạng.
unit.rank_cell = {rank}/{count}
unit.headline_points = {score} / {max} điểm
unit.headline_points_alone = {score} điểm
unit.column_pillar = Trụ cột
unit.column_index = Chỉ số
unit.column_value = Giá trị
unit.column_points = Điểm
unit.column_rank = Hạng
unit.column_group_mean = TB nhóm
unit.column_group_best = Cao nhất
unit.indices_heading = Điểm và thứ hạng từng chỉ số
unit.indices_table_label = Bảng điểm và thứ hạng từng chỉ số
unit.indices_caption = Điểm từng chỉ số chính so với điểm tối đa; {period}.
unit.indices_caption_stats = Điểm từng chỉ số chính so với điểm tối đa, trung bình và cao nhất của nhóm; {period}.
unit.indices_caption_ranks = Điểm từng chỉ số chính so với điểm tối đa, và hạng trên {count} đơn vị; {period}.
unit.indices_caption_stats_ranks = Điểm từng chỉ số chính so với điểm tối đa, trung bình và cao nhất của nhóm, và hạng trên {count} đơn vị; {period}.
unit.over_maximum = Vượt điểm tối đa: xem ghi chú về số liệu
unit.shape_heading_group = Điểm mạnh và điểm yếu so với nhóm
unit.shape_heading = Điểm mạnh và điểm yếu
unit.impossible_share = (tính từ điểm công bố {score}/{max}: số không thể có)
unit.above_group = Mạnh hơn trung bình nhóm
unit.below_group = Yếu hơn trung bình nhóm
unit.percentage_points = {change} điểm %
unit.percentage_points_note = “Điểm %” là chênh lệch giữa tỷ lệ điểm đạt/điểm tối đa của đơn vị và trung bình nhóm.
unit.highest_share = Tỷ lệ đạt cao nhất
unit.lowest_share = Tỷ lệ đạt thấp nhất
unit.no_index = Không có chỉ số nào.
unit.pillars_heading = Giá trị trụ cột
unit.pillars_table_label = Bảng giá trị trụ cột
unit.pillars_caption = Giá trị 0–1 = (điểm các chỉ số nền tảng + chỉ số hoạt động của trụ cột) / tổng điểm tối đa của chúng; {period}.
unit.peers_heading = Đơn vị lân cận trên bảng xếp hạng
unit.trend_heading = Diễn biến giá trị qua các kỳ
unit.history_heading = Lịch sử xếp hạng
unit.history_table_label = Bảng lịch sử xếp hạng
# Bảng lịch sử xếp hạng
history.caption = Mọi kỳ đánh giá của {unit}, mới nhất trước.
history.column_period = Kỳ và nhóm
history.column_result = Kết quả
history.column_class = Xếp loại
history.column_change = Thay đổi
history.compared_with = so với {period}:
# Sáp nhập, chia tách. Ngày: {day}/{month}/{year}, tháng viết bằng số (lineage.month_1 … 12)
lineage.notice_label = Đơn vị đã thay đổi
lineage.ended = Đơn vị này đã chấm dứt hoạt động từ ngày {date}.
lineage.ended_basis = Đơn vị này đã chấm dứt hoạt động từ ngày {date}. Căn cứ: {basis}.
lineage.merged = Đơn vị này đã sáp nhập vào {units} từ ngày {date}.
lineage.merged_basis = Đơn vị này đã sáp nhập vào {units} từ ngày {date}. Căn cứ: {basis}.
lineage.split = Đơn vị này đã được chia, nhập vào {units} từ ngày {date}.
lineage.split_basis = Đơn vị này đã được chia, nhập vào {units} từ ngày {date}. Căn cứ: {basis}.
lineage.and = và
lineage.results_before = Kết quả dưới đây là của {unit} trước ngày đó.
lineage.date = {day}/{month}/{year}
lineage.month_1 = 1
lineage.month_2 = 2
lineage.month_3 = 3
lineage.month_4 = 4
lineage.month_5 = 5
lineage.month_6 = 6
lineage.month_7 = 7
lineage.month_8 = 8
lineage.month_9 = 9
lineage.month_10 = 10
lineage.month_11 = 11
lineage.month_12 = 12
lineage.predecessors_heading = Các đơn vị đã sáp nhập vào {unit}
lineage.predecessors_apart = Kết quả của từng đơn vị dưới đây là của riêng đơn vị đó, trước ngày sáp nhập: không cộng vào và không nối với kết quả của {unit}.
lineage.merged_on = Sáp nhập từ ngày {date}.
lineage.merged_on_basis = Sáp nhập từ ngày {date}; căn cứ: {basis}.
lineage.history_label = Lịch sử xếp hạng của {unit}
lineage.no_results = Chưa có kết quả đánh giá của {unit} trên cổng này.
# Đánh giá chi tiết và khuyến nghị
assessment.heading = Đánh giá chi tiết và khuyến nghị
assessment.period_heading = {period}: {count} chỉ số thành phần
assessment.actions = Khuyến nghị cần thực hiện ({count}):
assessment.code = chỉ số {code}
assessment.codes = chỉ số {codes}
assessment.met = Đạt (✓)
assessment.other = Có số liệu hoặc nhận xét khác
assessment.no_data = Không có số liệu
assessment.blank = Không ghi đánh giá
assessment.full_table = Bảng đầy đủ: đánh giá và khuyến nghị từng chỉ số thành phần
assessment.table_label = Bảng đánh giá {period}
assessment.table_caption = Đánh giá từng chỉ số thành phần và khuyến nghị, {period}, như văn bản công bố.
assessment.column_code = Mã
assessment.column_component = Chỉ số thành phần
assessment.column_assessment = Đánh giá
assessment.column_recommendation = Khuyến nghị
assessment.print_note = Bảng đầy đủ {count} chỉ số thành phần: xem trên trang web.
# Chia sẻ, dữ liệu, trích dẫn
share.heading = Chia sẻ và dữ liệu
share.permalink = Đường dẫn cố định của đơn vị:
share.copy_link = Sao chép đường dẫn
share.data = Dữ liệu của đơn vị:
share.website = Trang thông tin của đơn vị
share.print_card = Thẻ kết quả in một trang A4 (có mã QR)
share.image = Ảnh chia sẻ (PNG 1200×630)
citation.label = Trích dẫn:
citation.text = Nguồn: “{title}”, {site}, {url}, truy cập ngày {date}.
citation.text_publisher = Nguồn: {publisher}, “{title}”, {site}, {url}, truy cập ngày {date}.
citation.unit_title = Kết quả chuyển đổi số: {unit}
citation.date_note = (thay {date} bằng ngày bạn truy cập)
# Nhúng vào trang web khác; {preview} là liên kết xem trước
embed.summary = Đưa kết quả lên trang web khác
embed.badge = Huy hiệu:
embed.badge_code = Mã HTML của huy hiệu (chép vào trang web của đơn vị):
embed.card_code = Thẻ kết quả nhúng ({preview}), mã HTML:
embed.preview = xem trước
embed.frame_title = Kết quả chuyển đổi số của {unit}
embed.title = Thẻ nhúng: {unit} – {period}
embed.description = Kết quả chuyển đổi số của {summary}, để nhúng vào trang web khác.
embed.caption_pillars = Giá trị trụ cột (0–1); vạch xám: trung bình nhóm
embed.caption_indices = Điểm từng chỉ số so với điểm tối đa; vạch xám: trung bình nhóm
embed.more = Xem chi tiết trên {site}
# Thẻ kết quả in A4
print.title = Thẻ kết quả A4: {unit} – {period}
print.description = Bản in một trang A4 kết quả chuyển đổi số của {summary}.
print.how_to = Trang này in vừa một tờ A4: dùng lệnh In của trình duyệt (Ctrl+P).
print.back = Về trang của đơn vị
print.context = Kết quả đánh giá chuyển đổi số · {context}
print.result = Kết quả
print.indices_heading = Điểm từng chỉ số
print.caption = Cột xanh: kết quả so với tối đa; vạch xám: trung bình nhóm.
print.column_max = Tối đa
print.column_bar = So với tối đa
print.column_value_01 = Giá trị (0–1)
print.basis = Căn cứ:
print.published = Công bố:
print.date = Ngày in:
print.online = Xem trực tuyến:
print.qr_title = Mã QR dẫn tới trang của {unit}: {url}
print.qr_caption = Quét mã để xem trang của đơn vị

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
