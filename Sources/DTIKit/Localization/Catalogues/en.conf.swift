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

# == Rankings, home, index, pillar and compare pages ==

# == Unit pages ==
# Unit pages
unit.parent = Part of {parent}
unit.description_no_results = {unit}: no digital transformation assessment results on this portal yet.
unit.description_no_results_merged = {unit}: no digital transformation assessment results on this portal yet; it was formed from {units}, whose own ranking histories are shown.
unit.print_source = Data source:
unit.printed_from = Printed from {url}.
unit.latest_result = Latest result
unit.total_score = Total score
unit.headline_total = total score {total} / {max}
unit.compared_with = Compared with {period}:
unit.first_ranking = Ranked for the first time.
unit.rank_cell = {rank} of {count}
unit.headline_points = {score} / {max} points
unit.headline_points_alone = {score} points
unit.column_pillar = Pillar
unit.column_index = Index
unit.column_value = Value
unit.column_points = Points
unit.column_rank = Rank
unit.column_group_mean = Group mean
unit.column_group_best = Group best
unit.indices_heading = Score and rank by index
unit.indices_table_label = Table of scores and ranks by index
unit.indices_caption = Score of each main index against its maximum; {period}.
unit.indices_caption_stats = Score of each main index against its maximum, with the group's mean and best; {period}.
unit.indices_caption_ranks = Score of each main index against its maximum, and its rank among {count} {count|unit|units}; {period}.
unit.indices_caption_stats_ranks = Score of each main index against its maximum, the group's mean and best, and its rank among {count} {count|unit|units}; {period}.
unit.over_maximum = Above the maximum: see the notes on the data
unit.shape_heading_group = Strengths and weaknesses compared with the group
unit.shape_heading = Strengths and weaknesses
unit.impossible_share = (from the published score {score}/{max}: not a possible value)
unit.above_group = Above the group mean
unit.below_group = Below the group mean
unit.percentage_points = {change} percentage points
unit.percentage_points_note = Percentage points: the gap between the unit's score as a share of the maximum and the group's mean share.
unit.highest_share = Highest share of the maximum
unit.lowest_share = Lowest share of the maximum
unit.no_index = None.
unit.pillars_heading = Pillar values
unit.pillars_table_label = Table of pillar values
unit.pillars_caption = Value 0–1 = (points of the pillar's foundation indices + its activity index) / their maximum points; {period}.
unit.peers_heading = Nearest units in the ranking
unit.trend_heading = Values over time
unit.history_heading = Ranking history
unit.history_table_label = Ranking history table
# History table
history.caption = Every assessment period of {unit}, latest first.
history.column_period = Period and group
history.column_result = Result
history.column_class = Class
history.column_change = Change
history.compared_with = compared with {period}:
# Mergers and splits. Dates: {day} {month} {year}, months by name (lineage.month_1 … 12)
lineage.notice_label = This unit has changed
lineage.ended = This unit ceased to exist on {date}.
lineage.ended_basis = This unit ceased to exist on {date} under {basis}.
lineage.merged = This unit was merged into {units} on {date}.
lineage.merged_basis = This unit was merged into {units} on {date} under {basis}.
lineage.split = This unit was split and merged into {units} on {date}.
lineage.split_basis = This unit was split and merged into {units} on {date} under {basis}.
lineage.and = and
lineage.results_before = The results below are those of {unit} before that date.
lineage.date = {day} {month} {year}
lineage.month_1 = January
lineage.month_2 = February
lineage.month_3 = March
lineage.month_4 = April
lineage.month_5 = May
lineage.month_6 = June
lineage.month_7 = July
lineage.month_8 = August
lineage.month_9 = September
lineage.month_10 = October
lineage.month_11 = November
lineage.month_12 = December
lineage.predecessors_heading = Units merged into {unit}
lineage.predecessors_apart = The results of each unit below are its own, from before the merger: they are neither added to nor joined with the results of {unit}.
lineage.merged_on = Merged on {date}.
lineage.merged_on_basis = Merged on {date} under {basis}.
lineage.history_label = Ranking history of {unit}
lineage.no_results = There are no assessment results for {unit} on this portal yet.
# Detailed assessment and recommendations (their texts are shown as published)
assessment.heading = Detailed assessment and recommendations
assessment.period_heading = {period}: {count} component {count|index|indices}
assessment.actions = Recommendations calling for action ({count}, as published in Vietnamese):
assessment.code = index {code}
assessment.codes = indices {codes}
assessment.met = Met (✓)
assessment.other = Figure or other remark
assessment.no_data = No data
assessment.blank = Not assessed
assessment.full_table = Full table: the assessment and recommendation for each component index
assessment.table_label = Assessment table, {period}
assessment.table_caption = The assessment and recommendation for each component index, {period}, as published (in Vietnamese).
assessment.column_code = Code
assessment.column_component = Component index
assessment.column_assessment = Assessment
assessment.column_recommendation = Recommendation
assessment.print_note = Full table of {count} component {count|index|indices}: see the website.
# Share, data, citation
share.heading = Share and data
share.permalink = Permanent link to this unit's page:
share.copy_link = Copy link
share.data = The unit's data:
share.website = The unit's website
share.print_card = One-page A4 results card to print (with QR code)
share.image = Image for sharing (PNG 1200×630)
citation.label = Cite as:
citation.text = “{title}”, {site}, {url}, accessed {date}.
citation.text_publisher = {publisher}, “{title}”, {site}, {url}, accessed {date}.
citation.unit_title = Digital transformation results: {unit}
citation.date_note = (replace {date} with the date you accessed the page)
# Embedding in another website; {preview} is the link to the preview
embed.summary = Show these results on another website
embed.badge = Badge:
embed.badge_code = HTML code for the badge (paste it into the unit's website):
embed.card_code = Embeddable results card ({preview}), HTML code:
embed.preview = preview
embed.frame_title = Digital transformation results of {unit}
embed.title = Embeddable card: {unit} – {period}
embed.description = Digital transformation results of {summary}, to embed in another website.
embed.caption_pillars = Pillar values (0–1); grey line: group mean
embed.caption_indices = Score of each index against its maximum; grey line: group mean
embed.more = See the full results: {site}
# A4 results card
print.title = A4 results card: {unit} – {period}
print.description = One-page A4 printout of the digital transformation results of {summary}.
print.how_to = This page prints on one A4 sheet: use your browser's Print command (Ctrl+P).
print.back = Back to the unit's page
print.context = Digital transformation assessment results · {context}
print.result = Result
print.indices_heading = Score by index
print.caption = Blue bar: result against the maximum; grey line: group mean.
print.column_max = Maximum
print.column_bar = Against the maximum
print.column_value_01 = Value (0–1)
print.basis = Legal basis:
print.published = Published:
print.date = Printed on:
print.online = View online:
print.qr_title = QR code for the page of {unit}: {url}
print.qr_caption = Scan the code to open the unit's page

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
