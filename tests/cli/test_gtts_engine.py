"""gTTS as a full engine: Google faked at the HTTP layer, so gTTS's own request code runs."""

from __future__ import annotations

from datetime import UTC, datetime

import feedparser
import pytest
from mutagen.id3 import ID3

from podcastify.audio.master import decoded_duration
from tests.helpers.fake_google import Reply, start_fake_google
from tests.helpers.feeds import Item, rss

pytestmark = pytest.mark.e2e

ITEM = Item(
    title="Kites Over the Harbour",
    guid="kites-1",
    author="Lena Gale",
    published=datetime(2024, 4, 7, 10, 0, tzinfo=UTC),
    html="<p>A kite needs wind from one side and a steady hand on the other.</p>",
)


@pytest.fixture
def google(tmp_path):
    fake = start_fake_google(tmp_path)
    yield fake
    fake.server.shutdown()


def _build(cli, site, tmp_path, google, *extra):
    feed = site.add("/feed.xml", rss([ITEM]), "application/rss+xml")
    return cli(
        "build", feed, "--engine", "gtts", "--out", "out", *extra, cwd=tmp_path, env=google.env()
    )


def test_gtts_episode_goes_through_the_same_path(cli, site, tmp_path, google):
    result = _build(cli, site, tmp_path, google)
    assert result.returncode == 0, result.stderr
    assert "1 added" in result.stderr
    # Every sentence of the script went to "Google" (gTTS drops the final full stop).
    spoken = " ".join(google.texts)
    assert "A kite needs wind from one side and a steady hand on the other" in spoken
    assert "Kites Over the Harbour" in spoken
    (mp3,) = (tmp_path / "out").glob("*.mp3")
    assert str(ID3(mp3, translate=False)["TIT2"]) == ITEM.title
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    assert not feed.bozo
    (entry,) = feed.entries
    assert int(entry.enclosures[0].length) == mp3.stat().st_size
    # The fake's tones last 50 ms a character: the episode is at least that long.
    assert decoded_duration(mp3) >= 0.05 * len(spoken) * 0.9
    assert abs(int(entry.itunes_duration) - decoded_duration(mp3)) <= 0.1


def test_gtts_retries_429_and_5xx_then_publishes(cli, site, tmp_path, google):
    google.script = [Reply(429, {"Retry-After": "1"}), Reply(503), Reply(500)]
    result = _build(cli, site, tmp_path, google)
    assert result.returncode == 0, result.stderr
    assert google.requests >= len(google.texts) + 3
    assert len(list((tmp_path / "out").glob("*.mp3"))) == 1


def test_gtts_gives_up_in_bounded_time_and_publishes_nothing_partial(cli, site, tmp_path, google):
    google.script = [Reply(503)] * 100
    config = tmp_path / "podcastify.toml"
    config.write_text("[voice]\nretry_seconds = 3\n")
    result = _build(cli, site, tmp_path, google, "--config", str(config))
    assert result.returncode == 1
    assert "giving up" in result.stderr or "gTTS failed" in result.stderr
    assert "Traceback" not in result.stderr
    out = tmp_path / "out"
    assert not list(out.glob("*.mp3")) and not list(out.glob(".tmp-*"))
    # Nothing was ever published: no podcast was created.
    assert not (out / "feed.xml").exists()
