"""Word lists used by :mod:`podcastify.script.normalize`, kept apart as plain data.

Nothing here does any work: every entry is a written form and what a US narrator says for it.
Spoken forms were checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``);
where espeak misreads the natural spelling, the entry says so and uses a spelling it gets right.
"""

from __future__ import annotations

from podcastify.text import MONTHS as _CALENDAR_MONTHS

# --- Abbreviations ---------------------------------------------------------------------------

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
    "Bros": "Brothers",
    "Co": "Company",
    "Corp": "Corporation",
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
    {"Inc", "Corp", "Ltd", "Co", "Bros", "Jr", "Sr"}
)

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
}

# --- Initialisms and acronyms ----------------------------------------------------------------

#: Initialisms a narrator spells out but espeak reads as a word: WHO, ACLU and NCAA anywhere,
#: the others when they stand alone in a clause ("the fund (IMF) said" becomes "the fund, IMF,
#: said", and espeak reads a clause that is all capitals with its word rules: "imf", "eppa").
#: The spoken form uses inner full stops with no final one ("W.H.O"): espeak then spells it with
#: initialism stress and does not end the sentence. Initialisms espeak always spells (FBI, UN,
#: US, UK, EU, CEO, CIA, ...) are left alone.
SPELLED_INITIALISMS: dict[str, str] = {
    "WHO": "W.H.O",  # the World Health Organization; espeak says "who"
    "ACLU": "A.C.L.U",  # espeak says "a-clue"
    "NCAA": "N.C.A.A",  # espeak says "nk-ah"; "N C double A" makes espeak say "double uh"
    "IQ": "I.Q",
    "NYC": "N.Y.C",
    "GOP": "G.O.P",
    "FAQ": "F.A.Q",
    "AMA": "A.M.A",
    "DOD": "D.O.D",
    "NIH": "N.I.H",
    "EPA": "E.P.A",
    "SEC": "S.E.C",
    "IPO": "I.P.O",
    "ETF": "E.T.F",
    "NGO": "N.G.O",
    "UAE": "U.A.E",
    "UPS": "U.P.S",
    "ER": "E.R",
    "ICU": "I.C.U",
    "IMF": "I.M.F",
    "ECB": "E.C.B",
    "EV": "E.V",
    "AWS": "A.W.S",
    "ANC": "A.N.C",
    "PLO": "P.L.O",
    "IDF": "I.D.F",
    "COO": "C.O.O",
    "ET": "E.T",  # Eastern Time
    "AP": "A.P",  # the Associated Press, as in "WASHINGTON (AP) -"
    "AARP": "A.A.R.P",
    "USMCA": "U.S.M.C.A",
    "USPS": "U.S.P.S",
    "EEOC": "E.E.O.C",
    "FDIC": "F.D.I.C",
    "FOMC": "F.O.M.C",
    "PBOC": "P.B.O.C",
    "IAEA": "I.A.E.A",
    "SEIU": "S.E.I.U",
    "ICBM": "I.C.B.M",
}

#: Acronyms said as a word that espeak would spell letter by letter in running text. Written
#: in title case, espeak reads them as words. (NASA, NATO, UNESCO, FEMA, SWAT, AIDS and many
#: more are already read as words by espeak and need no entry.)
WORD_ACRONYMS: dict[str, str] = {
    "HUD": "Hud",
    "ICE": "Ice",
    "ARM": "Arm",
    "TED": "Ted",
    "PIN": "pin",
    "SIM": "sim",
    "RAM": "ram",
    "ROM": "rom",
    "LAN": "lan",
    "WAN": "wan",
    "MAX": "Max",  # the Boeing 737 MAX
}

#: Dotted abbreviations that are not plain initialisms.
DOTTED_FORMS: dict[str, str] = {
    "Ph.D.": "PhD",
    "Ph.D": "PhD",
}

#: Editorial insertions a narrator does not read.
SILENT_INSERTIONS: frozenset[str] = frozenset({"[sic]", "(sic)", "[ sic ]"})

# --- US states ---------------------------------------------------------------------------------

