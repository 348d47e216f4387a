"""Slashes: the "per" of prices and rates, and the few abbreviations written with one.

Plain data for :mod:`podcastify.script.speak.slashes`.
"""

from __future__ import annotations

#: What may follow a price or a count after a slash ("$9.99/mo", "$4/gallon"), as said.
PER_UNITS: dict[str, str] = {
    "mo": "month",
    "mth": "month",
    "month": "month",
    "yr": "year",
    "year": "year",
    "annum": "year",
    "wk": "week",
    "week": "week",
    "day": "day",
    "night": "night",
    "hr": "hour",
    "hour": "hour",
    "h": "hour",
    "min": "minute",
    "minute": "minute",
    "person": "person",
    "head": "head",
    "user": "user",
    "seat": "seat",
    "gallon": "gallon",
    "gal": "gallon",
    "lb": "pound",
    "kg": "kilogram",
    "oz": "ounce",
    "sq ft": "square foot",
    "ft": "foot",
    "mile": "mile",
    "km": "kilometer",
    "liter": "liter",
    "litre": "litre",
    "share": "share",
    "ticket": "ticket",
    "item": "item",
    "song": "song",
    "unit": "unit",
    "serving": "serving",
    "issue": "issue",
    "bottle": "bottle",
    "pack": "pack",
    "dozen": "dozen",
    "visit": "visit",
    "session": "session",
    "class": "class",
    "pint": "pint",
    "bbl": "barrel",
    "barrel": "barrel",
    "ton": "ton",
    "tonne": "tonne",
    "sqft": "square foot",
    "gram": "gram",
    "g": "gram",
    "page": "page",
    "word": "word",
    "kWh": "kilowatt hour",
}

#: Units of time, said with "a" ("nine dollars a month"); every other unit takes "per".
TIME_UNITS: frozenset[str] = frozenset({"month", "year", "week", "day", "night", "hour", "minute"})

#: Abbreviations written with a slash.
SLASH_ABBREVIATIONS: dict[str, str] = {
    "w/o": "without",
    "W/O": "without",
    "c/o": "care of",
    "C/O": "care of",
    "n/a": "not applicable",
    "N/A": "not applicable",
    "b/c": "because",
    "a/c": "air conditioning",
    "A/C": "air conditioning",
    "P/E": "P E",
    "I/O": "I O",
}

#: Words before a score written with a slash ("rated 4/5"): read "four out of five".
RATING_CUES: frozenset[str] = frozenset(
    {"rated", "rating", "rate", "score", "scored", "scores", "verdict", "gave", "gives", "got"}
    | {"earns", "earned", "gets", "scoring"}
)

#: Words after a score written with a slash ("4/5 stars").
RATING_FOLLOWERS: frozenset[str] = frozenset({"stars", "star", "rating", "score", "points"})
