"""What a source is, from its content rather than its name or Content-Type.

A JSON Feed named ``.json``, a feed served as ``text/html``, an HTML page saved as ``.xml``:
the first element of the document says what it is. Documents (PDF, EPUB, e-mail) are
recognised here too, by their first bytes, so that their readers are imported only when
such a file turns up.
"""

from __future__ import annotations

import codecs
import io
import json
import re
import zipfile
from enum import StrEnum

from podcastify.patterns import compiled
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
_PROLOGUE = compiled(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!(?!doctype\s+html)[^>]*>)+", re.S | re.I)
_FIRST_TAG = compiled(r"<([A-Za-z][\w.:-]*)")
_FEED_ROOTS = frozenset({"rss", "feed", "rdf", "channel"})
_HTML_START = compiled(r"\A<!doctype\s+html|\A<(?:html|head|body)\b", re.I)
_FEED_MARKERS = compiled(r"<(?:rss|feed|\w+:rdf|rdf|channel)[\s>]", re.I)
_HTML_MARKERS = compiled(r"<(?:html|body|head)[\s>]", re.I)
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


# -- documents ------------------------------------------------------------------------------

PDF_SUFFIXES = (".pdf",)
EPUB_SUFFIXES = (".epub",)
MAIL_SUFFIXES = (".eml",)
MBOX_SUFFIXES = (".mbox", ".mbx")

_PDF_MAGIC = b"%PDF-"
_EPUB_MIMETYPE = b"application/epub+zip"
_HEADER = compiled(rb"^([A-Za-z][A-Za-z0-9-]{0,60}):")
_KNOWN_HEADERS = frozenset(
    {
        b"from",
        b"to",
        b"cc",
        b"subject",
        b"date",
        b"message-id",
        b"mime-version",
        b"content-type",
        b"received",
        b"return-path",
        b"delivered-to",
        b"reply-to",
        b"sender",
        b"list-id",
        b"list-unsubscribe",
        b"dkim-signature",
        b"x-mailer",
    }
)
_ORIGIN_HEADERS = frozenset({b"from", b"received", b"return-path", b"message-id"})


def looks_like_pdf(data: bytes) -> bool:
    """PDF files start with ``%PDF-`` (some tools put junk bytes before it)."""
    return _PDF_MAGIC in data[:1024]


def looks_like_epub(data: bytes) -> bool:
    """A zip whose ``mimetype`` entry says ``application/epub+zip``."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    if data[30:38] == b"mimetype" and _EPUB_MIMETYPE in data[38:80]:
        return True  # the entry first and stored, as the specification wants
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return book.read("mimetype")[:64].strip() == _EPUB_MIMETYPE
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError):
        return False


def looks_like_mail(data: bytes) -> bool:
    """RFC 822 headers up to the first blank line: ``From:`` (or a trace) and others known."""
    names: set[bytes] = set()
    for line in data[:16384].splitlines()[:200]:
        if not line.strip():
            break
        if line[:1] in (b" ", b"\t"):
            if not names:
                return False
            continue
        match = _HEADER.match(line)
        if not match:
            return False
        names.add(match.group(1).lower())
    else:
        return False
    return bool(names & _ORIGIN_HEADERS) and len(names & _KNOWN_HEADERS) >= 2


def looks_like_mbox(data: bytes) -> bool:
    """An mbox starts with a ``From `` envelope line followed by a message."""
    if not data.startswith(b"From "):
        return False
    end = data.find(b"\n")
    return end > 0 and looks_like_mail(data[end + 1 :])


_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13})
BINARY_SHARE = 0.05
"""Share of control bytes above which a file is data, not text (text has almost none) ...
"""
BINARY_LEAST = 16
"""... when there are more than this many (a few stray ones in a title are still text)."""


def looks_binary(data: bytes) -> bool:
    """Whether a "text" file is really data: many control bytes at its start."""
    head = data[:8192]
    if not head or head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 has NULs
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > max(BINARY_LEAST, BINARY_SHARE * len(head))