#: AP-style state abbreviations, used in datelines ("Los Angeles, Calif.") and party labels
#: ("D-Calif."). espeak reads "Calif." as "kal-if".
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama",
    "Ariz.": "Arizona",
    "Ark.": "Arkansas",
    "Calif.": "California",
    "Colo.": "Colorado",
    "Conn.": "Connecticut",
    "Del.": "Delaware",
    "Fla.": "Florida",
    "Ga.": "Georgia",
    "Ill.": "Illinois",
    "Ind.": "Indiana",
    "Kan.": "Kansas",
    "Ky.": "Kentucky",
    "La.": "Louisiana",
    "Md.": "Maryland",
    "Mass.": "Massachusetts",
    "Mich.": "Michigan",
    "Minn.": "Minnesota",
    "Miss.": "Mississippi",
    "Mo.": "Missouri",
    "Mont.": "Montana",
    "Neb.": "Nebraska",
    "Nev.": "Nevada",
    "N.H.": "New Hampshire",
    "N.J.": "New Jersey",
    "N.M.": "New Mexico",
    "N.Y.": "New York",
    "N.C.": "North Carolina",
    "N.D.": "North Dakota",
    "Okla.": "Oklahoma",
    "Ore.": "Oregon",
    "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island",
    "S.C.": "South Carolina",
    "S.D.": "South Dakota",
    "Tenn.": "Tennessee",
    "Tex.": "Texas",
    "Vt.": "Vermont",
    "Va.": "Virginia",
    "Wash.": "Washington",
    "W.Va.": "West Virginia",
    "Wis.": "Wisconsin",
    "Wyo.": "Wyoming",
}

#: Two-letter postal codes, expanded only in party labels ("R-TX").
US_STATE_CODES: dict[str, str] = {
    "AL": "Alabama",
    "AK": "Alaska",
    "AZ": "Arizona",
    "AR": "Arkansas",
    "CA": "California",
    "CO": "Colorado",
    "CT": "Connecticut",
    "DE": "Delaware",
    "FL": "Florida",
    "GA": "Georgia",
    "HI": "Hawaii",
    "ID": "Idaho",
    "IL": "Illinois",
    "IN": "Indiana",
    "IA": "Iowa",
    "KS": "Kansas",
    "KY": "Kentucky",
    "LA": "Louisiana",
    "ME": "Maine",
    "MD": "Maryland",
    "MA": "Massachusetts",
    "MI": "Michigan",
    "MN": "Minnesota",
    "MS": "Mississippi",
    "MO": "Missouri",
    "MT": "Montana",
    "NE": "Nebraska",
    "NV": "Nevada",
    "NH": "New Hampshire",
    "NJ": "New Jersey",
    "NM": "New Mexico",
    "NY": "New York",
    "NC": "North Carolina",
    "ND": "North Dakota",
    "OH": "Ohio",
    "OK": "Oklahoma",
    "OR": "Oregon",
    "PA": "Pennsylvania",
    "RI": "Rhode Island",
    "SC": "South Carolina",
    "SD": "South Dakota",
    "TN": "Tennessee",
    "TX": "Texas",
    "UT": "Utah",
    "VT": "Vermont",
    "VA": "Virginia",
    "WA": "Washington",
    "WV": "West Virginia",
    "WI": "Wisconsin",
    "WY": "Wyoming",
}

#: Party letters in labels such as "(D-Calif.)" or "(R-TX)".
PARTIES: dict[str, str] = {"D": "Democrat", "R": "Republican", "I": "Independent"}

# --- Calendar ----------------------------------------------------------------------------------

MONTHS = _CALENDAR_MONTHS

#: Month abbreviations (without the stop) and the month number.
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan": 1,
    "Feb": 2,
    "Mar": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Oct": 10,
    "Nov": 11,
    "Dec": 12,
}

#: Weekday abbreviations, expanded only when a date follows ("Wed, 04/01/2020").
WEEKDAY_ABBREVIATIONS: dict[str, str] = {
    "Mon": "Monday",
    "Tue": "Tuesday",
    "Tues": "Tuesday",
    "Wed": "Wednesday",
    "Thu": "Thursday",
    "Thur": "Thursday",
    "Thurs": "Thursday",
    "Fri": "Friday",
    "Sat": "Saturday",
    "Sun": "Sunday",
}

#: Words after which a bare four-digit number is a year even when a plural noun follows
#: ("in 2019 sales fell", "since 2008 prices rose").
YEAR_CUES: frozenset[str] = frozenset(
    {
        "in",
        "since",
        "by",
        "until",
        "till",
        "during",
        "before",
        "after",
        "circa",
        "year",
        "early",
        "mid",
        "late",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
    }
    | {month.lower() for month in MONTHS}
)

