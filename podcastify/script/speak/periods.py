"""Quarters, halves and fiscal years as business news writes them: "Q3 2023" is "Q three
twenty twenty-three", "3Q23" the same, "FY2024" "fiscal year twenty twenty-four", "YoY"
"year over year"."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation
from podcastify.script.speak.numbers import DIGIT_WORDS, say_year, two_digit_year
from podcastify.script.speak.words.periods import PERIOD_ABBREVIATIONS

_ABBREVIATION_RE = compiled(rf"(?<![\w/])(?:{alternation(PERIOD_ABBREVIATIONS)})(?![\w/])")
_YEAR = r"(?:(?P<year>(?:19|20)\d\d)|'?(?P<short>\d\d))"
_LETTER_FIRST_RE = compiled(rf"\b(?P<letter>[QH])(?P<n>[1-4])(?:\s?{_YEAR})?(?![\w])")
_NUMBER_FIRST_RE = compiled(rf"\b(?P<n>[1-4])(?P<letter>[QH])(?:\s?{_YEAR})?(?![\w])")
_FISCAL_RE = compiled(rf"\bFY\s?{_YEAR}(?![\w])")


def _year(match: re.Match[str]) -> str:
    if match.group("year"):
        return say_year(int(match.group("year")))
    if match.group("short"):
        return say_year(two_digit_year(match.group("short")))
    return ""


def _period(match: re.Match[str]) -> str:
    letter, number = match.group("letter"), int(match.group("n"))
    if letter == "H" and number > 2:
        return match.group(0)
    spoken = f"{letter} {DIGIT_WORDS[number]}"
    year = _year(match)
    return f"{spoken} {year}" if year else spoken


def expand_periods(text: str) -> str:
    """Say quarters and fiscal years: "Q3 2023", "3Q23", "H1", "FY2024", "YoY", "YTD"."""
    text = _ABBREVIATION_RE.sub(lambda m: PERIOD_ABBREVIATIONS[m.group(0)], text)
    text = _FISCAL_RE.sub(lambda m: f"fiscal year {_year(m)}", text)
    text = _LETTER_FIRST_RE.sub(_period, text)
    return _NUMBER_FIRST_RE.sub(_period, text)
