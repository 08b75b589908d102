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

# == Unit pages ==

# == Charts and share cards ==

# == Methodology, open data, workbooks, feed, search index ==

"""#
}