#: Words after which a number is a quantity, never a year ("about 1500", "more than 2019").
QUANTITY_CUES: frozenset[str] = frozenset(
    {
        "about",
        "around",
        "approximately",
        "roughly",
        "nearly",
        "almost",
        "over",
        "under",
        "than",
        "least",
        "most",
        "some",
        "only",
        "just",
        "exactly",
        "total",
        "additional",
        "another",
        "extra",
        "estimated",
        "all",
        "number",
        "numbers",
        "minus",
        "plus",
    }
)

#: Era markers: a number next to one of these is a year.
ERA_MARKERS: frozenset[str] = frozenset({"AD", "BC", "BCE", "CE"})

#: Plural nouns that do not end in "s" (so "2019 people" is a count, not a year).
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    {
        "people",
        "men",
        "women",
        "children",
        "feet",
        "teeth",
        "geese",
        "mice",
        "sheep",
        "fish",
        "deer",
        "cattle",
        "staff",
        "personnel",
        "police",
        "crew",
        "data",
        "criteria",
        "phenomena",
        "bacteria",
        "alumni",
        "fungi",
    }
)

#: Words ending in "s" that are not plural nouns ("2020 was", "2021 has").
NOT_PLURAL: frozenset[str] = frozenset(
    {
        "was",
        "is",
        "has",
        "does",
        "its",
        "his",
        "this",
        "thus",
        "as",
        "always",
        "perhaps",
        "unless",
        "besides",
        "towards",
        "afterwards",
        "whereas",
        "yes",
        "news",
        "series",
        "across",
        "plus",
        "minus",
        "versus",
        "marks",
        "sees",
        "saw",
        "brings",
        "begins",
        "ends",
        "starts",
        "remains",
        "seems",
        "looks",
        "becomes",
        "comes",
        "goes",
        "gives",
        "makes",
        "means",
        "proves",
        "promises",
        "represents",
        "follows",
        "kicks",
        "opens",
        "closes",
    }
)

# --- Money -------------------------------------------------------------------------------------

#: Currency symbols (longest first when matched) and (singular, plural, minor singular,
#: minor plural); a currency without a spoken minor unit has empty strings there.
CURRENCY_SYMBOLS: dict[str, tuple[str, str, str, str]] = {
    "US$": ("US dollar", "US dollars", "cent", "cents"),
    "C$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "CA$": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "A$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "AU$": ("Australian dollar", "Australian dollars", "cent", "cents"),
    "NZ$": ("New Zealand dollar", "New Zealand dollars", "cent", "cents"),
    "HK$": ("Hong Kong dollar", "Hong Kong dollars", "cent", "cents"),
    "S$": ("Singapore dollar", "Singapore dollars", "cent", "cents"),
    "R$": ("real", "reais", "centavo", "centavos"),
    "$": ("dollar", "dollars", "cent", "cents"),
    "£": ("pound", "pounds", "penny", "pence"),
    "€": ("euro", "euros", "cent", "cents"),
    "¥": ("yen", "yen", "", ""),
    "₹": ("rupee", "rupees", "", ""),
    "₩": ("won", "won", "", ""),
    "₽": ("ruble", "rubles", "", ""),
    "₺": ("lira", "lira", "", ""),
    "₪": ("shekel", "shekels", "", ""),
    "₦": ("naira", "naira", "", ""),
    "₱": ("peso", "pesos", "", ""),
    "฿": ("baht", "baht", "", ""),
    "₿": ("bitcoin", "bitcoin", "", ""),
}

#: ISO currency codes written before or after an amount ("USD 5", "5 EUR").
CURRENCY_CODES: dict[str, tuple[str, str, str, str]] = {
    "USD": ("US dollar", "US dollars", "cent", "cents"),
    "EUR": ("euro", "euros", "cent", "cents"),
    "GBP": ("pound", "pounds", "penny", "pence"),
    "JPY": ("yen", "yen", "", ""),
    "CNY": ("yuan", "yuan", "", ""),
    "RMB": ("yuan", "yuan", "", ""),
    "INR": ("rupee", "rupees", "", ""),
    "CHF": ("Swiss franc", "Swiss francs", "", ""),
    "CAD": ("Canadian dollar", "Canadian dollars", "cent", "cents"),
    "AUD": ("Australian dollar", "Australian dollars", "cent", "cents"),
}

#: Short numbers read digit by digit wherever they stand ("Call 911").
EMERGENCY_NUMBERS: frozenset[str] = frozenset({"911", "999", "112"})

#: Minor-unit symbols written after the amount ("99¢", "50p").
MINOR_CURRENCY_SUFFIXES: dict[str, tuple[str, str]] = {
    "¢": ("cent", "cents"),
    "p": ("penny", "pence"),
}

