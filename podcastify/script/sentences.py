"""Sentence splitting with pysbd, so that "Dr. Smith" or "the U.S. Senate" never splits.

A sentence is spoken whole, as one utterance. Piper's time and memory grow with the length of
what it is given (``benchmarks/bench_sentence_length.py``; measured on this machine, one
utterance of 40 words peaks at 0.37 GB and takes 3 s, 120 words 0.86 GB and 5 s, 240 words
1.6 GB and 33 s, 640 words 3.9 GB and 104 s), while the longest sentence of the
repository's articles has 99 words and 99 in 100 have at most 73. So only a sentence longer
than :data:`MAX_WORDS` is cut, at a semicolon, colon or dash if it has one (the mark stays, so
the voice goes on rather than ends), else at a comma, a conjunction, or a word count.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pysbd

from podcastify.patterns import compiled
from podcastify.settings import ScriptSettings

MAX_WORDS = ScriptSettings.max_sentence_words
"""Longest sentence handed to the engine in one go, unless the [script] settings say
otherwise: above the longest real sentence measured (99 words)."""

# Where a too-long sentence may be cut, best first: clause marks, dashes, then commas, then
# before a conjunction. Every mark stays at the end of the piece before the cut.
_BREAKS = (
    compiled(r"(?<=[;:])\s+"),
    compiled(r"(?<=[—–])\s+|(?<=\s-)\s+"),
    compiled(r"(?<=,)\s+"),
    compiled(r"\s+(?=(?:and|but|or|because|which|while|although|so|yet)\s)", re.I),
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
    """``sentence`` whole, or if longer than ``limit`` words, cut at the gentlest break."""
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


def segment(text: str, language: str = "en") -> list[str]:
    """The sentences pysbd finds in one paragraph, stripped, empty ones dropped."""
    text = text.strip()
    if not text:
        return []
    return [s.strip() for s in _segmenter(language[:2].lower()).segment(text) if s.strip()]


def split_sentences(text: str, language: str = "en", limit: int = MAX_WORDS) -> list[str]:
    """Sentences of one paragraph, each whole unless longer than ``limit`` words."""
    return [piece for sentence in segment(text, language) for piece in split_long(sentence, limit)]
