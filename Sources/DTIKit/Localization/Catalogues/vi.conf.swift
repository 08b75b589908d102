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

# == Unit pages ==

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
