"""Sentence splitting with pysbd, so that "Dr. Smith" or "the U.S. Senate" never splits."""

from __future__ import annotations

from functools import lru_cache

import pysbd


@lru_cache(maxsize=4)
def _segmenter(language: str) -> pysbd.Segmenter:
    try:
        return pysbd.Segmenter(language=language, clean=False)
    except ValueError:
        return pysbd.Segmenter(language="en", clean=False)


def split_sentences(text: str, language: str = "en") -> list[str]:
    """Sentences of one paragraph, stripped, empty ones dropped."""
    text = text.strip()
    if not text:
        return []
    return [s.strip() for s in _segmenter(language[:2].lower()).segment(text) if s.strip()]
