"""The feed read and parsed as podcast apps parse it.

Three readers, because apps disagree: Apple Podcasts wants strict, well-formed XML;
feedparser (many Python clients) and podcastparser (gPodder) each have their own quirks.
A feed that is not well-formed is still recovered, so the other rules can run on it.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import feedparser
import lxml.etree

from podcastify.check.fetch import Fetcher
from podcastify.check.problems import Problem
from podcastify.check.rules import problem
from podcastify.errors import CheckError, FetchError, SourceError
from podcastify.patterns import compiled
from podcastify.publish.podcast_ns import ITUNES_NS, PODCAST_LEGACY_NS, PODCAST_NS, PSC_NS
from podcastify.sources.feeds import refuse_dangerous_xml
from podcastify.sources.fetch import is_http_url

ATOM_NS = "http://www.w3.org/2005/Atom"
NS = {
    "itunes": ITUNES_NS,
    "atom": ATOM_NS,
    "podcast": PODCAST_NS,
    "legacy": PODCAST_LEGACY_NS,
    "psc": PSC_NS,
}
KNOWN_PREFIXES = {
    **NS,
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "googleplay": "http://www.google.com/schemas/play-podcasts/1.0",
    "media": "http://search.yahoo.com/mrss/",
}
"""Prefixes feeds use without declaring them, and the namespaces they mean."""
FEED_TYPES = frozenset(
    {"application/rss+xml", "application/xml", "text/xml", "application/x-rss+xml"}
)
"""Content types apps accept for a podcast feed."""

Element = lxml.etree._Element


@dataclass(frozen=True)
class Source:
    """The feed's bytes and where they came from."""

    location: str
    """What the user named: a URL or a path."""
    url: str
    """The URL it was read from after redirects; empty for a file."""
    body: bytes
    content_type: str


@dataclass(frozen=True)
class Item:
    """One ``<item>`` with its position, for messages."""

    number: int
    """1-based position in the feed."""
    element: Element

    @property
    def label(self) -> str:
        title = text(self.element, "title")
        return f'episode {self.number} "{title[:60]}"' if title else f"episode {self.number}"


@dataclass(frozen=True)
class Feed:
    """The parsed document: strict when it is well-formed, recovered otherwise."""

    source: Source
    channel: Element
    items: tuple[Item, ...]


def text(parent: Element, path: str) -> str:
    """Stripped text of the first ``path`` under ``parent`` (``itunes:`` etc. allowed)."""
    found = parent.find(path, NS)
    return (found.text or "").strip() if found is not None else ""


def split_tag(element: Element) -> tuple[str, str]:
    """(namespace URI, local name); a recovered tree may hold ``prefix:name`` unbound."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag.startswith("{"):
        namespace, _, local = tag[1:].partition("}")
        return namespace, local
    return "", tag


def base_type(content_type: str) -> str:
    """``text/vtt; charset=utf-8`` → ``text/vtt``."""
    return content_type.split(";", 1)[0].strip().lower()


def local_path(location: str) -> Path:
    return Path(location.removeprefix("file://")).expanduser()


def read_source(location: str, fetcher: Fetcher) -> Source:
    """The feed's bytes from a URL or a file; CheckError when it cannot be had."""
    if is_http_url(location):
        url = location.strip()
        try:
            reply = fetcher.get(url)
        except FetchError as exc:
            raise CheckError(str(exc)) from None
        if reply.status >= 400:
            raise CheckError(f"{url}: HTTP {reply.status} {reply.reason}".rstrip())
        final = fetcher.public_url(reply.url)
        return Source(location, final, reply.body, reply.header("Content-Type"))
    if "://" in location and not location.startswith("file://"):
        raise CheckError(f"{location}: only http(s) URLs and files can be checked")
    path = local_path(location)
    if not path.is_file():
        hint = " (for a web address, write it with https://)" if "." in path.name else ""
        raise CheckError(f"{location}: no such file{hint}")
    return Source(location, "", path.read_bytes(), "")


def _strict(body: bytes) -> Element:
    parser = lxml.etree.XMLParser(
        recover=False, resolve_entities=False, no_network=True, huge_tree=False
    )
    return lxml.etree.fromstring(body, parser=parser)


def _recovered(body: bytes) -> Element | None:
    parser = lxml.etree.XMLParser(
        recover=True, resolve_entities=False, no_network=True, huge_tree=False
    )
    try:
        return lxml.etree.fromstring(body, parser=parser)
    except lxml.etree.XMLSyntaxError:
        return None


