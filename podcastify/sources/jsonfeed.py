"""JSON Feed (jsonfeed.org, versions 1 and 1.1) read into feedparser's shape.

feedparser 6.0 reads only XML, so a JSON Feed is turned here into the same dictionaries
(``feed``, ``entries``) that :func:`podcastify.sources.feeds.parse_feed` reads from any
feed: one path for GUIDs, aliases, authors and checks whatever the format.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import feedparser

import html
import json
from datetime import UTC, datetime
from typing import Any

from podcastify.errors import SourceError

__all__ = ["parse_json_feed"]


def _string(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _authors(holder: dict[str, Any]) -> list[dict[str, str]]:
    """Version 1.1's ``authors`` list, or version 1's single ``author``."""
    found = holder.get("authors")
    if not isinstance(found, list):
        found = [holder.get("author")]
    return [{"name": _string(a.get("name"))} for a in found if isinstance(a, dict)]


def _moment(value: Any) -> Any:
    """An RFC 3339 date as the UTC ``struct_time`` feedparser would give, or None."""
    text = _string(value).replace("Z", "+00:00")
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return when.astimezone(UTC).timetuple()


def _clean_html(markup: str) -> str:
    """Untrusted HTML without scripts, styles, forms, frames or event handlers."""
    if not markup.strip():
        return ""
    from lxml.etree import ParserError
    from lxml_html_clean import Cleaner

    cleaner = Cleaner(scripts=True, javascript=True, style=True, forms=True, frames=True)
    try:
        return cleaner.clean_html(markup)
    except (ParserError, ValueError):
        return ""


def _text_as_html(text: str) -> str:
    """Plain text as escaped paragraphs, so that a ``<`` in it stays a character."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)


def _entry(item: dict[str, Any]) -> feedparser.FeedParserDict:
    markup = _clean_html(_string(item.get("content_html")))
    text = _string(item.get("content_text"))
    summary = _string(item.get("summary"))
    from feedparser import FeedParserDict

    entry = FeedParserDict(
        id=_string(item.get("id")) or str(item.get("id") or "").strip(),
        link=_string(item.get("url")) or _string(item.get("external_url")),
        title=_string(item.get("title")),
        summary=summary or text,
        authors=_authors(item),
        published=_string(item.get("date_published")),
        updated=_string(item.get("date_modified")),
    )
    if markup or text:
        entry["content"] = [{"value": markup or _text_as_html(text)}]
    entry["published_parsed"] = _moment(item.get("date_published"))
    entry["updated_parsed"] = _moment(item.get("date_modified"))
    return entry


def parse_json_feed(body: bytes, where: str) -> feedparser.FeedParserDict:
    """A JSON Feed as feedparser's result (``version``, ``feed``, ``entries``)."""
    try:
        document = json.loads(body.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise SourceError(f"{where}: not a readable JSON Feed ({exc})") from None
    if not isinstance(document, dict):
        raise SourceError(f"{where}: not a JSON Feed")
    items = document.get("items")
    from feedparser import FeedParserDict

    channel = FeedParserDict(
        title=_string(document.get("title")),
        link=_string(document.get("home_page_url")),
        language=_string(document.get("language")),
        authors=_authors(document),
    )
    entries = (
        [_entry(item) for item in items if isinstance(item, dict)]
        if isinstance(items, list)
        else []
    )
    return FeedParserDict(
        version="json" + _string(document.get("version")).rsplit("/", 1)[-1],
        feed=channel,
        entries=entries,
        namespaces={},
        bozo=False,
        encoding="utf-8",
    )
