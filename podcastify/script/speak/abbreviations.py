"""Abbreviations that end in a full stop but never end the sentence."""

from __future__ import annotations

import re

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, final_stop
from podcastify.script.speak.numbers import capitalize
from podcastify.script.speak.words.abbreviations import (
    ALWAYS_EXPANDED_SUFFIXES,
    GENERAL_ABBREVIATIONS,
    LATIN_ABBREVIATIONS,
    LEADING_ABBREVIATIONS,
    NAME_SUFFIXES,
    NUMBER_PREFIXES,
    SUFFIXES_WITHOUT_STOP,
    TITLES,
    TITLES_ALWAYS_EXPANDED,
    TITLES_WITHOUT_STOP,
)
from podcastify.script.speak.words.calendar import MONTH_ABBREVIATIONS, MONTHS
from podcastify.script.speak.words.states import PARTIES, US_STATE_ABBREVIATIONS, US_STATE_CODES

_LATIN = {
    **LATIN_ABBREVIATIONS,
    **{
        capitalize(key): capitalize(value)
        for key, value in LATIN_ABBREVIATIONS.items()
        if key[0].islower() and key != "vs"
    },
}
_LATIN_RE = compiled(rf"(?<![\w.])(?:{alternation(_LATIN)})(?!\w)")
_VERSUS_RE = compiled(r"(?<=[A-Za-z] )v\.(?= [A-Z])")


def expand_latin_abbreviations(text: str) -> str:
    """Say "e.g.", "i.e.", "etc." and "vs." as words so their stops do not end the sentence."""
    text = _LATIN_RE.sub(lambda m: _LATIN[m.group(0)] + final_stop(m), text)
    return _VERSUS_RE.sub("versus", text)


_PARTY_RE = compiled(
    rf"\b(?P<party>[{''.join(PARTIES)}])-(?P<state>"
    rf"{alternation(US_STATE_ABBREVIATIONS)}|"
    rf"(?:{alternation(US_STATE_CODES)})(?![\w.])|[A-Z][a-z]+(?![\w.]))"
)
_DATELINE_STATE_RE = compiled(
    rf"(?<=[A-Za-z], )(?P<state>{alternation(US_STATE_ABBREVIATIONS)})(?![\w])"
)


def expand_us_states(text: str) -> str:
    """Say AP state abbreviations: "(D-Calif.)" -> "Democrat of California", "Austin, Tex."."""

    def party(match: re.Match[str]) -> str:
        state = match.group("state")
        name = US_STATE_ABBREVIATIONS.get(state) or US_STATE_CODES.get(state, state)
        return f"{PARTIES[match.group('party')]} of {name}{final_stop(match)}"

    text = _PARTY_RE.sub(party, text)
    return _DATELINE_STATE_RE.sub(
        lambda m: US_STATE_ABBREVIATIONS[m.group("state")] + final_stop(m), text
    )


_TITLE_RE = compiled(rf"\b(?P<abbr>{alternation(TITLES)})(?P<dot>\.)?(?P<name>(?=\s+[A-Z]))?(?!\w)")


_ADDRESS_BEFORE_RE = compiled(r"\b\d+[A-Za-z]?\s+(?:[A-Z][\w'-]*\s+){1,3}$")


def expand_titles(text: str) -> str:
    """Expand a title before a name ("Dr. Smith" -> "Doctor Smith", "St. Louis" -> "Saint")."""

    def replace(match: re.Match[str]) -> str:
        abbr, dot = match.group("abbr"), match.group("dot")
        if abbr in NAME_SUFFIXES and _ADDRESS_BEFORE_RE.search(match.string, 0, match.start()):
            return match.group(0)  # "221 Baker St. Paul ...": a street, read by the suffixes
        if match.group("name") is not None:
            if dot or abbr in TITLES_WITHOUT_STOP:
                return TITLES[abbr]
        elif dot and abbr in TITLES_ALWAYS_EXPANDED:
            return TITLES[abbr] + final_stop(match)
        return match.group(0)

    return _TITLE_RE.sub(replace, text)


_SUFFIX_RE = compiled(rf"(?<=\s)(?P<abbr>{alternation(NAME_SUFFIXES)})(?P<dot>\.)?(?!\w)")
_SUFFIX_AFTER_RE = compiled(r"(?:[A-Z][\w'.-]*|\d+(?:st|nd|rd|th)?|&),?$")


def expand_name_suffixes(text: str) -> str:
    """Expand "Main St.", "King Jr." and "Apple Inc." after a name; keep a final stop."""

    def replace(match: re.Match[str]) -> str:
        abbr, dot = match.group("abbr"), match.group("dot")
        if not dot and abbr not in SUFFIXES_WITHOUT_STOP:
            return match.group(0)
        before = match.string[: match.start()].rstrip().rpartition(" ")[2]
        always = dot and abbr in ALWAYS_EXPANDED_SUFFIXES
        if not always and not _SUFFIX_AFTER_RE.search(before):
            return match.group(0)
        return NAME_SUFFIXES[abbr] + final_stop(match)

    return _SUFFIX_RE.sub(replace, text)


_LEADING_RE = compiled(
    rf"^(?P<open>[\"'“‘(\[]?)(?P<abbr>{alternation(LEADING_ABBREVIATIONS)})\.(?= [A-Za-z])"
)


def expand_leading_abbreviations(text: str) -> str:
    """Expand an abbreviation that opens a line ("Corp. said" -> "Corporation said")."""
    return _LEADING_RE.sub(lambda m: m.group("open") + LEADING_ABBREVIATIONS[m.group("abbr")], text)


_GENERAL_ABBREVIATION_RE = compiled(rf"(?<![\w.])(?:{alternation(GENERAL_ABBREVIATIONS)})(?!\w)")
_MONTH_ABBREVIATION_STOP_RE = compiled(rf"\b(?P<abbr>{alternation(MONTH_ABBREVIATIONS)})\.(?!\w)")


def expand_general_abbreviations(text: str) -> str:
    """Expand stopped abbreviations such as "dept." and "Jan." that are never sentence ends."""
    text = _GENERAL_ABBREVIATION_RE.sub(
        lambda m: GENERAL_ABBREVIATIONS[m.group(0)] + final_stop(m), text
    )
    return _MONTH_ABBREVIATION_STOP_RE.sub(
        lambda m: MONTHS[MONTH_ABBREVIATIONS[m.group("abbr")] - 1] + final_stop(m),
        text,
    )


_NUMBER_PREFIX_RE = compiled(rf"(?<![\w.])(?P<abbr>{alternation(NUMBER_PREFIXES)})\s?(?=\d)")


def expand_number_prefixes(text: str) -> str:
    """Say "No. 5", "#1", "pp. 5-7" and "c. 1850" as "number", "pages" and "circa"."""

    def replace(match: re.Match[str]) -> str:
        return NUMBER_PREFIXES[match.group("abbr")] + " "

    return _NUMBER_PREFIX_RE.sub(replace, text)
