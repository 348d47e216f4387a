"""The main article of a web page, and whether a feed item is only a teaser for one.

Extraction is trafilatura's; this module only feeds it an already fetched page (it never
fetches), asks for structural HTML (headings, paragraphs, quotes, lists) that
:func:`podcastify.script.html.html_to_blocks` reads, and reads the page's own metadata for
what trafilatura gives only roughly (the publication time with its zone, the language).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

import lxml.html
import trafilatura

from podcastify.errors import SourceError
from podcastify.text import SAFE_HTML_PARSER, bare_host, parse_html

__all__ = ["ExtractedPage", "extract_page", "looks_like_teaser"]


@dataclass(frozen=True)
class ExtractedPage:
    """The main content of a web page and what the page says about it."""

    title: str
    author: str
    published: datetime | None
    """Timezone-aware; UTC when the page gives a time without a zone."""
    html: str
    """Structural HTML of the article body only (h2–h4, p, blockquote, ul/ol/li)."""
    site_name: str
    language: str
    """As the page declares it (``en``, ``en-GB``), or empty."""


_PARSER = SAFE_HTML_PARSER
_WS_RE = re.compile(r"\s+")
_MIN_WORDS = 20
"""Fewer words than this in the extracted body is not an article."""

_PUBLISHED_META = (
    "article:published_time",
    "og:article:published_time",
    "og:published_time",
    "datepublished",
    "date.published",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.created",
    "publication_date",
    "publish-date",
    "publishdate",
    "pubdate",
    "sailthru.date",
    "parsely-pub-date",
    "date",
)
"""Meta names and properties holding the publication time, most trusted first."""


def extract_page(html: str, url: str) -> ExtractedPage:
    """The article in ``html`` (fetched from ``url``); SourceError when there is none."""
    tree = parse_html(html)
    if tree is None:
        raise SourceError(f"no article text found at {url}")
    document = _extract(tree, url)
    if document is None:
        raise SourceError(f"no article text found at {url}")
    head, body = document
    content = _content_html(body)
    if len(_WS_RE.sub(" ", body.text_content()).split()) < _MIN_WORDS:
        raise SourceError(f"no article text found at {url}")
    return ExtractedPage(
        title=head.get("title") or _page_title(tree),
        author=_authors(head.get("author", "")),
        published=_published(tree) or _parse_datetime(head.get("date", "")),
        html=content,
        site_name=head.get("sitename") or _domain(url),
        language=_language(tree),
    )


def _extract(
    tree: lxml.html.HtmlElement, url: str
) -> tuple[dict[str, str], lxml.html.HtmlElement] | None:
    """trafilatura's metadata and structural body; None when it finds no main text."""
    for recall in (False, True):
        output = trafilatura.extract(
            tree,
            url=url or None,
            output_format="html",
            with_metadata=True,
            include_formatting=True,
            include_comments=False,
            include_tables=False,
            include_images=False,
            include_links=False,
            favor_recall=recall,
            deduplicate=False,
        )
        if output:
            break
    else:
        return None
    result = lxml.html.document_fromstring(output, parser=_PARSER)
    head = {
        meta.get("name", ""): meta.get("content", "") for meta in result.iterfind(".//head/meta")
    }
    body = result.find("body")
    if body is None:
        return None
    return head, body


def _content_html(body: lxml.html.HtmlElement) -> str:
    """The body's children as an HTML fragment."""
    parts = [lxml.html.tostring(child, encoding="unicode") for child in body]
    return ((body.text or "") + "".join(parts)).strip()


def _page_title(tree: lxml.html.HtmlElement) -> str:
    """og:title or ``<title>``, when trafilatura found no title."""
    for value in (_meta(tree, "og:title"), tree.findtext(".//title") or ""):
        if value.strip():
            return _WS_RE.sub(" ", value).strip()
    return ""


def _authors(raw: str) -> str:
    """trafilatura's ``A; B; C`` as ``A, B and C``."""
    names = [n.strip() for n in raw.split(";") if n.strip()]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]


def _meta(tree: lxml.html.HtmlElement, key: str) -> str:
    """Content of ``<meta property|name|itemprop=key>`` (case-insensitive key)."""
    key = key.lower()
    for meta in tree.iter("meta"):
        for attr in ("property", "name", "itemprop", "http-equiv"):
            if meta.get(attr, "").strip().lower() == key:
                return (meta.get("content") or "").strip()
    return ""


