"""feedgen extensions: the Podcasting 2.0 ``podcast:`` namespace and Apple's explicit form.

Registered on the generator (``fg.register_extension``) like feedgen's own podcast
extension, so every tag is built as an XML element, never pasted in as text.
"""

from __future__ import annotations

import uuid
from urllib.parse import urlsplit

import lxml.etree  # noqa: F401  (feedgen.util uses lxml.etree without importing it)
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"
PODCAST_GUID_NAMESPACE = uuid.UUID("ead4c236-bf58-58c6-a2c6-a6b28d128cb6")


def podcast_guid(feed_url: str) -> str:
    """podcast:guid: UUIDv5 of the feed URL without scheme and trailing slashes."""
    parts = urlsplit(feed_url.strip())
    bare = feed_url.strip()
    if parts.scheme:
        bare = bare[len(parts.scheme) + 3 :]
    return str(uuid.uuid5(PODCAST_GUID_NAMESPACE, bare.rstrip("/")))


class PodcastIndexExtension(BaseExtension):
    """Channel tags: podcast:guid, podcast:locked, and itunes:explicit as true/false."""

    def __init__(self) -> None:
        self._guid: str | None = None
        self._locked: tuple[bool, str] | None = None
        self._explicit: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        return {"podcast": PODCAST_NS, "itunes": ITUNES_NS}

    def extend_rss(self, rss_feed):  # type: ignore[no-untyped-def]
        channel = rss_feed[0]
        if self._guid:
            xml_elem(f"{{{PODCAST_NS}}}guid", channel).text = self._guid
        if self._locked is not None:
            locked, owner = self._locked
            element = xml_elem(f"{{{PODCAST_NS}}}locked", channel)
            element.text = "yes" if locked else "no"
            if owner:
                element.attrib["owner"] = owner
        if self._explicit is not None:
            # feedgen's podcast extension only knows yes/no/clean; Apple asks for true/false.
            xml_elem(f"{{{ITUNES_NS}}}explicit", channel).text = (
                "true" if self._explicit else "false"
            )
        return rss_feed

    def extend_atom(self, atom_feed):  # type: ignore[no-untyped-def]
        return atom_feed

    def guid(self, value: str) -> None:
        self._guid = value

    def locked(self, value: bool, owner: str = "") -> None:
        self._locked = (value, owner)

    def explicit(self, value: bool) -> None:
        self._explicit = value


class PodcastIndexEntryExtension(BaseEntryExtension):
    """Item tags: one podcast:transcript per format, and podcast:chapters."""

    def __init__(self) -> None:
        self._transcripts: list[dict[str, str]] = []
        self._chapters: tuple[str, str] | None = None

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        for transcript in self._transcripts:
            element = xml_elem(f"{{{PODCAST_NS}}}transcript", entry)
            element.attrib.update(transcript)
        if self._chapters is not None:
            element = xml_elem(f"{{{PODCAST_NS}}}chapters", entry)
            element.attrib["url"], element.attrib["type"] = self._chapters
        return entry

    def extend_atom(self, entry):  # type: ignore[no-untyped-def]
        return entry

    def transcript(self, url: str, mime_type: str, language: str = "", rel: str = "") -> None:
        attributes = {"url": url, "type": mime_type}
        if language:
            attributes["language"] = language
        if rel:
            attributes["rel"] = rel
        self._transcripts.append(attributes)

    def chapters(self, url: str, mime_type: str = "application/json+chapters") -> None:
        self._chapters = (url, mime_type)
