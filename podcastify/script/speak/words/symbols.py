"""Symbols read as words.

Plain data for :mod:`podcastify.script.speak`: written forms and what a US narrator
says for them, checked against Piper's espeak-ng phonemizer (voice ``en_US-joe-medium``).
"""

from __future__ import annotations

#: Symbols read as words when they stand between words or before a number.
SYMBOL_WORDS: dict[str, str] = {
    "&": "and",
    "+": "plus",
    "=": "equals",
    "@": "at",
    "≈": "about",
    "~": "about",
    "±": "plus or minus",
    "≤": "at most",
    "≥": "at least",
    "<": "less than",
    ">": "more than",
    "§": "section",
    "×": "times",
}
