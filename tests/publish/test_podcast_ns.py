"""Our feedgen extensions: podcast:guid, the legacy podcast: copies, Podlove chapters.

What each parser exposes is asserted, because that is what podcast apps built on them see:
podcastparser (gPodder) reads podcast: tags only under the first namespace URI and reads
psc:chapters; feedparser keeps the last podcast:transcript of an item.
"""

from __future__ import annotations

import io
from datetime import timedelta

import feedparser
import podcastparser
import pytest
from feedgen.feed import FeedGenerator

from podcastify.publish.channel import podcast_guid
from podcastify.publish.feed import build_feed
from podcastify.publish.podcast_ns import (
    PODCAST_LEGACY_NS,
    PODCAST_LEGACY_PREFIX,
    PODCAST_NS,
    PSC_NS,
    npt,
    register_extensions,
)
from tests.publish import feed_rules as rules
from tests.publish.conftest import BASE, chapters_file_of, transcripts_of


@pytest.mark.parametrize(
    ("feed_url", "expected"),
    [
        # Test vectors from the Podcasting 2.0 specification.
        ("podnews.net/rss", "9b024349-ccf0-5f69-a609-6b82873eab3c"),
        ("https://podnews.net/rss", "9b024349-ccf0-5f69-a609-6b82873eab3c"),
        ("https://podnews.net/rss/", "9b024349-ccf0-5f69-a609-6b82873eab3c"),
        ("mp3s.nashownotes.com/pc20rss.xml", "917393e3-1b1e-5cef-ace4-edaa54e1f810"),
        ("http://mp3s.nashownotes.com/pc20rss.xml", "917393e3-1b1e-5cef-ace4-edaa54e1f810"),
    ],
)
def test_podcast_guid_matches_the_specifications_vectors(feed_url, expected):
    assert podcast_guid(feed_url) == expected


def test_podcast_guid_differs_per_feed():
    assert podcast_guid("https://a.example/feed.xml") != podcast_guid("https://b.example/feed.xml")


@pytest.mark.parametrize(
    ("seconds", "expected"),
    [
        (0, "00:00:00.000"),
        (0.25, "00:00:00.250"),
        (8.9854, "00:00:08.985"),
        (61.6, "00:01:01.600"),
        (3723.5, "01:02:03.500"),
        (-0.001, "00:00:00.000"),
    ],
)
def test_podlove_start_times_are_normal_play_time(seconds, expected):
    assert npt(seconds) == expected


def test_extensions_are_registered_on_the_generator():
    fg = FeedGenerator()
    register_extensions(fg)
    entry = fg.add_entry()
    for name in ("podcastindex", "podcastlegacy", "psc"):
        assert hasattr(fg, name) and hasattr(entry, name)


def test_each_item_carries_links_under_both_uris_and_podlove_chapters(channel, episodes):
    raw = build_feed(channel, episodes)
    root = rules.parse_strict(raw)
    assert root.nsmap[PODCAST_LEGACY_PREFIX] == PODCAST_LEGACY_NS
    assert root.nsmap["podcast"] == PODCAST_NS and root.nsmap["psc"] == PSC_NS
    for item, episode in zip(rules.items(root), episodes, strict=True):
        canonical = [dict(t.attrib) for t in item.findall("podcast:transcript", rules.NS)]
        legacy = [dict(t.attrib) for t in item.findall("legacy:transcript", rules.NS)]
        assert [t["url"] for t in canonical] == [BASE + name for name in transcripts_of(episode)]
        assert [t["type"] for t in canonical] == [
            "text/vtt",
            "application/x-subrip",
            "application/json",
        ]
        assert [t.get("rel") for t in canonical] == ["captions", "captions", None]
        assert all(t["language"] == "en" for t in canonical)
        assert legacy == canonical
        chapters = dict(rules.one(item, "podcast:chapters").attrib)
        assert chapters == {
            "url": BASE + chapters_file_of(episode),
            "type": "application/json+chapters",
        }
        assert dict(rules.one(item, "legacy:chapters").attrib) == chapters
        psc = rules.one(item, "psc:chapters")
        assert psc.get("version") == "1.2"
        assert [(c.get("start"), c.get("title")) for c in psc] == [
            (npt(c.start), c.title) for c in episode.chapters
        ]


def test_podcastparser_sees_transcript_chapters_url_and_chapters(channel, episodes):
    raw = build_feed(channel, episodes)
    parsed = podcastparser.parse(BASE + "feed.xml", io.BytesIO(raw))
    for got, episode in zip(parsed["episodes"], episodes, strict=True):
        # podcastparser keeps the last transcript link it reads.
        assert got["transcript_url"] == BASE + transcripts_of(episode)[-1]
        assert got["chapters_json_url"] == BASE + chapters_file_of(episode)
        assert got["chapters"] == [
            {"start": int(c.start), "title": c.title} for c in episode.chapters
        ]


def test_without_the_legacy_copy_podcastparser_would_see_no_links(channel, episodes):
    """Why the copy exists: strip it and gPodder's parser loses both links."""
    raw = build_feed(channel, episodes)
    stripped = raw.replace(PODCAST_LEGACY_NS.encode(), b"urn:x-unknown")
    parsed = podcastparser.parse(BASE + "feed.xml", io.BytesIO(stripped))
    for got in parsed["episodes"]:
        assert "transcript_url" not in got and "chapters_json_url" not in got


def test_feedparser_keeps_the_last_transcript_and_reads_podlove(channel, episodes):
    raw = build_feed(channel, episodes)
    parsed = feedparser.parse(raw)
    assert not parsed.bozo
    assert parsed.feed.podcast_guid == channel.podcast_guid
    for entry, episode in zip(parsed.entries, episodes, strict=True):
        assert entry.podcast_transcript == {
            "url": BASE + transcripts_of(episode)[-1],
            "type": "application/json",
            "language": "en",
        }
        assert entry.podcast_chapters["url"] == BASE + chapters_file_of(episode)
        assert entry.podcastlegacy_transcript == entry.podcast_transcript
        chapters = entry.psc_chapters["chapters"]
        assert [c["title"] for c in chapters] == [c.title for c in episode.chapters]
        assert [c["start_parsed"] for c in chapters] == [
            timedelta(milliseconds=round(c.start * 1000)) for c in episode.chapters
        ]


def test_episode_without_chapters_has_no_empty_chapter_tags(channel, episodes):
    from dataclasses import replace

    bare = replace(episodes[0], chapters=())
    root = rules.parse_strict(build_feed(channel, [bare], {bare.guid: []}))
    (item,) = rules.items(root)
    for path in ("psc:chapters", "podcast:chapters", "legacy:chapters", "podcast:transcript"):
        assert item.findall(path, rules.NS) == []
