"""How numbers are written in languages other than English, for the num2words step.

Plain data for :mod:`podcastify.script.speak.languages`; month names and number
separators come from the locale data of Babel, so only what it lacks is listed here.
"""

from __future__ import annotations

#: Letters written after a number that make it an ordinal ("1er", "2e", "3ème", "5º").
ORDINAL_SUFFIXES: dict[str, tuple[str, ...]] = {
    "fr": ("er", "re", "ère", "ème", "eme", "e"),
    "es": ("º", "ª", "er", "o", "a"),
    "it": ("º", "ª", "°"),
    "pt": ("º", "ª", "o", "a"),
    "ca": ("r", "n", "t", "è", "a"),
    "nl": ("ste", "de", "e"),
    "sv": (":a", ":e"),
}

#: Languages that write an ordinal as a number with a full stop ("am 3. Oktober").
DOT_ORDINAL_LANGUAGES: frozenset[str] = frozenset(
    {"de", "da", "no", "nb", "fi", "cs", "sk", "sl", "hu", "pl", "tr", "lv", "is", "sr"}
)

#: Languages that say the first day of a month as an ordinal and the other days as
#: cardinals ("le premier mars", "le deux mars"), with the word for that first day.
FIRST_DAY_ORDINALS: dict[str, str] = {"fr": "premier", "it": "primo"}

#: Words after which an ordinal takes an ending ("am 3. Oktober" is "am dritten Oktober").
ORDINAL_ENDINGS_AFTER: dict[str, tuple[frozenset[str], str]] = {
    "de": (frozenset({"am", "vom", "zum", "im", "beim", "den", "dem", "des", "seit"}), "n"),
}
