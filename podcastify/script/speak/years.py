"""Years, decades and ranges, told apart from counts by their context."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import is_plural_noun, next_word, previous_word
from podcastify.script.speak.numbers import (
    NUM,
    cardinal,
    pair_words,
    pluralize,
    say_number,
    say_year,
)
from podcastify.script.speak.words.calendar import (
    ERA_MARKERS,
    QUANTITY_CUES,
    YEAR_CUES,
)

_DECADE_RE = compiled(r"(?<![\w.,$])(?P<year>1[1-9]\d0|20\d0)'?s\b")
_SHORT_DECADE_RE = compiled(r"(?<![\w.,$])(?P<apostrophe>')?(?P<tens>\d)0'?s\b")


_DECADE_RANGE_RE = compiled(r"(?<=s)\s?[–-]\s?(?=(?:'?\d0'?s|1[1-9]\d0'?s|20\d0'?s)\b)")


def expand_decades(text: str) -> str:
    """Say decades: "the 1990s" -> "the nineteen nineties", "the '90s" -> "the nineties"."""
    text = _DECADE_RANGE_RE.sub(" to ", text)  # "1970s-90s": "seventies to nineties"
    text = _DECADE_RE.sub(lambda m: pluralize(say_year(int(m.group("year")))), text)

    def short(match: re.Match[str]) -> str:
        tens = int(match.group("tens"))
        if tens == 0:
            return "two thousands" if match.group("apostrophe") else match.group(0)
        return pluralize(cardinal(tens * 10))

    return _SHORT_DECADE_RE.sub(short, text)


def _is_year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1000 <= int(text) <= 2099


def _counts_not_years(text: str, start: int, end: int) -> bool:
    """Decide whether the number at ``text[start:end]`` counts things rather than naming a year.

    "in 2019 there were 2019 cases": a year after "in", a count before a plural noun.
    """
    before = previous_word(text, start)
    after = next_word(text, end)
    if after in ERA_MARKERS or before in ERA_MARKERS:
        return False
    if before.lower() in QUANTITY_CUES:
        return True
    if before.lower() in YEAR_CUES:
        return False
    if text[end : end + 1] == "-":  # "a 1500-word essay"
        return True
    return is_plural_noun(after)


_RANGE_RE = compiled(
    rf"(?<![\w.,/-])(?P<a>{NUM})(?:\s?[–-]\s?|\s[–-]\s)(?P<b>{NUM})(?![\w/]|[.,]\d|-\d)"
)


def expand_ranges(text: str) -> str:
    """Say number ranges with "to": "10-20" -> "ten to twenty", "1939–1945" as two years."""

    def replace(match: re.Match[str]) -> str:
        first, second = match.group("a"), match.group("b")
        if first == second:
            return f"{say_number(first)}-{say_number(second)}"  # "50-50" -> "fifty-fifty"
        joiner = "and" if previous_word(match.string, match.start()) == "between" else "to"
        if _is_year_like(first) and not _counts_not_years(match.string, match.start(), match.end()):
            if _is_year_like(second) and int(second) > int(first):
                return f"{say_year(int(first))} {joiner} {say_year(int(second))}"
            if len(second) == 2 and second.isdigit():
                return f"{say_year(int(first))} {joiner} {pair_words(second)}"  # "2019-20"
        return f"{say_number(first)} {joiner} {say_number(second)}"

    return _RANGE_RE.sub(replace, text)


_YEAR_RE = compiled(r"(?<![\w.,])(?P<year>1\d{3}|20\d{2})(?!\w|[.,]\d)")
_SHORT_YEAR_RE = compiled(r"(?<![\w'])'(?P<yy>\d{2})(?![\w'])")


def expand_years(text: str) -> str:
    """Say a four-digit number as a year ("in 1882") unless it counts things ("1882 votes")."""

    def replace(match: re.Match[str]) -> str:
        if _counts_not_years(match.string, match.start(), match.end()):
            return match.group(0)  # left for expand_numbers
        return say_year(int(match.group("year")))

    text = _YEAR_RE.sub(replace, text)
    return _SHORT_YEAR_RE.sub(lambda m: pair_words(m.group("yy")), text)  # "'08" -> "oh eight"
