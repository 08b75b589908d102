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

period.year = {year}
period.year_in_sentence = {year}
period.first_months = First {months} months of {year}
period.first_months_in_sentence = the first {months} months of {year}
period.first_half = First half of {year}
period.first_half_in_sentence = the first half of {year}
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
ranking.unit_count = {count} {count|unit|units}
ranking.description = Digital transformation ranking for {period} – {group}: {count} {count|unit|units}.
ranking.description_partial = Digital transformation ranking for {period} – {group}: {count} of {ranked} units.
ranking.description_leader = Digital transformation ranking for {period} – {group}: {count} {count|unit|units}, led by {leader} ({total} points).
ranking.description_partial_leader = Digital transformation ranking for {period} – {group}: {count} of {ranked} units, led by {leader} ({total} points).
ranking.lead_partial = {shown} of {ranked} ranked units
ranking.lead_scale = maximum score {max}
ranking.table_heading = Ranking table
ranking.totals_heading = Total score by unit
ranking.distribution_heading = Distribution of scores, index by index
ranking.statistics_heading = Group statistics
ranking.rank_change_heading = Rank changes since the previous period
ranking.full_table_label = Full ranking table, {period}
ranking.table_caption = {title} – rows in the published order. Tap a column heading to sort (when the browser runs JavaScript).
ranking.column_rank = Rank
ranking.column_unit = Unit
ranking.column_parent = Parent unit
ranking.column_total = Total score
ranking.column_class = Class
ranking.column_measure_rank = {measure} rank
ranking.column_max = Maximum score
ranking.tied = tied
ranking.over_max = Above the maximum score
ranking.excerpt_label = Results, {period}
ranking.excerpt_caption = {title} – {shown} of the {ranked} ranked units, as published.
ranking.excerpt_column = Column
ranking.downloads = Download this table:
ranking.data_dictionary = Data dictionary
ranking.scoring_method = Scoring method
ranking.statistics_label = Table of the group's score statistics
ranking.statistics_caption = Score statistics of {count} {count|unit|units} (quartiles by linear interpolation, as Excel's QUARTILE.INC)
ranking.stat_index = Index
ranking.stat_mean = Mean
ranking.stat_median = Median
ranking.stat_lowest = Lowest
ranking.stat_highest = Highest
ranking.stat_q1 = First quartile
ranking.stat_q3 = Third quartile
ranking.pillar_values = Pillar values of this table:
home.description = Results of the digital transformation assessment and ranking (DTI): rankings, a page for every unit, the three pillars and open data.
home.latest_heading = Latest results by group
home.no_tables = No ranking has been published yet.
home.search_label = Find a unit, a ranking or an index
home.search_placeholder = For example: so tu phap, UBND Châu Thành
home.search_button = Search
home.province_heading = {unit} in the national DTI ranking
home.national_table_label = National standing over the years
home.national_caption = Values (0–1) and ranks among {count} provinces and centrally-run cities, by year of assessment.
home.column_year = Year
home.unit_details = {unit} in detail →
home.full_ranking = Full ranking →
home.news_heading = Newly published
home.published_on = published {date}
home.all_rankings = All rankings
home.follow_feed = Follow with Atom
index.rankings_title = Rankings
index.rankings_description = Every published digital transformation ranking, by period and group of units.
index.rankings_lead = {count} {count|table|tables}, newest first.
index.units_of_ranked = {shown} of {ranked} units
index.units_title = Units from A to Z
index.units_description = The {count} {count|unit|units} with digital transformation assessment results, each with a page of its own.
index.units_lead = {count} {count|unit|units}. Every unit has a permanent address holding its whole ranking history.
index.letters_label = First letter of the unit's name
index.filter_label = Filter by name
index.filter_button = Filter
index.no_script_hint = Without JavaScript: use your browser's find in page (Ctrl+F).
index.unit_latest = {group}, {period}: {rank}
index.unit_no_result = no assessment results yet
index.lineage_ended = ceased operating as of {since}
index.lineage_merged = merged into {units} as of {since}
index.lineage_split = split up and merged into {units} as of {since}
index.not_found_title = Page not found
index.not_found_description = The page you are looking for does not exist or has moved.
index.not_found_text = This address is not on the portal. A unit's name may have changed, or the address may be mistyped.
index.not_found_home = Back to the home page
index.not_found_units = Find a unit in the A–Z list
index.not_found_rankings = See all rankings
pillar_page.formula = Pillar value = (total score of the common foundation indices + score of the pillar's activity index) ÷ (total maximum score of those indices). The value lies between 0 and 1.
pillar_page.overview_title = The three pillars of digital transformation
pillar_page.overview_description = Digital government (CQS), digital economy (KTS) and digital society (XHS): what each pillar is made of, how it is computed, and the rankings by pillar.
pillar_page.no_framework = No framework on this portal computes the {code} pillar yet.
pillar_page.framework_summary = {framework}: at most {max} points, {count} main {count|index|indices}
pillar_page.table_count = {count} {count|ranking table has|ranking tables have} values for this pillar.
pillar_page.title = {pillar} pillar ({code})
pillar_page.description = {pillar} pillar: the foundation indices plus the {pillar_lower} activity index, divided by their total maximum score; values by period.
pillar_page.tables_heading = Tables of {code} pillar values
pillar_page.no_tables = No tables yet.
pillar_page.composition_label = Table of the {code} pillar's components in {framework}
pillar_page.composition_caption = Components of the {pillar} pillar in {framework}
pillar_page.column_code = Code
pillar_page.column_index = Main index
pillar_page.column_group = Group
pillar_page.total_denominator = Total (denominator)
pillar_page.ranking_title = {pillar} – {group}, {period}
pillar_page.ranking_description = {pillar} ({code}) pillar values of {count} {count|unit|units}, {group}, {period}.
pillar_page.ranking_heading = {pillar} pillar: {group}, {period}
pillar_page.values_table_label = Table of {code} pillar values
pillar_page.ranking_caption = {code} values (0–1) and points, highest first
pillar_page.ranking_caption_denominator = {code} values (0–1) and points, highest first; denominator {max} points
pillar_page.column_value = {code} value
pillar_page.column_points = Points
pillar_page.total_ranking_link = Ranking by total score
pillar_page.how_computed_link = How the {code} pillar is computed
compare.title = Compare units
compare.lead = Put 2 to 4 units of the same framework side by side: total score, each index against its maximum, pillars, ranks and history.
compare.breadcrumb = Compare
compare.no_script = The comparison page needs JavaScript to read each unit's data and build the table, and your browser is not running it. The ranking tables below already put every unit of a group side by side, with each index's score.
compare.rankings_heading = Compare every unit of a group
compare.link_any = Compare {unit} with other units
compare.link_one = Compare with {first}
compare.link_two = Compare with {first} and {second}
compare.link_note = (the units next to it in the ranking; you can change them on the comparison page)

# == Unit pages ==

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
