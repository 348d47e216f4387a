"""Clock times and ratios."""

from __future__ import annotations

import re

from podcastify.script.speak.context import final_stop
from podcastify.script.speak.numbers import DIGIT_WORDS, cardinal, say_number

_CLOCK_12H_RE = re.compile(
    r"(?<![\w:.])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s?(?P<half>[AaPp])\.?\s?[Mm](?P<dot>\.)?(?!\w)"
)
_CLOCK_24H_RE = re.compile(r"(?<![\w:.])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])")
_RATIO_RE = re.compile(r"(?<![\w:.])(?P<a>\d+):(?P<b>\d+)(?![\d:])")


def _minutes(minutes: int) -> str:
    if minutes < 10:
        return f"oh {DIGIT_WORDS[minutes]}"
    return cardinal(minutes)


def expand_times(text: str) -> str:
    """Say clock times and ratios: "2:34pm" -> "two thirty-four PM", "3:1" -> "three to one"."""

    def twelve_hour(match: re.Match[str]) -> str:
        hour = int(match.group("h"))
        minutes = int(match.group("m") or 0)
        if not (0 <= hour <= 12 and minutes < 60):
            return match.group(0)
        spoken = cardinal(hour or 12)
        if minutes:
            spoken += f" {_minutes(minutes)}"
        return f"{spoken} {match.group('half').upper()}M{final_stop(match)}"

    def twenty_four_hour(match: re.Match[str]) -> str:
        hour, minutes = int(match.group("h")), int(match.group("m"))
        if not (hour <= 24 and minutes < 60):
            return match.group(0)
        if hour in (0, 24) and minutes == 0:
            return "midnight"
        if minutes == 0:
            return f"{cardinal(hour)} o'clock" if hour <= 12 else f"{cardinal(hour)} hundred"
        return f"{cardinal(hour or 12)} {_minutes(minutes)}"

    text = _CLOCK_12H_RE.sub(twelve_hour, text)
    text = _CLOCK_24H_RE.sub(twenty_four_hour, text)
    return _RATIO_RE.sub(
        lambda m: f"{say_number(m.group('a'))} to {say_number(m.group('b'))}", text
    )
