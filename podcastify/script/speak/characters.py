"""Typographic characters folded to the plain ones espeak-ng reads."""

from __future__ import annotations

import unicodedata

from podcastify.patterns import compiled

_UNICODE_TABLE = str.maketrans(
    {
        **dict.fromkeys("\t\n\r\v\f\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008", " "),
        **dict.fromkeys("\u2009\u200a\u202f\u205f\u3000", " "),
        **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f", ""),
        **dict.fromkeys("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069", ""),
        **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032\u02bc\u0060\u00b4", "'"),
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb", '"'),
        **dict.fromkeys("\u2010\u2011\u2212\ufe63\uff0d", "-"),
        **dict.fromkeys("\u2012\u2013", "\u2013"),
        **dict.fromkeys("\u2014\u2015\ufe58", "\u2014"),
        **dict.fromkeys("\u2044\u2215", "/"),
        "\u2026": "...",
        "\u00ba": "\u00b0",
    }
)
_VULGAR_FRACTIONS = {
    "½": "1/2",
    "⅓": "1/3",
    "⅔": "2/3",
    "¼": "1/4",
    "¾": "3/4",
    "⅕": "1/5",
    "⅖": "2/5",
    "⅗": "3/5",
    "⅘": "4/5",
    "⅙": "1/6",
    "⅚": "5/6",
    "⅛": "1/8",
    "⅜": "3/8",
    "⅝": "5/8",
    "⅞": "7/8",
}
_VULGAR_RE = compiled(rf"(\d)?([{''.join(_VULGAR_FRACTIONS)}])")
_GROUPING_SPACE_RE = compiled(r"(?<=\d)[\u2009\u202f\u00a0](?=\d{3}\b)")
_SPACES_RE = compiled(r" {2,}")
_CONTROL_RE = compiled(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # espeak rejects NUL


def normalize_unicode(text: str) -> str:
    """Fold typographic characters (curly quotes, odd spaces, dashes, "½") to plain ones."""
    text = unicodedata.normalize("NFC", _CONTROL_RE.sub("", text))
    text = _GROUPING_SPACE_RE.sub("", text)
    text = text.translate(_UNICODE_TABLE)
    text = _VULGAR_RE.sub(
        lambda m: (f"{m.group(1)} " if m.group(1) else "") + _VULGAR_FRACTIONS[m.group(2)],
        text,
    )
    return _SPACES_RE.sub(" ", text).strip()
