extension BuiltInCatalogues {
    /// `i18n/en.conf`: the interface in English.
    static let english = #"""
# Interface words of the DTI portal, English.
# One line per word: key = text. {name} is filled by dti with a number or a name; keep it.
# To change a few words: copy the lines into Theme/i18n/en.conf and edit them there.

shell.skip_link = Skip to main content
nav.label = Main navigation
nav.home = Home
nav.rankings = Rankings
nav.units = Units
nav.pillars = Pillars
nav.methodology = Methodology
nav.data = Open data
shell.language_switch = Language
footer.contact = Contact: {contact}
footer.published_as_is = Figures are shown exactly as published; every table names its source.
footer.open_data = Open data (CSV, JSON)
footer.methodology = Methodology
footer.feed = Atom feed
footer.sitemap = Site map
feed.title = New rankings – {site}

period.year = Year {year}
period.year_in_sentence = {year}
period.first_months = First {months} months of {year}
period.first_months_in_sentence = the first {months} months of {year}
period.quarter = Q{quarter} {year}
period.quarter_in_sentence = Q{quarter} {year}

measure.dti = DTI index
pillar.cqs = Digital government
pillar.kts = Digital economy
pillar.xhs = Digital society
index_group.foundation = Common foundation indices
index_group.activity = Activity indices
class.excellent = Excellent
class.good = Good
class.fair = Fair
class.average = Average
class.weak = Weak
group.so_ban_nganh = Provincial departments and agencies
group.nganh_doc = Vertical agencies
group.ubnd_huyen = District people's committees
group.ubnd_xa = Commune people's committees
group.tinh_thanh_pho = Provinces and centrally-run cities
group.bo_nganh = Ministries and agencies

change.methodology_break = Framework changed: {from} → {to}; not directly comparable
change.spans_differ = periods of different length; not directly comparable

rank.none = Not ranked
rank.none_in_sentence = not ranked
rank.of = Rank {rank} of {count}
rank.of_in_sentence = rank {rank} of {count}
rank.tied_of = Tied rank {rank} of {count}
rank.tied_of_in_sentence = tied rank {rank} of {count}
rank.alone = Rank {rank}
rank.alone_in_sentence = rank {rank}
rank.tied_alone = Tied rank {rank}
rank.tied_alone_in_sentence = tied rank {rank}
change.rank_up = ▲ {places} {places|place|places}
change.rank_down = ▼ {places} {places|place|places}
change.rank_same = = same rank
change.points = {change} points
change.dti = {change} DTI
change.class = class {from} → {to}
common.not_published = Not published
common.breadcrumbs = You are here
source.label = Source:
source.none = source not given
source.published = (published {date})
source.framework = Framework:
notes.heading = Notes on the data
notes.intro = Recomputing from the published figures, dti noticed the following (its checker writes in Vietnamese). The page still shows the numbers as published.
notes.row = (row {row} of the table)
unit_notes.heading = Notes on the published figures
unit_notes.intro = The page shows the numbers as published; recomputing them, dti noticed (in Vietnamese):
unit_notes.row = ({table}, row {row} of the table)

# == Theme scripts (js.*) ==
js.filter_none = No unit matches “{query}”.
js.filter_count = {shown} of {count} {count|unit|units} {shown|matches|match} “{query}”.
js.copy_done = Link copied.
js.copy_failed = Could not copy; select and copy the link above.
js.printed_on = Printed on {day}/{month}/{year}.
js.quoted = “{text}”
# Abbreviations the search box understands in (Vietnamese) unit names, "short: written out", separated by semicolons; kept in Vietnamese.
js.search_abbreviations = ubnd: ủy ban nhân dân; hdnd: hội đồng nhân dân; tp: thành phố; tx: thị xã; tt: thị trấn; q: quận; h: huyện; p: phường; x: xã; tphcm: thành phố hồ chí minh; hcm: hồ chí minh; tttt: thông tin và truyền thông; khcn: khoa học và công nghệ; khdt: kế hoạch và đầu tư; gddt: giáo dục và đào tạo; nnptnt: nông nghiệp và phát triển nông thôn; nnmt: nông nghiệp và môi trường; tnmt: tài nguyên và môi trường; ldtbxh: lao động thương binh và xã hội; vhttdl: văn hóa thể thao và du lịch; gtvt: giao thông vận tải; bhxh: bảo hiểm xã hội; kbnn: kho bạc nhà nước; nhnn: ngân hàng nhà nước; bql: ban quản lý; kcn: khu công nghiệp; attt: an toàn thông tin; cds: chuyển đổi số; cqs: chính quyền số; kts: kinh tế số; xhs: xã hội số
js.search_group_units = Units
js.search_group_rankings = Rankings
js.search_group_indices = Indices and frameworks
js.search_group_pages = Pages
js.search_count_units = {count} {count|unit|units}
js.search_count_rankings = {count} {count|ranking|rankings}
js.search_count_indices = {count} {count|index or framework|indices and frameworks}
js.search_count_pages = {count} {count|page|pages}
js.search_no_results = no results yet
js.search_load_failed = The search index could not be loaded. Press Search to see the A–Z list of units.
js.search_more = Show another {items}
js.search_found = {count} {count|result|results} for “{query}”: {groups}.
js.search_aliases = Also known as: {names}.
js.search_unit_ended = merged, split or dissolved
js.search_index = Index {code}
js.search_index_max = Index {code}, maximum {max} points
js.search_component = Component index {code}
js.search_framework = Framework
js.search_framework_under = Framework under {decision}
js.search_pillar = Pillar: values and ranks
js.search_none = No results for “{query}”.
js.search_other_suggestions = There are suggestions below.
js.search_did_you_mean = Did you mean {suggestions}?
js.search_or = or
js.search_tips = Tips:
js.search_tip_shorter = Type fewer letters, or only the start of a word: “tư ph” also finds Sở Tư pháp.
js.search_tip_marks = Vietnamese names can be typed with or without diacritics, and with abbreviations such as UBND, TP. or TT&TT.
js.search_tip_browse = See {units} or {rankings}.
js.search_units_link = the A–Z list of units
js.search_rankings_link = all rankings
js.pick_hint = Tick 2 to 4 units to compare them.
js.pick_go = Compare {count} {count|unit|units}
js.pick_clear = Clear
js.pick_box = Select {unit} to compare
js.pick_count = {count} {count|unit|units} selected.
js.pick_count_more = {count} {count|unit|units} selected; select at least one more.
js.pick_count_most = {count} units selected, the most allowed.
js.compare_add = Add a unit to compare
js.compare_add_hint = Type a unit's name, e.g. so y te
js.compare_full = 4 units chosen, the most allowed; remove one to add another
js.compare_chosen = Units being compared
js.compare_remove = Remove
js.compare_remove_unit = Remove {unit} from the comparison
js.compare_not_found = No unit found for “{query}”.
js.compare_other_framework = another framework, cannot be compared
js.compare_choose_more = Choose at least one more unit of the same framework to compare.
js.compare_choose = Choose 2 to 4 units of the same framework to compare.
js.compare_reading = Reading the data of {count} {count|unit|units}…
js.compare_showing = Comparing {units} – {period}.
js.compare_read_failed = The units' data could not be read. Try reloading the page.
js.compare_loading = Loading the list of units…
js.compare_unknown = There is no unit {units} on this portal.
js.compare_load_failed = The list of units could not be loaded. Try reloading the page, or see the rankings below.
js.compare_dti_value = DTI value (0–1)
js.compare_pillar = {pillar} ({code})
js.compare_table_named = the {name} table
js.compare_no_results = {unit} has no results yet, so it cannot be compared; remove this unit.
js.compare_refused = Cannot compare: {first} is assessed under {first_method}, {other} under {other_method}. Only units of the same framework can be compared; remove one of them.
js.compare_no_common_period = These units were never assessed in the same period under the same framework, so they cannot be compared.
js.compare_older_period = This is the latest period in which all {count} units were assessed; newer results exist for {units}.
js.compare_item = Compared
js.compare_group = Group
js.compare_total = Total score
js.compare_rank = Rank
js.compare_class = Class
js.compare_pillar_rank = {value} · rank {rank}
js.compare_change = Change from the previous period
js.compare_rank_same = same rank
js.compare_since = {change} (since {period})
js.compare_results = Results: {period}
js.compare_table = Comparison table
js.compare_table_caption = Results for {period} under {method}: score / maximum score, and each unit's rank in its own ranking table.
js.compare_chart_heading = Each index against its maximum score
js.compare_chart_title = Score on each index against its maximum, {count} {count|unit|units}
js.compare_chart_desc = For each main index, one bar per unit, as long as the share of the maximum score the unit reached; each bar is marked with the unit's letter and its score. {legend}.
js.compare_chart_caption = The letter at the start of each bar: {legend}.
js.compare_chart_data = The chart's data table
js.compare_chart_data_label = Data of the comparison chart
js.compare_chart_data_caption = Score, maximum score and share of each main index
js.compare_index = Index
js.compare_differences = Where they differ most
js.compare_no_differences = The units reach the same share of the maximum on every index.
js.compare_difference = {index}: {units}; a gap of {gap} percentage {gap|point|points}.
js.compare_history = Across assessment periods
js.compare_other_framework_note = (another framework)
js.compare_history_label = Comparison history
js.compare_history_caption = Each unit's total score / maximum and rank over the periods; results under another framework are marked and are not directly comparable.
js.compare_period = Period

# == Rankings, home, index, pillar and compare pages ==

# == Unit pages ==

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
