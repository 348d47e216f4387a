"""Small text helpers shared by every stage (no stage logic lives here)."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from podcastify.patterns import compiled

if TYPE_CHECKING:
    import lxml.html

_TAG = compiled(r"<[^>]+>")
# Characters XML 1.0 forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF): one in a
# title would make the feed impossible to write.
_NOT_XML = compiled("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SPACE = compiled(r"\s+")
_SLUG_DROP = compiled(r"[^a-z0-9]+")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def collapse_space(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def xml_safe(text: str) -> str:
    """``text`` without the characters an XML document (the feed) cannot hold."""
    return _NOT_XML.sub("", text)


_XML_DECLARATION = compiled(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


@cache
def safe_html_parser() -> lxml.html.HTMLParser:
    """One parser for untrusted HTML: no network, no processing instructions, no huge trees
    (made on first use, so importing this module stays cheap)."""
    import lxml.html

    return lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        default_doctype=False,
        collect_ids=False,
        huge_tree=False,
    )


def parse_html(markup: str) -> lxml.html.HtmlElement | None:
    """Untrusted HTML as a tree (no network, no external entities); None when empty."""
    import lxml.etree
    import lxml.html

    markup = _XML_DECLARATION.sub("", markup or "", count=1)
    if not markup.strip():
        return None
    try:
        return lxml.html.document_fromstring(markup, parser=safe_html_parser())
    except (lxml.etree.ParserError, ValueError):
        return None


def inner_html(element: lxml.html.HtmlElement) -> str:
    """An element's content (its text and children, not its own tag) as an HTML fragment."""
    import lxml.html

    parts = [lxml.html.tostring(child, encoding="unicode") for child in element]
    return ((element.text or "") + "".join(parts)).strip()


def bare_host(host: str) -> str:
    """A host as a listener hears it: lower case, no trailing dot, no ``www.``."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


_EMAIL = compiled(r"[^@\s]+@[^@\s]+\.[^@\s]+")


def looks_like_email(value: str) -> bool:
    """``name@host.tld``: what Apple needs in itunes:owner to verify ownership."""
    return _EMAIL.fullmatch(value) is not None


def is_web_link(url: str) -> bool:
    """Only http(s) links are ever published: never javascript:, data: or file:."""
    return url.strip().lower().startswith(("http://", "https://"))


def html_to_plain(markup: str) -> str:
    """Tags dropped, entities decoded, whitespace collapsed: for titles and summaries."""
    if "<" not in markup and "&" not in markup:
        return collapse_space(markup)
    return collapse_space(html.unescape(_TAG.sub(" ", markup)))


def slugify(text: str, max_length: int = 60, fallback: str = "episode") -> str:
    """An ASCII file-name stem that is safe on every OS and web server."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_DROP.sub("-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0] or slug[:max_length]
    slug = slug.strip("-")
    if not slug or slug in _WINDOWS_RESERVED:
        slug = f"{fallback}-{slug}" if slug else fallback
    return slug


def truncate_bytes(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` UTF-8 bytes on a word boundary, with an ellipsis."""
    if len(text.encode("utf-8")) <= limit:
        return text
    cut = text.encode("utf-8")[: max(0, limit - 3)].decode("utf-8", "ignore")
    cut = cut.rsplit(" ", 1)[0] if " " in cut else cut
    return cut.rstrip() + "…"


def format_duration(seconds: float) -> str:
    """H:MM:SS or M:SS, as podcast apps show durations."""
    total = round(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
