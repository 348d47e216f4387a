"""The main article of a web page, and whether a feed item is only a teaser for one.

Extraction is trafilatura's; this module only feeds it an already fetched page (it never
fetches), asks for structural HTML (headings, paragraphs, quotes, lists) that
:func:`podcastify.script.html.html_to_blocks` reads, and reads the page's own metadata for
what trafilatura gives only roughly (the publication time with its zone, the language).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import lxml.html

import copy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from urllib.parse import urljoin

from podcastify import boilerplate
from podcastify.errors import SourceError
from podcastify.patterns import compiled
from podcastify.text import collapse_space, inner_html, is_web_link, parse_html, safe_html_parser
from podcastify.urls import public_host, readable_host

__all__ = ["ExtractedPage", "PageKind", "advertised_feeds", "extract_page", "page_kind"]


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
    canonical: str = ""
    """The page's own address for itself (``<link rel="canonical">``, else og:url), or empty."""


_WS_RE = compiled(r"\s+")
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
    """The article in ``html`` (fetched from ``url``); SourceError when there is none, and
    for pages that are not one article: an error page served as a page (a soft 404), or a
    list of articles (a home page of teasers)."""
    tree = parse_html(html)
    if tree is None:
        raise SourceError(f"no article text found at {url}")
    kind = page_kind(tree)
    if kind is PageKind.ERROR:
        raise SourceError(f"{url}: an error page (“{_error_heading(tree)}”), not an article")
    if kind is PageKind.LISTING:
        raise SourceError(f"{url}: a list of articles (a home or index page), not one article")
    document = _extract(tree, url)
    if document is None:
        raise SourceError(f"no article text found at {url}")
    head, body = document
    content = inner_html(body)
    if len(_WS_RE.sub(" ", body.text_content()).split()) < _MIN_WORDS:
        raise SourceError(f"no article text found at {url}")
    return ExtractedPage(
        title=head.get("title") or _page_title(tree),
        author=_authors(head.get("author", "")),
        published=_published(tree) or _parse_datetime(head.get("date", "")),
        html=content,
        site_name=_site_name(head.get("sitename", ""), url),
        language=_language(tree),
        canonical=_canonical(tree, url),
    )


def _site_name(name: str, url: str) -> str:
    """The site's name, else its domain; never an address (``127.0.0.1:8765``)."""
    name = collapse_space(name)
    if name and (" " in name or public_host(name.rsplit(":", 1)[0]) or "." not in name):
        return name
    return readable_host(url)


def _canonical(tree: lxml.html.HtmlElement, url: str) -> str:
    """The address the page gives for itself, resolved against where it was fetched."""
    for link in tree.iter("link"):
        if "canonical" in (link.get("rel") or "").lower().split() and link.get("href"):
            target = urljoin(url, link.get("href", "").strip())
            if is_web_link(target):
                return target
    og_url = _meta(tree, "og:url")
    return og_url if is_web_link(og_url) else ""


_DATE_SEARCH = {"original_date": True, "extensive_search": False}
"""Dates from the page's markup and address only: a guess from its text ("Copyright
2024", any year in a sentence) would be spoken in the intro and name the file."""


def _extract(
    tree: lxml.html.HtmlElement, url: str
) -> tuple[dict[str, str], lxml.html.HtmlElement] | None:
    """trafilatura's metadata and structural body; None when it finds no main text."""
    import trafilatura

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
            date_extraction_params=_DATE_SEARCH,
        )
        if output:
            break
    else:
        return None
    import lxml.html

    result = lxml.html.document_fromstring(output, parser=safe_html_parser())
    head = {
        meta.get("name", ""): meta.get("content", "") for meta in result.iterfind(".//head/meta")
    }
    body = result.find("body")
    if body is None:
        return None
    return head, body


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


def _json_ld_blocks(tree: lxml.html.HtmlElement) -> Iterator[object]:
    """The parsed content of each JSON-LD block of the page (ones that do not parse skipped)."""
    for script in tree.iter("script"):
        if "ld+json" not in (script.get("type") or ""):
            continue
        try:
            yield json.loads(script.text or "")
        except ValueError:
            continue


