"""Fraction denominators and the measures a fraction can be of.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

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
