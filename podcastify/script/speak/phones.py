"""Phone numbers, emergency numbers, versions and addresses with dots."""

from __future__ import annotations

import re

from podcastify.script.speak.context import alternation, is_plural_noun, next_word, previous_word
from podcastify.script.speak.numbers import DIGIT_WORDS, cardinal, spell_digits
from podcastify.script.speak.words.codes import MODEL_NUMBER_MAKERS
from podcastify.script.speak.words.money import EMERGENCY_NUMBERS

_US_PHONE_RE = re.compile(
    r"(?<![\w+])(?:(?P<country>\+?1)[\s.-])?(?P<area>\(\d{3}\)\s?|\d{3}[\s.-])"
    r"(?P<exchange>\d{3})[.-](?P<line>\d{4})(?![\w-])"
)
_INTERNATIONAL_PHONE_RE = re.compile(
    r"(?<![\w+])\+(?P<digits>\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5})(?!\d)"
)


_EMERGENCY_RE = re.compile(rf"(?<![\w.,/$-])(?:{alternation(EMERGENCY_NUMBERS)})(?![\w/-]|[.,]\d)")


def _phone_group(group: str) -> str:
    group = group.strip("() .-")
    if len(group) == 3 and group.endswith("00") and group[0] != "0":
        return f"{DIGIT_WORDS[int(group[0])]} hundred"  # 800 numbers
    return spell_digits(group)


_DOTTED_NUMBER_RE = re.compile(r"(?<![\w.])(?P<parts>\d+(?:\.\d+){2,})(?!\w|\.\d)")


def _dotted_part(part: str) -> str:
    return spell_digits(part) if len(part) > 1 and part.startswith("0") else cardinal(int(part))


def expand_dotted_numbers(text: str) -> str:
    """Say versions "1.2.3" as "one point two point three", addresses with "dot"."""

    def spoken(match: re.Match[str]) -> str:
        parts = match.group("parts").split(".")
        is_address = len(parts) == 4 and all(int(p) <= 255 for p in parts)
        joiner = " dot " if is_address else " point "
        return joiner.join(_dotted_part(p) for p in parts)

    return _DOTTED_NUMBER_RE.sub(spoken, text)


def expand_phone_numbers(text: str) -> str:
    """Read phone numbers digit by digit in groups: "(555) 123-4567", "911"."""

    def us(match: re.Match[str]) -> str:
        groups = [match.group("area"), match.group("exchange"), match.group("line")]
        spoken = ", ".join(_phone_group(group) for group in groups)
        country = match.group("country")
        if country:
            prefix = "plus one" if country.startswith("+") else "one"
            spoken = f"{prefix}, {spoken}"
        return spoken

    def international(match: re.Match[str]) -> str:
        groups = re.split(r"[\s.-]", match.group("digits"))
        return "plus " + ", ".join(spell_digits(group) for group in groups)

    text = _US_PHONE_RE.sub(us, text)
    text = _INTERNATIONAL_PHONE_RE.sub(international, text)

    def emergency(match: re.Match[str]) -> str:
        if previous_word(match.string, match.start()) in MODEL_NUMBER_MAKERS:
            return match.group(0)  # "Porsche 911"
        if is_plural_noun(next_word(match.string, match.end())):
            return match.group(0)  # "112 steps" counts steps
        return spell_digits(match.group(0))

    return _EMERGENCY_RE.sub(emergency, text)
