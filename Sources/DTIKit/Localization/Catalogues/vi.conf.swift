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
period.first_half = 6 tháng đầu năm {year}
period.first_half_in_sentence = 6 tháng đầu năm {year}
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
ranking.unit_count = {count} đơn vị
ranking.description = Bảng xếp hạng chuyển đổi số {group} {period}: {count} đơn vị.
ranking.description_partial = Bảng xếp hạng chuyển đổi số {group} {period}: {count} đơn vị trong tổng số {ranked}.
ranking.description_leader = Bảng xếp hạng chuyển đổi số {group} {period}: {count} đơn vị; dẫn đầu: {leader} ({total} điểm).
ranking.description_partial_leader = Bảng xếp hạng chuyển đổi số {group} {period}: {count} đơn vị trong tổng số {ranked}; dẫn đầu: {leader} ({total} điểm).
ranking.lead_partial = {shown} trong {ranked} đơn vị được xếp hạng
ranking.lead_scale = thang điểm {max}
ranking.table_heading = Bảng xếp hạng
ranking.totals_heading = Tổng điểm theo đơn vị
ranking.distribution_heading = Phân bố điểm từng chỉ số
ranking.statistics_heading = Thống kê của nhóm
ranking.rank_change_heading = Thay đổi thứ hạng so với kỳ trước
ranking.full_table_label = Bảng xếp hạng đầy đủ {period}
ranking.table_caption = {title} – các hàng đúng thứ tự công bố. Chạm vào tiêu đề cột để sắp xếp (khi trình duyệt bật JavaScript).
ranking.column_rank = Hạng
ranking.column_unit = Đơn vị
ranking.column_parent = Đơn vị cấp trên
ranking.column_total = Tổng điểm
ranking.column_class = Xếp loại
ranking.column_measure_rank = Hạng {measure}
ranking.column_max = Điểm tối đa
ranking.tied = đồng hạng
ranking.over_max = Vượt điểm tối đa
ranking.excerpt_label = Kết quả {period}
ranking.excerpt_caption = {title} – trích {shown} trong {ranked} đơn vị được xếp hạng, như văn bản công bố.
ranking.excerpt_column = Cột
ranking.downloads = Tải bảng này:
ranking.data_dictionary = Từ điển dữ liệu
ranking.scoring_method = Phương pháp tính điểm
ranking.statistics_label = Bảng thống kê điểm của nhóm
ranking.statistics_caption = Thống kê điểm của {count} đơn vị (tứ phân vị nội suy tuyến tính, như QUARTILE.INC của Excel)
ranking.stat_index = Chỉ số
ranking.stat_mean = Trung bình
ranking.stat_median = Trung vị
ranking.stat_lowest = Thấp nhất
ranking.stat_highest = Cao nhất
ranking.stat_q1 = Tứ phân vị 1
ranking.stat_q3 = Tứ phân vị 3
ranking.pillar_values = Giá trị trụ cột của bảng này:
home.description = Kết quả đánh giá, xếp hạng mức độ chuyển đổi số (DTI): bảng xếp hạng, trang của từng đơn vị, ba trụ cột và dữ liệu mở.
home.latest_heading = Kết quả mới nhất theo nhóm
home.no_tables = Chưa có bảng xếp hạng nào được công bố.
home.search_label = Tìm đơn vị, bảng xếp hạng, chỉ số
home.search_placeholder = Ví dụ: so tu phap, UBND Châu Thành
home.search_button = Tìm
home.province_heading = {unit} trên bảng xếp hạng DTI quốc gia
home.national_table_label = Bảng vị trí quốc gia qua các năm
home.national_caption = Giá trị (0–1) và thứ hạng trên {count} tỉnh, thành phố, theo năm đánh giá.
home.column_year = Năm
home.unit_details = Xem chi tiết {unit} →
home.full_ranking = Bảng xếp hạng đầy đủ →
home.news_heading = Mới công bố
home.published_on = công bố {date}
home.all_rankings = Tất cả bảng xếp hạng
home.follow_feed = Theo dõi qua Atom
index.rankings_title = Bảng xếp hạng
index.rankings_description = Tất cả bảng xếp hạng chuyển đổi số đã công bố, theo kỳ và nhóm đơn vị.
index.rankings_lead = {count} bảng, mới nhất trước.
index.units_of_ranked = {shown}/{ranked} đơn vị
index.units_title = Đơn vị từ A đến Z
index.units_description = Danh sách {count} đơn vị có kết quả đánh giá chuyển đổi số, mỗi đơn vị một trang riêng.
index.units_lead = {count} đơn vị. Mỗi đơn vị có một đường dẫn cố định chứa toàn bộ lịch sử xếp hạng.
index.letters_label = Chữ cái đầu của tên đơn vị
index.filter_label = Lọc theo tên
index.filter_button = Lọc
index.no_script_hint = Không có JavaScript: dùng chức năng tìm trong trang (Ctrl+F) của trình duyệt.
index.unit_latest = {group} {period}: {rank}
index.unit_no_result = chưa có kết quả đánh giá
index.lineage_ended = đã chấm dứt hoạt động từ {since}
index.lineage_merged = đã sáp nhập vào {units} từ {since}
index.lineage_split = đã được chia, nhập vào {units} từ {since}
index.not_found_title = Không tìm thấy trang
index.not_found_description = Trang bạn tìm không có hoặc đã được chuyển.
index.not_found_text = Đường dẫn này không có trên cổng thông tin. Có thể tên đơn vị đã đổi, hoặc đường dẫn bị gõ sai.
index.not_found_home = Về trang chủ
index.not_found_units = Tìm đơn vị trong danh sách A–Z
index.not_found_rankings = Xem tất cả bảng xếp hạng
pillar_page.formula = Giá trị trụ cột = (tổng điểm các chỉ số nhóm nền tảng chung + điểm chỉ số hoạt động của trụ cột) ÷ (tổng điểm tối đa của các chỉ số đó). Giá trị nằm trong khoảng 0–1.
pillar_page.overview_title = Ba trụ cột chuyển đổi số
pillar_page.overview_description = Chính quyền số (CQS), Kinh tế số (KTS) và Xã hội số (XHS): thành phần, cách tính và bảng xếp hạng theo từng trụ cột.
pillar_page.no_framework = Chưa có bộ chỉ số nào trong cổng này tính trụ cột {code}.
pillar_page.framework_summary = {framework}: tối đa {max} điểm, {count} chỉ số chính
pillar_page.table_count = {count} bảng xếp hạng có giá trị trụ cột này.
pillar_page.title = Trụ cột {pillar} ({code})
pillar_page.description = Trụ cột {pillar}: các chỉ số nền tảng cộng chỉ số hoạt động {pillar_lower}, chia cho tổng điểm tối đa; bảng giá trị theo từng kỳ.
pillar_page.tables_heading = Bảng giá trị trụ cột {code}
pillar_page.no_tables = Chưa có bảng nào.
pillar_page.composition_label = Bảng thành phần trụ cột {code} theo {framework}
pillar_page.composition_caption = Thành phần trụ cột {pillar} theo {framework}
pillar_page.column_code = Mã
pillar_page.column_index = Chỉ số chính
pillar_page.column_group = Nhóm
pillar_page.total_denominator = Tổng (mẫu số)
pillar_page.ranking_title = {pillar} – {group} {period}
pillar_page.ranking_description = Giá trị trụ cột {pillar} ({code}) của {count} đơn vị, {group}, {period}.
pillar_page.ranking_heading = Trụ cột {pillar}: {group} {period}
pillar_page.values_table_label = Bảng giá trị trụ cột {code}
pillar_page.ranking_caption = Giá trị {code} (0–1) và điểm, xếp từ cao xuống thấp
pillar_page.ranking_caption_denominator = Giá trị {code} (0–1) và điểm, xếp từ cao xuống thấp; mẫu số {max} điểm
pillar_page.column_value = Giá trị {code}
pillar_page.column_points = Điểm
pillar_page.total_ranking_link = Bảng xếp hạng tổng điểm
pillar_page.how_computed_link = Cách tính trụ cột {code}
compare.title = So sánh đơn vị
compare.lead = Đặt 2 đến 4 đơn vị cùng bộ chỉ số cạnh nhau: tổng điểm, từng chỉ số so với điểm tối đa, trụ cột, thứ hạng và lịch sử.
compare.breadcrumb = So sánh
compare.no_script = Trang so sánh cần JavaScript để đọc dữ liệu của từng đơn vị và dựng bảng, nhưng trình duyệt đang không chạy JavaScript. Bảng xếp hạng bên dưới đã đặt mọi đơn vị của một nhóm cạnh nhau, với điểm từng chỉ số.
compare.rankings_heading = So sánh mọi đơn vị của một nhóm
compare.link_any = So sánh {unit} với đơn vị khác
compare.link_one = So sánh với {first}
compare.link_two = So sánh với {first} và {second}
compare.link_note = (đơn vị liền kề trên bảng xếp hạng; có thể đổi đơn vị trên trang so sánh)

# == Unit pages ==

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
