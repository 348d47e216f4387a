"""Months, weekdays, and the words that tell a year from a count.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

from podcastify.text import MONTHS as CALENDAR_MONTHS

#: Month names, January first.
MONTHS = CALENDAR_MONTHS

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

#: Weekday names.
WEEKDAYS: frozenset[str] = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)

#: Words after which a short slash date ("on 1/4", "due 5/6") is a date, not a fraction.
DATE_CUES: frozenset[str] = frozenset(
    {"on", "since", "until", "till", "by", "from", "through", "thru", "due", "dated", "effective"}
    | {"starting", "ending", "expires", "expiring", "closes", "opens", "deadline", "posted"}
    | {"ends", "end", "starts", "begins", "valid", "closed", "open", "returns", "before", "after"}
)

#: Slash numbers that are names, not dates ("9/11", "24/7").
SLASH_NAMES: frozenset[str] = frozenset({"9/11", "24/7", "50/50", "20/20", "7/11"})

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
