"""The words around a match, which decide how it is read."""

from __future__ import annotations

import re
from collections.abc import Iterable

from podcastify.patterns import compiled
from podcastify.script.speak.words.calendar import IRREGULAR_PLURALS, NOT_PLURAL

_PREVIOUS_WORD = compiled(r"([A-Za-z]+)[\s-]$")
_NEXT_WORD = compiled(r"\s([A-Za-z][A-Za-z']*)")
CLOSERS = " \"')]}"


def previous_word(text: str, start: int) -> str:
    """The word just before ``start`` (one space or hyphen away), or ""."""
    match = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return match.group(1) if match else ""


def next_word(text: str, end: int) -> str:
    """The word just after ``end`` (one space away), or ""."""
    match = _NEXT_WORD.match(text, end)
    return match.group(1) if match else ""


def at_end(text: str, index: int) -> bool:
    """True if only closing quotes, brackets or spaces follow ``index``."""
    return not text[index:].strip(CLOSERS)


def final_stop(match: re.Match[str]) -> str:
    """A full stop to put back when ``match`` swallowed the one ending the sentence."""
    if match.group(0).endswith(".") and at_end(match.string, match.end()):
        return "."
    return ""


def apart(match: re.Match[str], spoken: str) -> str:
    """``spoken`` in place of ``match``, with a space where it touches a letter ("3rd" in
    "the3rdtime" must not run into its neighbours)."""
    string = match.string
    if match.start() and string[match.start() - 1].isalpha():
        spoken = " " + spoken
    if match.end() < len(string) and string[match.end()].isalpha():
        spoken += " "
    return spoken


def alternation(options: Iterable[str]) -> str:
    """A regex alternation of literal strings, longest first.

    Ties in alphabetical order, so the pattern is the same in every process (a set's order
    is not), which is what lets :mod:`podcastify.patterns` find it saved.
    """
    ordered = sorted(options, key=lambda option: (-len(option), option))
    return "|".join(re.escape(option) for option in ordered)


def is_plural_noun(word: str) -> bool:
    """A lowercase plural noun ("cases", "people"): the number before it counts things."""
    if not word.islower():
        return False
    if word in IRREGULAR_PLURALS:
        return True
    return (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is", "'s"))
        and word not in NOT_PLURAL
    )
