"""Dates in every common written form, said as a narrator says them.

:func:`say_date` is the one reading of a date: the intro's "Published March third, twenty
twenty-four" and a date in the article's text ("March 3, 2024") sound the same.
"""

from __future__ import annotations

import re
from datetime import date

from podcastify.script.speak.context import alternation
from podcastify.script.speak.languages import numbers_in
from podcastify.script.speak.numbers import is_english, ordinal, say_year
from podcastify.script.speak.words.calendar import (
    MONTH_ABBREVIATIONS,
    MONTHS,
    WEEKDAY_ABBREVIATIONS,
)

MONTH_NUMBERS = {
    **{month: number for number, month in enumerate(MONTHS, start=1)},
    **MONTH_ABBREVIATIONS,
}
_MONTH = rf"(?P<month>{alternation(MONTH_NUMBERS)})\.?"
_WEEKDAY_RE = re.compile(
    rf"\b(?P<day>{alternation(WEEKDAY_ABBREVIATIONS)})\.?(?=,?\s+(?:\d|{_MONTH}))"
)
_ISO_DATE_RE = re.compile(r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])")
_NUMERIC_DATE_RE = re.compile(
    r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/-])"
)
_DOTTED_DATE_RE = re.compile(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\w|\.\d)")
_MONTH_DAY_RE = re.compile(
    rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:])\b"
    rf"(?:,?\s+(?P<y>\d{{4}})(?![\w,.]\d))?"
)
_DAY_MONTH_RE = re.compile(
    rf"(?<![\w.,])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)"
    rf"(?:,?\s+(?P<y>\d{{4}})(?![\w,.]\d))?"
)
_MONTH_YEAR_RE = re.compile(rf"\b{_MONTH}\s+(?P<y>\d{{4}})(?![\w,.]\d)")


def month_name(number: int) -> str:
    return MONTHS[number - 1]


def _two_digit_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 50 else 1900
    return year


def _us_date(month: int, day: int, year: int | None) -> str:
    spoken = f"{month_name(month)} {ordinal(day)}"
    return f"{spoken}, {say_year(year)}" if year is not None else spoken


def _day_first_date(text: str, start: int, month: int, day: int, year: int | None) -> str:
    article = "" if text[:start].lower().endswith("the ") else "the "
    spoken = f"{article}{ordinal(day)} of {month_name(month)}"
    return f"{spoken}, {say_year(year)}" if year is not None else spoken


def write_date(when: date, language: str = "en") -> str:
    """A date as the language writes it in prose: "March 3, 2024", "3 mars 2024"."""
    if is_english(language):
        return f"{month_name(when.month)} {when.day}, {when.year}"
    from babel import UnknownLocaleError
    from babel.dates import format_date

    try:
        return format_date(when, "long", locale=language.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return f"{when.day} {when.month} {when.year}"


def say_date(when: date, language: str = "en") -> str:
    """A date as a narrator says it in ``language``: "March third, twenty twenty-four"."""
    if is_english(language):
        return _us_date(when.month, when.day, when.year)
    return numbers_in(language)(write_date(when, language))


def expand_dates(text: str) -> str:
    """Say dates as words: "04/01/2020" and "2020-04-01" -> "April first, twenty twenty"."""
    text = _WEEKDAY_RE.sub(lambda m: WEEKDAY_ABBREVIATIONS[m.group("day")], text)

    def iso(match: re.Match[str]) -> str:
        year, month, day = (int(match.group(key)) for key in ("y", "m", "d"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        return _us_date(month, day, year)

    def numeric(match: re.Match[str]) -> str:
        first, second = int(match.group("a")), int(match.group("b"))
        year = _two_digit_year(match.group("y"))
        if 1 <= first <= 12 and 1 <= second <= 31:
            return _us_date(first, second, year)
        if 1 <= second <= 12 and 1 <= first <= 31:
            return _day_first_date(match.string, match.start(), second, first, year)
        return match.group(0)

    def dotted(match: re.Match[str]) -> str:
        day, month, year = (int(match.group(key)) for key in ("d", "m", "y"))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return match.group(0)
        return _day_first_date(match.string, match.start(), month, day, year)

    def month_day(match: re.Match[str]) -> str:
        day = int(match.group("d"))
        if not 1 <= day <= 31:
            return match.group(0)
        year = int(match.group("y")) if match.group("y") else None
        return _us_date(MONTH_NUMBERS[match.group("month")], day, year)

    def day_month(match: re.Match[str]) -> str:
        day = int(match.group("d"))
        if not 1 <= day <= 31:
            return match.group(0)
        year = int(match.group("y")) if match.group("y") else None
        month = MONTH_NUMBERS[match.group("month")]
        return _day_first_date(match.string, match.start(), month, day, year)

    def month_year(match: re.Match[str]) -> str:
        month = month_name(MONTH_NUMBERS[match.group("month")])
        return f"{month} {say_year(int(match.group('y')))}"

    text = _ISO_DATE_RE.sub(iso, text)
    text = _NUMERIC_DATE_RE.sub(numeric, text)
    text = _DOTTED_DATE_RE.sub(dotted, text)
    text = _MONTH_DAY_RE.sub(month_day, text)
    text = _DAY_MONTH_RE.sub(day_month, text)
    return _MONTH_YEAR_RE.sub(month_year, text)
