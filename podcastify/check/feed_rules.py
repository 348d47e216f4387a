"""Rules on the feed's text: Apple's tags, GUIDs, dates, durations. No network.

Apple's required channel tags are the ones Apple Podcasts refuses a feed without; the
recommended ones it asks for. Episode rules run on every item, however many
``--episodes`` limits the network checks to.
"""

from __future__ import annotations

import calendar
import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_tz

from podcastify.categories import APPLE_CATEGORIES
from podcastify.check.addresses import host_kind, url_host
from podcastify.check.languages import ISO_639_1
from podcastify.check.parse import NS, Element, Feed, Item, split_tag, text
from podcastify.check.podcast_tags import TAGS
from podcastify.check.problems import Problem
from podcastify.check.rules import as_warning, problem
from podcastify.patterns import compiled
from podcastify.publish.feed import MAX_DESCRIPTION_BYTES
from podcastify.publish.podcast_ns import PODCAST_LEGACY_NS, PODCAST_NS
from podcastify.text import looks_like_email

REQUIRED_CHANNEL_TAGS = (
    ("title", ""),
    ("description", ""),
    ("itunes:image", "href"),
    ("language", ""),
    ("itunes:category", "text"),
    ("itunes:explicit", ""),
)
"""(tag, attribute that must be set, or "" for text): Apple refuses a feed without them."""
RECOMMENDED_CHANNEL_TAGS = ("itunes:author", "link", "itunes:owner")
EXPLICIT_VALUES = ("true", "false")
OLD_EXPLICIT_VALUES = ("yes", "no", "clean")
EPISODE_TYPES = ("full", "trailer", "bonus")
PODCAST_TYPES = ("episodic", "serial")
FUTURE_SLACK = timedelta(days=1)
"""A date this far ahead is a mistake, not a clock difference."""

_LANGUAGE = compiled(r"[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*")
_DURATION = compiled(r"\d+(\.\d+)?|(\d+:)?[0-5]?\d:[0-5]\d(\.\d+)?")
_ZONE = compiled(r"(?:[+-]\d{4}|[A-Za-z]{1,5})$")
_WEEKDAY = compiled(r"\s*([A-Za-z]{3})[a-z]*\s*,")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _present(channel: Element, tag: str, attribute: str) -> bool:
    for element in channel.findall(tag, NS):
        value = element.get(attribute) if attribute else element.text
        if (value or "").strip():
            return True
    return False


def channel_tags(feed: Feed) -> list[Problem]:
    channel = feed.channel
    problems = [
        problem("apple-required", "channel", f"no <{tag}>" + (f" with {attr}" if attr else ""))
        for tag, attr in REQUIRED_CHANNEL_TAGS
        if not _present(channel, tag, attr)
    ]
    problems += [
        problem("apple-recommended", "channel", f"no <{tag}>")
        for tag in RECOMMENDED_CHANNEL_TAGS
        if channel.find(tag, NS) is None
    ]
    problems += _categories(channel)
    problems += _explicit(channel, "channel")
    problems += _owner(channel)
    language = text(channel, "language")
    if language and not _language_ok(language):
        problems.append(problem("language", "channel", f"<language> {language!r} is not ISO 639"))
    kind = text(channel, "itunes:type")
    if kind and kind not in PODCAST_TYPES:
        problems.append(problem("apple-type", "channel", f"itunes:type is {kind!r}"))
    for tag in ("pubDate", "lastBuildDate"):
        value = text(channel, tag)
        if value:
            problems += [as_warning(p) for p in _date(value, tag, "channel")]
    return problems


def _language_ok(value: str) -> bool:
    if not _LANGUAGE.fullmatch(value):
        return False
    primary = value.split("-", 1)[0].lower()
    return primary in ISO_639_1 or len(primary) == 3


