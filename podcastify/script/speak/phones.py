"""Phone numbers in every common form, codes and card endings digit by digit, versions and
addresses with dots: "415.555.0199", "(202) 555-0143 ext. 12", "1-888-FLOWERS", "020 7946
0958", "call 311", "ending in 4321", "order #123456789", "version 1.2.3"."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, is_plural_noun, next_word, previous_word
from podcastify.script.speak.numbers import DIGIT_WORDS, cardinal, spell_digits
from podcastify.script.speak.words.codes import MODEL_NUMBER_MAKERS
from podcastify.script.speak.words.phones import (
    CODE_CUES,
    CODE_LINKS,
    DIAL_WORDS,
    EMERGENCY_NUMBERS,
)

_US_PHONE_RE = compiled(
    r"(?<![\w+])(?:(?P<country>\+?1)[\s.-]?)?(?P<area>\(\d{3}\)\s?|\d{3}[\s.-])"
    r"(?P<exchange>\d{3}|[A-Z]{3})[.-](?P<line>\d{4}|[A-Z]{4})(?![\w-])"
    r"|(?<![\w+])(?:(?P<country2>\+?1)[\s.-])?(?P<area2>\(\d{3}\)\s?|\d{3}[\s.-])"
    r"(?P<word>[A-Z]{4,10})(?![\w-])"
)
_LOCAL_PHONE_RE = compiled(r"(?<![\w.,$-])(?P<exchange>[2-9]\d{2})-(?P<line>\d{4})(?![\w-]|[.,]\d)")
_ZERO_PHONE_RE = compiled(r"(?<![\w+.,])(?P<groups>0\d{2,4}(?:[\s-]\d{3,4}){1,2})(?![\w-]|[.,]\d)")
_EXTENSION_RE = compiled(
    r"(?<=\d{4})(?:,?\s?(?:extension|ext\.?|x)\s?)(?P<ext>\d{1,6})\b"
    r"|\b(?<![\w.])(?:[Ee]xtension|[Ee]xt\.)\s?(?P<ext2>\d{1,6})\b"
)
_INTERNATIONAL_PHONE_RE = compiled(
    r"(?<![\w+])\+(?P<digits>\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,5})(?!\d)"
)


_EMERGENCY_RE = compiled(rf"(?<![\w.,/$-])(?:{alternation(EMERGENCY_NUMBERS)})(?![\w/-]|[.,]\d)")
_SERVICE_RE = compiled(r"(?<![\w.,/$-])[2-9]\d\d(?![\w/-]|[.,]\d)")
_CODE_RE = compiled(
    rf"\b(?P<cue>(?i:{alternation(CODE_CUES)}))"
    rf"(?P<link>(?:\s+(?i:{alternation(CODE_LINKS)})\.?|\s*[:#])*)\s*"
    r"(?P<digits>\d{3,20})(?![\w.,-]\d|\w)"
)
_DIALLED_BEFORE_RE = compiled(
    rf"\b(?i:{alternation(DIAL_WORDS - {'at', 'line'})})(?:\s+or\s+(?i:call|text))?\s+$"
)
_SHORT_CODE_RE = compiled(r"\b(?P<before>(?i:text|txt)\s+\S+\s+to\s+)(?P<digits>\d{4,6})\b")
_MASK_RE = compiled(r"(?<![\w*])[*•xX]{2,}[\s-]?(?=\d{2,4}\b)")  # "ending ****1234"
_LONG_DIGITS_RE = compiled(r"(?<![\w.,$-])\d{8,20}(?<!000)(?![\w-]|[.,]\d)")


def digit_groups(digits: str) -> str:
    """Digits read one by one in groups of three (of four when they split so), a lone last
    digit joined to the group before: "123456789" -> "one two three, four five six, ..."."""
    if len(digits) <= 5:
        return spell_digits(digits)
    size = 4 if len(digits) % 4 == 0 and len(digits) % 3 else 3
    groups = [digits[i : i + size] for i in range(0, len(digits), size)]
    if len(groups[-1]) == 1:
        groups[-2:] = [groups[-2] + groups[-1]]
    return ", ".join(spell_digits(group) for group in groups)


def _phone_group(group: str) -> str:
    group = group.strip("() .-")
    if len(group) == 3 and group.endswith("00") and group[0] != "0":
        return f"{DIGIT_WORDS[int(group[0])]} hundred"  # 800 numbers
    return spell_digits(group)


_DOTTED_NUMBER_RE = compiled(r"(?<![\w.])(?P<parts>\d+(?:\.\d+){2,})(?!\w|\.\d)")


def _dotted_part(part: str) -> str:
    return spell_digits(part) if len(part) > 1 and part.startswith("0") else cardinal(int(part))


_PHONE_SHAPE_RE = compiled(r"(?:1\.)?\d{3}\.\d{3}\.\d{4}")


def expand_dotted_numbers(text: str) -> str:
    """Say versions "1.2.3" as "one point two point three", addresses with "dot"."""

    def spoken(match: re.Match[str]) -> str:
        if _PHONE_SHAPE_RE.fullmatch(match.group("parts")):
            return match.group(0)  # "415.555.0199" is a phone number
        parts = match.group("parts").split(".")
        is_address = len(parts) == 4 and all(int(p) <= 255 for p in parts)
        joiner = " dot " if is_address else " point "
        return joiner.join(_dotted_part(p) for p in parts)

    return _DOTTED_NUMBER_RE.sub(spoken, text)


def _us(match: re.Match[str]) -> str:
    """ "(555) 123-4567", "1-800-555-0199", "1-888-FLOWERS", "800-273-TALK"."""
    country = match.group("country") or match.group("country2")
    if match.group("word"):
        groups = [_phone_group(match.group("area2")), match.group("word")]
    else:
        groups = [match.group("area"), match.group("exchange"), match.group("line")]
        groups = [g if g.isalpha() else _phone_group(g) for g in groups]
    spoken = ", ".join(groups)
    if country:
        spoken = f"{'plus one' if country.startswith('+') else 'one'}, {spoken}"
    return spoken


def _international(match: re.Match[str]) -> str:
    groups = [g.strip("()") for g in re.split(r"[\s.-]", match.group("digits"))]
    return "plus " + ", ".join(spell_digits(group) for group in groups if group)


def _local(match: re.Match[str]) -> str:
    """ "555-1234": a local number after a word such as "call", or in the 555 range."""
    before = previous_word(match.string, match.start()).lower()
    if before not in DIAL_WORDS and match.group("exchange") != "555":
        return match.group(0)
    return f"{spell_digits(match.group('exchange'))}, {spell_digits(match.group('line'))}"


def _zero(match: re.Match[str]) -> str:
    """ "020 7946 0958", "0800 123 4567": numbers dialled with a leading zero."""
    groups = re.split(r"[\s-]", match.group("groups"))
    if len(groups) < 3 and sum(map(len, groups)) < 10:
        return match.group(0)
    return ", ".join(spell_digits(g) for g in groups)


def _emergency(match: re.Match[str]) -> str:
    if previous_word(match.string, match.start()) in MODEL_NUMBER_MAKERS:
        return match.group(0)  # "Porsche 911"
    if is_plural_noun(next_word(match.string, match.end())):
        return match.group(0)  # "112 steps" counts steps
    return spell_digits(match.group(0))


def _service(match: re.Match[str]) -> str:
    """ "call 311", "call or text 988": a short number that is dialled."""
    if _DIALLED_BEFORE_RE.search(match.string, max(0, match.start() - 30), match.start()):
        return spell_digits(match.group(0))
    return match.group(0)


def _extension(match: re.Match[str]) -> str:
    """ "555-0143 x12", "ext. 204": the extension's digits one by one."""
    if match.group("ext2"):
        return f"extension {spell_digits(match.group('ext2'))}"
    return f", extension {spell_digits(match.group('ext'))}"


def _code(match: re.Match[str]) -> str:
    """ "ending in 4321", "PIN 1234", "order number 123456789": digits in groups."""
    digits = match.group("digits")
    if match.group("cue").lower() == "code" and len(digits) < 4:
        return match.group(0)
    return f"{match.group('cue')}{match.group('link')} {digit_groups(digits)}"


def expand_phone_numbers(text: str) -> str:
    """Read phone numbers, codes and card endings digit by digit in groups: "(555) 123-4567"."""
    text = _MASK_RE.sub("", text)
    text = _EXTENSION_RE.sub(_extension, text)
    text = _US_PHONE_RE.sub(_us, text)
    text = _INTERNATIONAL_PHONE_RE.sub(_international, text)
    text = _ZERO_PHONE_RE.sub(_zero, text)
    text = _LOCAL_PHONE_RE.sub(_local, text)
    text = _CODE_RE.sub(_code, text)
    text = _SHORT_CODE_RE.sub(lambda m: m.group("before") + digit_groups(m.group("digits")), text)
    text = _LONG_DIGITS_RE.sub(lambda m: digit_groups(m.group(0)), text)
    text = _EMERGENCY_RE.sub(_emergency, text)
    return _SERVICE_RE.sub(_service, text)
