"""Roman numerals, codes and model numbers."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, next_word
from podcastify.script.speak.numbers import capitalize, cardinal, code_number, ordinal, pluralize
from podcastify.script.speak.words.codes import (
    CODE_WORD_PREFIXES,
    MODEL_NUMBER_FOLLOWERS,
    MODEL_NUMBER_MAKERS,
)
from podcastify.script.speak.words.roman import (
    PRONOUN_I_FOLLOWERS,
    REGNAL_NAMES,
    ROMAN_CARDINAL_CONTEXTS,
    ROMAN_ORDINAL_FOLLOWERS,
)

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_VALID_ROMAN_RE = compiled(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_ROMAN_AFTER_WORD_RE = compiled(r"\b(?P<prev>[A-Z][a-z]+) (?P<num>[IVXLCDM]{1,8})\b(?![.-]\w)")
_ROMAN_BEFORE_WORD_RE = compiled(
    rf"\b(?P<num>[IVXLCDM]{{1,8}})(?= (?:{alternation(ROMAN_ORDINAL_FOLLOWERS)})\b)"
)
_SMALL_ROMAN = frozenset("IVX")


def _roman_value(numeral: str) -> int | None:
    if not _VALID_ROMAN_RE.fullmatch(numeral):
        return None
    values = [_ROMAN_VALUES[char] for char in numeral]
    total = sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))
    return total or None


def expand_roman_numerals(text: str) -> str:
    """Say "World War III" -> "World War Three", "Henry VIII" -> "Henry the Eighth"."""

    def after_word(match: re.Match[str]) -> str:
        prev, numeral = match.group("prev"), match.group("num")
        value = _roman_value(numeral)
        if value is None:
            return match.group(0)
        after = next_word(match.string, match.end())
        if prev in ROMAN_CARDINAL_CONTEXTS:
            return f"{prev} {capitalize(cardinal(value))}"
        if not set(numeral) <= _SMALL_ROMAN or after[:1].isupper():
            return match.group(0)  # "John D. Rockefeller", "John V Smith": an initial
        if prev in REGNAL_NAMES:
            if numeral == "I" and after.lower() in PRONOUN_I_FOLLOWERS:
                return match.group(0)
            return f"{prev} the {capitalize(ordinal(value))}"
        if len(numeral) >= 2:
            return f"{prev} {capitalize(cardinal(value))}"  # "Rocky II", "Star Wars VI"
        return match.group(0)

    def before_word(match: re.Match[str]) -> str:
        value = _roman_value(match.group("num"))
        return ordinal(value) if value else match.group(0)

    text = _ROMAN_AFTER_WORD_RE.sub(after_word, text)
    return _ROMAN_BEFORE_WORD_RE.sub(before_word, text)


_MODEL_NUMBER_RE = compiled(
    rf"\b(?P<maker>{alternation(MODEL_NUMBER_MAKERS)})(?P<sp>\s+)"
    rf"(?P<letter>[A-Z]?)(?P<num>\d{{3,4}})(?:-(?P<variant>\d{{3}}))?(?P<plural>s?)\b"
)
_MODEL_FOLLOWER_RE = compiled(
    rf"(?<![\w.,])(?P<num>\d{{3}})(?= (?:{alternation(MODEL_NUMBER_FOLLOWERS)})\b)"
)
_HYPHEN_CODE_RE = compiled(
    rf"\b(?P<prefix>[A-Z]{{1,5}}|{alternation(CODE_WORD_PREFIXES)})-(?P<num>\d{{1,4}})"
    rf"(?P<plural>s?)(?![\w]|[.,]\d)"
)
_MIXED_CODE_RE = compiled(
    r"(?<![\w-])(?=[A-Z\d]*[A-Z])(?=[A-Z\d]*\d)(?P<code>[A-Z\d]{2,10})(?P<plural>s?)(?![\w-])"
)
_CODE_PART_RE = compiled(r"[A-Z]+|\d+")
_PLAN_CODE_RE = compiled(r"(?<![\w.,])(?P<num>\d{3})\((?P<letter>[a-z])\)")  # "401(k)"


def _join_letter(letters: str, spoken_number: str) -> str:
    """Join a code's letters to its number; a lone "A" is hyphenated so espeak says "ay"."""
    if letters == "A":
        return f"A-{spoken_number}"
    return f"{letters} {spoken_number}"


def expand_codes(text: str) -> str:
    """Say codes and models: "COVID-19", "F-35", "A380", "5G", "Boeing 737", "H1N1"."""

    def model(match: re.Match[str]) -> str:
        spoken = code_number(match.group("num"))
        if match.group("plural"):
            spoken = pluralize(spoken)
        if match.group("letter"):
            spoken = _join_letter(match.group("letter"), spoken)
        if match.group("variant"):
            spoken += f" {code_number(match.group('variant'))}"  # "737-800"
        return f"{match.group('maker')}{match.group('sp')}{spoken}"

    def hyphenated(match: re.Match[str]) -> str:
        spoken = code_number(match.group("num"))
        if match.group("plural"):
            spoken = pluralize(spoken)
        return _join_letter(match.group("prefix"), spoken)

    def mixed(match: re.Match[str]) -> str:
        parts = _CODE_PART_RE.findall(match.group("code"))
        spoken: list[str] = []
        for index, part in enumerate(parts):
            if part.isdigit():
                number = code_number(part)
                if index and parts[index - 1] == "A":
                    spoken[-1] = f"A-{number}"
                else:
                    spoken.append(number)
            else:
                spoken.append(part)
        result = " ".join(spoken)
        return pluralize(result) if match.group("plural") else result

    text = _PLAN_CODE_RE.sub(
        lambda m: f"{code_number(m.group('num'))} {m.group('letter').upper()}", text
    )
    text = _MODEL_NUMBER_RE.sub(model, text)
    text = _MODEL_FOLLOWER_RE.sub(lambda m: code_number(m.group("num")), text)
    text = _HYPHEN_CODE_RE.sub(hyphenated, text)
    return _MIXED_CODE_RE.sub(mixed, text)
