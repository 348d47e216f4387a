"""Apple's and Podcasting 2.0's rules for a feed, as checks on the parsed feed.xml.

Shared by the unit tests (feeds built from fixtures) and the end-to-end tests (the
feed.xml of a real build), so the same rule is proven on both. Every check raises
AssertionError with the offending value.
"""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime
from pathlib import Path

import lxml.etree

from podcastify.categories import APPLE_CATEGORIES
from podcastify.check.languages import ISO_639_1
from podcastify.publish.channel import podcast_guid
from podcastify.publish.podcast_ns import (
    PODCAST_LEGACY_NS,
    PODCAST_NS,
    PSC_NS,
)
from podcastify.text import looks_like_email

ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd"
NS = {"itunes": ITUNES, "podcast": PODCAST_NS, "legacy": PODCAST_LEGACY_NS, "psc": PSC_NS}
MAX_DESCRIPTION_BYTES = 4000
_RFC2822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"\d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$"
)


def parse_strict(raw: bytes) -> lxml.etree._Element:
    """feed.xml parsed as XML must be: no recovery, no entities, no network."""
    parser = lxml.etree.XMLParser(recover=False, resolve_entities=False, no_network=True)
    root = lxml.etree.fromstring(raw, parser=parser)
    assert root.tag == "rss" and root.get("version") == "2.0", root.tag
    return root


def channel(root: lxml.etree._Element) -> lxml.etree._Element:
    (found,) = root.findall("channel")
    return found


def items(root: lxml.etree._Element) -> list[lxml.etree._Element]:
    return channel(root).findall("item")


def one(parent: lxml.etree._Element, path: str) -> lxml.etree._Element:
    found = parent.findall(path, NS)
    assert len(found) == 1, f"expected exactly one {path}, found {len(found)}"
    return found[0]


# -- channel rules ----------------------------------------------------------------------


def check_explicit(root: lxml.etree._Element, expected: bool | None = None) -> None:
    value = one(channel(root), "itunes:explicit").text
    assert value in ("true", "false"), f"itunes:explicit must be true/false, is {value!r}"
    if expected is not None:
        assert value == ("true" if expected else "false")


def check_category(root: lxml.etree._Element, expected: str | None = None) -> None:
    top = channel(root).findall("itunes:category", NS)
    assert top, "no itunes:category"
    for element in top:
        main = element.get("text")
        assert main in APPLE_CATEGORIES, f"{main!r} is not an Apple category"
        for sub in element.findall("itunes:category", NS):
            assert sub.get("text") in APPLE_CATEGORIES[main], f"{sub.get('text')!r} not in {main}"
    if expected is not None:
        main_element = top[0]
        subs = [s.get("text") for s in main_element.findall("itunes:category", NS)]
        shown = main_element.get("text") + (f" > {subs[0]}" if subs else "")
        assert shown == expected


def check_image(root: lxml.etree._Element, out_dir: Path | None = None, base: str = "") -> None:
    href = one(channel(root), "itunes:image").get("href")
    assert href and href.endswith((".png", ".jpg")), f"itunes:image href {href!r}"
    assert one(channel(root), "image/url").text == href
    if out_dir is not None:
        from PIL import Image

        assert href.startswith(base)
        with Image.open(out_dir / href.removeprefix(base)) as image:
            assert image.format == ("PNG" if href.endswith(".png") else "JPEG")
            width, height = image.size
        assert width == height, f"cover is {width}x{height}, not square"
        assert 1400 <= width <= 3000, f"cover is {width} px wide"


def check_language(root: lxml.etree._Element, expected: str | None = None) -> None:
    value = one(channel(root), "language").text or ""
    assert re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]{2,3})?", value), value
    primary = value.split("-")[0]
    assert primary in ISO_639_1 or len(primary) == 3, f"{primary!r} is not ISO 639"
    if expected is not None:
        assert value == expected


def check_owner(root: lxml.etree._Element, email: str | None = None) -> None:
    owner = one(channel(root), "itunes:owner")
    value = one(owner, "itunes:email").text or ""
    assert looks_like_email(value), f"owner email {value!r}"
    assert (one(owner, "itunes:name").text or "").strip()
    if email is not None:
        assert value == email


def check_type(root: lxml.etree._Element) -> None:
    assert one(channel(root), "itunes:type").text in ("episodic", "serial")


def check_podcast_guid(root: lxml.etree._Element, feed_url: str) -> None:
    value = one(channel(root), "podcast:guid").text
    assert value == podcast_guid(feed_url), (value, feed_url)


def check_locked(root: lxml.etree._Element, locked: bool) -> None:
    assert one(channel(root), "podcast:locked").text == ("yes" if locked else "no")


# -- item rules -------------------------------------------------------------------------


def check_episode_types(root: lxml.etree._Element) -> None:
    for item in items(root):
        assert one(item, "itunes:episodeType").text in ("full", "trailer", "bonus")


def check_enclosures(root: lxml.etree._Element) -> list[str]:
    urls = []
    for item in items(root):
        enclosure = one(item, "enclosure")
        url = enclosure.get("url") or ""
        assert url.isascii() and not re.search(r"[\s\"<>\\^`{|}]", url), f"not plain: {url!r}"
        assert re.match(r"^https?://", url), url
        assert enclosure.get("type") == "audio/mpeg"
        assert int(enclosure.get("length")) > 0
        urls.append(url)
    assert len(urls) == len(set(urls)), f"duplicate enclosure URLs: {urls}"
    return urls


def check_guids(root: lxml.etree._Element) -> list[str]:
    guids = [(one(item, "guid").text or "").strip() for item in items(root)]
    assert all(guids), guids
    assert len(guids) == len(set(guids)), f"duplicate GUIDs: {guids}"
    return guids


def check_descriptions(root: lxml.etree._Element) -> None:
    for item in items(root):
        text = one(item, "description").text or ""
        assert text.strip()
        size = len(text.encode("utf-8"))
        assert size <= MAX_DESCRIPTION_BYTES, f"description is {size} bytes"


def check_pub_dates(root: lxml.etree._Element) -> None:
    for item in items(root):
        value = one(item, "pubDate").text or ""
        assert _RFC2822.match(value), f"pubDate {value!r} is not RFC 2822"
        when = parsedate_to_datetime(value)
        assert when.tzinfo is not None


def check_all(root: lxml.etree._Element) -> None:
    """Every rule that needs no expected value."""
    for check in (
        check_explicit,
        check_category,
        check_image,
        check_language,
        check_owner,
        check_type,
        check_episode_types,
        check_enclosures,
        check_guids,
        check_descriptions,
        check_pub_dates,
    ):
        check(root)
