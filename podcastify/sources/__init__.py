"""Sources: feeds, web pages and local files become :class:`~podcastify.models.Article`s."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from podcastify.errors import PodcastifyError, SourceError
from podcastify.models import Article
from podcastify.sources.feeds import looks_like_feed, parse_feed
from podcastify.sources.fetch import FetchLimits, fetch, is_http_url
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

__all__ = ["FetchLimits", "read_source"]

Warn = Callable[[str], None]


def _page_article(html: str, url: str, guid: str, fallback_date=None) -> Article:
    page = extract_page(html, url)
    return Article(
        guid=guid,
        title=page.title or url,
        link=url if url.startswith(("http://", "https://")) else "",
        author=page.author,
        published=page.published or fallback_date,
        summary="",
        html=page.html,
        source_title=page.site_name or url,
        language=page.language,
    )


def _complete_teaser(article: Article, limits: FetchLimits, warn: Warn) -> Article:
    """A feed item with only a teaser: narrate the full article from its link."""
    if not article.link or not is_http_url(article.link):
        return article
    if not looks_like_teaser(article.html or article.summary):
        return article
    try:
        response = fetch(article.link, limits)
        page = extract_page(response.body.decode("utf-8", "replace"), response.url)
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
        if looks_like_feed(response.body):
            articles = parse_feed(response.body, source)
            return [_complete_teaser(a, limits, warn) for a in articles]
        if "html" not in response.content_type and b"<html" not in response.body[:4096].lower():
            raise SourceError(f"{source}: neither a feed nor a web page ({response.content_type})")
        return [_page_article(response.body.decode("utf-8", "replace"), response.url, source)]
    if "://" in source:
        raise SourceError(f"{source}: only http and https URLs are supported")

    path = Path(source).expanduser()
    data = read_local(path)
    suffix = path.suffix.lower()
    if suffix in TEXT_SUFFIXES + MARKDOWN_SUFFIXES:
        return [text_article(path, data)]
    if suffix in FEED_SUFFIXES or looks_like_feed(data):
        articles = parse_feed(data, str(path))
        return [_complete_teaser(a, limits, warn) for a in articles]
    if suffix in HTML_SUFFIXES:
        html = data.decode("utf-8", "replace")
        return [
            _page_article(html, path.resolve().as_uri(), f"file:{path.resolve()}", file_date(path))
        ]
    raise SourceError(
        f"{path}: unsupported file type {suffix or '(none)'}; use a feed (.xml), .txt, .md or .html"
    )
