"""What the feed says about the podcast itself, and the addresses of its files.

Kept apart from :mod:`podcastify.publish.feed` (which needs feedgen and lxml) so the
pipeline can hold a channel without importing the feed writer until it writes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote, urlsplit, urlunsplit

from podcastify.models import Episode, SideFile
from podcastify.settings import PodcastInfo

PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")
"""podcast:guid's namespace, from the Podcasting 2.0 specification."""
_URL_SAFE = "/%:@!$&'()*+,;=~-._"


def ascii_url(url: str) -> str:
    """``url`` as plain ASCII: the host in IDNA, everything else percent-encoded (UTF-8).

    Characters already legal in a URL, and existing ``%XX`` escapes, are kept as they are.
    """
    parts = urlsplit(url.strip())
    try:
        netloc = parts.netloc.encode("idna").decode("ascii")
    except UnicodeError:
        netloc = quote(parts.netloc, safe=":@[]")
    return urlunsplit(
        (
            parts.scheme,
            netloc,
            quote(parts.path, safe=_URL_SAFE),
            quote(parts.query, safe=_URL_SAFE + "?"),
            quote(parts.fragment, safe=_URL_SAFE + "?#"),
        )
    )


@dataclass(frozen=True)
class Channel:
    """What the feed says about the podcast itself."""

    info: PodcastInfo
    """The [podcast] settings: title, description, author, owner, language, category …"""
    base_url: str
    """Public URL of the output folder, ending in a slash."""
    cover_file: str
    """File name of the cover inside the output folder."""
    podcast_guid: str
    """podcast:guid, fixed once for the life of the feed."""
    updated: datetime | None = None
    """When the list of episodes last changed: the feed's lastBuildDate."""

    @property
    def link(self) -> str:
        """The podcast's website (the channel <link>); the output folder when unset."""
        return self.info.link or self.base_url

    @property
    def feed_url(self) -> str:
        return self.url("feed.xml")

    def url(self, filename: str) -> str:
        return ascii_url(self.base_url) + quote(filename)


def podcast_guid(feed_url: str) -> str:
    """podcast:guid: UUIDv5 of the feed URL without scheme and trailing slashes."""
    parts = urlsplit(feed_url.strip())
    bare = feed_url.strip()
    if parts.scheme:
        bare = bare[len(parts.scheme) + 3 :]
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare.rstrip("/")))


SideFiles = dict[str, list[tuple[str, SideFile]]]
"""Episode GUID → (file name, kind) of each side file that exists beside its MP3."""


def every_side_file(episodes: list[Episode]) -> SideFiles:
    """Each episode with all its side files, as when every one was written."""
    return {e.guid: e.files.side() for e in episodes}
