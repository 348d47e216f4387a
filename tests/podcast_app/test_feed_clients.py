"""A real feed as podcast apps read it: Apple's rules, three parsers, every link served.

The output folder is served by podcastify's own server and the build's base URL is that
server's address, so every URL in feed.xml can be fetched the way a podcast app would.
"""

from __future__ import annotations

import io
import shutil
import urllib.request
from datetime import UTC, datetime, timedelta

import feedparser
import podcastparser
import pytest

from podcastify.audio.master import decoded_duration
from podcastify.publish.channel import podcast_guid
from tests.podcast_app.conftest import Story, build, serving, write_config, write_feed
from tests.publish import feed_rules as rules

pytestmark = pytest.mark.e2e

STORIES = [
    Story(
        title="Moss on the North Side",
        guid="moss-1",
        link="https://shelf.example/moss",
        summary="Moss prefers shade.",
        published=datetime(2024, 2, 1, 6, 0, tzinfo=UTC),
        sections=(
            ("Shade", ("Moss keeps to the shaded side of a tree.",)),
            ("Water", ("It drinks through its leaves.",)),
        ),
    ),
    Story(
        title="Café Crema, Explained",
        guid="crema-2",
        link="https://shelf.example/crème",
        summary="Foam, oils & pressure.",
        published=datetime(2024, 2, 3, 6, 0, tzinfo=UTC),
        sections=(
            ("Pressure", ("Nine bars push water through the coffee.",)),
            ("Foam", ("Oils and gas make the golden foam.",)),
        ),
    ),
]
TRANSCRIPT_TYPES = ["text/vtt", "application/x-subrip", "application/json"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("clients")
    out = work / "public"
    out.mkdir()
    write_feed(work / "shelf.xml", STORIES)
    write_config(work, category="News > Tech News", explicit=True, locked=True)
    with serving(out) as base:
        build(work, "shelf.xml", "--out", "public", "--base-url", base)
        raw = (out / "feed.xml").read_bytes()
        yield {"work": work, "out": out, "base": base, "raw": raw}


@pytest.fixture(scope="module")
def files(built):
    """Per episode GUID: its MP3 path and decoded duration."""
    root = rules.parse_strict(built["raw"])
    found = {}
    for item in rules.items(root):
        path = built["out"] / item.find("enclosure").get("url").removeprefix(built["base"])
        found[item.find("guid").text] = {"mp3": path, "duration": decoded_duration(path)}
    return found


def _local(built, url: str):
    assert url.startswith(built["base"]), url
    path = built["out"] / urllib.request.url2pathname(url.removeprefix(built["base"]))
    assert path.is_file(), url
    return path


# -- Apple's rules on the real feed -----------------------------------------------------


def test_feed_passes_every_apple_rule(built):
    root = rules.parse_strict(built["raw"])
    rules.check_all(root)
    rules.check_explicit(root, True)
    rules.check_category(root, "News > Tech News")
    rules.check_image(root, built["out"], built["base"])
    rules.check_language(root, "en")
    rules.check_owner(root, "owner@shelf.example")
    rules.check_podcast_guid(root, built["base"] + "feed.xml")
    rules.check_locked(root, True)


def test_guids_stay_and_podcast_guid_survives_a_new_base_url(built, tmp_path):
    """A second run changes nothing; a new --base-url moves the files, not the identity."""
    work = tmp_path / "copy"
    shutil.copytree(built["work"], work)  # the state database comes along
    first = rules.parse_strict(built["raw"])
    guids = rules.check_guids(first)
    podcast = rules.one(rules.channel(first), "podcast:guid").text

    again = build(work, "shelf.xml", "--out", "public", "--base-url", built["base"])
    assert "0 added, 2 skipped" in again.stderr
    second = rules.parse_strict((work / "public" / "feed.xml").read_bytes())
    assert rules.check_guids(second) == guids
    assert rules.one(rules.channel(second), "podcast:guid").text == podcast

    moved = "https://cdn.example.net/shows/shelf/"
    build(work, "shelf.xml", "--out", "public", "--base-url", moved)
    third = rules.parse_strict((work / "public" / "feed.xml").read_bytes())
    assert rules.check_guids(third) == guids
    assert rules.one(rules.channel(third), "podcast:guid").text == podcast
    assert podcast == podcast_guid(built["base"] + "feed.xml") != podcast_guid(moved + "feed.xml")
    assert all(url.startswith(moved) for url in rules.check_enclosures(third))


# -- what each parser exposes -----------------------------------------------------------


def test_lxml_strict_sees_every_episode_enclosure_duration_and_link(built, files):
    root = rules.parse_strict(built["raw"])
    items = rules.items(root)
    assert [i.find("guid").text for i in items] == [s.guid for s in reversed(STORIES)]
    for item in items:
        found = files[item.find("guid").text]
        enclosure = rules.one(item, "enclosure")
        assert _local(built, enclosure.get("url")) == found["mp3"]
        assert int(enclosure.get("length")) == found["mp3"].stat().st_size
        assert enclosure.get("type") == "audio/mpeg"
        duration = int(rules.one(item, "itunes:duration").text)
        assert abs(duration - found["duration"]) <= 1.0
        for prefix in ("podcast", "legacy"):
            transcripts = item.findall(f"{prefix}:transcript", rules.NS)
            assert [t.get("type") for t in transcripts] == TRANSCRIPT_TYPES
            for transcript in transcripts:
                _local(built, transcript.get("url"))
            _local(built, rules.one(item, f"{prefix}:chapters").get("url"))
        assert len(rules.one(item, "psc:chapters")) >= 4


def test_feedparser_sees_every_episode_enclosure_duration_and_link(built, files):
    parsed = feedparser.parse(built["raw"])
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert [e.id for e in parsed.entries] == [s.guid for s in reversed(STORIES)]
    for entry, story in zip(parsed.entries, reversed(STORIES), strict=True):
        found = files[entry.id]
        assert entry.title == story.title
        (enclosure,) = entry.enclosures
        assert _local(built, enclosure.href) == found["mp3"]
        assert int(enclosure.length) == found["mp3"].stat().st_size
        assert enclosure.type == "audio/mpeg"
        assert abs(int(entry.itunes_duration) - found["duration"]) <= 0.1
        # feedparser keeps only the last podcast:transcript of an item: the JSON one.
        assert entry.podcast_transcript["type"] == "application/json"
        assert _local(built, entry.podcast_transcript["url"]).name.endswith(".transcript.json")
        assert _local(built, entry.podcast_chapters["url"]).name.endswith(".chapters.json")
        titles = [c["title"] for c in entry.psc_chapters["chapters"]]
        assert titles[0] == "Introduction" and titles[-1] == "Credits"
        starts = [c["start_parsed"] for c in entry.psc_chapters["chapters"]]
        assert starts == sorted(starts) and starts[-1] < timedelta(seconds=found["duration"])


def test_podcastparser_sees_every_episode_enclosure_duration_and_link(built, files):
    parsed = podcastparser.parse(built["base"] + "feed.xml", io.BytesIO(built["raw"]))
    assert parsed["title"] == "Shelf Talk"
    assert parsed["cover_url"].startswith(built["base"])
    assert parsed["explicit"] is True
    episodes = parsed["episodes"]
    assert [e["guid"] for e in episodes] == [s.guid for s in reversed(STORIES)]
    for episode, story in zip(episodes, reversed(STORIES), strict=True):
        found = files[episode["guid"]]
        assert episode["title"] == story.title
        assert episode["published"] == int(story.published.timestamp())
        (enclosure,) = episode["enclosures"]
        assert _local(built, enclosure["url"]) == found["mp3"]
        assert enclosure["file_size"] == found["mp3"].stat().st_size
        assert enclosure["mime_type"] == "audio/mpeg"
        assert abs(episode["total_time"] - found["duration"]) <= 1.0
        assert _local(built, episode["transcript_url"]).name.endswith(".transcript.json")
        assert _local(built, episode["chapters_json_url"]).name.endswith(".chapters.json")
        titles = [c["title"] for c in episode["chapters"]]
        assert titles == ["Introduction", *(h for h, _ in story.sections), "Credits"]


# -- every link works over HTTP ---------------------------------------------------------


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # loopback, no proxy


def _fetch(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    with _DIRECT.open(request, timeout=10) as response:
        return response.status, response.headers, response.read()


EXPECTED_TYPES = {
    ".mp3": "audio/mpeg",
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".png": "image/png",
    ".xml": "application/rss+xml",
}


def test_every_url_in_the_feed_is_served_with_its_type(built):
    root = rules.parse_strict(built["raw"])
    urls = {
        value
        for element in root.iter()
        for name in ("url", "href")
        if (value := element.get(name)) and value.startswith(built["base"])
    }
    assert len(urls) >= 2 + 2 * 5  # feed, cover, and per episode mp3 + 3 transcripts + chapters
    for url in sorted(urls):
        status, headers, body = _fetch(url)
        assert status == 200, url
        suffix = url[url.rfind(".") :]
        assert headers.get_content_type() == EXPECTED_TYPES[suffix], (url, headers["Content-Type"])
        assert body == _local(built, url).read_bytes()


def test_enclosures_answer_apples_first_range_request(built):
    root = rules.parse_strict(built["raw"])
    for url in rules.check_enclosures(root):
        status, headers, body = _fetch(url, Range="bytes=0-1")
        size = _local(built, url).stat().st_size
        assert status == 206 and body == _local(built, url).read_bytes()[:2]
        assert headers["Content-Range"] == f"bytes 0-1/{size}"