def _json_ld_dates(tree: lxml.html.HtmlElement) -> list[datetime]:
    """``datePublished`` values from JSON-LD blocks, in document order."""
    found: list[datetime] = []
    for data in _json_ld_blocks(tree):
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


# --- Pages that are not one article ---------------------------------------------------


class PageKind(StrEnum):
    """What a web page is, which decides whether it can be narrated as one article."""

    ARTICLE = "article"
    LISTING = "listing"
    """A home, category or archive page: several articles' teasers."""
    ERROR = "error"
    """An error page answered with status 200 (a soft 404)."""


FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+json",
)
"""MIME types a page names its feeds with in ``<link rel="alternate">``."""
_ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "blogposting",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "techarticle",
        "scholarlyarticle",
        "liveblogposting",
        "socialmediaposting",
        "report",
    }
)
"""schema.org types of a page that is one article."""
_LISTING_TYPES = frozenset({"collectionpage", "blog", "itemlist", "searchresultspage"})
"""schema.org types of a page that lists articles."""
_NOT_CONTENT = ("nav", "header", "footer", "aside", "script", "style", "noscript", "form")
_ERROR_RE = compiled("|".join(f"(?:{p})" for p in boilerplate.ERROR_PAGE_TITLES), re.I)
_TITLE_SEPARATORS = compiled(r"\s+[|–—:»·]\s+|\s+-\s+|\s*::\s*")
_MARK_RE = compiled(
    boilerplate.ELLIPSIS_MARK + "|" + boilerplate.MORE_LINK + "|" + boilerplate.CONTINUE_READING,
    re.I,
)
_READ_MORE_LINK_RE = compiled(r"\s*" + boilerplate.READ_MORE_PHRASES + r"\b.{0,80}$", re.I | re.S)
_LISTING_MARKS = 2
"""Teaser marks ("Continue reading", ``[…]``, "Read more" links) that make a listing."""
_LISTING_HEADINGS = 3
"""Linked headings (article titles pointing elsewhere) that make a listing."""
_DOMINANT_SHARE = 0.6
"""A page whose longest stretch between linked headings holds this share of its words is
one article (with related links), not a listing."""
_ERROR_TITLE_WORDS = 14
"""A heading longer than this is a sentence, not an error page's title."""
_ERROR_PAGE_WORDS = 150
"""An article-typed page with an error title is an error page below this many words."""


def advertised_feeds(html_or_tree: str | lxml.html.HtmlElement, url: str) -> tuple[str, ...]:
    """The feeds a page names in ``<link rel="alternate">``, comment feeds left out."""
    tree = parse_html(html_or_tree) if isinstance(html_or_tree, str) else html_or_tree
    if tree is None:
        return ()
    base = url
    for element in tree.iter("base"):
        if element.get("href"):
            base = urljoin(url, element.get("href", "").strip())
            break
    feeds: list[str] = []
    for link in tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        href = (link.get("href") or "").strip()
        if "alternate" not in rel or kind not in FEED_TYPES or not href:
            continue
        if "comment" in (link.get("title") or "").lower() or "/comments/" in href.lower():
            continue
        target = urljoin(base, href)
        if is_web_link(target) and target not in feeds:
            feeds.append(target)
    return tuple(feeds)


def page_kind(tree: lxml.html.HtmlElement) -> PageKind:
    """Whether a page is one article, a list of articles, or an error page."""
    says_article, says_listing = _schema_kinds(tree)
    if _error_heading(tree) and (not says_article or _words(tree) < _ERROR_PAGE_WORDS):
        return PageKind.ERROR
    if says_article:
        return PageKind.ARTICLE
    if says_listing or _looks_like_listing(tree):
        return PageKind.LISTING
    return PageKind.ARTICLE


