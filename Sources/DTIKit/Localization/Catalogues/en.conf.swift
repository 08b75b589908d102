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

# == Methodology, open data, workbooks, feed, search index ==
method.title = Methodology
method.description = The frameworks, their legal basis, and how totals, ranks, classes and pillar values are computed.
method.frameworks_heading = Frameworks
method.how_heading = How dti computes and checks
method.rule_total = Total = the sum of the main indices' points. Published figures are always shown as published; where a published total differs from the sum of the indices by more than 0.01, the page notes it.
method.rule_rank = Ranks are competition ranks by total, highest first: units with the same score share a rank, and the next rank skips the places they share (1, 2, 2, 4). Tied units keep their published order.
method.rule_class = Classes follow the framework's score bands (where the framework sets them).
method.pillar_formula = Pillar value = (points of the common foundation indices + points of the pillar's activity index) ÷ (the maximum points of those indices). The value lies between 0 and 1.
method.rule_normalized = Normalized DTI value = total ÷ maximum total.
method.rule_statistics = Group statistics: mean, median, minimum, maximum and quartiles (linear interpolation, as Excel's QUARTILE.INC).
method.framework_description = {framework}: {main} main {main|index|indices}, {components} {components|component|components}, scored out of {max} points.
method.framework_description_basis = {framework}: {main} main {main|index|indices}, {components} {components|component|components}, scored out of {max} points. {basis}.
method.level = Assesses: {level}
method.legal_basis = Legal basis:
method.legal_basis_none = not given
method.structure_heading = Structure of the framework
method.structure_caption = Groups of indices, main indices, number of components listed and maximum points
method.column_number = No.
method.column_main_index = Main index
method.column_component_count = Components
method.column_max = Maximum points
method.index_pillar = ({pillar} pillar)
method.total = Total
method.pillars_heading = The three pillars
method.bands_heading = Class bands
method.bands_caption = Class by total (out of {max} points)
method.column_class = Class
method.column_from = From (points)
method.column_below = Below (points)
method.column_share = Share of the maximum
method.share_from = from {percent}
method.components_heading = Components
method.components_caption = Every index and component with its maximum points (– where the source document gives none)
method.column_code = Code
method.column_index = Index / component
method.tables_heading = Rankings under this framework
data.title = Open data
data.description = Download every ranking as CSV, Excel and JSON and each unit's data as JSON, with the data dictionary, the licence and a SHA-256 checksum of every file.
data.lead = The figures of this portal in machine-readable form. Numbers are kept exactly as published; every file has a SHA-256 checksum to verify its integrity.
data.rankings_heading = Rankings
data.rankings_label = Ranking data files
data.rankings_caption = Each ranking as CSV (UTF-8 with a byte order mark, comma-separated, decimal point), Excel (.xlsx) and JSON
data.column_table = Table
data.column_file = File
data.column_size = Size
data.units_heading = Each unit
data.units_text = Each unit has a JSON file with its whole history: {path} ({count} {count|file|files}; for example {example}). Machine-readable catalogue: {catalogue}; SHA-256 checksums of every file: {checksums} (check them with {command} in the du-lieu folder).
data.excel_tip = Opening a CSV file in Excel: the files start with a byte order mark, so Vietnamese text shows correctly. If the computer's list separator is a semicolon (common with Vietnamese and many European regional settings), Excel puts every column into one: download the Excel version (.xlsx) instead, or use Data → From Text/CSV and choose comma. Text cells that begin with =, +, - or @ are written with a leading ' so that spreadsheets do not run them as formulas.
data.license_heading = Licence and citation
data.license_text = The data of this portal is released under the licence {license}. When you reuse it, please credit the source. Every ranking page and unit page offers a citation, for example:
data.dictionary_heading = Data dictionary
data.dictionary_caption = Columns of the CSV files and fields of the JSON files
data.column_field = Column / field
data.column_meaning = Meaning
data.field_period = The assessment period as its folder is named: 2022 (the whole year), 2022-6t (the first 6 months), 2022-9t, 2022-q1…q4 (quarters).
data.field_period_name = The period in Vietnamese words: Năm 2022 (year 2022), 6 tháng đầu năm 2022 (first 6 months of 2022), Quý 1/2022 (Q1 2022).
data.field_change = The change since the previous period of the same group; comparable = false when the two periods differ in length; methodology_break when the framework changed (points are then not subtracted).
data.field_group = The group of units (a slug), for example so-ban-nganh (provincial departments), ubnd-huyen (district people's committees), tinh-thanh-pho (provinces and cities).
data.field_rank = The rank shown: the published rank; where none is published, the competition rank computed from the total (1, 2, 2, 4).
data.field_tied = true when the unit has the same score as another one (a tied rank).
data.field_slug = The unit's identifier, used in its address /don-vi/<slug>/; it stays the same from year to year.
data.field_name = The unit's name exactly as the published table gives it.
data.field_parent = The unit above it (district, province) as the published table gives it, where the table has this column; with the name, it tells apart units of the same name.
data.field_scores = The points of each main index, headed by the index's code in the framework; digits as published, with a decimal point; an empty cell means not published (not 0).
data.field_total = The published total; where none is published, the sum of the indices (when every index is given).
data.field_class = The class in Vietnamese, as published or from the framework's bands: Xuất sắc (excellent), Tốt (good), Khá (fair), Trung bình (average), Yếu (weak).
data.field_normalized = Published normalized values from 0 to 1: the DTI and its three pillars, Digital government (cqs), Digital economy (kts) and Digital society (xhs).
data.field_normalized_rank = The published rank of the matching value.
data.field_index_rank = The published rank of each main index (where given).
data.field_computed = The value dti recomputes from the indices' points (6 decimal places), to check against the published value.
data.field_notes = Where the published figures contradict themselves (for example points above the maximum), with the line in the source table (for a source workbook: the row in its sheet); the messages are in Vietnamese.
data.field_history = In a unit's history: the code of the table's framework (the file frameworks/<code>.csv), the maximum total and the number of units ranked. The comparison page reads these files and only puts units of the same framework side by side.
data.field_license = The data's licence: name, url (the licence text), id (its SPDX identifier, if any). Currently: {license}.
data.field_citation = A suggested citation of the table or unit; replace …/…/… with the date you accessed it.
data.field_workbook = Sheet 1 “{ranking_sheet}”: the table, headed in the portal's first language as dti reads such tables back (rank, unit name, the indices' names, total, class, DTI…); numbers are numbers with exactly the published decimals. Sheet 2 “{about_sheet}”: what the table is, its source, licence and citation, in each language of the portal, with the meaning of every column of sheet 1.
workbook.sheet_ranking = Ranking
workbook.sheet_about = Source and licence
# workbook.header_*: the column headers of sheet 1 of the .xlsx downloads (in the first language); dti reads such headers back as a ranking table.
workbook.header_rank = Rank
workbook.header_unit = Unit
workbook.header_parent = Parent
workbook.header_total = Total
workbook.header_class = Class
workbook.header_rank_of = Rank {name}
workbook.about_item = Item
workbook.about_content = Content
workbook.about_table = Table
workbook.about_period = Period
workbook.about_group = Group
workbook.about_ranked = Units ranked
workbook.about_source = Source
workbook.about_source_url = Source address
workbook.about_published = Published
workbook.about_framework = Framework
workbook.about_note = Note
workbook.about_publisher = Publisher
workbook.about_page = Page on the portal
workbook.about_license = Licence
workbook.about_license_url = Licence address
workbook.about_citation = Citation
workbook.citation_date = {citation} (replace {date} with the date you accessed it)
workbook.about_reading = How to read
workbook.reading = Numbers keep the digits of the published document; an empty cell means not published (not 0). The rank is the published rank, or the rank computed from the total (1, 2, 2, 4) where the table publishes none.
workbook.about_column = Column “{header}”
workbook.meaning_index = {name}: points of index {code}
workbook.meaning_measure = {name}: normalized value, 0–1
workbook.meaning_rank_of = Rank by {name}
workbook.meaning_class = Class: {labels}
feed.subtitle = Newly published digital transformation rankings
feed.entry_title = {title} ({group}, {period})
feed.summary_units = {count} {count|unit|units}
feed.summary_units_partial = {count} of {ranked} units
feed.summary_leader = {summary}; ranked first: {leader}
feed.summary_source = {summary}. Source: {source}
search.rankings_title = Rankings
search.rankings_text = Every published digital transformation ranking, by period and group of units.
search.units_title = Units from A to Z
search.units_text = Every unit with assessment results, in alphabetical order.
search.compare_title = Compare units
search.compare_text = Put 2 to 4 units of the same framework side by side.
search.pillars_title = The three pillars
search.pillars_text = Digital government, digital economy, digital society: values and ranks.
search.methodology_title = Methodology
search.methodology_text = Frameworks, legal basis, and how points, ranks and classes are computed.
search.data_title = Open data
search.data_text = Download CSV and JSON files; data dictionary; SHA256 checksums.

"""#
}
