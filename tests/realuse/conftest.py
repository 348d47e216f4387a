"""The real-use suite: what a user does in an ordinary week, through the real CLI, from
different working folders, asserting what subscribers rely on.

An episode, once in the feed, keeps its GUID, URL, length and bytes until its owner
removes it; a run that publishes nothing leaves feed.xml and index.html byte for byte; a
run whose every source failed creates no podcast. The feed is read with the podcast
clients' own parsers (feedparser, and gPodder's podcastparser).
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import podcastparser
import pytest

from tests.helpers.cli import run_podcastify
from tests.helpers.feeds import Item, write_feed

# (each test module carries the realuse mark: a mark set here would not reach them)

BASE = "https://pods.example.org/show/"


@dataclass(frozen=True)
class Published:
    """One item as subscribers see it."""

    guid: str
    url: str
    length: int
    title: str
    published: int
    """Seconds since the epoch, from podcastparser."""


@dataclass(frozen=True)
class Snapshot:
    items: dict[str, Published]
    files: dict[str, str]
    """File name → sha256 of every file in the output folder."""
    feed: bytes
    index: bytes


def snapshot(out: Path, base: str = BASE) -> Snapshot:
    """The podcast as subscribers see it, checked by two clients' parsers."""
    feed = (out / "feed.xml").read_bytes()
    parsed = feedparser.parse(feed)
    assert not parsed.bozo, parsed.get("bozo_exception")
    pp = podcastparser.parse(base + "feed.xml", io.BytesIO(feed))
    items = {
        e["guid"]: Published(
            e["guid"],
            e["enclosures"][0]["url"],
            e["enclosures"][0]["file_size"],
            e["title"],
            e["published"],
        )
        for e in pp["episodes"]
    }
    assert sorted(items) == sorted(entry.id for entry in parsed.entries)
    for item in items.values():
        name = item.url.removeprefix(base)
        assert (out / name).stat().st_size == item.length, name
    files = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in out.iterdir() if p.is_file()
    }
    return Snapshot(items, files, feed, (out / "index.html").read_bytes())


def assert_kept(before: Snapshot, after: Snapshot) -> None:
    """Every episode subscribers had is still there, with the same GUID, URL and bytes."""
    for guid, item in before.items.items():
        assert guid in after.items, f"episode {guid} was taken away"
        assert after.items[guid] == item, (item, after.items[guid])
        name = item.url.removeprefix(BASE)
        assert after.files.get(name) == before.files[name], f"{name} changed"


def day(n: int) -> datetime:
    return datetime(2025, 3, n, 7, 30, tzinfo=UTC)


ITEMS = [
    Item(
        "Lighthouses Still Matter",
        "lighthouse",
        "<p>Ships still look for the light.</p>",
        link="https://example.org/lighthouse",
        published=day(1),
    ),
    Item(
        "A Short History of Maps",
        "maps",
        "<p>The first maps were drawn on clay.</p>",
        link="https://example.org/maps",
        published=day(2),
    ),
]


@pytest.fixture
def place(tmp_path) -> dict[str, Path]:
    """Two working folders a user might run from, and a feed file."""
    folders = {"home": tmp_path / "home", "elsewhere": tmp_path / "elsewhere"}
    for folder in folders.values():
        folder.mkdir()
    folders["feed"] = write_feed(tmp_path / "feed.xml", ITEMS)
    folders["root"] = tmp_path
    return folders


def podcastify(*args: str, cwd: Path, ok: bool = True, **kwargs):  # type: ignore[no-untyped-def]
    result = run_podcastify(*args, cwd=cwd, **kwargs)
    assert "Traceback" not in result.stderr, result.stderr
    if ok:
        assert result.returncode == 0, result.stderr
    return result