#: Magnitude words and abbreviations that follow an amount ("$3bn", "€5 million").
MAGNITUDES: dict[str, str] = {
    "thousand": "thousand",
    "million": "million",
    "billion": "billion",
    "trillion": "trillion",
    "k": "thousand",
    "K": "thousand",
    "m": "million",
    "M": "million",
    "mn": "million",
    "mln": "million",
    "bn": "billion",
    "B": "billion",
    "b": "billion",
    "tn": "trillion",
    "T": "trillion",
    "tr": "trillion",
}

#: Words after an amount that show it is used as a modifier: "a $5 million project" is read
#: "a five million dollar project", not "dollars". Any other lowercase word after "a $N" counts
#: as a noun being modified, except these function words.
NOT_MODIFIED: frozenset[str] = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "per",
        "each",
        "this",
        "that",
        "which",
        "than",
        "as",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "has",
        "had",
        "have",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "more",
        "less",
        "last",
        "next",
        "year",
        "month",
        "week",
        "day",
        "share",
        "piece",
        "head",
        "apiece",
    }
)

# --- Units -------------------------------------------------------------------------------------

#: Unit symbols after a number and their (singular, plural) spoken forms. Matched
#: case-sensitively, longest first, with or without a space ("5 km", "5km").
UNITS: dict[str, tuple[str, str]] = {
    # length
    "km": ("kilometer", "kilometers"),
    "m": ("meter", "meters"),
    "cm": ("centimeter", "centimeters"),
    "mm": ("millimeter", "millimeters"),
    "nm": ("nanometer", "nanometers"),
    "µm": ("micrometer", "micrometers"),
    "μm": ("micrometer", "micrometers"),
    "mi": ("mile", "miles"),
    "yd": ("yard", "yards"),
    "yds": ("yard", "yards"),
    "ft": ("foot", "feet"),
    "ft.": ("foot", "feet"),
    # area and volume
    "km²": ("square kilometer", "square kilometers"),
    "m²": ("square meter", "square meters"),
    "cm²": ("square centimeter", "square centimeters"),
    "ft²": ("square foot", "square feet"),
    "sq ft": ("square foot", "square feet"),
    "sq. ft.": ("square foot", "square feet"),
    "sq mi": ("square mile", "square miles"),
    "sq km": ("square kilometer", "square kilometers"),
    "m³": ("cubic meter", "cubic meters"),
    "ha": ("hectare", "hectares"),
    "L": ("liter", "liters"),
    "l": ("liter", "liters"),
    "ml": ("milliliter", "milliliters"),
    "mL": ("milliliter", "milliliters"),
    "cl": ("centiliter", "centiliters"),
    "gal": ("gallon", "gallons"),
    "fl oz": ("fluid ounce", "fluid ounces"),
    # cooking
    "tsp": ("teaspoon", "teaspoons"),
    "tsp.": ("teaspoon", "teaspoons"),
    "tbsp": ("tablespoon", "tablespoons"),
    "tbsp.": ("tablespoon", "tablespoons"),
    "Tbsp": ("tablespoon", "tablespoons"),
    "Tbsp.": ("tablespoon", "tablespoons"),
    # mass
    "kg": ("kilogram", "kilograms"),
    "g": ("gram", "grams"),
    "mg": ("milligram", "milligrams"),
    "µg": ("microgram", "micrograms"),
    "μg": ("microgram", "micrograms"),
    "lb": ("pound", "pounds"),
    "lbs": ("pound", "pounds"),
    "oz": ("ounce", "ounces"),
    # speed and rates
    "mph": ("mile per hour", "miles per hour"),
    "km/h": ("kilometer per hour", "kilometers per hour"),
    "kph": ("kilometer per hour", "kilometers per hour"),
    "m/s": ("meter per second", "meters per second"),
    "mpg": ("mile per gallon", "miles per gallon"),
    "ppm": ("part per million", "parts per million"),
    "kn": ("knot", "knots"),
    # temperature and angle
    "°C": ("degree Celsius", "degrees Celsius"),
    "°F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "° C": ("degree Celsius", "degrees Celsius"),
    "° F": ("degree Fahrenheit", "degrees Fahrenheit"),
    "°": ("degree", "degrees"),
    # data
    "KB": ("kilobyte", "kilobytes"),
    "kB": ("kilobyte", "kilobytes"),
    "MB": ("megabyte", "megabytes"),
    "GB": ("gigabyte", "gigabytes"),
    "TB": ("terabyte", "terabytes"),
    "PB": ("petabyte", "petabytes"),
    "kbps": ("kilobit per second", "kilobits per second"),
    "Mbps": ("megabit per second", "megabits per second"),
    "Gbps": ("gigabit per second", "gigabits per second"),
    # electricity and frequency
    "V": ("volt", "volts"),
    "kV": ("kilovolt", "kilovolts"),
    "W": ("watt", "watts"),
    "kW": ("kilowatt", "kilowatts"),
    "MW": ("megawatt", "megawatts"),
    "GW": ("gigawatt", "gigawatts"),
    "kWh": ("kilowatt hour", "kilowatt hours"),
    "MWh": ("megawatt hour", "megawatt hours"),
    "GWh": ("gigawatt hour", "gigawatt hours"),
    "TWh": ("terawatt hour", "terawatt hours"),
    "mAh": ("milliamp hour", "milliamp hours"),
    "Hz": ("hertz", "hertz"),
    "kHz": ("kilohertz", "kilohertz"),
    "MHz": ("megahertz", "megahertz"),
    "GHz": ("gigahertz", "gigahertz"),
    "dB": ("decibel", "decibels"),
    # time
    "h": ("hour", "hours"),
    "hr": ("hour", "hours"),
    "hrs": ("hour", "hours"),
    "min": ("minute", "minutes"),
    "mins": ("minute", "minutes"),
    "sec": ("second", "seconds"),
    "secs": ("second", "seconds"),
    "ms": ("millisecond", "milliseconds"),
    "yr": ("year", "years"),
    "yrs": ("year", "years"),
}

