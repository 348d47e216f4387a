"""Slashes: "$9.99/mo" is "nine dollars and ninety-nine cents a month", "$4/gallon" "four
dollars per gallon", "rated 4.5/5" "four point five out of five", "w/o" "without", "the 2023/24
season" two years. Slash dates are read by :mod:`.dates`, fractions by :mod:`.quantities`."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, final_stop, next_word, previous_word
from podcastify.script.speak.numbers import NUM, pair_words, say_number, say_year
from podcastify.script.speak.words.slashes import (
    PER_UNITS,
    RATING_CUES,
    RATING_FOLLOWERS,
    SLASH_ABBREVIATIONS,
    TIME_UNITS,
)

_PER = alternation(PER_UNITS)
_PER_AFTER_AMOUNT_RE = compiled(
    rf"(?<=\d)(?P<mag>\s?(?:thousand|million|billion)|[kK]|bn)?\s?/\s?(?P<per>{_PER})"
    rf"(?P<dot>\.)?(?![\w/])"
)
_PER_ANY_WORD_RE = compiled(r"(?<=\d)\s?/\s?(?P<word>[a-z]{3,12})\b(?!/)")
_PER_AFTER_NOUN_RE = compiled(rf"\b(?P<noun>[a-z]{{3,}}s)/(?P<per>{_PER})(?![\w/])")
_ABBREVIATION_RE = compiled(rf"(?<![\w/])(?:{alternation(SLASH_ABBREVIATIONS)})(?![\w/])")
_RATING_RE = compiled(rf"(?<![\w.,/])(?P<a>{NUM})\s?/\s?(?P<b>5|10|20|100)(?![\w/]|[.,]\d)")
_WORD_THEN_NUMBER_RE = compiled(r"(?<=[a-z])/(?=\d)")  # "25 mpg city/32 highway"
_SEASON_RE = compiled(r"(?<![\w/])(?P<y>(?:19|20)\d\d)/(?P<yy>\d\d)(?![\w/])")


def _per(unit: str) -> str:
    """ "a month" for a unit of time, "per gallon" for anything else."""
    spoken = PER_UNITS[unit]
    if spoken in TIME_UNITS:
        return f"{'an' if spoken == 'hour' else 'a'} {spoken}"
    return f"per {spoken}"


def expand_slashes(text: str) -> str:
    """Say what a slash means: "a month", "per gallon", "out of five", "without", two years."""
    text = _ABBREVIATION_RE.sub(lambda m: SLASH_ABBREVIATIONS[m.group(0)], text)

    text = _PER_AFTER_AMOUNT_RE.sub(
        lambda m: f"{m.group('mag') or ''} {_per(m.group('per'))}{final_stop(m)}", text
    )
    text = _PER_ANY_WORD_RE.sub(lambda m: f" per {m.group('word')}", text)  # "$2/bushel"
    text = _PER_AFTER_NOUN_RE.sub(lambda m: f"{m.group('noun')} {_per(m.group('per'))}", text)

    def rating(match: re.Match[str]) -> str:
        first, second = match.group("a"), match.group("b")
        before = previous_word(match.string, match.start()).lower()
        after = next_word(match.string, match.end()).lower()
        is_rating = "." in first or before in RATING_CUES or after in RATING_FOLLOWERS
        if not is_rating or float(first.replace(",", "")) > float(second):
            return match.group(0)
        return f"{say_number(first)} out of {say_number(second)}"

    text = _RATING_RE.sub(rating, text)

    def season(match: re.Match[str]) -> str:
        year, short = int(match.group("y")), match.group("yy")
        if (year + 1) % 100 != int(short):
            return match.group(0)
        return f"{say_year(year)} to {pair_words(short)}"

    text = _SEASON_RE.sub(season, text)
    return _WORD_THEN_NUMBER_RE.sub(", ", text)