def _categories(channel: Element) -> list[Problem]:
    problems = []
    for element in channel.findall("itunes:category", NS):
        main = element.get("text") or ""
        if main not in APPLE_CATEGORIES:
            problems.append(problem("apple-category", "channel", f"{main!r} is not Apple's"))
            continue
        for sub in element.findall("itunes:category", NS):
            name = sub.get("text") or ""
            if name not in APPLE_CATEGORIES[main]:
                message = f"{name!r} is not a subcategory of {main!r}"
                problems.append(problem("apple-category", "channel", message))
    return problems


def _explicit(parent: Element, where: str) -> list[Problem]:
    value = text(parent, "itunes:explicit")
    if not value or value.lower() in EXPLICIT_VALUES:
        return []
    if value.lower() in OLD_EXPLICIT_VALUES:
        return [problem("apple-explicit-old", where, f"itunes:explicit is {value!r}")]
    return [problem("apple-explicit", where, f"itunes:explicit is {value!r}")]


def _owner(channel: Element) -> list[Problem]:
    owner = channel.find("itunes:owner", NS)
    if owner is None:
        return []
    email = text(owner, "itunes:email")
    if not looks_like_email(email):
        return [problem("owner-email", "channel", f"itunes:owner email is {email!r}")]
    return []


# -- episodes ---------------------------------------------------------------------------


def item_tags(item: Item, now: datetime) -> list[Problem]:
    element, where = item.element, item.label
    problems: list[Problem] = []
    if not (text(element, "title") or text(element, "itunes:title")):
        problems.append(problem("item-no-title", where, "no <title>"))
    if not text(element, "guid"):
        problems.append(problem("item-no-guid", where, "no <guid>"))
    date = text(element, "pubDate")
    if date:
        problems += _date(date, "pubDate", where, now)
    else:
        problems.append(problem("item-no-date", where, "no <pubDate>"))
    duration = text(element, "itunes:duration")
    if duration and not _DURATION.fullmatch(duration):
        problems.append(problem("item-duration", where, f"itunes:duration is {duration!r}"))
    kind = text(element, "itunes:episodeType")
    if kind and kind not in EPISODE_TYPES:
        problems.append(problem("item-episode-type", where, f"itunes:episodeType is {kind!r}"))
    problems += [as_warning(p) for p in _explicit(element, where)]
    size = len(text(element, "description").encode("utf-8"))
    if size > MAX_DESCRIPTION_BYTES:
        problems.append(problem("description-long", where, f"the description is {size} bytes"))
    return problems


def _date(value: str, tag: str, where: str, now: datetime | None = None) -> list[Problem]:
    """An RFC 2822 date as apps parse it: valid, zoned, its weekday right, not ahead."""
    parsed = parsedate_tz(value)
    when = None
    if parsed is not None:
        try:
            when = datetime(*parsed[:6], tzinfo=UTC) - timedelta(seconds=parsed[9] or 0)
        except (ValueError, OverflowError):
            when = None
    if when is None:
        return [problem("date-invalid", where, f"<{tag}> {value!r} is not an RFC 2822 date")]
    problems = []
    if not _ZONE.search(value.strip()):
        problems.append(problem("date-no-zone", where, f"<{tag}> {value!r} has no time zone"))
    weekday = _WEEKDAY.match(value)
    if weekday:
        local = datetime(*parsed[:3])
        named = weekday.group(1).lower()
        if named != _WEEKDAYS[local.weekday()]:
            actual = calendar.day_abbr[local.weekday()]
            message = f"<{tag}> {value!r}: {local:%d %b %Y} is a {actual}"
            problems.append(problem("date-weekday", where, message))
    if now is not None and when > now + FUTURE_SLACK:
        problems.append(problem("date-future", where, f"<{tag}> {value!r} is in the future"))
    return problems


def unique_guids(items: Iterable[Item]) -> list[Problem]:
    by_guid: dict[str, list[int]] = defaultdict(list)
    for item in items:
        guid = text(item.element, "guid")
        if guid:
            by_guid[guid].append(item.number)
    return [
        problem(
            "guid-duplicate",
            "episodes " + ", ".join(map(str, numbers)),
            f'{len(numbers)} episodes share the GUID "{guid[:80]}"',
        )
        for guid, numbers in by_guid.items()
        if len(numbers) > 1
    ]


