"""Initialisms: dotted forms, single initials, respelled acronyms."""

from __future__ import annotations

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, final_stop
from podcastify.script.speak.words.initialisms import (
    DOTTED_FORMS,
    LETTER_NAMES,
    SPELLED_INITIALISMS,
    WORD_ACRONYMS,
)

_DOTTED_FORM_RE = compiled(rf"(?<![\w.])(?:{alternation(DOTTED_FORMS)})(?!\w)")
_DOTTED_INITIALISM_RE = compiled(r"(?<![\w.])(?:[A-Z]\.)+[A-Z]\.?(?!\w)")
_SINGLE_INITIAL_RE = compiled(r"(?<![\w.])([A-Z])\.(?=\s+[A-Z])")
_RESPELLED = {**SPELLED_INITIALISMS, **WORD_ACRONYMS}
_RESPELL_RE = compiled(rf"\b(?:{alternation(_RESPELLED)})\b(?!\.\w)")
_LOWERCASE_RE = compiled(r"[a-z]")


def expand_initialisms(text: str) -> str:
    """Write "U.S." as "US" (no false sentence end) and respell the initialisms espeak misreads."""
    text = _DOTTED_FORM_RE.sub(lambda m: DOTTED_FORMS[m.group(0)] + final_stop(m), text)
    text = _DOTTED_INITIALISM_RE.sub(lambda m: m.group(0).replace(".", "") + final_stop(m), text)
    text = _SINGLE_INITIAL_RE.sub(lambda m: LETTER_NAMES.get(m.group(1), m.group(1)), text)
    if _LOWERCASE_RE.search(text):  # all-capital text is shouting, not initialisms
        text = _RESPELL_RE.sub(lambda m: _RESPELLED[m.group(0)], text)
    return text