def _schema_kinds(tree: lxml.html.HtmlElement) -> tuple[bool, bool]:
    """(says it is an article, says it is a listing), from Open Graph and JSON-LD."""
    og_type = _meta(tree, "og:type").lower()
    types = set(_json_ld_types(tree))
    says_listing = bool(types & _LISTING_TYPES)
    says_article = og_type.startswith("article") or bool(_meta(tree, "article:published_time"))
    says_article = says_article or bool(types & _ARTICLE_TYPES and not says_listing)
    return says_article, says_listing and not og_type.startswith("article")


def _json_ld_types(tree: lxml.html.HtmlElement) -> list[str]:
    """schema.org ``@type``s of the page's JSON-LD items and ``@graph`` members."""
    found: list[str] = []
    for data in _json_ld_blocks(tree):
        items = data if isinstance(data, list) else [data]
        for item in list(items):
            if isinstance(item, dict) and isinstance(item.get("@graph"), list):
                items.extend(item["@graph"])
        for item in items:
            if not isinstance(item, dict):
                continue
            kind = item.get("@type")
            for name in kind if isinstance(kind, list) else [kind]:
                if isinstance(name, str):
                    found.append(name.lower())
    return found


def _error_heading(tree: lxml.html.HtmlElement) -> str:
    """The page's title or main heading when it reads like an error ("Page not found")."""
    candidates = [tree.findtext(".//title") or "", _meta(tree, "og:title")]
    candidates += [h.text_content() for h in list(tree.iter("h1"))[:2]]
    for candidate in candidates:
        candidate = collapse_space(candidate)
        for part in [candidate, *_TITLE_SEPARATORS.split(candidate)]:
            part = part.strip()
            if part and len(part.split()) <= _ERROR_TITLE_WORDS and _ERROR_RE.search(part):
                return candidate
    return ""


def _content_tree(tree: lxml.html.HtmlElement) -> lxml.html.HtmlElement:
    """A copy of the page's body without navigation, header, footer and sidebars."""
    body = tree.find("body")
    copied = copy.deepcopy(body if body is not None else tree)
    for element in list(copied.iter(*_NOT_CONTENT)):
        element.drop_tree()
    return copied


def _words(tree: lxml.html.HtmlElement) -> int:
    return len(_content_tree(tree).text_content().split())


def _linked_heading(element: lxml.html.HtmlElement) -> bool:
    return (
        element.tag in ("h1", "h2", "h3")
        and element.find(".//a[@href]") is not None
        and bool(element.text_content().strip())
    )


def _looks_like_listing(tree: lxml.html.HtmlElement) -> bool:
    """Several articles' teasers: linked headings or teaser marks, with no one long text."""
    content = _content_tree(tree)
    headings = [el for el in content.iter("h1", "h2", "h3") if _linked_heading(el)]
    marks = [
        el
        for el in content.iter()
        if isinstance(el.tag, str)
        and (
            _MARK_RE.search(el.text or "")
            or (el.tag == "a" and _READ_MORE_LINK_RE.fullmatch(el.text_content() or ""))
        )
    ]
    cards = sum(
        1 for article in content.iter("article") if any(map(_linked_heading, article.iter()))
    )
    if len(headings) < _LISTING_HEADINGS and len(marks) < _LISTING_MARKS and cards < 2:
        return False
    return not _one_text_dominates(content, set(headings), set(marks))


def _one_text_dominates(content: lxml.html.HtmlElement, headings: set, marks: set) -> bool:
    """Whether one stretch between teaser boundaries (linked headings, "Continue reading"
    links) holds most of the page's words, as an article followed by related links does."""
    stretches = [0]
    skip: set = set()
    for element in content.iter():
        if element in skip or not isinstance(element.tag, str):
            continue
        if element in headings or element in marks:
            if element in marks:
                stretches[-1] += len(element.text_content().split())
            stretches.append(len((element.tail or "").split()))
            skip.update(element.iter())
            continue
        stretches[-1] += len((element.text or "").split()) + len((element.tail or "").split())
    total = sum(stretches)
    return total > 0 and max(stretches) >= _DOMINANT_SHARE * total
