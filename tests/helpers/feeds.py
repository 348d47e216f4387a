"""The one feed builder of the test suite: RSS 2.0 with full bodies, as blogs publish it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape


@dataclass
class Item:
    """One article of a test feed."""

    title: str
    guid: str
    html: str
    """The body, as content:encoded."""
    author: str = "Ada Writer"
    link: str = ""
    published: datetime | None = None
    summary: str = ""
    """A <description>, when the feed gives one besides the body."""


def rss(
    items: list[Item],
    title: str = "Test Feed",
    *,
    link: str = "https://example.org/",
    description: str = "Feed for tests",
    language: str = "en",
) -> str:
    """An RSS 2.0 feed with content:encoded bodies."""
    entries = []
    for item in items:
        date = f"<pubDate>{format_datetime(item.published)}</pubDate>" if item.published else ""
        item_link = f"<link>{escape(item.link)}</link>" if item.link else ""
        summary = f"<description>{escape(item.summary)}</description>" if item.summary else ""
        entries.append(
            f"<item><title>{escape(item.title)}</title>{item_link}"
            f'<guid isPermaLink="false">{escape(item.guid)}</guid>'
            f"<dc:creator>{escape(item.author)}</dc:creator>{date}{summary}"
            f"<content:encoded><![CDATA[{item.html}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
        f"<title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<description>{escape(description)}</description><language>{language}</language>"
        + "".join(entries)
        + "</channel></rss>"
    )


def write_feed(path: Path, items: list[Item], title: str = "Test Feed", **channel: str) -> Path:
    path.write_text(rss(items, title, **channel), encoding="utf-8")
    return path