def unique_enclosures(items: Iterable[Item]) -> list[Problem]:
    by_url: dict[str, list[int]] = defaultdict(list)
    for item in items:
        enclosure = item.element.find("enclosure")
        url = (enclosure.get("url") or "").strip() if enclosure is not None else ""
        if url:
            by_url[url].append(item.number)
    return [
        problem(
            "enclosure-duplicate",
            "episodes " + ", ".join(map(str, numbers)),
            f"{len(numbers)} episodes share the audio file {url}",
        )
        for url, numbers in by_url.items()
        if len(numbers) > 1
    ]


def self_link(channel: Element) -> str:
    """The feed's own address as it states it (``atom:link rel="self"``), or ""."""
    for link in channel.findall("atom:link", NS):
        if link.get("rel") == "self" and (link.get("href") or "").strip():
            return (link.get("href") or "").strip()
    return ""


def self_link_problems(feed: Feed, public: bool) -> list[Problem]:
    """A public feed whose self link names a host nobody else reaches."""
    link = self_link(feed.channel)
    kind = host_kind(url_host(link)) if link else None
    if public and kind:
        message = f'atom:link rel="self" is {link}, {kind}'
        return [problem("self-link-private", "channel", message)]
    return []


# -- podcast: tags ----------------------------------------------------------------------

PODCAST_NAMESPACES = (PODCAST_NS, PODCAST_LEGACY_NS)
_PODCAST_LOOKALIKE = compiled(r"podcastindex|podcast-namespace", re.I)


def podcast_tag_problems(feed: Feed) -> list[Problem]:
    """Every ``podcast:`` tag against :data:`~podcastify.check.podcast_tags.TAGS`."""
    problems: list[Problem] = []
    where_of = {item.element: item.label for item in feed.items}
    wrong_namespaces: set[str] = set()
    for element in feed.channel.iter():
        namespace, local = split_tag(element)
        if namespace not in PODCAST_NAMESPACES:
            if namespace and _PODCAST_LOOKALIKE.search(namespace):
                wrong_namespaces.add(namespace)
            continue
        problems += _podcast_tag(element, local, _where(element, where_of))
    problems += [
        problem("podcast-namespace", "feed", f'podcast: tags are under "{uri}"')
        for uri in sorted(wrong_namespaces)
    ]
    return problems


def _where(element: Element, where_of: dict[Element, str]) -> str:
    for ancestor in element.iterancestors():
        if ancestor in where_of:
            return where_of[ancestor]
    return "channel"


def _podcast_tag(element: Element, name: str, where: str) -> list[Problem]:
    tag = TAGS.get(name)
    shown = f"<podcast:{name}>"
    if tag is None:
        return [problem("podcast-tag", where, f"{shown} is not a podcast: tag")]
    parent = element.getparent()
    parent_name = split_tag(parent)[1] if parent is not None else ""
    if parent_name not in tag.parents:
        places = " or ".join(sorted(f"<{p}>" for p in tag.parents))
        return [problem("podcast-tag", where, f"{shown} is inside <{parent_name}>, not {places}")]
    problems = [
        problem("podcast-tag", where, f"{shown} has no {attribute} attribute")
        for attribute in tag.required
        if not (element.get(attribute) or "").strip()
    ]
    for attribute, rule in tag.attributes.items():
        value = element.get(attribute)
        if value is not None and value.strip() and not rule.ok(value.strip()):
            message = f'{shown} {attribute}="{value[:80]}" is not {rule.what}'
            problems.append(problem("podcast-tag", where, message))
    if tag.text is not None:
        value = (element.text or "").strip()
        if not tag.text.ok(value):
            message = f'{shown} "{value[:80]}" is not {tag.text.what}'
            problems.append(problem("podcast-tag", where, message))
    return problems
