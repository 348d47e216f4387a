"""Measurements: units, dimensions, multiples, heights."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, final_stop, next_word
from podcastify.script.speak.money import is_modifier
from podcastify.script.speak.numbers import NUM, cardinal, is_one, say_number
from podcastify.script.speak.words.money import NOT_MODIFIED
from podcastify.script.speak.words.units import (
    CASE_SENSITIVE_UNITS,
    NOT_UNIT_NOUNS,
    PER_UNIT_SYMBOLS,
    UNITS,
)

_DIMENSIONS_RE = compiled(rf"(?<![\w.,])(?P<a>{NUM})\s?[x×]\s?(?={NUM}(?![.,]?\d))")
_TIMES_RE = compiled(rf"(?<![\w.,])(?P<a>{NUM})[x×](?!\w)")
_HEIGHT_RE = compiled(r"(?<![\w'])(?P<ft>\d)'\s?(?P<in>\d{1,2})(?:\"|'')?(?![\w'])")


def expand_multiplication(text: str) -> str:
    """Say "2x4" as "two by four", "10x" as "ten times" and 6'2" as "six foot two"."""
    text = _DIMENSIONS_RE.sub(lambda m: f"{say_number(m.group('a'))} by ", text)
    text = _TIMES_RE.sub(lambda m: f"{say_number(m.group('a'))} times", text)
    return _HEIGHT_RE.sub(
        lambda m: f"{cardinal(int(m.group('ft')))} foot {cardinal(int(m.group('in')))}", text
    )


_SPELLINGS = {
    **{
        variant: key
        for key in UNITS
        if key not in CASE_SENSITIVE_UNITS
        for variant in (key.upper(), key.capitalize(), key.lower())
        if variant not in UNITS
    },
    **{key: key for key in UNITS},
}
_UNIT_RE = compiled(
    rf"(?<![\w.,/])(?P<a>{NUM})(?:\s?[-–]\s?(?P<b>{NUM}))?"
    rf"(?:\s(?P<mag>thousand|million|billion))?(?P<sep>\s|-)?"
    rf"(?P<unit>{alternation(_SPELLINGS)})(?:/(?P<per>{alternation(PER_UNIT_SYMBOLS)}))?"
    rf"(?:(?P<next>/)(?=\d)|(?![\w²³/]))"
)
_MAGNITUDE_SUFFIX_RE = compiled(rf"(?<![\w.,$£€¥])(?P<n>{NUM})(?P<mag>M|B|bn|mn)\b(?![.,]\d)")
_MAGNITUDE_WORDS = {"M": "million", "mn": "million", "B": "billion", "bn": "billion"}
_INCH_MARK_RE = compiled(rf'(?<![\w.,"])(?P<n>{NUM})"(?=[\s.,;:)]|$)')
_FEET_INCHES_RE = compiled(
    r"(?<![\w.,])(?P<ft>\d{1,2})\s?(?:ft\.?|feet|foot|')\s?(?P<in>\d{1,2})\s?(?:in\.?|inches|\")(?!\w)"
)


def expand_units(text: str) -> str:
    """Say measurements: "5 km" -> "five kilometers", "20°C" -> "twenty degrees Celsius"."""

    def replace(match: re.Match[str]) -> str:
        singular, plural = UNITS[_SPELLINGS[match.group("unit")]]
        amount, upper, magnitude = match.group("a"), match.group("b"), match.group("mag")
        modifier = match.group("sep") == "-" or is_modifier(match) or _glued_modifier(match)
        spoken = say_number(amount)
        if upper:
            spoken += f" to {say_number(upper)}"
        if magnitude:
            spoken += f" {magnitude}"
        one = is_one(amount) and not upper and not magnitude
        unit = singular if modifier or one else plural
        if match.group("per"):
            unit += f" per {PER_UNIT_SYMBOLS[match.group('per')]}"
        joined = ", " if match.group("next") else ""  # "3BR/2BA": "three bedrooms, two baths"
        return f"{spoken} {unit}{joined}{final_stop(match)}"

    text = _MAGNITUDE_SUFFIX_RE.sub(_magnitude, text)
    text = _FEET_INCHES_RE.sub(_feet_and_inches, text)
    if text.count('"') % 2:  # an unpaired " after a number is an inch mark: 'a 65" TV'
        text = _INCH_MARK_RE.sub(_inches, text)
    paired = _UNIT_RE.sub(replace, text)
    return paired if paired == text else _UNIT_RE.sub(replace, paired)  # the unit after a "/"


def _magnitude(match: re.Match[str]) -> str:
    """ "2.1M users" -> "two point one million users"; "Plan 5B" is a code, left alone."""
    after = next_word(match.string, match.end())
    if "." not in match.group("n") and not after.islower():
        return match.group(0)
    return f"{say_number(match.group('n'))} {_MAGNITUDE_WORDS[match.group('mag')]}"


def _inches(match: re.Match[str]) -> str:
    """'a 65" TV' -> "sixty-five inch TV"; 'it is 65"' -> "sixty-five inches"."""
    after = next_word(match.string, match.end())
    noun = bool(after) and after not in NOT_MODIFIED and after not in NOT_UNIT_NOUNS
    return f"{say_number(match.group('n'))} {'inch' if noun else 'inches'}"


def _glued_modifier(match: re.Match[str]) -> bool:
    """ "the 65W charger": a number glued to its unit before a noun describes the noun."""
    after = next_word(match.string, match.end())
    if match.group("sep") is not None or match.group("unit").startswith("°"):
        return False
    return after.islower() and after not in NOT_MODIFIED and after not in NOT_UNIT_NOUNS


def _feet_and_inches(match: re.Match[str]) -> str:
    """ "6 ft 2 in" -> "six feet two inches"."""
    feet, inches = int(match.group("ft")), int(match.group("in"))
    feet_word = "foot" if feet == 1 else "feet"
    inch_word = "inch" if inches == 1 else "inches"
    return f"{cardinal(feet)} {feet_word} {cardinal(inches)} {inch_word}"