# --- Fractions ---------------------------------------------------------------------------------

#: Denominators read as fractions, with (singular, plural) names: "3/4" is "three quarters".
FRACTION_DENOMINATORS: dict[int, tuple[str, str]] = {
    2: ("half", "halves"),
    3: ("third", "thirds"),
    4: ("quarter", "quarters"),
    5: ("fifth", "fifths"),
    6: ("sixth", "sixths"),
    7: ("seventh", "sevenths"),
    8: ("eighth", "eighths"),
    9: ("ninth", "ninths"),
    12: ("twelfth", "twelfths"),
    16: ("sixteenth", "sixteenths"),
    32: ("thirty-second", "thirty-seconds"),
    64: ("sixty-fourth", "sixty-fourths"),
}

#: Denominators read "out of": "9/10 doctors" is "nine out of ten doctors".
OUT_OF_DENOMINATORS: frozenset[int] = frozenset({10, 100})

#: Measures a fraction can be "of": "3/4 cup" is "three quarters of a cup".
FRACTION_MEASURES: frozenset[str] = frozenset(
    {
        "cup",
        "teaspoon",
        "tablespoon",
        "inch",
        "mile",
        "pound",
        "ounce",
        "hour",
        "gallon",
        "liter",
        "litre",
        "pint",
        "quart",
        "kilogram",
        "kilometer",
        "foot",
        "meter",
        "stick",
        "can",
        "pinch",
        "dozen",
        "point",
        "second",
        "minute",
        "day",
        "week",
        "month",
        "year",
        "century",
        "share",
    }
)

#: Words spelled with a consonant that start with a vowel sound ("an hour").
AN_WORDS: frozenset[str] = frozenset({"hour", "honest", "honor", "honour", "heir", "herb"})

# --- Roman numerals ----------------------------------------------------------------------------

#: Names of monarchs and popes: a Roman numeral after one is an ordinal ("Henry the Eighth").
REGNAL_NAMES: frozenset[str] = frozenset(
    {
        "Abdullah",
        "Adrian",
        "Albert",
        "Alexander",
        "Alfonso",
        "Amenhotep",
        "Anne",
        "Baudouin",
        "Benedict",
        "Boniface",
        "Carl",
        "Carlos",
        "Casimir",
        "Catherine",
        "Charles",
        "Christian",
        "Clement",
        "Constantine",
        "David",
        "Edward",
        "Elizabeth",
        "Felipe",
        "Ferdinand",
        "Francis",
        "Frederick",
        "Frederik",
        "George",
        "Gregory",
        "Gustav",
        "Gustaf",
        "Haakon",
        "Harald",
        "Henry",
        "Innocent",
        "Isabella",
        "Ivan",
        "James",
        "John",
        "Joseph",
        "Juan",
        "Julius",
        "Leo",
        "Leopold",
        "Louis",
        "Ludwig",
        "Manuel",
        "Mary",
        "Mehmed",
        "Napoleon",
        "Nicholas",
        "Olaf",
        "Otto",
        "Paul",
        "Pedro",
        "Peter",
        "Philip",
        "Pius",
        "Rama",
        "Ramesses",
        "Richard",
        "Robert",
        "Sixtus",
        "Stephen",
        "Suleiman",
        "Thutmose",
        "Urban",
        "Victor",
        "Wilhelm",
        "Willem",
        "William",
    }
)