_USED_PREFIX = compiled(rb"<([A-Za-z][\w-]*):[A-Za-z]")
_DECLARED_PREFIX = compiled(rb"xmlns:([A-Za-z][\w-]*)\s*=")
_RSS_START = compiled(rb"<rss\b")


def _declared_known_prefixes(body: bytes) -> Element | None:
    """The feed parsed strictly once the well-known prefixes it forgot are declared, so the
    rules see its itunes: tags as Apple would if the author fixed the one mistake."""
    missing = {m.decode() for m in _USED_PREFIX.findall(body)}
    missing -= {m.decode() for m in _DECLARED_PREFIX.findall(body)}
    declarations = "".join(
        f' xmlns:{prefix}="{KNOWN_PREFIXES[prefix]}"'
        for prefix in sorted(missing)
        if prefix in KNOWN_PREFIXES
    )
    start = _RSS_START.search(body)
    if not declarations or start is None:
        return None
    fixed = body[: start.end()] + declarations.encode() + body[start.end() :]
    try:
        return _strict(fixed)
    except lxml.etree.XMLSyntaxError:
        return None


def _root_problem(root: Element, where: str) -> Problem | None:
    """A problem when the document is a feed but not RSS 2.0; CheckError when no feed."""
    tag = split_tag(root)[1].lower()
    if tag == "rss":
        version = root.get("version", "")
        if version != "2.0":
            return problem("feed-not-rss", "feed", f'<rss version="{version}"> is not 2.0')
        return None
    if tag == "feed":
        return problem("feed-not-rss", "feed", "the feed is Atom, not RSS 2.0")
    if tag == "html":
        raise CheckError(f"{where} is a web page, not a podcast feed")
    raise CheckError(f"{where} is not a podcast feed (its root element is <{tag}>)")


def parse(source: Source) -> tuple[Feed | None, list[Problem]]:
    """The feed and what each reader complains about; None when no rule can run on it."""
    where = source.url or source.location
    problems: list[Problem] = []
    if source.url and base_type(source.content_type) not in FEED_TYPES:
        shown = base_type(source.content_type) or "no type"
        problems.append(problem("feed-type", "feed", f"the server sends it as {shown}"))
    try:
        refuse_dangerous_xml(source.body, where)
    except SourceError as exc:
        danger = str(exc).rsplit("refusing a feed with ", 1)[-1]
        return None, [*problems, problem("xml-dangerous", "feed", f"the feed holds {danger}")]
    try:
        root = _strict(source.body)
        well_formed = True
    except lxml.etree.XMLSyntaxError as exc:
        recovered = _declared_known_prefixes(source.body)
        if recovered is None:
            recovered = _recovered(source.body)
        if recovered is None:
            raise CheckError(f"{where} is not XML: {exc.msg}") from None
        problems.append(problem("xml-malformed", "feed", f"line {exc.lineno}: {exc.msg}"))
        root, well_formed = recovered, False
    found = _root_problem(root, where)
    if found is not None:
        return None, [*problems, found]
    channel = root.find("channel")
    if channel is None:
        return None, [*problems, problem("feed-not-rss", "feed", "the feed has no <channel>")]
    items = tuple(Item(n, element) for n, element in enumerate(channel.findall("item"), 1))
    if well_formed:
        problems += _reader_problems(source, len(items))
    return Feed(source, channel, items), problems


def _reader_problems(source: Source, item_count: int) -> list[Problem]:
    """What feedparser and podcastparser make of a well-formed feed."""
    import podcastparser

    problems: list[Problem] = []
    parsed = feedparser.parse(source.body)
    if parsed.bozo:
        reason = parsed.get("bozo_exception")
        problems.append(problem("feedparser", "feed", f"feedparser: {reason}"))
    url = source.url or local_path(source.location).resolve().as_uri()
    try:
        episodes = podcastparser.parse(url, io.BytesIO(source.body))["episodes"]
    except Exception as exc:  # podcastparser's own error or a bug of its: both stop gPodder
        problems.append(problem("podcastparser", "feed", f"podcastparser: {exc}"))
        return problems
    if len(episodes) < item_count:
        problems.append(
            problem(
                "podcastparser-drops",
                "feed",
                f"podcastparser (gPodder) reads {len(episodes)} of {item_count} episodes",
            )
        )
    return problems
