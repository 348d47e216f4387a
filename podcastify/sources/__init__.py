"""Sources: feeds, web pages and local files become :class:`~podcastify.models.Article`s."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from podcastify.errors import PodcastifyError, SourceError
from podcastify.models import Article
from podcastify.sources.documents import read_document, read_folder
from podcastify.sources.feeds import looks_like_feed, parse_feed
from podcastify.sources.fetch import FetchLimits, decode_body, fetch, is_http_url
from podcastify.sources.files import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEXT_SUFFIXES,
    file_date,
    read_local,
    text_article,
)
from podcastify.sources.pages import extract_page, looks_like_teaser
from podcastify.text import xml_safe

__all__ = ["FetchLimits", "complete_article", "read_source"]

Warn = Callable[[str], None]


def _page_article(html: str, url: str, guid: str, fallback_date: datetime | None = None) -> Article:
    page = extract_page(html, url)
    return Article(
        guid=guid,
        title=page.title or url,
        link=url if is_http_url(url) else "",
        author=page.author,
        published=page.published or fallback_date,
        summary="",
        html=page.html,
        source_title=page.site_name or url,
        language=page.language,
    )


def complete_article(article: Article, limits: FetchLimits, warn: Warn) -> Article:
    """A feed item with only a teaser, or no text at all: narrate the full page it links to.

    Called by the pipeline for new articles only, so a published teaser is never fetched
    again and ``--limit`` bounds the fetching too.
    """
    if not article.link or not is_http_url(article.link):
        return article
    body = article.html or article.text or article.summary
    if body.strip() and not looks_like_teaser(body):
        return article
    try:
        response = fetch(article.link, limits)
        page = extract_page(decode_body(response.body, response.content_type), response.url)
    except PodcastifyError as exc:
        warn(f"{article.title}: only a summary in the feed and the full page failed: {exc}")
        return article
    return replace(
        article,
        html=page.html,
        author=article.author or page.author,
        published=article.published or page.published,
    )


def _safe(article: Article) -> Article:
    """Untrusted text made publishable: no character the feed cannot hold, and a link
    only when it is a web address (never ``javascript:``, ``data:`` or ``file:``)."""
    changes: dict[str, str] = {}
    for name in ("guid", "title", "author", "summary", "html", "text", "source_title", "language"):
        value: str = getattr(article, name)
        if (clean := xml_safe(value)) != value:
            changes[name] = clean
    if not changes.get("title", article.title).strip():
        changes["title"] = "Untitled"
    link = xml_safe(article.link.strip())
    if link and not is_http_url(link):
        link = ""
    if link != article.link:
        changes["link"] = link
    return replace(article, **changes) if changes else article


def read_source(source: str, limits: FetchLimits, warn: Warn) -> list[Article]:
    """All articles a SOURCE offers (a feed's items, or one page or file)."""
    return [_safe(article) for article in _read(source, limits, warn)]


def _read(source: str, limits: FetchLimits, warn: Warn) -> list[Article]:
    if is_http_url(source):
        response = fetch(source, limits)
        if (documents := read_document(response.body, source, warn, link=response.url)) is not None:
            return documents
        if looks_like_feed(response.body):
            return parse_feed(response.body, source, response.url)
        if "html" not in response.content_type and b"<html" not in response.body[:4096].lower():
            raise SourceError(f"{source}: neither a feed nor a web page ({response.content_type})")
        html = decode_body(response.body, response.content_type)
        return [_page_article(html, response.url, source)]
    if "://" in source:
        raise SourceError(f"{source}: only http and https URLs are supported")

    path = Path(source).expanduser()
    if path.is_dir():
        return read_folder(path, warn)
    data = read_local(path)
    suffix = path.suffix.lower()
    documents = read_document(data, str(path), warn, suffix=suffix, fallback_date=file_date(path))
    if documents is not None:
        return documents
    if suffix in TEXT_SUFFIXES + MARKDOWN_SUFFIXES:
        return [text_article(path, data)]
    if suffix in FEED_SUFFIXES or looks_like_feed(data):
        return parse_feed(data, str(path))
    if suffix in HTML_SUFFIXES:
        html = decode_body(data)
        return [
            _page_article(html, path.resolve().as_uri(), f"file:{path.resolve()}", file_date(path))
        ]
    raise SourceError(
        f"{path}: unsupported file type {suffix or '(none)'}; "
        "use a feed (.xml), .txt, .md, .html, .pdf, .epub, .eml or .mbox"
    )
