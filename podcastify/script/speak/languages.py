"""Numbers in a language other than English, said through num2words in that language.

An article in French or German goes through the language-neutral steps and this one only,
so it never hears an English word: "le 14 juillet 1789" becomes "le quatorze juillet mille
sept cent quatre-vingt-neuf". Separators ("1.500", "3,14") follow the language's locale.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from podcastify.patterns import compiled
from podcastify.script.speak.context import apart, previous_word
from podcastify.script.speak.numbers import (
    MAX_CARDINAL_DIGITS,
    language_base,
    num2words_language,
    say_year,
)
from podcastify.script.speak.words.languages import (
    DOT_ORDINAL_LANGUAGES,
    FIRST_DAY_ORDINALS,
    ORDINAL_ENDINGS_AFTER,
    ORDINAL_SUFFIXES,
)

_YEAR_RANGE = range(1000, 2100)


def _separators(language: str) -> tuple[str, str]:
    """The locale's (decimal, group) symbols; English ones when Babel does not know it."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return ".", ","
    return get_decimal_symbol(locale), get_group_symbol(locale)


def month_names(language: str) -> tuple[str, ...]:
    """The language's month names, wide and abbreviated, in every case Babel gives."""
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_month_names

    try:
        locale = Locale.parse(language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return ()
    names: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            names.update(get_month_names(width, context, locale).values())
    return tuple(sorted(names, key=len, reverse=True))


def _number_pattern(decimal: str, group: str) -> str:
    """A written number in the locale: "1.500,25" in German, "1 500,25" in French."""
    group_re = r"[ \u00a0\u202f]" if group.isspace() else re.escape(group)
    fraction = rf"(?:{re.escape(decimal)}\d+)?"
    return rf"\d{{1,3}}(?:{group_re}\d{{3}})+{fraction}|\d+{fraction}"


@lru_cache(maxsize=16)
def numbers_in(language: str) -> Callable[[str], str]:
    """The normaliser that says every number of ``language`` in ``language``."""
    from num2words import num2words  # every language it knows: only when one is asked for

    lang = num2words_language(language)
    base = language_base(language)
    decimal, group = _separators(language)
    months = "|".join(re.escape(name) for name in month_names(language)) or r"(?!)"
    suffixes = "|".join(re.escape(s) for s in ORDINAL_SUFFIXES.get(base, ()))
    dot_ordinal = base in DOT_ORDINAL_LANGUAGES
    first_day = FIRST_DAY_ORDINALS.get(base, "")
    inflecting_words, ending = ORDINAL_ENDINGS_AFTER.get(base, (frozenset(), ""))
    number = _number_pattern(decimal, group)
    suffix = rf"(?P<suffix>(?:{suffixes})(?!\w))?" if suffixes else r"(?P<suffix>(?!))?"
    token = compiled(rf"(?<![\w.,])(?P<num>{number}){suffix}")
    range_re = compiled(r"(?<=\d)\s?[–-]\s?(?=\d)")
    dot_ordinal_re = compiled(r"(?<![\w.,])(?P<num>\d{1,3})\.(?=\s+\S)")
    first_day_re = compiled(rf"(?<![\w.,])1(?=\s+(?:{months})(?!\w))")

    def say(text: str, *, ordinal: bool = False) -> str:
        whole, is_decimal, fraction = text.partition(decimal)
        whole = re.sub(r"\D", "", whole)
        if is_decimal:
            from decimal import Decimal  # with num2words, which needs it anyway

            return num2words(Decimal(f"{whole}.{fraction}"), lang=lang)
        if len(whole) > MAX_CARDINAL_DIGITS:
            return " ".join(num2words(int(digit), lang=lang) for digit in whole)
        value = int(whole)
        if ordinal:
            try:
                return num2words(value, lang=lang, to="ordinal")
            except (AttributeError, NotImplementedError):
                return num2words(value, lang=lang)
        if whole == text and len(text) == 4 and value in _YEAR_RANGE:
            return say_year(value, language)
        return num2words(value, lang=lang)

    def dotted(match: re.Match[str]) -> str:
        spoken = say(match.group("num"), ordinal=True)
        if previous_word(match.string, match.start()).lower() in inflecting_words:
            spoken += ending
        return spoken

    def expand_numbers_in_language(text: str) -> str:
        if lang is None:
            return text
        text = range_re.sub(" – ", text)  # "1914–1918": a pause between the two numbers
        if first_day:
            text = first_day_re.sub(first_day, text)
        if dot_ordinal:
            text = dot_ordinal_re.sub(dotted, text)

        def replace(match: re.Match[str]) -> str:
            return apart(match, say(match.group("num"), ordinal=bool(match.group("suffix"))))

        return token.sub(replace, text)

    expand_numbers_in_language.__name__ = f"expand_numbers_{base}"
    expand_numbers_in_language.__qualname__ = expand_numbers_in_language.__name__
    expand_numbers_in_language.__doc__ = f"Say every number as words in {language!r}, by num2words."
    return expand_numbers_in_language
