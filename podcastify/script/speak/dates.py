"""Dates in every common written form, said as a narrator says them.

:func:`say_date` is the one reading of a date: the intro's "Published March third, twenty
twenty-four" and a date in the article's text ("March 3, 2024") sound the same.
"""

from __future__ import annotations

import re
from datetime import date

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, final_stop, previous_word
from podcastify.script.speak.languages import numbers_in
from podcastify.script.speak.numbers import is_english, ordinal, say_year, two_digit_year
from podcastify.script.speak.words.calendar import (
    DATE_CUES,
    MONTH_ABBREVIATIONS,
    MONTHS,
    SLASH_NAMES,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)

MONTH_NUMBERS = {
    **{month: number for number, month in enumerate(MONTHS, start=1)},
    **MONTH_ABBREVIATIONS,
}
_ANY_CASE_MONTHS = {
    **MONTH_NUMBERS,
    **{name.upper(): number for name, number in MONTH_NUMBERS.items()},  # "OCT. 3", "FEB 28"
}
_MONTH = rf"(?P<month>{alternation(_ANY_CASE_MONTHS)})\.?"
_MONTH2 = rf"(?P<month2>{alternation(_ANY_CASE_MONTHS)})\.?"
_WEEKDAYS = {
    **WEEKDAY_ABBREVIATIONS,
    **{abbr.upper(): day for abbr, day in WEEKDAY_ABBREVIATIONS.items()},
}
_WEEKDAY_RE = compiled(
    rf"\b(?P<day>{alternation(_WEEKDAYS)})\.?(?=,?\s+(?:\d|{_MONTH}))"
    rf"|\b(?P<stopped>{alternation(WEEKDAY_ABBREVIATIONS)})\.(?!\w)"
)
_ISO_DATE_RE = compiled(
    r"(?<![\w/.-])(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})"
    r"(?:T(?P<time>\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?P<utc>Z)?)?(?![\w/-]|\.\d)"
)
_NUMERIC_DATE_RE = compiled(
    r"(?<![\w/.-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\w/-])"
)
_DOTTED_DATE_RE = compiled(r"(?<![\w.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?!\w|\.\d)")
_SHORT_DATE_RANGE_RE = compiled(
    r"(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})\s?[–-]\s?(?P<c>\d{1,2})/(?P<d>\d{1,2})(?![\w/]|[.,]\d)"
)
_WEEKDAY_RANGE_RE = compiled(
    rf"\b(?P<first>{alternation(WEEKDAY_ABBREVIATIONS)})\.?\s?(?P<join>[–-]|&|and|/)\s?"
    rf"(?P<last>{alternation(WEEKDAY_ABBREVIATIONS)})\b\.?"
)
_SHORT_DATE_RE = compiled(r"(?<![\w/.,-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.,]\d)")
_DASHED_MONTH_RE = compiled(
    rf"\b{_MONTH}-(?P<d>\d{{1,2}})-(?P<y>\d{{4}})\b"
    rf"|(?<![\w.-])(?P<d2>\d{{1,2}})-{_MONTH2}-(?P<y2>\d{{4}}|\d{{2}})\b"
)
_ACROSS_MONTHS_RE = compiled(
    rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})\s?[–-]\s?{_MONTH2}\s+(?P<d2>\d{{1,2}})\b(?:,?\s+(?P<y>\d{{4}}))?"
)
_WEEKDAY_LETTERS_RE = compiled(r"\bM\s?[–-]\s?F\b")
_MONTH_RANGE_RE = compiled(rf"\b{_MONTH}\s?[–-]\s?{_MONTH2}(?!\w)")
_MONTH_DAY_RE = compiled(
    rf"\b{_MONTH}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s?[–-]\s?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"(?![\d:])\b(?:,?\s+(?P<y>\d{{4}})(?![\w,.]\d))?"
)
_DAY_MONTH_RE = compiled(
    rf"(?<![\w.,])(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?!\w)"
    rf"(?:,?\s+(?P<y>\d{{4}})(?![\w,.]\d))?"
)
_MONTH_YEAR_RE = compiled(rf"\b{_MONTH}\s+(?P<y>\d{{4}})(?![\w,.]\d)")


def month_name(number: int) -> str:
    return MONTHS[number - 1]


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


