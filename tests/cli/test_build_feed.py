"""A feed served over HTTP becomes a subscribable podcast: the whole path, real parts."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import podcastparser
import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3, BitrateMode

from podcastify.audio.master import decoded_duration
from tests.helpers.feeds import Item, rss

pytestmark = pytest.mark.e2e

ITEMS = [
    Item(
        title="Tides and the Moon",
        guid="tides-1",
        author="Nia Harbour",
        link="https://example.org/tides",
        published=datetime(2024, 5, 2, 8, 0, tzinfo=UTC),
        html="<p>Twice a day the sea climbs the beach and slips back again.</p>"
        "<h2>The Pull</h2><p>The moon pulls the water toward it as the earth turns.</p>",
    ),
    Item(
        title="Why Bread Rises",
        guid="bread-2",
        author="Omar Crust",
        link="https://example.org/bread",
        published=datetime(2024, 6, 9, 17, 30, tzinfo=UTC),
        html="<p>Yeast eats sugar and breathes out tiny bubbles of gas.</p>",
    ),
]
NEW_ITEM = Item(
    title="Snow Has Colours",
    guid="snow-3",
    author="Ines Frost",
    link="https://example.org/snow",
    published=datetime(2024, 12, 1, 6, 0, tzinfo=UTC),
    html="<p>Deep snow can look blue, because it soaks up red light.</p>",
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Build once from a served feed; later tests read the result or build again."""
    from tests.helpers.cli import run_podcastify
    from tests.helpers.web import start_site

    site = start_site()
    work = tmp_path_factory.mktemp("podcast")
    feed_url = site.add("/feed.xml", rss(ITEMS), "application/rss+xml")
    base = "http://podcasts.example.net/show/"
    args = ("build", feed_url, "--out", "public", "--base-url", base)
    first = run_podcastify(*args, cwd=work)
    yield {
        "site": site,
        "work": work,
        "out": work / "public",
        "args": args,
        "first": first,
        "base": base,
    }
    site.server.shutdown()


def _feed(out: Path) -> feedparser.FeedParserDict:
    return feedparser.parse((out / "feed.xml").read_bytes())


def test_first_run_publishes_every_article(built):
    result = built["first"]
    assert result.returncode == 0, result.stderr
    assert "2 added, 0 skipped, 0 failed" in result.stderr
    assert "Traceback" not in result.stderr
    mp3s = sorted(p.name for p in built["out"].glob("*.mp3"))
    assert len(mp3s) == 2
    assert not list(built["out"].glob(".tmp-*"))


def test_feed_parses_in_feedparser_with_every_episode(built):
    feed = _feed(built["out"])
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.feed.title and feed.feed.language == "en"
    assert [e.title for e in feed.entries] == ["Why Bread Rises", "Tides and the Moon"]
    for entry, item in zip(feed.entries, reversed(ITEMS), strict=True):
        assert entry.id == item.guid
        assert entry.guidislink is False
        assert parsedate_to_datetime(entry.published) == item.published
        (enclosure,) = entry.enclosures
        assert enclosure.type == "audio/mpeg"
        assert enclosure.href.startswith(built["base"])
        local = built["out"] / enclosure.href.removeprefix(built["base"])
        assert int(enclosure.length) == local.stat().st_size


def test_feed_parses_in_podcastparser(built):
    with open(built["out"] / "feed.xml", "rb") as handle:
        parsed = podcastparser.parse(built["base"] + "feed.xml", handle)
    assert parsed["title"]
    assert parsed["cover_url"] == built["base"] + "cover.png"
    episodes = parsed["episodes"]
    assert [e["title"] for e in episodes] == ["Why Bread Rises", "Tides and the Moon"]
    for episode, item in zip(episodes, reversed(ITEMS), strict=True):
        assert episode["guid"] == item.guid
        assert episode["published"] == int(item.published.timestamp())
        (enclosure,) = episode["enclosures"]
        local = built["out"] / enclosure["url"].removeprefix(built["base"])
        assert enclosure["file_size"] == local.stat().st_size
        assert enclosure["mime_type"] == "audio/mpeg"
        assert abs(episode["total_time"] - decoded_duration(local)) <= 1.0


