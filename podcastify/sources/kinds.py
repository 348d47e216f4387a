"""What a source is, from its content rather than its name or Content-Type.

A JSON Feed named ``.json``, a feed served as ``text/html``, an HTML page saved as ``.xml``:
the first element of the document says what it is.
"""

from __future__ import annotations

import codecs
import json
import re
from enum import StrEnum

from podcastify.sources.encoding import sniffed_encoding

__all__ = ["SourceKind", "sniff"]


class SourceKind(StrEnum):
    """The kinds of document a source can hold."""

    FEED = "feed"
    """RSS, Atom or RDF (XML)."""
    JSON_FEED = "json feed"
    """A JSON Feed (jsonfeed.org)."""
    HTML = "html"
    """A web page."""
    JSON = "json"
    """JSON that is not a JSON Feed."""
    OTHER = "other"
    """Anything else: plain text, binary data."""


_HEAD_BYTES = 4096
_PROLOGUE = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!(?!doctype\s+html)[^>]*>)+", re.S | re.I)
_FIRST_TAG = re.compile(r"<([A-Za-z][\w.:-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_HTML_START = re.compile(r"\A<!doctype\s+html|\A<(?:html|head|body)\b", re.I)
_FEED_MARKERS = re.compile(r"<(?:rss|feed|\w+:rdf|rdf|channel)[\s>]", re.I)
_HTML_MARKERS = re.compile(r"<(?:html|body|head)[\s>]", re.I)
JSON_FEED_VERSION = "jsonfeed.org/version/"
"""What a JSON Feed's ``version`` contains."""


def _head(data: bytes) -> str:
    """The document's beginning as text, enough to see its first element."""
    encoding = sniffed_encoding(data[:_HEAD_BYTES])
    if not encoding or not encoding.startswith(("utf-16", "utf-32")):
        encoding = "latin-1"  # the markup is ASCII in every other encoding
        data = data.removeprefix(codecs.BOM_UTF8)
    return data[: _HEAD_BYTES * 4].decode(encoding, "replace").lstrip("\ufeff")


def _is_json_feed(data: bytes) -> bool:
    try:
        document = json.loads(data.decode(sniffed_encoding(data) or "utf-8", "replace"))
    except ValueError:
        return False
    return isinstance(document, dict) and JSON_FEED_VERSION in str(document.get("version", ""))


def sniff(data: bytes) -> SourceKind:
    """The kind of document ``data`` is."""
    head = _head(data)
    start = head.lstrip()
    if start.startswith(("{", "[")):
        return SourceKind.JSON_FEED if _is_json_feed(data) else SourceKind.JSON
    rest = _PROLOGUE.sub("", start, count=1)
    if _HTML_START.match(rest):
        return SourceKind.HTML
    if match := _FIRST_TAG.match(rest):
        name = match.group(1).lower().rsplit(":", 1)[-1]
        if name in _FEED_ROOTS:
            return SourceKind.FEED
    if not rest.startswith("<"):
        return SourceKind.OTHER
    # An odd prologue: look for the root's marks further on.
    feed, page = _FEED_MARKERS.search(head), _HTML_MARKERS.search(head)
    if feed and (not page or feed.start() < page.start()):
        return SourceKind.FEED
    if page:
        return SourceKind.HTML
    return SourceKind.OTHER
