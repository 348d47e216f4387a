"""Reading RSS and Atom feeds with feedparser, treating the XML as untrusted."""

from __future__ import annotations

import calendar
import hashlib
from datetime import UTC, datetime

import feedparser
from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from podcastify.errors import SourceError
from podcastify.models import Article
from podcastify.text import html_to_plain

_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf", b"<channel")


def looks_like_feed(body: bytes) -> bool:
    """Sniff the first bytes: feeds are XML with an rss/feed/RDF root."""
    head = body[:2048].lstrip().lower()
    return any(marker in head for marker in _FEED_MARKERS)


_DANGERS = {
    "EntitiesForbidden": "XML entity declarations (they could expand without limit "
    "or read local files)",
    "ExternalReferenceForbidden": "a reference to an external file or URL",
    "DTDForbidden": "a document type declaration",
}


def refuse_dangerous_xml(body: bytes, where: str) -> None:
    """Entity bombs and external entities must never expand or be fetched."""
    try:
        SafeET.fromstring(body)
    except DefusedXmlException as exc:
        kind = type(exc).__name__
        danger = _DANGERS.get(kind, kind)
        raise SourceError(f"{where}: refusing a feed with {danger}") from None
    except SafeET.ParseError:
        pass  # malformed XML: feedparser is lenient and decides below


def _when(entry: feedparser.FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
    return None


def _entry_html(entry: feedparser.FeedParserDict) -> str:
    """Full content (content:encoded / Atom content) when the feed has it, else the summary."""
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return best or entry.get("summary", "") or entry.get("description", "")


def _entry_guid(entry: feedparser.FeedParserDict, title: str) -> str:
    guid = (entry.get("id") or entry.get("guid") or entry.get("link") or "").strip()
    if guid:
        return guid
    digest = hashlib.sha256(f"{title}\n{entry.get('published', '')}".encode()).hexdigest()
    return f"sha256:{digest[:32]}"


def parse_feed(body: bytes, where: str, base_url: str = "") -> list[Article]:
    """Articles of a feed, newest first as the feed lists them; SourceError if not a feed.

    ``base_url`` is where the feed came from, so that relative links resolve against it.
    """
    refuse_dangerous_xml(body, where)
    headers = {"content-location": base_url} if base_url else None
    parsed = feedparser.parse(
        body, sanitize_html=True, resolve_relative_uris=True, response_headers=headers
    )
    if not parsed.get("version") and not parsed.entries:
        raise SourceError(f"{where}: not an RSS or Atom feed")
    channel = parsed.feed
    source_title = channel.get("title", "") or where
    language = channel.get("language", "") or ""
    channel_author = channel.get("author", "") or ""
    articles: list[Article] = []
    for entry in parsed.entries:
        title = html_to_plain(entry.get("title", "")).strip() or "Untitled"
        html = _entry_html(entry)
        summary = html_to_plain(entry.get("summary", "") or html)
        articles.append(
            Article(
                guid=_entry_guid(entry, title),
                title=title,
                link=entry.get("link", "") or "",
                author=html_to_plain(entry.get("author", "") or channel_author),
                published=_when(entry),
                summary=summary,
                html=html,
                source_title=source_title,
                language=language,
            )
        )
    return articles
