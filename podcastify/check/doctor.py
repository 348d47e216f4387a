"""The feed doctor: every rule, in the order a reader wants the answers.

Feed-wide problems come first, then each episode's in feed order. Text rules run on every
item; the network checks (enclosure, MP3 tag, episode artwork, transcripts, chapters) on
the first ``episodes`` items, a few at a time.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

from podcastify.check.addresses import host_kind, url_host
from podcastify.check.artwork import artwork_problems
from podcastify.check.enclosures import (
    first_enclosure,
    network_problems,
    static_problems,
    url_extension,
)
from podcastify.check.feed_rules import (
    channel_tags,
    item_tags,
    podcast_tag_problems,
    self_link,
    self_link_problems,
    unique_enclosures,
    unique_guids,
)
from podcastify.check.fetch import Fetcher
from podcastify.check.links import link_problems
from podcastify.check.media_types import MP3_TYPES
from podcastify.check.mp3 import mp3_problems
from podcastify.check.parse import NS, Feed, Item, Source, base_type, parse, read_source
from podcastify.check.problems import Problem
from podcastify.check.rules import as_warning
from podcastify.sources.fetch import FetchLimits, is_http_url

FEED_LIMITS = FetchLimits(timeout=60.0, max_bytes=50_000_000)
"""A feed of many years of episodes is large; it is still read whole."""
PROBE_LIMITS = FetchLimits(timeout=20.0, max_bytes=10_000_000)
"""One request for an episode's file, artwork or transcript."""
WORKERS = 4
"""Episodes checked at the same time: quick, and gentle on the host."""
SOFT_RULES = frozenset({"artwork-unreachable", "artwork-format"})
"""The only artwork rules for the RSS ``<image>``, which has its own, smaller sizes."""


def check_feed(
    location: str,
    *,
    episodes: int | None = None,
    limits: FetchLimits | None = None,
    mirror: tuple[str, str] | None = None,
) -> list[Problem]:
    """Everything a podcast app would trip over in the feed at ``location`` (URL or path).

    ``episodes`` limits the network checks to the first N items (None: all of them).
    ``mirror`` = (public prefix, local prefix) reads URLs under the public prefix from the
    local one. Raises :class:`~podcastify.errors.CheckError` when the feed cannot be read.
    """
    source = read_source(location, Fetcher(limits=FEED_LIMITS, mirror=mirror))
    feed, problems = parse(source)
    if feed is None:
        return problems
    public = is_public(feed, source)
    fetcher = Fetcher(limits=limits or PROBE_LIMITS, public=public, mirror=mirror)
    problems += channel_tags(feed)
    problems += self_link_problems(feed, public)
    problems += podcast_tag_problems(feed)
    problems += unique_guids(feed.items)
    problems += unique_enclosures(feed.items)
    probed = feed.items if episodes is None else feed.items[: max(episodes, 0)]
    now = datetime.now(UTC)
    with ThreadPoolExecutor(WORKERS) as pool:
        channel_art = pool.submit(_channel_artwork, feed, fetcher)
        network = {item.number: pool.submit(_item_network, item, fetcher) for item in probed}
        problems += channel_art.result()
        for item in feed.items:
            problems += item_tags(item, now)
            problems += static_problems(item)
            if item.number in network:
                problems += network[item.number].result()
    return problems


def check_output(out_dir: Path, base_url: str, *, episodes: int | None = None) -> list[Problem]:
    """Check a build's output folder as subscribers will see it once it is published at
    ``base_url``: served by podcastify's own server on 127.0.0.1 for the duration."""
    from podcastify.publish.channel import ascii_url
    from podcastify.server import make_server

    public_base = ascii_url(base_url if base_url.endswith("/") else base_url + "/")
    server = make_server(Path(out_dir), "127.0.0.1", 0, quiet=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        local = f"http://127.0.0.1:{port}/"
        return check_feed(public_base + "feed.xml", episodes=episodes, mirror=(public_base, local))
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


def is_public(feed: Feed, source: Source) -> bool:
    """Subscribers reach the feed from the internet: its self link or the URL it was read
    from names a public host. Then nothing it links to may be on a private one."""
    for url in (self_link(feed.channel), source.url):
        if is_http_url(url) and url_host(url) and host_kind(url_host(url)) is None:
            return True
    return False


def _channel_artwork(feed: Feed, fetcher: Fetcher) -> list[Problem]:
    problems: list[Problem] = []
    image = feed.channel.find("itunes:image", NS)
    href = (image.get("href") or "").strip() if image is not None else ""
    if is_http_url(href):
        problems += artwork_problems(href, "channel", fetcher)
    rss_image = (feed.channel.findtext("image/url") or "").strip()
    if is_http_url(rss_image) and rss_image != href:
        found = artwork_problems(rss_image, "channel <image>", fetcher)
        problems += [as_warning(p) for p in found if p.rule in SOFT_RULES]
        problems += [p for p in found if p.rule == "private-address"]
    return problems


def _item_network(item: Item, fetcher: Fetcher) -> list[Problem]:
    problems, ranged = network_problems(item, fetcher)
    enclosure = first_enclosure(item)
    if ranged is not None and enclosure is not None:
        url = (enclosure.get("url") or "").strip()
        if url_extension(url) == ".mp3" or base_type(enclosure.get("type") or "") in MP3_TYPES:
            problems += mp3_problems(url, item.label, fetcher)
    image = item.element.find("itunes:image", NS)
    href = (image.get("href") or "").strip() if image is not None else ""
    if is_http_url(href):
        found = artwork_problems(href, item.label, fetcher)
        problems += [p if p.rule == "private-address" else as_warning(p) for p in found]
    problems += link_problems(item, fetcher)
    return problems
