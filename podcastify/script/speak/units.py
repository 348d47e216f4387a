"""Measurements: units, dimensions, multiples, heights."""

from __future__ import annotations

import re

from podcastify.script.speak.context import alternation, final_stop
from podcastify.script.speak.money import is_modifier
from podcastify.script.speak.numbers import NUM, cardinal, is_one, say_number
from podcastify.script.speak.words.units import UNITS

_DIMENSIONS_RE = re.compile(rf"(?<![\w.,])(?P<a>{NUM})\s?[x×]\s?(?={NUM}(?![.,]?\d))")
_TIMES_RE = re.compile(rf"(?<![\w.,])(?P<a>{NUM})[x×](?!\w)")
_HEIGHT_RE = re.compile(r"(?<![\w'])(?P<ft>\d)'\s?(?P<in>\d{1,2})(?:\"|'')?(?![\w'])")


def expand_multiplication(text: str) -> str:
    """Say "2x4" as "two by four", "10x" as "ten times" and 6'2" as "six foot two"."""
    text = _DIMENSIONS_RE.sub(lambda m: f"{say_number(m.group('a'))} by ", text)
    text = _TIMES_RE.sub(lambda m: f"{say_number(m.group('a'))} times", text)
    return _HEIGHT_RE.sub(
        lambda m: f"{cardinal(int(m.group('ft')))} foot {cardinal(int(m.group('in')))}", text
    )


_UNIT_RE = re.compile(
    rf"(?<![\w.,/])(?P<a>{NUM})(?:\s?[-–]\s?(?P<b>{NUM}))?(?P<sep>\s|-)?"
    rf"(?P<unit>{alternation(UNITS)})(?![\w²³/])"
)


def expand_units(text: str) -> str:
    """Say measurements: "5 km" -> "five kilometers", "20°C" -> "twenty degrees Celsius"."""

    def replace(match: re.Match[str]) -> str:
        singular, plural = UNITS[match.group("unit")]
        amount, upper = match.group("a"), match.group("b")
        modifier = match.group("sep") == "-" or is_modifier(match)
        spoken = say_number(amount)
        if upper:
            spoken += f" to {say_number(upper)}"
        unit = singular if modifier or (is_one(amount) and not upper) else plural
        return f"{spoken} {unit}{final_stop(match)}"

    return _UNIT_RE.sub(replace, text)