def _valid(month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= 31


def _iso(match: re.Match[str]) -> str:
    """ "2020-04-01", "2021-3-7", "2019/11/05", "2024-06-05T14:30Z"."""
    year, month, day = (int(match.group(key)) for key in ("y", "m", "d"))
    if not _valid(month, day):
        return match.group(0)
    spoken = _us_date(month, day, year)
    if match.group("time"):
        spoken += f" at {match.group('time')}" + (" UTC" if match.group("utc") else "")
    return spoken


def _numeric(match: re.Match[str]) -> str:
    """ "04/01/2020", "5/6/22": month first, unless only day first makes a date."""
    first, second = int(match.group("a")), int(match.group("b"))
    year = two_digit_year(match.group("y"))
    if _valid(first, second):
        return _us_date(first, second, year)
    if _valid(second, first):
        return _day_first_date(match.string, match.start(), second, first, year)
    return match.group(0)


def _dotted(match: re.Match[str]) -> str:
    """ "10.5.2024" is day first; "12.25.2020" can only be month first."""
    day, month, year = (int(match.group(key)) for key in ("d", "m", "y"))
    if _valid(month, day):
        return _day_first_date(match.string, match.start(), month, day, year)
    if _valid(day, month):
        return _us_date(day, month, year)
    return match.group(0)


def _short(match: re.Match[str]) -> str:
    """ "on 1/4" is a date when a word such as "on" or "due" says so; "1/4 cup" is not."""
    first, second = int(match.group("a")), int(match.group("b"))
    cue = previous_word(match.string, match.start())
    if match.group(0) in SLASH_NAMES or not _valid(first, second):
        return match.group(0)
    if cue.lower() in DATE_CUES or cue in WEEKDAYS:
        return _us_date(first, second, None)
    return match.group(0)


def _short_range(match: re.Match[str]) -> str:
    """ "12/24–12/26": two short dates joined by a dash are always dates."""
    first, second, third, fourth = (int(match.group(key)) for key in "abcd")
    if not (_valid(first, second) and _valid(third, fourth)):
        return match.group(0)
    return f"{_us_date(first, second, None)} to {_us_date(third, fourth, None)}"


def _weekday_range(match: re.Match[str]) -> str:
    """ "Mon–Fri" -> "Monday to Friday", "Sat & Sun" -> "Saturday and Sunday"."""
    joiner = "to" if match.group("join") in "–-" else "and"
    first, last = (WEEKDAY_ABBREVIATIONS[match.group(key)] for key in ("first", "last"))
    return f"{first} {joiner} {last}{final_stop(match)}"


def _dashed_month(match: re.Match[str]) -> str:
    """ "Mar-03-2021" and "03-Mar-2021"."""
    if match.group("month"):
        month, day, year = match.group("month"), int(match.group("d")), int(match.group("y"))
        return _us_date(_ANY_CASE_MONTHS[month], day, year) if 1 <= day <= 31 else match.group(0)
    month, day = match.group("month2"), int(match.group("d2"))
    year = two_digit_year(match.group("y2"))
    if not 1 <= day <= 31:
        return match.group(0)
    return _day_first_date(match.string, match.start(), _ANY_CASE_MONTHS[month], day, year)


def _month_day(match: re.Match[str]) -> str:
    """ "March 3, 2021", "OCT. 3", "March 3–5"."""
    day = int(match.group("d"))
    last = int(match.group("d2")) if match.group("d2") else None
    if not 1 <= day <= 31 or (last is not None and not day < last <= 31):
        return match.group(0)
    year = int(match.group("y")) if match.group("y") else None
    month = _ANY_CASE_MONTHS[match.group("month")]
    if last is None:
        return _us_date(month, day, year)
    spoken = f"{month_name(month)} {ordinal(day)} to {ordinal(last)}"
    return f"{spoken}, {say_year(year)}" if year is not None else spoken


def _day_month(match: re.Match[str]) -> str:
    """ "3 March 2021", "the 3rd of March"."""
    day = int(match.group("d"))
    if not 1 <= day <= 31:
        return match.group(0)
    year = int(match.group("y")) if match.group("y") else None
    month = _ANY_CASE_MONTHS[match.group("month")]
    return _day_first_date(match.string, match.start(), month, day, year)


def _across_months(match: re.Match[str]) -> str:
    """ "Sept. 30–Oct. 2, 2024" -> "September thirtieth to October second, twenty twenty-four"."""
    first = _ANY_CASE_MONTHS[match.group("month")], int(match.group("d"))
    last = _ANY_CASE_MONTHS[match.group("month2")], int(match.group("d2"))
    if not (1 <= first[1] <= 31 and 1 <= last[1] <= 31):
        return match.group(0)
    year = int(match.group("y")) if match.group("y") else None
    return f"{_us_date(*first, None)} to {_us_date(*last, year)}"


def _month_range(match: re.Match[str]) -> str:
    first, second = (_ANY_CASE_MONTHS[match.group(key)] for key in ("month", "month2"))
    return f"{month_name(first)} to {month_name(second)}"


def _month_year(match: re.Match[str]) -> str:
    month = month_name(_ANY_CASE_MONTHS[match.group("month")])
    return f"{month} {say_year(int(match.group('y')))}"


def _weekday(match: re.Match[str]) -> str:
    """ "Wed, 04/01/2020", "FRI. MAY 10", or "met Tues." with its stop."""
    if match.group("day"):
        return _WEEKDAYS[match.group("day")]
    return WEEKDAY_ABBREVIATIONS[match.group("stopped")] + final_stop(match)


def expand_dates(text: str) -> str:
    """Say dates as words: "04/01/2020" and "2020-04-01" -> "April first, twenty twenty"."""
    text = _WEEKDAY_RANGE_RE.sub(_weekday_range, text)
    text = _WEEKDAY_RE.sub(_weekday, text)
    text = _ISO_DATE_RE.sub(_iso, text)
    text = _NUMERIC_DATE_RE.sub(_numeric, text)
    text = _DOTTED_DATE_RE.sub(_dotted, text)
    text = _SHORT_DATE_RANGE_RE.sub(_short_range, text)
    text = _SHORT_DATE_RE.sub(_short, text)
    text = _DASHED_MONTH_RE.sub(_dashed_month, text)
    text = _WEEKDAY_LETTERS_RE.sub("Monday to Friday", text)
    text = _ACROSS_MONTHS_RE.sub(_across_months, text)
    text = _MONTH_RANGE_RE.sub(_month_range, text)
    text = _MONTH_DAY_RE.sub(_month_day, text)
    text = _DAY_MONTH_RE.sub(_day_month, text)
    return _MONTH_YEAR_RE.sub(_month_year, text)
