"""Signs before numbers and symbols between words."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import next_word
from podcastify.script.speak.words.initialisms import LETTER_NAMES
from podcastify.script.speak.words.symbols import SYMBOL_WORDS

_NEGATIVE_RE = compiled(r"(?:^|(?<=[(\[\"])|(?<=[^\w\s%] )|(?<=[A-Za-z] ))-(?=\$?\.?\d)")
_LEADING_SIGN_RE = compiled(r"(?:^|(?<=[\s(\[]))(?P<sign>[+~≈±≤≥<>])\s?(?=[$£€¥]?\.?\d)")
_SIGN_WORDS = {**SYMBOL_WORDS, "<": "less than", ">": "more than"}


def expand_signs(text: str) -> str:
    """Say a sign before a number: "-5" -> "minus 5", "~10" -> "about 10", "+3" -> "plus 3"."""
    text = _NEGATIVE_RE.sub("minus ", text)
    return _LEADING_SIGN_RE.sub(lambda m: _SIGN_WORDS[m.group("sign")] + " ", text)


_LETTERS_AMPERSAND_RE = compiled(r"\b(?P<left>[A-Z]{1,3})\s?&\s?(?P<right>[A-Z]{1,3})\b")
_AMPERSAND_RE = compiled(r"\s*&\s*")
_PLUS_BETWEEN_RE = compiled(r"(?<=\w)\s?\+\s?(?=\w)")
_PLUS_AFTER_RE = compiled(r"(?<=[\w)])(?P<plus>\++)(?!\w)")
_AT_HANDLE_AFTER_AT_RE = compiled(r"(?<=\b[Aa]t )@(?=\w)")  # "at @dmoren": one "at"
_AT_RE = compiled(r"(?<=\s)@(?=\w)|(?<=\w)@(?=\w)")
_EQUALS_RE = compiled(r"\s*=\s*")
_SLASH_WORDS_RE = compiled(r"(?<=[a-z])/(?=[a-z])")
_SLASH_RE = compiled(r"(?<=\w)/(?=\w)")
_WITH_RE = compiled(r"(?<![\w/])w/(?=\s)")
_AND_OR_RE = compiled(r"\b(?:and/or|or/and)\b")
_PERCENT_SIGN_RE = compiled(r"\s*%")
_DEGREE_SIGN_RE = compiled(r"\s*°")
_HASHTAG_RE = compiled(r"(?<![\w#])#(?=[A-Za-z])")
_OTHER_SIGN_RE = compiled(r"\s*(?P<sign>[±≈×§])\s*")


def _spell_letters(letters: str, *, before_word: bool) -> str:
    """Letters of an initialism in "AT&T" or "Q&A", written so that espeak spells them."""
    if len(letters) > 1:
        return "-".join(letters)  # "AT" alone is read as the word "at"
    if before_word:
        return LETTER_NAMES.get(letters, letters)
    return letters


def expand_symbols(text: str) -> str:
    """Say "&", "+", "@", "=", "%", "°" and "/" as words ("AT&T" -> "A-T and T")."""

    def letters(match: re.Match[str]) -> str:
        after = next_word(match.string, match.end())
        left = _spell_letters(match.group("left"), before_word=True)
        right = _spell_letters(match.group("right"), before_word=bool(after))
        return f"{left} and {right}"

    text = _LETTERS_AMPERSAND_RE.sub(letters, text)
    text = _AMPERSAND_RE.sub(" and ", text)
    text = _PLUS_BETWEEN_RE.sub(" plus ", text)
    text = _PLUS_AFTER_RE.sub(lambda m: " plus" * len(m.group("plus")), text)
    text = _AT_HANDLE_AFTER_AT_RE.sub("", text)
    text = _AT_RE.sub(" at ", text)
    text = _EQUALS_RE.sub(" equals ", text)
    text = _WITH_RE.sub("with", text)
    text = _AND_OR_RE.sub("and or", text)
    text = _SLASH_WORDS_RE.sub(" or ", text)
    text = _SLASH_RE.sub(" ", text)
    text = _PERCENT_SIGN_RE.sub(" percent", text)
    text = _DEGREE_SIGN_RE.sub(" degrees", text)
    text = _HASHTAG_RE.sub("hashtag ", text)
    return _OTHER_SIGN_RE.sub(lambda m: f" {SYMBOL_WORDS[m.group('sign')]} ", text)
