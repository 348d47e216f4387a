"""A verbatim daily (or weekly) digest: one episode per day reading that day's new articles
in full, a chapter per article (and per section), published once the day is over."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import podcastparser
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from podcastify.pipeline import period_end, period_of, period_words
from tests.pipeline.conftest import item


def _at(day: int, hour: int = 9) -> datetime:
    return datetime(2025, 5, day, hour, 0, tzinfo=UTC)


def _feed_items(path):
    with open(path, "rb") as handle:
        return podcastparser.parse("https://pods.example.org/show/feed.xml", handle)["episodes"]


@pytest.mark.parametrize(
    ("when", "kind", "period"),
    [
        (_at(1), "daily", "2025-05-01"),
        (_at(1, 23), "daily", "2025-05-01"),
        (_at(5), "weekly", "2025-W19"),
        (_at(11, 23), "weekly", "2025-W19"),
        (_at(12), "weekly", "2025-W20"),
    ],
)
def test_periods(when, kind, period):
    assert period_of(when, kind) == period


def test_period_words_and_ends():
    assert period_words("2025-05-01") == "Thursday, May 1, 2025"
    assert period_words("2025-W19") == "the week of Monday, May 5, 2025"
    assert period_end("2025-05-01").astimezone(UTC) == datetime(2025, 5, 1, 23, 59, 59, tzinfo=UTC)


@pytest.fixture
def digest(podcast, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    podcast.settings = podcast.settings.with_values({"digest": "daily"})
    return podcast


def _two_days():
    return [
        item(1, "Owls see well at night because their eyes are large.", published=_at(1, 8)),
        item(
            2,
            "Moss grows thick on the north side of old walls.",
            published=_at(1, 15),
            html="<p>Moss grows thick on the north side.</p><h2>Why North</h2>"
            "<p>The north side stays damp and shaded for longer.</p>",
        ),
        item(3, "Rain gardens hold water for days after a storm.", published=_at(2, 10)),
    ]


def test_a_day_is_published_once_it_is_over_and_the_next_waits(digest):
    source = digest.feed(_two_days())
    digest.clock[0] = _at(2, 12)  # day 2 is not over yet
    first = digest.build(source)
    (episode,) = first.added
    assert episode.title == "Test Show: Thursday, May 1, 2025"
    assert [c.title for c in episode.chapters] == [
        "Introduction",
        "Story number 1",
        "Story number 2",
        "Story number 2 — Why North",
        "Credits",
    ]
    assert [c.url for c in episode.chapters][1:4] == [
        "https://example.org/1",
        "https://example.org/2",
        "https://example.org/2",
    ]
    audio = MP3(digest.out / episode.filename).info.length
    assert all(0 <= c.start < c.end <= audio + 0.01 for c in episode.chapters)
    assert len(ID3(digest.out / episode.filename).getall("CHAP")) == 5
    transcript = json.loads((digest.out / episode.files.side()[2][0]).read_text())
    assert all(s["endTime"] <= audio + 0.01 for s in transcript["segments"])
    assert any("north side stays damp" in s["body"] for s in transcript["segments"])

    # The same day again: nothing new, the digest keeps its GUID and file.
    again = digest.build(source)
    assert again.added == [] and again.failed == []

    digest.clock[0] = _at(3, 6)
    third = digest.build(source)
    (second_day,) = third.added
    assert second_day.title == "Test Show: Friday, May 2, 2025"
    assert [c.title for c in second_day.chapters][1:-1] == ["Story number 3"]
    entries = _feed_items(digest.out / "feed.xml")
    assert [e["guid"] for e in entries] == [second_day.guid, episode.guid]
    assert episode.guid.endswith(":2025-05-01") and second_day.guid.endswith(":2025-05-02")
    notes = next(e for e in entries if e["guid"] == episode.guid)["description_html"]
    assert "https://example.org/2" in notes and "0:0" in notes


def test_held_articles_survive_their_feed_moving_on(digest):
    digest.clock[0] = _at(1, 20)
    source = digest.feed(_two_days()[:1])
    assert digest.build(source).added == []  # day 1 not over: held
    digest.feed([item(9, "Something else entirely, published later.", published=_at(2, 7))])
    digest.clock[0] = _at(2, 12)
    (episode,) = digest.build(source).added
    assert [c.title for c in episode.chapters][1:-1] == ["Story number 1"]


def test_digest_now_publishes_the_current_day_and_later_articles_get_their_own(digest):
    digest.clock[0] = _at(1, 16)
    source = digest.feed(_two_days()[:1])
    (early,) = digest.builder().run([source], digest_now=True).added
    assert early.published == _at(1, 16)
    digest.feed([*_two_days()[:1], item(5, "A late story of the same day.", published=_at(1, 18))])
    digest.clock[0] = _at(2, 1)
    (late,) = digest.build(source).added
    assert late.guid == early.guid + "-2"
    assert [c.title for c in late.chapters][1:-1] == ["Story number 5"]


def test_the_digest_feed_reads_in_a_podcast_app(digest):
    digest.clock[0] = _at(3)
    digest.build(digest.feed(_two_days()))
    raw = (digest.out / "feed.xml").read_bytes()
    episodes = podcastparser.parse("https://pods.example.org/show/feed.xml", io.BytesIO(raw))
    assert len(episodes["episodes"]) == 2