#: Words after which a Roman numeral is a plain number ("World War Three", "Super Bowl
#: Fifty-Seven", "Chapter Four"). Matched on the word just before the numeral.
ROMAN_CARDINAL_CONTEXTS: frozenset[str] = frozenset(
    {
        "War",
        "Bowl",
        "Vatican",
        "Title",
        "Chapter",
        "Part",
        "Volume",
        "Vol",
        "Act",
        "Scene",
        "Book",
        "Episode",
        "Phase",
        "Stage",
        "Type",
        "Class",
        "Category",
        "Grade",
        "Level",
        "Article",
        "Section",
        "Schedule",
        "Apollo",
        "Gemini",
        "Mark",
        "Mk",
        "Fantasy",
        "Rocky",
        "Psalm",
        "Appendix",
        "Tier",
        "Division",
        "Corps",
        "Amendment",
    }
)

#: Words that follow the pronoun "I" but not a regnal numeral: "Peter I think" keeps "I".
PRONOUN_I_FOLLOWERS: frozenset[str] = frozenset(
    {
        "am",
        "think",
        "thought",
        "know",
        "knew",
        "believe",
        "guess",
        "mean",
        "feel",
        "felt",
        "want",
        "wanted",
        "love",
        "loved",
        "hope",
        "said",
        "say",
        "have",
        "had",
        "will",
        "would",
        "could",
        "can",
        "should",
        "did",
        "do",
        "don't",
        "didn't",
        "can't",
        "won't",
        "asked",
        "told",
        "met",
        "saw",
        "see",
        "like",
        "liked",
        "need",
        "got",
        "get",
        "went",
        "go",
        "must",
        "may",
        "might",
        "just",
        "really",
        "also",
        "still",
        "never",
        "always",
        "wonder",
        "remember",
        "agree",
    }
)

#: Words after which a Roman numeral is an ordinal even without a regnal name.
ROMAN_ORDINAL_FOLLOWERS: frozenset[str] = frozenset({"century", "centuries", "dynasty"})

# --- Codes and model numbers -------------------------------------------------------------------

#: Makers whose three- and four-digit model numbers are read in pairs ("Boeing 737" is
#: "seven thirty-seven", "Porsche 911" is "nine eleven").
MODEL_NUMBER_MAKERS: frozenset[str] = frozenset(
    {"Boeing", "Airbus", "Porsche", "Peugeot", "Cessna", "Ferrari", "Embraer", "Volvo"}
)

#: Words after a bare model number that show it is one ("the 737 MAX", "787 Dreamliner").
MODEL_NUMBER_FOLLOWERS: frozenset[str] = frozenset({"MAX", "Max", "Dreamliner"})

#: Word prefixes of codes written with a hyphen before a number ("COVID-19", "Catch-22").
CODE_WORD_PREFIXES: frozenset[str] = frozenset(
    {"COVID", "Covid", "covid", "Catch", "MiG", "Su", "Tu", "Mig", "Windows", "Area"}
)

# --- Symbols -----------------------------------------------------------------------------------

#: Symbols read as words when they stand between words or before a number.
SYMBOL_WORDS: dict[str, str] = {
    "&": "and",
    "+": "plus",
    "=": "equals",
    "@": "at",
    "≈": "about",
    "~": "about",
    "±": "plus or minus",
    "≤": "at most",
    "≥": "at least",
    "<": "less than",
    ">": "more than",
    "§": "section",
    "×": "times",
}

#: Spoken form of a lone capital letter whose natural spelling espeak misreads: "A" before a
#: word is read as the article "uh", so "M&A deals" would sound like "M and uh deals". Piper's
#: inline phoneme syntax gives the letter name.
LETTER_NAMES: dict[str, str] = {"A": "[[ ˈeɪ ]]"}

#: Name suffixes that are expanded even when written without their full stop ("Main St").
SUFFIXES_WITHOUT_STOP: frozenset[str] = frozenset(
    {"St", "Dr", "Jr", "Sr", "Inc", "Ave", "Blvd", "Rd", "Hwy", "Ln", "Pkwy"}
)
