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
chart.data_table = Bảng số liệu của biểu đồ
chart.heading_index = Chỉ số
chart.heading_score = Điểm
chart.heading_max = Tối đa
chart.heading_share = Tỷ lệ
chart.heading_group_mean = TB nhóm
chart.heading_group_best = Cao nhất
chart.heading_class = Xếp loại
chart.heading_unit = Đơn vị
chart.heading_units = Số đơn vị
chart.heading_total = Tổng điểm
chart.heading_max_points = Điểm tối đa
chart.heading_mean = Trung bình
chart.heading_median = Trung vị
chart.heading_lowest = Thấp nhất
chart.heading_highest = Cao nhất
chart.heading_period = Kỳ
chart.heading_note = Ghi chú
chart.heading_change = Thay đổi
chart.heading_rank_in = Hạng {period}
chart.heading_unit_share = Đơn vị (% tối đa)
chart.heading_mean_share = Trung bình nhóm (% tối đa)
chart.legend_group_mean = trung bình nhóm
chart.legend_group_best = cao nhất nhóm
chart.legend_unit = đơn vị
chart.legend_mean = trung bình
chart.legend_median = trung vị
chart.legend_over = vượt tối đa
chart.strip_over = vượt tối đa: {values}
chart.stack_count = ×{count}
chart.period_short_year = {year}
chart.period_short_first_months = {months}T {year}
chart.period_short_quarter = Q{quarter} {year}
chart.class_mix_title = Cơ cấu xếp loại: {group}, {period}
chart.class_mix_desc = {counts} (tổng {total} đơn vị).
chart.slope_title = Thay đổi thứ hạng từ {from} đến {to}
chart.slope_desc = Thứ hạng {count} đơn vị giữa kỳ {before} và {after}: {improved} đơn vị tăng hạng, {worsened} đơn vị giảm hạng.
chart.slope_break_note = {break}: thứ hạng vẫn so được, điểm thì không.
chart.totals_title = Tổng điểm của {count} đơn vị, {group} {period}
chart.totals_summary = Cao nhất: {top} ({top_value} điểm); thấp nhất: {bottom} ({bottom_value} điểm). Số liệu: bảng xếp hạng phía trên.
chart.totals_desc = Biểu đồ cột ngang, mỗi cột là tổng điểm trên thang {max}, màu và chữ theo xếp loại. {summary}
chart.spread_title = Phân bố điểm từng chỉ số, {group} {period}
chart.spread_summary = Chỉ số có điểm phân tán nhất: {index} (từ {low} đến {high} trên {max}).
chart.spread_desc = Mỗi hàng là một chỉ số trên trục từ 0 đến điểm tối đa; mỗi chấm là một đơn vị (điểm bằng nhau xếp chồng lên nhau); vạch xám đứt là trung bình, tam giác dưới trục là trung vị, ô vuông là điểm vượt tối đa. {summary}
chart.index_bars_title = Điểm từng chỉ số của {unit}, {period}
chart.index_bars_summary = Tỷ lệ đạt cao nhất: {best} ({best_share}); thấp nhất: {worst} ({worst_share}).
chart.index_bars_desc = Mỗi cột là điểm của một chỉ số so với điểm tối đa của chính chỉ số đó. {summary}
chart.index_bars_desc_marks = Mỗi cột là điểm của một chỉ số so với điểm tối đa của chính chỉ số đó; vạch xám đứt là trung bình nhóm, vạch đen là điểm cao nhất nhóm. {summary}
chart.radar_title = Hình dạng điểm của {unit} so với trung bình nhóm, {period}
chart.radar_summary = Điểm cao nhất so với nhóm: {index} ({gap} điểm %).
chart.radar_desc = Biểu đồ radar: mỗi trục là một chỉ số, tính theo % điểm tối đa; đường liền là đơn vị, đường đứt là trung bình nhóm. {summary}
chart.trend_title = {unit} qua các kỳ đánh giá
chart.trend_summary = {series} từ {from} ({from_period}) đến {to} ({to_period}).
chart.trend_summary_break = {series} từ {from} ({from_period}) đến {to} ({to_period}). {break}.
chart.trend_desc_national = Biểu đồ đường theo kỳ, thang 0–1, gồm DTI và ba trụ cột CQS, KTS, XHS. {summary}
chart.trend_desc_share = Biểu đồ đường theo kỳ, thang 0–1 (tỷ lệ điểm: tổng điểm / điểm tối đa). {summary}
chart.trend_legend = {series}: {value}
chart.trend_legend_at = {series}: {value} ({period})
chart.trend_legend_rank = {series}: {value}, hạng {rank}
chart.trend_legend_at_rank = {series}: {value} ({period}), hạng {rank}
chart.trend_cell_rank = {value} (hạng {rank})
chart.trend_break_label = Đổi bộ chỉ số
chart.series_dti = DTI
chart.series_cqs = CQS
chart.series_kts = KTS
chart.series_xhs = XHS
chart.series_share = Tỷ lệ điểm
chart.series_full_year = {series} (cả năm)
chart.series_quarter = {series} (quý)
chart.series_months = {series} ({months} tháng)
chart.pillar_cqs = CQS
chart.pillar_kts = KTS
chart.pillar_xhs = XHS
chart.pillar_values_title = Giá trị trụ cột {pillar}, {group} {period}
chart.pillar_values_summary = Cao nhất: {top} ({value}). Số liệu: bảng phía dưới.
chart.pillar_values_desc = Biểu đồ cột ngang, thang 0–1. {summary}
chart.point_split_title = Phân bổ điểm giữa các chỉ số chính của {framework}
chart.point_split_summary = Chỉ số nặng điểm nhất: {index}, {points} trên {total} điểm.
chart.point_split_desc = Mỗi cột là điểm tối đa của một chỉ số chính. {summary}
chart.points_share = {points} điểm ({share})
card.headline_total = Tổng điểm
card.headline_result = Kết quả
card.headline_points_of = {total} / {max} điểm
card.headline_scale = trên thang 0–1
card.headline_max_points = / {max} điểm
card.headline_points = điểm
card.change_first = Lần đầu có trong bảng xếp hạng
card.change_first_in_sentence = lần đầu có trong bảng xếp hạng
card.change_same = Giữ nguyên hạng
card.change_up_words = tăng {places} bậc
card.change_down_words = giảm {places} bậc
card.change_same_words = giữ nguyên hạng
card.change_up_points = tăng {size} điểm
card.change_down_points = giảm {size} điểm
card.change_up_dti = tăng {size} DTI
card.change_down_dti = giảm {size} DTI
card.change_since = {change} so với {period}
card.change_since_break = {change} so với {period} (bộ chỉ số thay đổi)
card.change_words_since = {change} so với {period}
card.change_words_since_break = {change} so với {period} (bộ chỉ số đã thay đổi nên không so sánh điểm)
card.pillar_cqs_in_sentence = chính quyền số
card.pillar_kts_in_sentence = kinh tế số
card.pillar_xhs_in_sentence = xã hội số
card.badge_subject_year = DTI {year}
card.badge_subject = DTI {period}
card.badge_label = {subject}: {rank}
card.badge_label_class = {subject}: {rank}, xếp loại {class}
card.sentence = {unit}, {period}: {result}
card.sentence_dti = DTI {value}
card.class_in_sentence = xếp loại {class}
card.page_title_kept = : {result} (DTI {period})
card.description_dti = {period}, {unit} đạt chỉ số chuyển đổi số (DTI) {value}
card.description_points = {period}, {unit} đạt {value} trên {max} điểm chuyển đổi số
card.description_points_no_max = {period}, {unit} đạt {value} điểm chuyển đổi số
card.description_listed = {period}, {unit} có trong bảng xếp hạng chuyển đổi số
card.description_rank = đứng thứ {rank} trong {count} đơn vị ({group})
card.description_rank_tied = đứng thứ {rank} (đồng hạng) trong {count} đơn vị ({group})
card.description_pillar_rank = {pillar} thứ {rank}
card.description_pillars = Theo trụ cột: {ranks}.
card.description_page = Trang có điểm từng chỉ số.
card.description_page_periods = Trang có điểm từng chỉ số và kết quả {periods} kỳ đánh giá.
card.bars_pillars = Giá trị trụ cột (0–1)
card.bars_indices = Điểm từng chỉ số / tối đa
card.leaders = Dẫn đầu
card.classes = Xếp loại
card.ranking_context = Xếp hạng chuyển đổi số · {period} · {count} đơn vị
card.home_facts = {units} đơn vị · {tables} bảng xếp hạng
card.home_facts_periods = {units} đơn vị · {tables} bảng xếp hạng · {periods}
card.ranking_alt = Thẻ bảng xếp hạng chuyển đổi số {table}, {period}: {count} đơn vị.
card.ranking_alt_leader = Thẻ bảng xếp hạng chuyển đổi số {table}, {period}: {count} đơn vị; dẫn đầu: {leader} ({value}).
card.home_alt = Thẻ giới thiệu {site}: {facts}.
card.unit_alt = Thẻ kết quả chuyển đổi số: {sentence}.

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