def test_mp3_is_cbr_mono_44k_with_tags_that_read_back(built):
    feed = _feed(built["out"])
    for entry, item in zip(feed.entries, reversed(ITEMS), strict=True):
        path = built["out"] / entry.enclosures[0].href.removeprefix(built["base"])
        info = MP3(path).info
        assert (info.channels, info.sample_rate, info.bitrate) == (1, 44100, 64000)
        assert info.bitrate_mode == BitrateMode.CBR
        tags = ID3(path, translate=False)
        assert tags.version[:2] == (2, 3)
        assert str(tags["TIT2"]) == item.title
        assert str(tags["TPE1"]) == item.author
        assert str(tags["TALB"]) == feed.feed.title
        assert str(tags["TYER"]) == f"{item.published.year}"
        assert str(tags["TDAT"]) == f"{item.published.day:02d}{item.published.month:02d}"
        assert str(tags["TCON"]) == "Podcast"
        assert tags.getall("COMM")[0].text[0]
        assert tags.getall("APIC")[0].data == (built["out"] / "cover.png").read_bytes()
        assert tags.getall("PCST")[0].value == 1
        assert tags.getall("WFED")[0].url == built["base"] + "feed.xml"
        assert str(tags["TGID"]) == item.guid
        # Duration: the feed's whole seconds match the decoded audio within a second.
        duration = decoded_duration(path)
        assert abs(int(entry.itunes_duration) - duration) <= 0.1
        assert abs(info.length - duration) <= 0.1


def test_cover_is_square_and_in_apples_size_range(built):
    from PIL import Image

    with Image.open(built["out"] / "cover.png") as image:
        assert image.format == "PNG"
        assert image.size[0] == image.size[1]
        assert 1400 <= image.size[0] <= 3000


def test_no_private_state_in_the_published_folder(built):
    names = {p.name for p in built["out"].iterdir()}
    assert not any(n.startswith(".") or n.endswith((".db", ".sqlite")) for n in names), names
    (state,) = (built["work"] / ".podcastify").glob("public-*/state.db")
    assert state.is_file()


def test_second_run_synthesises_nothing_and_keeps_the_feed(built):
    from tests.helpers.cli import run_podcastify

    out = built["out"]
    before = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.glob("*.mp3")}
    feed_before = _feed(out)
    episodes_before = [
        (e.id, e.enclosures[0].href, e.enclosures[0].length) for e in feed_before.entries
    ]
    again = run_podcastify(*built["args"], cwd=built["work"])
    assert again.returncode == 0, again.stderr
    assert "0 added, 2 skipped, 0 failed" in again.stderr
    after = {p.name: (p.stat().st_mtime_ns, p.read_bytes()) for p in out.glob("*.mp3")}
    assert after == before
    assert [
        (e.id, e.enclosures[0].href, e.enclosures[0].length) for e in _feed(out).entries
    ] == episodes_before
    # Nothing changed, so the feed does not claim to be newer.
    assert _feed(out).feed.updated == feed_before.feed.updated


def test_a_new_item_makes_exactly_one_new_episode(built):
    from tests.helpers.cli import run_podcastify

    out = built["out"]
    before = {p.name: p.stat().st_mtime_ns for p in out.glob("*.mp3")}
    updated_before = _feed(out).feed.updated_parsed
    built["site"].add("/feed.xml", rss([NEW_ITEM, *ITEMS]), "application/rss+xml")
    result = run_podcastify(*built["args"], cwd=built["work"])
    assert result.returncode == 0, result.stderr
    assert "1 added, 2 skipped, 0 failed" in result.stderr
    after = {p.name: p.stat().st_mtime_ns for p in out.glob("*.mp3")}
    new = set(after) - set(before)
    assert len(new) == 1 and "snow-has-colours" in new.pop()
    assert all(after[name] == mtime for name, mtime in before.items())
    titles = [e.title for e in _feed(out).entries]
    assert titles == ["Snow Has Colours", "Why Bread Rises", "Tides and the Moon"]
    assert _feed(out).feed.updated_parsed >= updated_before


def test_list_shows_published_episodes(built):
    from tests.helpers.cli import run_podcastify

    result = run_podcastify("list", "--out", "public", cwd=built["work"])
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) >= 2
    assert lines[-1].startswith("2024-05-02") and "Tides and the Moon" in lines[-1]
    # Another output folder is another podcast: nothing published there yet.
    other = run_podcastify("list", "--out", "elsewhere", cwd=built["work"])
    assert other.returncode == 0 and other.stdout == ""
    assert "no episodes" in other.stderr
