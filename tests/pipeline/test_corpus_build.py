"""`build` on real-world and edge-case feeds, in-process with the fast fake engine: never
an exception that is not one of podcastify's one-line errors, and a healthy feed after."""

from __future__ import annotations

import io
import random
from pathlib import Path

import feedparser
import podcastparser
import pytest

from podcastify.sources import FetchLimits, read_source

pytestmark = pytest.mark.faults

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "corpus"
READABLE = []
for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix != ".md"):
    try:
        if read_source(str(path), FetchLimits(timeout=1), lambda message: None):
            READABLE.append(path)
    except Exception:  # refused sources are test_corpus.py's business
        pass
SAMPLE = random.Random(9).sample(READABLE, min(40, len(READABLE)))


def test_there_are_enough_readable_feeds_to_build():
    assert len(SAMPLE) >= 30


@pytest.mark.parametrize("path", SAMPLE, ids=[p.name for p in SAMPLE])
def test_build_never_raises_anything_but_a_one_line_error(podcast, path):
    result = podcast.build(str(path), limit=1, timeout=1)
    assert all("\n" not in str(failure) for failure in result.failed)
    if result.added:
        raw = (podcast.out / "feed.xml").read_bytes()
        assert not feedparser.parse(raw).bozo
        parsed = podcastparser.parse("https://pods.example.org/show/feed.xml", io.BytesIO(raw))
        assert len(parsed["episodes"]) == len(result.added)
