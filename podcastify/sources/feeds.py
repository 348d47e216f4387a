"""Reading RSS, Atom and JSON feeds, treating the document as untrusted."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import feedparser

import calendar
import hashlib
from collections import Counter
from datetime import UTC, datetime
from pathlib import PurePath
from urllib.parse import urlsplit

from defusedxml import ElementTree as SafeET
from defusedxml.common import DefusedXmlException

from podcastify.errors import SourceError
from podcastify.models import Article
from podcastify.sources.encoding import decoded_for_checking, decoding_problem
from podcastify.sources.exports import export_name, published_posts
from podcastify.sources.jsonfeed import parse_json_feed
from podcastify.sources.kinds import SourceKind, sniff
from podcastify.sources.people import join_names, person_name
from podcastify.text import html_to_plain, is_web_link
from podcastify.urls import canonical_url, readable_host

__all__ = ["parse_feed"]

_DANGERS = {
    "EntitiesForbidden": "XML entity declarations (they could expand without limit "
    "or read local files)",
    "ExternalReferenceForbidden": "a reference to an external file or URL",
    "DTDForbidden": "a document type declaration",
}
DERIVED_GUID_PREFIX = "urn:podcastify:item:"
"""GUIDs podcastify makes up for feed items that have none."""


def refuse_dangerous_xml(body: bytes, where: str) -> None:
    """Entity bombs and external entities must never expand or be fetched."""
    try:
        try:
            SafeET.fromstring(body)
        except (LookupError, ValueError, UnicodeError):
            # expat knows few encodings (not gb2312, big5, euc-kr…): check the text.
            SafeET.fromstring(decoded_for_checking(body))
    except DefusedXmlException as exc:
        kind = type(exc).__name__
        danger = _DANGERS.get(kind, kind)
        raise SourceError(f"{where}: refusing a feed with {danger}") from None
    except (SafeET.ParseError, LookupError, ValueError, UnicodeError):
        pass  # malformed XML: feedparser is lenient and decides below


def _when(entry: feedparser.FeedParserDict) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), tz=UTC)
            except (OverflowError, ValueError, OSError, TypeError):
                continue
    return None


def _text(value: object) -> str:
    """A feedparser field as a string (some odd feeds give lists or dicts)."""
    return value if isinstance(value, str) else ""


def _entry_html(entry: feedparser.FeedParserDict) -> str:
    """Full content (content:encoded / Atom content) when the feed has it, else the summary."""
    contents = entry.get("content") or []
    best = max((_text(c.get("value", "")) for c in contents), key=len, default="")
    return best or _text(entry.get("summary", "")) or _text(entry.get("description", ""))


def _author(entry: feedparser.FeedParserDict, channel: feedparser.FeedParserDict) -> str:
    """The item's authors by name (never their e-mail addresses), else the channel's."""
    for source in (entry, channel):
        names = [person_name(_text(a.get("name", ""))) for a in source.get("authors") or []]
        if not any(names):
            names = [person_name(_text(source.get("author", "")))]
        if any(names):
            return join_names(names)
    return ""


def _site_title(channel: feedparser.FeedParserDict, base_url: str) -> str:
    """The feed's name, else its site's domain, else nothing (never a path or an IP)."""
    title = html_to_plain(_text(channel.get("title", "")))
    return title or readable_host(_text(channel.get("link", ""))) or readable_host(base_url)


def _feed_identity(channel: feedparser.FeedParserDict, where: str, base_url: str) -> str:
    """What names the feed across runs and machines (its site, address or title)."""
    for candidate in (_text(channel.get("link", "")), base_url):
        if is_web_link(candidate):
            return canonical_url(candidate)
    title = _text(channel.get("title", "")).strip()
    return title or (PurePath(where).name if not is_web_link(where) else where)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()[:32]


class _Identities:
    """GUIDs and aliases for a feed's items: an item's own GUID when it names only that item;
    otherwise one derived from what identifies it, so two items never share one."""

    def __init__(self, entries: list, channel: feedparser.FeedParserDict, identity: str) -> None:
        self.identity = identity
        home = _text(channel.get("link", ""))
        self.home = canonical_url(home) if is_web_link(home) else ""
        self.given = Counter(self._given(e) for e in entries)
        self.links = Counter(canonical_url(self._link(e)) for e in entries if self._link(e))
        self.keys = Counter(self._key(e) for e in entries)

    @staticmethod
    def _given(entry: feedparser.FeedParserDict) -> str:
        return (_text(entry.get("id", "")) or _text(entry.get("guid", ""))).strip()

    @staticmethod
    def _link(entry: feedparser.FeedParserDict) -> str:
        return _text(entry.get("link", "")).strip()

    def _identifying_link(self, entry: feedparser.FeedParserDict) -> str:
        """The item's link when it names this item alone (not shared, not the home page)."""
        link = self._link(entry)
        if not is_web_link(link):
            return ""
        canonical = canonical_url(link)
        parts = urlsplit(canonical)
        home_page = canonical == self.home or not (parts.path or parts.query)
        return "" if home_page or self.links[canonical] > 1 else link

    def _key(self, entry: feedparser.FeedParserDict) -> str:
        link = self._link(entry)
        title = _text(entry.get("title", "")).strip()
        date = _text(entry.get("published", "") or entry.get("updated", "")).strip()
        return _digest(self.identity, canonical_url(link) if link else "", title, date)

    def guid_and_aliases(self, entry: feedparser.FeedParserDict, html: str) -> tuple[str, list]:
        given = self._given(entry)
        link = self._identifying_link(entry)
        aliases = [canonical_url(link)] if link else []
        if given and self.given[given] == 1:
            guid = given
            if is_web_link(given):
                aliases.append(canonical_url(given))
        elif link:
            guid = link
        else:
            key = self._key(entry)
            if self.keys[key] > 1:
                key = _digest(key, html, _text(entry.get("summary", "")))
            guid = DERIVED_GUID_PREFIX + key
        if not given:
            aliases.append(self._old_guid(entry))
        return guid, [a for a in dict.fromkeys(aliases) if a and a != guid]

    def _old_guid(self, entry: feedparser.FeedParserDict) -> str:
        """The GUID podcastify 0.1 made up for this item, when it named this item alone."""
        link = self._link(entry)
        if link:
            return link if self.links[canonical_url(link)] == 1 else ""
        title = html_to_plain(_text(entry.get("title", ""))).strip() or "Untitled"
        if self.keys[self._key(entry)] > 1 or title == "Untitled":
            return ""
        digest = hashlib.sha256(f"{title}\n{_text(entry.get('published', ''))}".encode())
        return f"sha256:{digest.hexdigest()[:32]}"


