"""Sources: feeds, web pages and local files become articles (:class:`~podcastify.models.Article`).

Takes a SOURCE (a feed URL or file, a web page URL, a .txt/.md/.html file) and the fetch
limits; :func:`read_source` returns the articles it offers, text untrusted but made safe
to publish; :func:`complete_article` fetches the full page of an article the feed only
teases. Nothing here knows about speech, audio or the feed that will be written.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from podcastify.errors import PodcastifyError, SourceError, TeaserError
from podcastify.models import Article
from podcastify.sources.documents import read_document, read_folder
from podcastify.sources.fetch import FetchLimits, Response, decode_body, fetch, is_http_url
from podcastify.sources.files import (
    FEED_SUFFIXES,
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    TEXT_SUFFIXES,
    file_date,
    local_guid,
    old_local_guid,
    read_local,
    text_article,
)
from podcastify.sources.kinds import SourceKind, sniff
from podcastify.sources.opml import Subscription, looks_like_opml, read_opml
from podcastify.sources.pages import PageKind, advertised_feeds, extract_page, page_kind
from podcastify.sources.people import person_name
from podcastify.sources.teasers import TeaserSigns, page_completes, teaser_signs
from podcastify.text import html_to_plain, parse_html, xml_safe
from podcastify.urls import canonical_url

__all__ = [
    "FetchLimits",
    "Subscription",
    "complete_article",
    "identities",
    "read_source",
    "read_subscriptions",
]

Warn = Callable[[str], None]
_T = TypeVar("_T")
_FEEDS = (SourceKind.FEED, SourceKind.JSON_FEED)


def _parse_feed(body: bytes, where: str, base_url: str = "") -> list[Article]:
    """:func:`~podcastify.sources.feeds.parse_feed`, whose XML reader loads with the first feed
    (not for `podcastify script` of a local file)."""
    from podcastify.sources.feeds import parse_feed

    return parse_feed(body, where, base_url)


def identities(article: Article) -> set[str]:
    """Every identity an article may have been published under: its GUID, the GUID's
    canonical form when it is a web address, and its aliases."""
    found = {article.guid, *article.aliases}
    if is_http_url(article.guid):
        found.add(canonical_url(article.guid))
    return {identity for identity in found if identity}


def _page_aliases(*addresses: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(canonical_url(a) for a in addresses if is_http_url(a)))


def _page_article(html: str, url: str, source: str) -> Article:
    """The article of a web page given as a SOURCE (its GUID is the address as given)."""
    page = extract_page(html, url)
    return Article(
        guid=source,
        title=page.title or url,
        link=url,
        author=person_name(page.author),
        published=page.published,
        summary="",
        html=page.html,
        source_title=page.site_name,
        language=page.language,
        aliases=_page_aliases(source, url, page.canonical),
    )


def _local_page(path: Path, data: bytes) -> Article:
    """A saved web page: identified by its name and title, never by where it lies."""
    page = extract_page(decode_body(data), path.resolve().as_uri())
    title = page.title or path.stem
    return Article(
        guid=local_guid(path, title),
        title=title,
        author=person_name(page.author),
        published=page.published or file_date(path),
        html=page.html,
        source_title=page.site_name,
        language=page.language,
        aliases=(old_local_guid(path), *_page_aliases(page.canonical)),
    )


def _from_page(article: Article) -> bool:
    """Articles read from a page carry its whole text and no feed summary."""
    return bool(article.html) and not article.summary


def complete_article(article: Article, limits: FetchLimits, warn: Warn) -> Article:
    """A feed item as its whole article: its own text, or its page's when that is longer.

    An item that is short, or shows a teaser mark anywhere, is compared with the page it
    links to (see :mod:`podcastify.sources.teasers`). When the page cannot be had and the
    item is only a summary, TeaserError (try again on a later run), unless
    ``limits.allow_summaries`` publishes the summary on purpose. Called by the pipeline for
    new articles only, so a published article is never fetched again and ``--limit``
    bounds the fetching too.
    """
    if not is_http_url(article.link) or _from_page(article):
        return article
    signs = teaser_signs(article.html or article.text or article.summary)
    if not signs.needs_page:
        return article
    try:
        response = fetch(article.link, limits)
        page = extract_page(decode_body(response.body, response.content_type), response.url)
    except PodcastifyError as exc:
        return _summary_only(article, signs, limits, warn, str(exc))
    if not page_completes(signs, article.title, html_to_plain(page.html), page.title):
        if signs.marked:
            return _summary_only(article, signs, limits, warn, f"{response.url} holds no more")
        return article
    return replace(
        article,
        html=page.html,
        author=article.author or person_name(page.author),
        published=article.published or page.published,
        aliases=tuple(
            dict.fromkeys([*article.aliases, *_page_aliases(response.url, page.canonical)])
        ),
    )


def _summary_only(
    article: Article, signs: TeaserSigns, limits: FetchLimits, warn: Warn, reason: str
) -> Article:
    """The item as it is when that is allowed or it is long enough; else TeaserError."""
    what = "only a summary in the feed" if signs.words else "no text in the feed"
    if not signs.is_summary:
        warn(
            f"{article.title}: its page could not be read to compare ({reason}); "
            "narrating the feed's text"
        )
        return article
    if limits.allow_summaries and signs.words:
        warn(f"{article.title}: {what} and the full article failed: {reason}; publishing it")
        return article
    raise TeaserError(f"{article.title}: {what}, and the full article failed: {reason}")


def _safe(article: Article) -> Article:
    """Untrusted text made publishable: no character the feed cannot hold, and a link
    only when it is a web address (never ``javascript:``, ``data:`` or ``file:``)."""
    changes: dict[str, object] = {}
    for name in ("guid", "title", "author", "summary", "html", "text", "source_title", "language"):
        value: str = getattr(article, name)
        if (clean := xml_safe(value)) != value:
            changes[name] = clean
    if not str(changes.get("title", article.title)).strip():
        changes["title"] = "Untitled"
    link = xml_safe(article.link.strip())
    if link and not is_http_url(link):
        link = ""
    if link != article.link:
        changes["link"] = link
    guid = str(changes.get("guid", article.guid))
    aliases = tuple(dict.fromkeys(a for a in map(xml_safe, article.aliases) if a and a != guid))
    if aliases != article.aliases:
        changes["aliases"] = aliases
    return replace(article, **changes) if changes else article  # type: ignore[arg-type]


def _distinct(articles: Iterable[Article]) -> list[Article]:
    """Each article once: a later one sharing a GUID or an alias with an earlier one is the
    same article reached another way."""
    seen: set[str] = set()
    out: list[Article] = []
    for article in articles:
        names = identities(article)
        if names & seen:
            continue
        seen |= names
        out.append(article)
    return out


def _read_list(feeds: list[Subscription], limits: FetchLimits, warn: Warn) -> list[Article]:
    """Every article of every feed an OPML list names; a feed that fails is a warning, and
    only a list whose every feed failed is an error."""
    feeds = [feed for feed in feeds if not looks_like_opml_url(feed.url)]  # lists: not followed
    articles: list[Article] = []
    problems: list[str] = []
    for feed, read in zip(feeds, read_sources([f.url for f in feeds], limits), strict=True):
        for warning in read.warnings:
            warn(warning)
        if read.error is not None:
            problems.append(str(read.error))
            warn(f"{feed.title or feed.url}: {read.error}")
        articles.extend(read.articles)
    if problems and len(problems) == len(feeds):
        raise SourceError(f"no feed of the OPML list could be read ({problems[0]})")
    return articles


@dataclass(frozen=True)
class SourceRead:
    """What reading one SOURCE gave: its articles or its error, and what it warned of."""

    source: str
    articles: list[Article]
    error: PodcastifyError | None
    warnings: list[str]


def read_sources(sources: Sequence[str], limits: FetchLimits) -> list[SourceRead]:
    """Each SOURCE read, results in the order given, ``limits.parallel_fetches`` at a time.

    Warnings are kept with their source rather than said as they come, so what a run
    prints does not depend on which server answered first.
    """

    def read(source: str) -> SourceRead:
        warnings: list[str] = []
        try:
            return SourceRead(source, read_source(source, limits, warnings.append), None, warnings)
        except PodcastifyError as exc:
            return SourceRead(source, [], exc, warnings)

    return _each_at_once([functools.partial(read, s) for s in sources], limits.parallel_fetches)


def _each_at_once(jobs: Sequence[Callable[[], _T]], at_once: int) -> list[_T]:
    """Every job's result in order, ``at_once`` running together on daemon threads (so an
    interrupted run exits at once instead of waiting for slow servers)."""
    if at_once <= 1 or len(jobs) <= 1:
        return [job() for job in jobs]
    results: list[Any] = [None] * len(jobs)
    crashed: list[BaseException] = []
    queue = iter(enumerate(jobs))
    lock = threading.Lock()

    def work() -> None:
        while not crashed:
            with lock:
                taken = next(queue, None)
            if taken is None:
                return
            index, job = taken
            try:
                results[index] = job()
            except BaseException as exc:  # a bug: raised again in the caller's thread
                crashed.append(exc)

    workers = [threading.Thread(target=work, daemon=True) for _ in range(min(at_once, len(jobs)))]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    if crashed:
        raise crashed[0]
    return results


def looks_like_opml_url(url: str) -> bool:
    return url.lower().split("?", 1)[0].endswith(".opml")


def read_subscriptions(source: str, limits: FetchLimits) -> list[Subscription]:
    """The feeds an OPML list (a file or a URL) names."""
    if is_http_url(source):
        response = fetch(source, limits)
        return read_opml(response.body, source)
    return read_opml(read_local(Path(source).expanduser()), source)


def read_source(source: str, limits: FetchLimits, warn: Warn) -> list[Article]:
    """All articles a SOURCE offers (a feed's items, or one page or file), each once.

    A page that lists articles and names its feed is read as that feed (``warn`` says so).
    """
    return _distinct(_safe(article) for article in _read(source, limits, warn))


def _read(source: str, limits: FetchLimits, warn: Warn) -> list[Article]:
    if not source.strip():
        raise SourceError("an empty SOURCE was given: name a feed, page or file")
    if is_http_url(source):
        return _read_response(source, fetch(source, limits), limits, warn)
    if "://" in source:
        raise SourceError(f"{source}: only http and https URLs are supported")

    path = Path(source).expanduser()
    if path.is_dir():
        return read_folder(path, warn)
    data = read_local(path)
    suffix = path.suffix.lower()
    if looks_like_opml(data):
        return _read_list(read_opml(data, str(path)), limits, warn)
    documents = read_document(data, str(path), warn, suffix=suffix, fallback_date=file_date(path))
    if documents is not None:
        return documents
    kind = sniff(data)
    if kind in _FEEDS:
        return _parse_feed(data, str(path))
    if kind is SourceKind.HTML or suffix in HTML_SUFFIXES:
        return [_local_page(path, data)]
    if suffix in TEXT_SUFFIXES + MARKDOWN_SUFFIXES:
        return [text_article(path, data)]
    if suffix in FEED_SUFFIXES and kind is not SourceKind.JSON:
        return _parse_feed(data, str(path))  # feedparser says what is wrong with it
    raise SourceError(
        f"{path}: not a feed, a web page, a document or a text file; use a feed (RSS, Atom or "
        "JSON Feed), an OPML list, .txt, .md, .html, .pdf, .epub, .eml or .mbox"
    )


def _read_response(source: str, response: Response, limits: FetchLimits, warn: Warn) -> list:
    """A fetched SOURCE, by what its content is (not by its URL or Content-Type)."""
    documents = read_document(response.body, source, warn, link=response.url)
    if documents is not None:
        return documents
    if looks_like_opml(response.body):
        return _read_list(read_opml(response.body, source), limits, warn)
    kind = sniff(response.body)
    if kind in _FEEDS:
        return _parse_feed(response.body, source, response.url)
    if kind is SourceKind.HTML or "html" in response.content_type:
        return _read_page(source, response, limits, warn)
    if kind is SourceKind.OTHER and "xml" in response.content_type:
        return _parse_feed(response.body, source, response.url)
    raise SourceError(f"{source}: neither a feed nor a web page ({response.content_type})")


def _read_page(source: str, response: Response, limits: FetchLimits, warn: Warn) -> list:
    """A web page: its article; or, for a list of articles, the feed it names."""
    html = decode_body(response.body, response.content_type)
    tree = parse_html(html)
    kind = page_kind(tree) if tree is not None else PageKind.ARTICLE
    feeds = advertised_feeds(tree, response.url) if tree is not None else ()
    if kind is PageKind.LISTING and feeds:
        return _read_advertised_feed(source, feeds[0], limits, warn)
    try:
        return [_page_article(html, response.url, source)]
    except SourceError:
        if feeds and kind is not PageKind.ERROR:
            return _read_advertised_feed(source, feeds[0], limits, warn)
        raise


def _read_advertised_feed(source: str, feed_url: str, limits: FetchLimits, warn: Warn) -> list:
    warn(f"{source} is a page; reading its feed {feed_url}")
    response = fetch(feed_url, limits)
    if sniff(response.body) not in _FEEDS:
        raise SourceError(
            f"{source} is a page, and the feed it names ({feed_url}) is not a feed "
            f"({response.content_type or 'no content type'})"
        )
    return _parse_feed(response.body, feed_url, response.url)
