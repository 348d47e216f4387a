"""Pauses as commas, and the spacing the other steps leave behind."""

from __future__ import annotations

from podcastify.patterns import compiled
from podcastify.script.speak.context import alternation, at_end
from podcastify.script.speak.words.initialisms import SILENT_INSERTIONS

_SILENT_RE = compiled(rf"\s*(?:{alternation(SILENT_INSERTIONS)})")
_PLURAL_MARKER_RE = compiled(r"(?<=[a-z])\(s\)")
_ELLIPSIS_RE = compiled(r"\s*(?:\.\s?){2,}\.")
_DASH_RE = compiled(r"\s*(?:—|-{2,})\s*|\s+[–-]\s+|\s*–\s*$|^\s*[–-]\s+")
_WORD_DASH_RE = compiled(r"(?<=[A-Za-z])–(?=[A-Za-z])")
_OPEN_BRACKET_RE = compiled(r"\s*[(\[{]\s*")
_CLOSE_BRACKET_RE = compiled(r"\s*[)\]}]\s*")
_PAUSE_SYMBOL_RE = compiled(r"\s*[|•·¶]\s*")
_UNDERSCORE_RE = compiled(r"(?<=\w)_+(?=\w)")
_DROPPED_RE = compiled(r"[*_^\\`†‡~<>]")
_REPEATED_MARK_RE = compiled(r"([!?])[!?]+")


def normalize_punctuation(text: str) -> str:
    """Turn dashes, ellipses and brackets into commas: pauses that do not end the sentence."""
    text = _SILENT_RE.sub("", text)
    text = _PLURAL_MARKER_RE.sub("s", text)
    text = _ELLIPSIS_RE.sub(lambda m: "." if at_end(m.string, m.end()) else ", ", text)
    text = _DASH_RE.sub(", ", text)
    text = _WORD_DASH_RE.sub(" ", text)
    text = _OPEN_BRACKET_RE.sub(", ", text)
    text = _CLOSE_BRACKET_RE.sub(", ", text)
    text = _PAUSE_SYMBOL_RE.sub(", ", text)
    text = _UNDERSCORE_RE.sub(" ", text)
    text = _DROPPED_RE.sub("", text)
    return _REPEATED_MARK_RE.sub(r"\1", text)


_SPACE_BEFORE_MARK_RE = compiled(r"\s+(?=[,.;:!?])")
_COMMA_RUN_RE = compiled(r",(?:\s*,)+")
_COMMA_BEFORE_MARK_RE = compiled(r",\s*(?=[.;:!?])")
_COMMA_AFTER_MARK_RE = compiled(r"(?<=[;:]),")
_COMMA_WITHOUT_SPACE_RE = compiled(r",(?=[^\s\d\"')\]])")
_QUOTE_COMMA_RE = compiled(r"(?<=\")\s*,\s*|\s*,\s*(?=\"\s*$)")
_LEADING_RE = compiled(r"^[\s,;:]+")
_TRAILING_COMMA_RE = compiled(r"[\s,]+$")  # a written ; or : at the end stays
_WHITESPACE_RE = compiled(r"\s+")


def tidy_spacing(text: str) -> str:
    """Collapse the spaces and doubled commas the other steps leave behind."""
    if not text.strip():
        return ""
    text = _WHITESPACE_RE.sub(" ", text)
    text = _SPACE_BEFORE_MARK_RE.sub("", text)
    text = _COMMA_RUN_RE.sub(",", text)
    text = _COMMA_BEFORE_MARK_RE.sub("", text)
    text = _COMMA_AFTER_MARK_RE.sub("", text)
    text = _COMMA_WITHOUT_SPACE_RE.sub(", ", text)
    text = _LEADING_RE.sub("", text)
    return _TRAILING_COMMA_RE.sub("", text).strip()
