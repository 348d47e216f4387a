"""Clock times, durations and ratios: "2:34pm", "3.45 p.m.", "09:15:45", "7am-9am",
"9:30–11 a.m.", "0800 hours", "finished in 2:34:56", "odds of 3:1"."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, final_stop
from podcastify.script.speak.numbers import DIGIT_WORDS, cardinal, say_number
from podcastify.script.speak.words.times import DURATION_CUES, SCORE_CUES

_HALF = r"(?P<half>[AaPp])\.?\s?[Mm](?P<dot>\.)?(?!\w)"
_CLOCK_RANGE_RE = compiled(
    r"(?<![\w:.])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?:\s?(?P<half1>[AaPp])\.?\s?[Mm]\.?)?"
    rf"(?:\s?[–-]\s?|\s+to\s+)(?P<h2>\d{{1,2}})(?:[:.](?P<m2>\d{{2}}))?\s?{_HALF}"
)
_CLOCK_12H_RE = compiled(rf"(?<![\w:.])(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?\s?{_HALF}")
_NOON_RANGE_RE = compiled(r"\b(?P<word>noon|midnight)\s?[–-]\s?(?=\d)")
_MILITARY_RANGE_RE = compiled(
    r"(?<![\w:.,-])(?P<h>0\d|1\d|2[0-3])(?P<m>[0-5]\d)\s?[–-]\s?(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d)"
    r"(?P<hours> hours)?(?![\w-])"
)
_SECONDS_RE = compiled(r"(?<![\w:.])(?P<h>\d{1,2}):(?P<m>\d{2}):(?P<s>\d{2})(?![\d:])")
_CLOCK_24H_RE = compiled(r"(?<![\w:.])(?P<h>\d{1,2}):(?P<m>\d{2})(?![\d:])")
_MILITARY_RE = compiled(r"(?<![\w:.])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d) hours\b")
_LINK = r"(?:\s+(?:of|by|a|an|was|is))*"
_SCORE_CUE_RE = compiled(rf"\b(?:{alternation(SCORE_CUES)}){_LINK}\s*$", re.IGNORECASE)
_DURATION_CUE_RE = compiled(rf"\b(?:{alternation(DURATION_CUES)}){_LINK}\s*$", re.IGNORECASE)
_RATIO_RE = compiled(r"(?<![\w:.])(?P<a>\d+):(?P<b>\d+)(?![\d:])")


def _minutes(minutes: int) -> str:
    if minutes < 10:
        return f"oh {DIGIT_WORDS[minutes]}"
    return cardinal(minutes)


def _twelve(hour_text: str, minutes_text: str | None) -> str | None:
    """ "3:45" on a twelve-hour clock as words, None if it is no time."""
    hour, minutes = int(hour_text), int(minutes_text or 0)
    if not (0 <= hour <= 12 and minutes < 60):
        return None
    spoken = cardinal(hour or 12)
    return f"{spoken} {_minutes(minutes)}" if minutes else spoken


def _unit(count: int, name: str) -> str:
    return f"{cardinal(count)} {name}{'' if count == 1 else 's'}"


def _half(letter: str) -> str:
    return f"{letter.upper()}M"


def _stop(match: re.Match[str]) -> str:
    """The sentence's full stop, when the "p.m." that ends it swallowed it."""
    return "." if match.group("dot") and final_stop(match) else ""


def _twelve_hour(match: re.Match[str]) -> str:
    spoken = _twelve(match.group("h"), match.group("m"))
    if spoken is None:
        return match.group(0)
    return f"{spoken} {_half(match.group('half'))}{_stop(match)}"


def _clock_range(match: re.Match[str]) -> str:
    first = _twelve(match.group("h"), match.group("m"))
    last = _twelve(match.group("h2"), match.group("m2"))
    if first is None or last is None:
        return match.group(0)
    if match.group("half1"):
        first += f" {_half(match.group('half1'))}"
    return f"{first} to {last} {_half(match.group('half'))}{_stop(match)}"


def _seconds(match: re.Match[str]) -> str:
    hours, minutes, seconds = (int(match.group(key)) for key in ("h", "m", "s"))
    if not (minutes < 60 and seconds < 60):
        return match.group(0)
    if _DURATION_CUE_RE.search(match.string, max(0, match.start() - 40), match.start()):
        parts = [_unit(hours, "hour")] if hours else []
        parts.append(_unit(minutes, "minute"))
        return f"{', '.join(parts)} and {_unit(seconds, 'second')}"
    if hours > 24:
        return match.group(0)
    clock = (
        f"{cardinal(hours or 12)} {_minutes(minutes)}" if minutes else f"{cardinal(hours)} o'clock"
    )
    return f"{clock} and {_unit(seconds, 'second')}"


def _twenty_four_hour(match: re.Match[str]) -> str:
    hour, minutes = int(match.group("h")), int(match.group("m"))
    if _SCORE_CUE_RE.search(match.string, max(0, match.start() - 40), match.start()):
        return match.group(0)  # a score, read by the ratio rule
    if not (hour <= 24 and minutes < 60):
        return match.group(0)
    if hour in (0, 24) and minutes == 0:
        return "midnight"
    if minutes == 0:
        return f"{cardinal(hour)} o'clock" if hour <= 12 else f"{cardinal(hour)} hundred"
    return f"{cardinal(hour or 12)} {_minutes(minutes)}"


def _hundred_hours(hour: str, minutes_text: str) -> str:
    """ "0800" -> "oh eight hundred", "1730" -> "seventeen thirty"."""
    minutes = int(minutes_text)
    spoken = f"oh {DIGIT_WORDS[int(hour[1])]}" if hour[0] == "0" else cardinal(int(hour))
    return f"{spoken} {_minutes(minutes) if minutes else 'hundred'}"


def _military(match: re.Match[str]) -> str:
    return f"{_hundred_hours(match.group('h'), match.group('m'))} hours"


def _military_range(match: re.Match[str]) -> str:
    """ "0900-1700": a range of times when the first has its leading zero or "hours" follows."""
    if not (match.group("h").startswith("0") or match.group("hours")):
        return match.group(0)
    first = _hundred_hours(match.group("h"), match.group("m"))
    last = _hundred_hours(match.group("h2"), match.group("m2"))
    return f"{first} to {last}{match.group('hours') or ''}"


def expand_times(text: str) -> str:
    """Say clock times and ratios: "2:34pm" -> "two thirty-four PM", "3:1" -> "three to one"."""
    text = _NOON_RANGE_RE.sub(lambda m: f"{m.group('word')} to ", text)
    text = _MILITARY_RANGE_RE.sub(_military_range, text)
    text = _CLOCK_RANGE_RE.sub(_clock_range, text)
    text = _CLOCK_12H_RE.sub(_twelve_hour, text)
    text = _SECONDS_RE.sub(_seconds, text)
    text = _CLOCK_24H_RE.sub(_twenty_four_hour, text)
    text = _MILITARY_RE.sub(_military, text)
    return _RATIO_RE.sub(
        lambda m: f"{say_number(m.group('a'))} to {say_number(m.group('b'))}", text
    )