def parse_feed(body: bytes, where: str, base_url: str = "") -> list[Article]:
    """Articles of a feed, newest first as the feed lists them; SourceError if not a feed.

    ``base_url`` is where the feed came from, so that relative links resolve against it.
    A blog export gives its published posts only. A feed with no items, or whose text was
    mis-decoded, is a SourceError.
    """
    if sniff(body) is SourceKind.JSON_FEED:
        parsed = parse_json_feed(body, where)
    else:
        refuse_dangerous_xml(body, where)
        headers = {"content-location": base_url} if base_url else None
        import feedparser

        parsed = feedparser.parse(
            body, sanitize_html=True, resolve_relative_uris=True, response_headers=headers
        )
    if not parsed.get("version") and not parsed.entries:
        raise SourceError(f"{where}: not an RSS or Atom feed")
    if problem := decoding_problem(body, parsed):
        raise SourceError(f"{where}: {problem}; refusing to read it garbled")
    entries = list(parsed.entries)
    if not entries:
        raise SourceError(f"{where}: the feed has no items")
    if export := export_name(parsed):
        entries = published_posts(parsed, export)
        if not entries:
            raise SourceError(f"{where}: a {export} export with no published posts")
    channel = parsed.feed
    source_title = _site_title(channel, base_url)
    language = _text(channel.get("language", "")).strip()
    identities = _Identities(entries, channel, _feed_identity(channel, where, base_url))
    articles: list[Article] = []
    for entry in entries:
        title = html_to_plain(_text(entry.get("title", ""))).strip() or "Untitled"
        html = _entry_html(entry)
        guid, aliases = identities.guid_and_aliases(entry, html)
        articles.append(
            Article(
                guid=guid,
                title=title,
                link=_text(entry.get("link", "")).strip(),
                author=_author(entry, channel),
                published=_when(entry),
                summary=html_to_plain(_text(entry.get("summary", "")) or html),
                html=html,
                source_title=source_title,
                language=language,
                aliases=tuple(aliases),
            )
        )
    return articles
