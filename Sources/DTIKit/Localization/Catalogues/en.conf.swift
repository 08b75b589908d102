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
"""#
}