def _published(tree: lxml.html.HtmlElement) -> datetime | None:
    """The publication time the page states in its metadata, with its time zone."""
    for key in _PUBLISHED_META:
        if moment := _parse_datetime(_meta(tree, key)):
            return moment
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.get("itemprop") != "datePublished":
            continue
        if moment := _parse_datetime(el.get("content") or el.get("datetime") or ""):
            return moment
    if dates := _json_ld_dates(tree):
        return dates[0]
    for el in tree.iter("time"):
        if el.get("pubdate") is None and "published" not in el.get("class", ""):
            continue
        if moment := _parse_datetime(el.get("datetime", "")):
            return moment
    return None


def _json_ld_dates(tree: lxml.html.HtmlElement) -> list[datetime]:
    """``datePublished`` values from JSON-LD blocks, in document order."""
    found: list[datetime] = []
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                value = item.get("datePublished")
                if isinstance(value, str) and (moment := _parse_datetime(value)):
                    found.append(moment)
                stack.extend(v for v in item.values() if isinstance(v, dict | list))
    return found


def _parse_datetime(value: str) -> datetime | None:
    """An ISO 8601 date or time, made timezone-aware (UTC when no zone is given)."""
    value = value.strip()
    if not value:
        return None
    value = re.sub(r"(\d)\s+(\d)", r"\1T\2", value, count=1)
    value = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _language(tree: lxml.html.HtmlElement) -> str:
    """The language the page declares: ``<html lang>``, Content-Language, or og:locale."""
    for value in (
        tree.get("lang", ""),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang", ""),
        _meta(tree, "content-language"),
        _meta(tree, "og:locale"),
        _meta(tree, "language"),
    ):
        value = value.split(",")[0].strip().replace("_", "-")
        if re.fullmatch(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*", value):
            return value
    return ""


def _domain(url: str) -> str:
    """The host of ``url`` without ``www.``, as a last-resort site name."""
    try:
        return bare_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""


# --- Teasers ----------------------------------------------------------------------------

_TAG_RE = re.compile(r"<[^>]+>")
_FOOTER_RE = re.compile(r"\s*The post .{1,300}? appeared first on .{1,200}?\.?\s*$", re.DOTALL)
_STRONG_TAIL_RE = re.compile(
    r"(?:\[\s*(?:…|\.\.\.|&hellip;|&#8230;)\s*\]|\(more…?\)"
    r"|(?:Continue reading|Keep reading|Read more|Read the (?:full|rest|whole)\b[^.!?]{0,40}"
    r"|Read on|Full story)[^.!?]{0,160}?(?:\s*(?:→|»|›|>>|\.\.\.|…))?)\s*$",
    re.IGNORECASE,
)
_ELLIPSIS_TAIL_RE = re.compile(r"(?:…|\.\.\.|&hellip;)\s*$")
_TEASER_WORDS = 80
"""A text under this many words ending in a feed footer or ellipsis is a summary."""
_FULL_ARTICLE_WORDS = 400
"""A text this long is an article even if it ends with a "Read more" link."""


def looks_like_teaser(html_or_text: str) -> bool:
    """Whether a feed item's text is only a summary pointing at the full article."""
    text = html_or_text or ""
    if "<" in text and ">" in text:
        text = _plain_text(text)
    text = _WS_RE.sub(" ", text).strip()
    if not text:
        return False
    footer = _FOOTER_RE.search(text)
    if footer:
        text = text[: footer.start()].rstrip()
    tail = _STRONG_TAIL_RE.search(text)
    if tail:
        return len(text[: tail.start()].split()) < _FULL_ARTICLE_WORDS
    words = len(text.split())
    if _ELLIPSIS_TAIL_RE.search(text):
        return words < _FULL_ARTICLE_WORDS // 2
    return bool(footer) and words < _TEASER_WORDS


def _plain_text(html: str) -> str:
    """The text of an HTML fragment, block boundaries kept as spaces."""
    tree = parse_html(html)
    if tree is None:
        return _TAG_RE.sub(" ", html)
    for el in list(tree.iter("script", "style", "noscript")):
        el.drop_tree()
    return " ".join(t.strip() for t in tree.itertext() if t.strip())
