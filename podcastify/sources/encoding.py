"""A feed's bytes as text: whatever encoding it declares, and never narrated garbled.

feedparser reads feeds in any encoding Python knows (gb2312, big5, euc-kr, utf-16…); the
XML safety check runs on expat, which knows only a few, so it is given the text decoded
here. When feedparser had to guess (the declared encoding was wrong or unknown), or a
charset detector reads the bytes as other text than feedparser did, the feed is refused:
narrating mojibake is worse than saying so.
"""

from __future__ import annotations

import codecs
import html
import re
from typing import TYPE_CHECKING

from podcastify.patterns import compiled
from podcastify.text import html_to_plain

if TYPE_CHECKING:
    import feedparser

__all__ = ["decoded_for_checking", "decoding_problem", "sniffed_encoding"]

_DECLARATION = compiled(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._:-]+)[\"']", re.I)
_DECLARATION_TEXT = compiled(r"^\s*<\?xml[^>]*\?>", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_NULL_PATTERNS = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)
_MIN_NON_ASCII = 24
"""Fewer non-ASCII bytes than this are too few to judge (and to garble much)."""
_NON_ASCII_WORD = compiled(r"\w*[^\x00-\x7f]+\w*")
_AGREEMENT = 0.9
"""Share of feedparser's non-ASCII words a detector's reading must hold to agree."""
_MESS = 0.2
"""charset-normalizer's mess ratio from which a text reads as mojibake."""
_SAMPLE_ENTRIES = 50
_SAMPLE_CHARS = 20_000


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def sniffed_encoding(body: bytes) -> str:
    """The encoding the bytes announce: a BOM, the NUL pattern of UTF-16/32, else the XML
    declaration when Python knows it; empty when none of them says."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name
    for pattern, name in _NULL_PATTERNS:
        if body.startswith(pattern):
            return name
    if match := _DECLARATION.match(body):
        return _codec(match.group(1).decode("ascii"))
    return ""


def decoded_for_checking(body: bytes) -> str:
    """The document as text without its XML declaration, for a parser that knows only a
    few encodings; undecodable bytes are replaced (the result is only checked, not read)."""
    encoding = sniffed_encoding(body) or "utf-8"
    text = body.decode(encoding, "replace").lstrip("\ufeff")
    return _DECLARATION_TEXT.sub("", text, count=1)


def _non_ascii(body: bytes) -> int:
    return sum(1 for byte in body if byte > 0x7F)


def _read_text(parsed: feedparser.FeedParserDict) -> str:
    """A sample of the text feedparser decoded: titles and summaries, as plain text."""
    parts = [parsed.feed.get("title", "")]
    for entry in parsed.entries[:_SAMPLE_ENTRIES]:
        parts += [entry.get("title", ""), entry.get("summary", "")]
    return html_to_plain(" ".join(str(p) for p in parts))[:_SAMPLE_CHARS]


def _detector_agrees(body: bytes, words: set[str]) -> bool | None:
    """Whether a charset detector decodes the bytes to the same words; None if it has no
    opinion (nothing plausible)."""
    import charset_normalizer

    matches = charset_normalizer.from_bytes(body, preemptive_behaviour=False)
    if not matches:
        return None
    for match in matches:
        decoded = html.unescape(str(match))
        if sum(word in decoded for word in words) >= _AGREEMENT * len(words):
            return True
    return False


def decoding_problem(body: bytes, parsed: feedparser.FeedParserDict) -> str:
    """Why feedparser's text is not the feed's own text (one phrase), or '' when it is.

    feedparser guessed (its encoding override) or its text is a mess of accents and
    symbols, and a charset detector reads the bytes as other words: mojibake.
    """
    encoding = sniffed_encoding(body)
    if encoding.startswith(("utf-16", "utf-32")) or _non_ascii(body) < _MIN_NON_ASCII:
        return ""
    sample = _read_text(parsed)
    words = set(_NON_ASCII_WORD.findall(sample))
    if not words:
        return ""
    import feedparser
    from charset_normalizer.md import mess_ratio

    guessed = isinstance(
        parsed.get("bozo_exception"),
        (feedparser.CharacterEncodingOverride, feedparser.CharacterEncodingUnknown),
    )
    messy = mess_ratio(sample) >= _MESS
    agrees = _detector_agrees(body, words)
    if agrees and not messy:
        return ""
    if agrees is None and not guessed and not messy:
        return ""
    match = _DECLARATION.match(body)
    if match is None:
        return "it does not declare its encoding and its text cannot be read with certainty"
    declared = match.group(1).decode("ascii", "replace")
    return f"its text is not in the encoding it declares ({declared})"
