"""Reading back a feed.xml that podcastify published: the record of last resort.

When the private state is missing or belongs elsewhere (a moved folder, a copy pulled back
from the host, a deleted ``.podcastify/``), the published feed still says what subscribers
have: every episode's GUID, file, size, duration, date and chapters. The pipeline adopts
those episodes before doing anything else, so nothing is republished and nothing dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from podcastify.errors import PublishError
from podcastify.models import Chapter, Episode
from podcastify.patterns import compiled
from podcastify.text import collapse_space, html_to_plain

GENERATOR = "podcastify"
_ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
_PSC = "http://podlove.org/simple-chapters"
_PODCAST_NAMESPACES = (
    "https://podcastindex.org/namespace/1.0",
    "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md",
)
_CLOCK = compiled(r"^(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$")
_NOTES_PARAGRAPH = compiled(r"<p>(.*?)</p>", re.DOTALL)


@dataclass(frozen=True)
class PublishedFeed:
    """What a published feed.xml says."""

    readable: bool
    """False for a feed.xml that is not XML at all (a damaged file, or not a feed)."""
    episodes: list[Episode]
    """Every item, as an Episode (its size as the enclosure states it)."""
    podcast_guid: str
    updated: datetime | None
    """lastBuildDate."""


def _seconds(text: str) -> float:
    text = (text or "").strip()
    if not text:
        return 0.0
    if match := _CLOCK.match(text):
        hours, minutes, seconds = match.groups()
        return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds)
    try:
        return float(text)
    except ValueError:
        return 0.0


def _date(text: str | None) -> datetime | None:
    try:
        return parsedate_to_datetime(text or "")
    except (TypeError, ValueError):
        return None


def _summary(notes: str) -> str:
    """The summary paragraph of our show notes (not the link or the chapter list)."""
    for paragraph in _NOTES_PARAGRAPH.findall(notes or ""):
        text = collapse_space(html_to_plain(paragraph))
        if text and not text.startswith(("Original article:", "Chapters:")):
            return text
    return ""


def _chapters(item, duration: float) -> tuple[Chapter, ...]:  # type: ignore[no-untyped-def]
    marks = [
        (_seconds(c.get("start", "")), c.get("title", ""), c.get("href", ""))
        for c in item.iterfind(f"{{{_PSC}}}chapters/{{{_PSC}}}chapter")
    ]
    return tuple(
        Chapter(title, start, marks[i + 1][0] if i + 1 < len(marks) else duration, href)
        for i, (start, title, href) in enumerate(marks)
    )


def read_chapters_file(path: Path) -> tuple[Chapter, ...]:
    """Chapters from a Podcasting 2.0 chapters file we wrote (exact times); () if none."""
    import json

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return tuple(
            Chapter(
                str(c["title"]), float(c["startTime"]), float(c["endTime"]), str(c.get("url", ""))
            )
            for c in data["chapters"]
        )
    except (OSError, ValueError, KeyError, TypeError):
        return ()


def _text(element, path: str) -> str:  # type: ignore[no-untyped-def]
    return (element.findtext(path) or "").strip()


def read_published(feed_path: Path) -> PublishedFeed | None:
    """The episodes of a feed podcastify wrote; None when there is no feed.

    PublishError when the file is a feed another program wrote (it is never overwritten);
    an unreadable file (cut short, damaged) comes back with ``readable`` False.
    """
    import lxml.etree

    try:
        data = feed_path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise PublishError(f"cannot read {feed_path}: {exc.strerror}") from None
    parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = lxml.etree.fromstring(data, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return PublishedFeed(False, [], "", None)
    channel = root.find("channel")
    if channel is None or not _text(channel, "generator").startswith(GENERATOR):
        raise PublishError(
            f"{feed_path} was not written by podcastify; refusing to replace it "
            "(publish into another folder with --out)"
        )
    episodes: list[Episode] = []
    for item in channel.iterfind("item"):
        enclosure = item.find("enclosure")
        guid = _text(item, "guid")
        published = _date(item.findtext("pubDate"))
        if enclosure is None or not guid or published is None:
            continue
        filename = unquote(urlsplit(enclosure.get("url", "")).path.rsplit("/", 1)[-1])
        if not filename:
            continue
        duration = _seconds(item.findtext(f"{{{_ITUNES}}}duration") or "")
        episodes.append(
            Episode(
                guid=guid,
                title=_text(item, "title"),
                author=_text(item, f"{{{_ITUNES}}}author"),
                link=_text(item, "link"),
                published=published,
                filename=filename,
                size=int(enclosure.get("length", "0") or 0),
                duration=duration,
                chapters=_chapters(item, duration),
                summary=_summary(item.findtext("description") or ""),
            )
        )
    guids = (_text(channel, f"{{{ns}}}guid") for ns in _PODCAST_NAMESPACES)
    podcast_guid = next((guid for guid in guids if guid), "")
    return PublishedFeed(True, episodes, podcast_guid, _date(channel.findtext("lastBuildDate")))
