"""Abbreviations written with a full stop and what a narrator says for them.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

#: Titles written before a name ("Dr. Smith"). Expanded only when a capitalised word follows.
TITLES: dict[str, str] = {
    "Adm": "Admiral",
    "Atty": "Attorney",
    "Capt": "Captain",
    "Cmdr": "Commander",
    "Col": "Colonel",
    "Cpl": "Corporal",
    "Dr": "Doctor",
    "Drs": "Doctors",
    "Fr": "Father",
    "Gen": "General",
    "Gov": "Governor",
    "Hon": "Honorable",
    "Lt": "Lieutenant",
    "Maj": "Major",
    "Messrs": "Messieurs",
    "Mr": "Mister",
    "Mrs": "Missus",
    "Ms": "Miz",
    "Mt": "Mount",
    "Ft": "Fort",
    "Pres": "President",
    "Prof": "Professor",
    "Pvt": "Private",
    "Rep": "Representative",
    "Reps": "Representatives",
    "Rev": "Reverend",
    "Sen": "Senator",
    "Sens": "Senators",
    "Sgt": "Sergeant",
    "Det": "Detective",
    "Insp": "Inspector",
    "Sr": "Sister",
    "St": "Saint",
    "Supt": "Superintendent",
}

#: Titles British style writes without the full stop ("Dr Smith", "St Paul's"). The others
#: are also surnames or words ("Sen", "Gen", "Col") and need the stop to count as a title.
TITLES_WITHOUT_STOP: frozenset[str] = frozenset({"Dr", "Mr", "Mrs", "Ms", "St", "Mt", "Messrs"})

#: Titles that are never anything else when written with a full stop, so they are expanded
#: even when no capitalised name follows ("Mr. and Mrs. Smith").
TITLES_ALWAYS_EXPANDED: frozenset[str] = frozenset(
    {
        "Adm",
        "Atty",
        "Capt",
        "Cmdr",
        "Cpl",
        "Drs",
        "Gov",
        "Lt",
        "Messrs",
        "Mr",
        "Mrs",
        "Ms",
        "Prof",
        "Pvt",
        "Rep",
        "Reps",
        "Rev",
        "Sens",
        "Sgt",
        "Supt",
    }
)

#: Abbreviations written after a capitalised word: a street type or a name suffix.
#: ("Main St." is Street, "St. Louis" is Saint; "Mulholland Dr." is Drive.)
NAME_SUFFIXES: dict[str, str] = {
    "Ave": "Avenue",
    "Blvd": "Boulevard",
    "Cir": "Circle",
    "Ct": "Court",
    "Expy": "Expressway",
    "Fwy": "Freeway",
    "Pl": "Place",
    "Ter": "Terrace",
    "Trl": "Trail",
    "Bros": "Brothers",
    "Co": "Company",
    "Cos": "Companies",
    "Corp": "Corporation",
    "Mfg": "Manufacturing",
    "Assoc": "Associates",
    "Dr": "Drive",
    "Hwy": "Highway",
    "Inc": "Incorporated",
    "Jr": "Junior",
    "Ln": "Lane",
    "Ltd": "Limited",
    "Pkwy": "Parkway",
    "Rd": "Road",
    "Sq": "Square",
    "Sr": "Senior",
    "St": "Street",
}

#: Company and generational suffixes that are unambiguous even without a capitalised word
#: before them ("Johnson & Johnson Inc."), so they are expanded wherever they appear with a stop.
ALWAYS_EXPANDED_SUFFIXES: frozenset[str] = frozenset(
    {"Inc", "Corp", "Ltd", "Co", "Cos", "Bros", "Jr", "Sr", "Mfg"}
)

#: Abbreviations that may open a sentence or a line ("Corp. said", "Co. announced"), where
#: no name stands before them; the word after them shows the stop does not end the sentence.
LEADING_ABBREVIATIONS: dict[str, str] = {
    "Corp": "Corporation",
    "Co": "Company",
    "Cos": "Companies",
    "Ltd": "Limited",
    "Bros": "Brothers",
    "Jr": "Junior",
    "Sr": "Senior",
    "Mfg": "Manufacturing",
    "Mgmt": "Management",
    "Assoc": "Association",
    "Est": "Established",
    "Dist": "District",
    "Div": "Division",
    "Mkt": "Market",
    "Tech": "Technology",
    "Ave": "Avenue",
    "Blvd": "Boulevard",
    "Rd": "Road",
    "Hwy": "Highway",
    "Pkwy": "Parkway",
    "Twp": "Township",
    "Cty": "County",
    "Co-op": "Co-op",
}

#: Latin and editorial abbreviations, matched with their full stops, case-sensitively.
LATIN_ABBREVIATIONS: dict[str, str] = {
    "a.k.a.": "also known as",
    "aka": "also known as",
    "approx.": "approximately",
    "cf.": "compare",
    "e.g.": "for example",
    "et al.": "et al",
    "etc.": "et cetera",
    "i.e.": "that is",
    "viz.": "namely",
    "vs.": "versus",
    "vs": "versus",
}

#: Abbreviations that stand before a number ("No. 5", "pp. 10-12", "c. 1850").
NUMBER_PREFIXES: dict[str, str] = {
    "No.": "number",
    "no.": "number",
    "Nos.": "numbers",
    "nos.": "numbers",
    "#": "number",
    "p.": "page",
    "pp.": "pages",
    "Vol.": "volume",
    "vol.": "volume",
    "Ch.": "chapter",
    "ch.": "chapter",
    "Fig.": "figure",
    "fig.": "figure",
    "c.": "circa",
    "ca.": "circa",
    "ext.": "extension",
    "Ext.": "extension",
    "Apt.": "Apartment",
    "apt.": "apartment",
    "Ste.": "Suite",
    "Bldg.": "Building",
    "Rm.": "Room",
    "Fl.": "Floor",
    "Hwy.": "Highway",
    "Hwy": "Highway",
    "Rte.": "Route",
    "Rte": "Route",
}

#: Everyday abbreviations with a full stop, expanded anywhere.
GENERAL_ABBREVIATIONS: dict[str, str] = {
    "dept.": "department",
    "Dept.": "Department",
    "govt.": "government",
    "Govt.": "Government",
    "intl.": "international",
    "Intl.": "International",
    "natl.": "national",
    "Natl.": "National",
    "univ.": "university",
    "Univ.": "University",
    "assn.": "association",
    "Assn.": "Association",
    "mfg.": "manufacturing",
    "mgmt.": "management",
    "est.": "established",
    "hwy": "highway",
    "Est.": "Established",
    "twp.": "township",
}


#: Name suffixes that are expanded even when written without their full stop ("Main St").
SUFFIXES_WITHOUT_STOP: frozenset[str] = frozenset(
    {"St", "Dr", "Jr", "Sr", "Inc", "Ave", "Blvd", "Rd", "Hwy", "Ln", "Pkwy", "Ct", "Fwy", "Expy"}
)
