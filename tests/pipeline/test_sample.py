"""The bundled sample (what `make demo` builds) publishes all its essays offline, cleanly.

A fresh machine has no network: every essay must be whole in the feed, so that none is
refused as a teaser or narrated with a warning that its page could not be read.
"""

from __future__ import annotations

from pathlib import Path

import feedparser

from podcastify.config import load_config
from podcastify.pipeline import Builder
from tests.pipeline.conftest import Recorder

SAMPLE_CONFIG = Path(__file__).resolve().parents[2] / "samples" / "podcastify.toml"


def test_the_sample_builds_every_essay_with_no_warning(engines, tmp_path: Path) -> None:
    config = load_config(SAMPLE_CONFIG, {"out": str(tmp_path / "audio"), "engine": "wordclock"})
    (settings,) = config.podcasts
    sample = feedparser.parse(str(SAMPLE_CONFIG.parent / "reading-room.xml"))
    recorder = Recorder()
    result = Builder(
        settings, state_dir=tmp_path / "state", engines=engines, reporter=recorder
    ).run(list(settings.podcast.sources))
    assert not result.failed and not recorder.failures, recorder.failures
    assert recorder.warnings == []
    assert sorted(e.title for e in result.added) == sorted(e.title for e in sample.entries)
    published = feedparser.parse(str(tmp_path / "audio" / "feed.xml"))
    assert len(published.entries) == len(sample.entries)
