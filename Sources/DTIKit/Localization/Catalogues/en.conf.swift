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

# == Charts and share cards ==
chart.data_table = The chart's figures as a table
chart.heading_index = Index
chart.heading_score = Score
chart.heading_max = Maximum
chart.heading_share = Share
chart.heading_group_mean = Group mean
chart.heading_group_best = Group best
chart.heading_class = Class
chart.heading_unit = Unit
chart.heading_units = Units
chart.heading_total = Total score
chart.heading_max_points = Maximum points
chart.heading_mean = Mean
chart.heading_median = Median
chart.heading_lowest = Lowest
chart.heading_highest = Highest
chart.heading_period = Period
chart.heading_note = Note
chart.heading_change = Change
chart.heading_rank_in = Rank {period}
chart.heading_unit_share = Unit (% of maximum)
chart.heading_mean_share = Group mean (% of maximum)
chart.legend_group_mean = group mean
chart.legend_group_best = group best
chart.legend_unit = unit
chart.legend_mean = mean
chart.legend_median = median
chart.legend_over = above max
chart.strip_over = above max: {values}
chart.stack_count = ×{count}
chart.period_short_year = {year}
chart.period_short_first_months = {months}M {year}
chart.period_short_quarter = Q{quarter} {year}
chart.class_mix_title = Units by class: {group}, {period}
chart.class_mix_desc = {counts} (total {total} {total|unit|units}).
chart.slope_title = Rank changes from {from} to {to}
chart.slope_desc = Ranks of {count} {count|unit|units} between {before} and {after}: {improved} moved up, {worsened} moved down.
chart.slope_break_note = {break}: ranks can still be compared, scores cannot.
chart.totals_title = Total scores of {count} {count|unit|units}, {group}, {period}
chart.totals_summary = Highest: {top} ({top_value} points); lowest: {bottom} ({bottom_value} points). The figures are in the ranking table above.
chart.totals_desc = Horizontal bar chart: each bar is a unit's total score out of {max}, coloured and labelled by class. {summary}
chart.spread_title = Distribution of scores by index, {group}, {period}
chart.spread_summary = Most widely spread index: {index} (from {low} to {high} out of {max}).
chart.spread_desc = Each row is an index on an axis from 0 to its maximum score; each dot is a unit (equal scores are stacked); the grey dashed line is the mean, the triangle under the axis the median, a square a score above the maximum. {summary}
chart.index_bars_title = Scores by index: {unit}, {period}
chart.index_bars_summary = Highest share of the maximum: {best} ({best_share}); lowest: {worst} ({worst_share}).
chart.index_bars_desc = Each bar is the score of one index against that index's own maximum. {summary}
chart.index_bars_desc_marks = Each bar is the score of one index against that index's own maximum; the grey dashed mark is the group mean, the black mark the best in the group. {summary}
chart.radar_title = Score profile of {unit} against the group mean, {period}
chart.radar_summary = Strongest against the group: {index} ({gap} percentage points).
chart.radar_desc = Radar chart: each axis is an index, as a percentage of its maximum; the solid line is the unit, the dashed line the group mean. {summary}
chart.trend_title = {unit} across the assessment periods
chart.trend_summary = {series} from {from} ({from_period}) to {to} ({to_period}).
chart.trend_summary_break = {series} from {from} ({from_period}) to {to} ({to_period}). {break}.
chart.trend_desc_national = Line chart by period on a 0–1 scale: the DTI and its three pillars, digital government (Gov), digital economy (Econ) and digital society (Soc). {summary}
chart.trend_desc_share = Line chart by period on a 0–1 scale (share of the maximum: total score / maximum score). {summary}
chart.trend_legend = {series}: {value}
chart.trend_legend_at = {series}: {value} ({period})
chart.trend_legend_rank = {series}: {value}, rank {rank}
chart.trend_legend_at_rank = {series}: {value} ({period}), rank {rank}
chart.trend_cell_rank = {value} (rank {rank})
chart.trend_break_label = New framework
chart.series_dti = DTI
chart.series_cqs = Gov
chart.series_kts = Econ
chart.series_xhs = Soc
chart.series_share = Share of maximum
chart.series_full_year = {series} (full year)
chart.series_quarter = {series} (quarter)
chart.series_months = {series} ({months} months)
chart.pillar_cqs = Digital government
chart.pillar_kts = Digital economy
chart.pillar_xhs = Digital society
chart.pillar_values_title = {pillar} values, {group}, {period}
chart.pillar_values_summary = Highest: {top} ({value}). The figures are in the table below.
chart.pillar_values_desc = Horizontal bar chart on a 0–1 scale. {summary}
chart.point_split_title = Points by main index: {framework}
chart.point_split_summary = The index worth the most points: {index}, {points} of {total} points.
chart.point_split_desc = Each bar is the maximum score of one main index. {summary}
chart.points_share = {points} {points|point|points} ({share})
card.headline_total = Total score
card.headline_result = Result
card.headline_points_of = {total} / {max} pts
card.headline_scale = on a 0–1 scale
card.headline_max_points = / {max} points
card.headline_points = points
card.change_first = First time in the rankings
card.change_first_in_sentence = first time in the rankings
card.change_same = Same rank
card.change_up_words = up {places} {places|place|places}
card.change_down_words = down {places} {places|place|places}
card.change_same_words = same rank
card.change_up_points = up {size} points
card.change_down_points = down {size} points
card.change_up_dti = DTI up {size}
card.change_down_dti = DTI down {size}
card.change_since = {change} since {period}
card.change_since_break = {change} since {period} (framework changed)
card.change_words_since = {change} since {period}
card.change_words_since_break = {change} since {period} (the framework changed, so scores are not compared)
card.pillar_cqs_in_sentence = digital government
card.pillar_kts_in_sentence = digital economy
card.pillar_xhs_in_sentence = digital society
card.badge_subject_year = DTI {year}
card.badge_subject = DTI {period}
card.badge_label = {subject}: {rank}
card.badge_label_class = {subject}: {rank}, class {class}
card.sentence = {unit}, {period}: {result}
card.sentence_dti = DTI {value}
card.class_in_sentence = class {class}
card.page_title_kept = : {result} (DTI {period})
card.description_dti = {period}: {unit} scored {value} on the Digital Transformation Index (DTI)
card.description_points = {period}: {unit} scored {value} out of {max} digital transformation points
card.description_points_no_max = {period}: {unit} scored {value} digital transformation points
card.description_listed = {period}: {unit} is in the digital transformation rankings
card.description_rank = rank {rank} of {count} ({group})
card.description_rank_tied = tied rank {rank} of {count} ({group})
card.description_pillar_rank = rank {rank} in {pillar}
card.description_pillars = By pillar: {ranks}.
card.description_page = The page has the scores by index.
card.description_page_periods = The page has the scores by index and the results of {periods} periods.
card.bars_pillars = Pillar values (0–1)
card.bars_indices = Score by index / maximum
card.leaders = Top ranked
card.classes = Classes
card.ranking_context = Digital transformation ranking · {period} · {count} {count|unit|units}
card.home_facts = {units} {units|unit|units} · {tables} {tables|ranking|rankings}
card.home_facts_periods = {units} {units|unit|units} · {tables} {tables|ranking|rankings} · {periods}
card.ranking_alt = Digital transformation ranking card for {table}, {period}: {count} {count|unit|units}.
card.ranking_alt_leader = Digital transformation ranking card for {table}, {period}: {count} {count|unit|units}; first: {leader} ({value}).
card.home_alt = Card introducing {site}: {facts}.
card.unit_alt = Digital transformation result card: {sentence}.

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
