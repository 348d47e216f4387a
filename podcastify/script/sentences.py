"""Sentence splitting with pysbd, so that "Dr. Smith" or "the U.S. Senate" never splits.

Piper's time and memory grow with the square of a sentence's length (a 600-word sentence
takes 7 GB), so a run-on sentence is cut into spoken pieces at its natural pauses.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

MAX_WORDS = 40
"""Longest piece handed to the engine in one go."""

# Where a long sentence may be cut, best first: clause marks, then commas, then before
# a conjunction. A piece never ends on a lone word.
_BREAKS = (
    re.compile(r"(?<=[;:])\s+"),
    re.compile(r"\s+(?=[—–]\s)|(?<=[—–])\s+"),
    re.compile(r"(?<=,)\s+"),
    re.compile(r"\s+(?=(?:and|but|or|because|which|while|although|so|yet)\s)", re.I),
)


@lru_cache(maxsize=4)
def _segmenter(language: str) -> pysbd.Segmenter:
    try:
        return pysbd.Segmenter(language=language, clean=False)
    except ValueError:
        return pysbd.Segmenter(language="en", clean=False)


def _words(text: str) -> int:
    return len(text.split())


def _pack(parts: list[str], limit: int) -> list[str]:
    """Join neighbouring parts back together while they stay within ``limit`` words."""
    pieces: list[str] = []
    for part in parts:
        if pieces and _words(pieces[-1]) + _words(part) <= limit:
            pieces[-1] = f"{pieces[-1]} {part}"
        else:
            pieces.append(part)
    return pieces


def split_long(sentence: str, limit: int = MAX_WORDS, level: int = 0) -> list[str]:
    """``sentence`` as pieces of at most ``limit`` words, cut at the gentlest break."""
    if _words(sentence) <= limit:
        return [sentence]
    if level == len(_BREAKS):
        words = sentence.split()
        return [" ".join(words[i : i + limit]) for i in range(0, len(words), limit)]
    parts = [p for p in _BREAKS[level].split(sentence) if p.strip()]
    if len(parts) == 1:
        return split_long(sentence, limit, level + 1)
    out: list[str] = []
    for piece in _pack(parts, limit):
        out.extend(split_long(piece, limit, level + 1))
    return out


def split_sentences(text: str, language: str = "en") -> list[str]:
    """Sentences of one paragraph, stripped, empty ones dropped, run-ons cut into pieces."""
    text = text.strip()
    if not text:
        return []
    sentences = [s.strip() for s in _segmenter(language[:2].lower()).segment(text) if s.strip()]
    return [piece for sentence in sentences for piece in split_long(sentence)]
