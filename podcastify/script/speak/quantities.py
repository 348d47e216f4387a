"""Ordinals, fractions and every remaining number."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import apart, final_stop, previous_word
from podcastify.script.speak.numbers import NUM, cardinal, ordinal, pluralize, say_number
from podcastify.script.speak.words.fractions import (
    AN_WORDS,
    FRACTION_DENOMINATORS,
    FRACTION_MEASURES,
    OUT_OF_DENOMINATORS,
)
from podcastify.script.speak.words.units import UNITS

_ORDINAL_RE = compiled(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3}){1,9}|\d{1,30})(?:st|nd|rd|th|ST|ND|RD|TH)\b"
)


def expand_ordinals(text: str) -> str:
    """Say "1st", "22nd" and "103rd" as "first", "twenty-second", "one hundred third"."""
    return _ORDINAL_RE.sub(lambda m: ordinal(int(m.group("n").replace(",", ""))), text)


_MEASURE_AFTER = r"(?:(?P<sp>\s)(?P<noun>[A-Za-z]+)(?P<dot>\.)?(?!\w))?"
_MIXED_FRACTION_RE = compiled(
    rf"(?<![\w.,/])(?P<whole>\d{{1,30}})\s(?P<n>\d{{1,2}})/(?P<d>\d{{1,2}})"
    rf"(?![\w/]|[.,]\d){_MEASURE_AFTER}"
)
_FRACTION_RE = compiled(
    rf"(?<![\w.,/])(?P<n>\d{{1,3}})/(?P<d>\d{{1,3}})(?![\w/]|[.,]\d){_MEASURE_AFTER}"
)


_DETERMINERS = frozenset({"a", "an", "the", "this", "that", "each", "every", "per"})


def _fraction_words(numerator: int, denominator: int) -> str:
    singular, plural = FRACTION_DENOMINATORS[denominator]
    return f"{cardinal(numerator)} {singular if numerator == 1 else plural}"


def _article(noun: str) -> str:
    return "an" if noun[:1] in "aeiou" or noun in AN_WORDS else "a"


def _measure(match: re.Match[str]) -> tuple[str, str] | None:
    """The (singular, plural) measure after a fraction: "cup", or "tsp." as "teaspoon"."""
    noun = match.group("noun")
    if noun in UNITS and noun.islower() and len(noun) > 1:
        return UNITS[noun]
    if noun in FRACTION_MEASURES:
        return noun, noun
    return None


def _rest_of(match: re.Match[str]) -> str:
    """The word after a fraction, given back unchanged when it is not a measure."""
    if match.group("noun") is None:
        return ""
    return f"{match.group('sp')}{match.group('noun')}{match.group('dot') or ''}"


def expand_fractions(text: str) -> str:
    """Say fractions: "1/2" -> "one half", "2 1/2" -> "two and a half", "24/7", "9/10"."""

    def mixed(match: re.Match[str]) -> str:
        whole, numerator, denominator = (int(match.group(key)) for key in ("whole", "n", "d"))
        if denominator not in FRACTION_DENOMINATORS or not 0 < numerator < denominator:
            return match.group(0)
        if numerator == 1:
            part = f"a {FRACTION_DENOMINATORS[denominator][0]}"
        else:
            part = _fraction_words(numerator, denominator)
        spoken = f"{cardinal(whole)} and {part}"
        measure = _measure(match)
        if measure is None or match.group("noun") in FRACTION_MEASURES:
            return spoken + _rest_of(match)
        return f"{spoken} {measure[1]}{final_stop(match)}"

    def simple(match: re.Match[str]) -> str:
        numerator, denominator = int(match.group("n")), int(match.group("d"))
        first, second = match.group("n"), match.group("d")
        rest = _rest_of(match)
        if denominator in FRACTION_DENOMINATORS and 0 < numerator < denominator:
            measure = _measure(match)
            if measure is None:
                return _fraction_words(numerator, denominator) + rest
            noun = measure[0]
            name = FRACTION_DENOMINATORS[denominator][0]
            if (
                numerator == 1
                and previous_word(match.string, match.start()).lower() in _DETERMINERS
            ):
                return f"{name} {noun}{final_stop(match)}"  # "a 1/4 mile track": "a quarter mile"
            if numerator > 1:
                spoken = f"{_fraction_words(numerator, denominator)} of {_article(noun)}"
            elif denominator == 2:
                spoken = f"half {_article(noun)}"
            else:
                spoken = f"{_article(name)} {name} of {_article(noun)}"
            return f"{spoken} {noun}{final_stop(match)}"
        if denominator in OUT_OF_DENOMINATORS and numerator <= denominator:
            return f"{cardinal(numerator)} out of {cardinal(denominator)}{rest}"
        if first == second:
            return f"{say_number(first)}-{say_number(second)}{rest}"  # "50/50" -> "fifty-fifty"
        return f"{say_number(first)} {say_number(second)}{rest}"  # "24/7", "9/11"

    text = _MIXED_FRACTION_RE.sub(mixed, text)
    return _FRACTION_RE.sub(simple, text)


_NUMBER_RE = compiled(rf"(?P<num>{NUM})(?:(?P<plural>'?s\b)|(?P<agent>ers\b))?")


def expand_numbers(text: str) -> str:
    """Say every remaining number as words: "1,000,000" -> "one million", "3.14" too."""

    def replace(match: re.Match[str]) -> str:
        spoken = say_number(match.group("num"))
        if match.group("plural"):
            spoken = pluralize(spoken.removeprefix("one "))  # "100s" -> "hundreds"
        elif match.group("agent"):
            spoken += "rs" if spoken.endswith("e") else "ers"  # "49ers" -> "forty-niners"
        return apart(match, spoken)

    return _NUMBER_RE.sub(replace, text)
