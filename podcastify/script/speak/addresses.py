"""Street addresses: "221 Baker St." is "two twenty-one Baker Street", "1600 Pennsylvania Ave.
NW" ends in "Northwest", and "Cupertino, CA 95014" names the state and reads the ZIP code
digit by digit. Runs after the abbreviations, so street types are already words."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, final_stop
from podcastify.script.speak.numbers import capitalize, code_number, ordinal, spell_digits
from podcastify.script.speak.words.addresses import (
    COMPASS_POINTS,
    OTHER_POSTAL_CODES,
    STREET_TYPES,
    WORDLIKE_STATE_CODES,
)
from podcastify.script.speak.words.states import US_STATE_CODES

_TYPE = rf"(?:{alternation(STREET_TYPES)})"
_POINT = rf"(?:{alternation(COMPASS_POINTS)})"
_NAME_WORD = r"(?:[A-Z][\w'-]*|\d{1,3}(?:st|nd|rd|th))"
_HOUSE_RE = compiled(
    rf"(?<![\w.,$#-])(?P<num>\d{{1,5}})(?P<unit>[A-Z])?(?P<sp>\s+)"
    rf"(?:(?P<point>{_POINT})\.?\s+)?(?P<street>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}\s+{_TYPE})\b"
)
_POINT_BEFORE_RE = compiled(
    rf"\b(?P<point>{_POINT})\.?\s+(?={_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}\s+{_TYPE}\b)"
)
_POINT_AFTER_RE = compiled(rf"\b(?P<type>{_TYPE}) (?P<point>{_POINT})(?P<dot>\.)?(?![\w])")
_WIND_CUE = r"[Ww]inds?|[Gg]usts?|[Bb]reeze|from the|heading|moving|blowing"
_WIND_POINT_RE = compiled(rf"\b(?P<cue>{_WIND_CUE})\s+(?P<point>{_POINT})\b")
_ROAD = r"(?:I|US|SR|Interstate|Highway|Route)[- ]?\d{1,3}"
_ROAD_POINT_RE = compiled(rf"\b(?P<road>{_ROAD}) (?P<point>[NSEW]|[NSEW]B)\b(?!\.\w)")
_BOUND = {"NB": "northbound", "SB": "southbound", "EB": "eastbound", "WB": "westbound"}
_STREET_ORDINAL_RE = compiled(
    rf"\b(?P<n>\d{{1,3}})(?:st|nd|rd|th)(?=(?:\s+[A-Z][\w'-]*)?\s+{_TYPE}\b)"
)
_CODES = {**US_STATE_CODES, **OTHER_POSTAL_CODES}
_STATE_ZIP_RE = compiled(
    rf"(?<=[a-z]), (?P<code>{alternation(_CODES)})(?: (?P<zip>\d{{5}})(?:-(?P<plus4>\d{{4}}))?)?"
    rf"(?=[\s.,;:)]|$)"
)
_ZIP = r"(?P<zip>\d{5})(?:-(?P<plus4>\d{4}))?\b"
_BEFORE_ZIP = alternation({*_CODES.values(), "ZIP", "Zip", "zip", "ZIP code", "zip code"})
_NAMED_ZIP_RE = compiled(rf"\b(?P<before>{_BEFORE_ZIP}) {_ZIP}")
_ZIP_PLUS4_RE = compiled(r"(?<![\w.,$-])(?P<zip>\d{5})-(?P<plus4>\d{4})(?![\w-])")
_PO_BOX_RE = compiled(r"\b(?:P\.?\s?O\.?|PO) Box (?P<num>\d{1,6})\b")


def _zip(match: re.Match[str]) -> str:
    spoken = spell_digits(match.group("zip"))
    if match.group("plus4"):
        spoken += f", {spell_digits(match.group('plus4'))}"
    return spoken


def _house_number(digits: str) -> str:
    """House numbers are read in pairs: "221" is "two twenty-one", "1600" "sixteen hundred"."""
    return code_number(digits) if len(digits) <= 4 else spell_digits(digits)


def expand_addresses(text: str) -> str:
    """Say street addresses: house numbers in pairs, compass points, states and ZIP codes."""
    text = _STREET_ORDINAL_RE.sub(lambda m: capitalize(ordinal(int(m.group("n")))), text)

    def house(match: re.Match[str]) -> str:
        spoken = _house_number(match.group("num"))
        if match.group("unit"):
            spoken += f" {match.group('unit')}"
        point = match.group("point")
        if point:
            spoken += f" {COMPASS_POINTS[point]}"
        return f"{spoken}{match.group('sp')}{match.group('street')}"

    def state(match: re.Match[str]) -> str:
        code, zip_code = match.group("code"), match.group("zip")
        if code in WORDLIKE_STATE_CODES and not zip_code:
            after = match.string[match.end() : match.end() + 2]
            if after.strip() and after[:1] not in ".,;:)":
                return match.group(0)
        spoken = f", {_CODES[code]}"
        return f"{spoken} {_zip(match)}" if zip_code else spoken

    text = _WIND_POINT_RE.sub(
        lambda m: f"{m.group('cue')} {COMPASS_POINTS[m.group('point')].lower()}", text
    )
    text = _ROAD_POINT_RE.sub(
        lambda m: (
            f"{m.group('road')} {_BOUND.get(m.group('point')) or COMPASS_POINTS[m.group('point')]}"
        ),
        text,
    )
    text = _HOUSE_RE.sub(house, text)
    text = _POINT_BEFORE_RE.sub(lambda m: f"{COMPASS_POINTS[m.group('point')]} ", text)
    text = _POINT_AFTER_RE.sub(
        lambda m: f"{m.group('type')} {COMPASS_POINTS[m.group('point')]}{final_stop(m)}", text
    )
    text = _STATE_ZIP_RE.sub(state, text)
    text = _NAMED_ZIP_RE.sub(lambda m: f"{m.group('before')} {_zip(m)}", text)
    text = _ZIP_PLUS4_RE.sub(_zip, text)
    return _PO_BOX_RE.sub(lambda m: f"P O Box {_house_number(m.group('num'))}", text)
