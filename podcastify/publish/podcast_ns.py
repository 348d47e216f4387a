"""feedgen extensions: the Podcasting 2.0 ``podcast:`` tags, Podlove chapters, Apple's explicit.

Registered on the generator (:func:`register_extensions`, i.e. ``fg.register_extension``)
like feedgen's own podcast extension, so every tag is built as an XML element, never pasted
in as text.

Why the same links are written more than once
---------------------------------------------
Each episode's transcripts and chapters are announced three ways, because podcast apps do
not agree on where to look:

``podcast:transcript`` / ``podcast:chapters`` under ``https://podcastindex.org/namespace/1.0``
    The namespace URI the Podcasting 2.0 specification asks publishers to use; read by
    Podcast Index, Apple Podcasts (transcripts), Pocket Casts, Podverse, Fountain and
    feedparser (which keeps only the last ``podcast:transcript`` of an item).

the same two tags under the first URI, :data:`PODCAST_LEGACY_NS` (the spec's GitHub page)
    The URI the specification used first. gPodder's parser (podcastparser 0.6) recognises
    ``podcast:`` tags only under it and ignores the canonical URI, so without this copy its
    ``transcript_url`` and ``chapters_json_url`` stay empty. The copy has its own prefix
    (:data:`PODCAST_LEGACY_PREFIX`) because one prefix cannot name two URIs in a document;
    parsers match on the URI, not the prefix. Clients that know only the canonical URI skip
    it as an unknown extension, as RSS 2.0 requires.

``psc:chapters`` (Podlove Simple Chapters 1.2, ``http://podlove.org/simple-chapters``)
    Chapters inline in the feed, read natively by podcastparser/gPodder, AntennaPod,
    feedparser and others that never fetch the JSON chapters file. Start times are Normal
    Play Time ``HH:MM:SS.mmm``.
"""

from __future__ import annotations

from collections.abc import Iterable

import lxml.etree  # noqa: F401  (feedgen.util uses lxml.etree without importing it)
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.util import xml_elem

from podcastify.models import Chapter

PODCAST_NS = "https://podcastindex.org/namespace/1.0"
PODCAST_PREFIX = "podcast"
PODCAST_LEGACY_NS = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md"
PODCAST_LEGACY_PREFIX = "podcastlegacy"
PSC_NS = "http://podlove.org/simple-chapters"
PSC_PREFIX = "psc"
PSC_VERSION = "1.2"
ITUNES_NS = "http://www.itunes.com/dtds/podcast-1.0.dtd"


# Names under which register_extensions() puts the extensions on the generator and entries.
EXT_PODCAST = "podcastindex"
EXT_PODCAST_LEGACY = "podcastlegacy"
EXT_PSC = "psc"


def npt(seconds: float) -> str:
    """Normal Play Time ``HH:MM:SS.mmm`` (RFC 2326), as Podlove Simple Chapters asks."""
    millis = max(0, round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}.{millis:03d}"


class PodcastIndexExtension(BaseExtension):
    """Channel tags: podcast:guid, podcast:locked, and itunes:explicit as true/false."""

    def __init__(self) -> None:
        self._guid: str | None = None
        self._locked: tuple[bool, str] | None = None
        self._explicit: bool | None = None

    def extend_ns(self) -> dict[str, str]:
        return {PODCAST_PREFIX: PODCAST_NS, "itunes": ITUNES_NS}

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
        """Written as ``itunes:explicit`` true/false: feedgen's own only knows yes/no/clean."""
        self._explicit = value


class PodcastIndexEntryExtension(BaseEntryExtension):
    """Item tags: one podcast:transcript per format, and podcast:chapters."""

    namespace = PODCAST_NS

    def __init__(self) -> None:
        self._transcripts: list[dict[str, str]] = []
        self._chapters: tuple[str, str] | None = None

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        for transcript in self._transcripts:
            element = xml_elem(f"{{{self.namespace}}}transcript", entry)
            element.attrib.update(transcript)
        if self._chapters is not None:
            element = xml_elem(f"{{{self.namespace}}}chapters", entry)
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

    def chapters(self, url: str, mime_type: str) -> None:
        self._chapters = (url, mime_type)


class PodcastLegacyExtension(BaseExtension):
    """Declares the first ``podcast:`` namespace URI (for podcastparser) on the channel."""

    def extend_ns(self) -> dict[str, str]:
        return {PODCAST_LEGACY_PREFIX: PODCAST_LEGACY_NS}

    def extend_rss(self, rss_feed):  # type: ignore[no-untyped-def]
        return rss_feed

    def extend_atom(self, atom_feed):  # type: ignore[no-untyped-def]
        return atom_feed


class PodcastLegacyEntryExtension(PodcastIndexEntryExtension):
    """The item's transcript and chapters links again, under the first namespace URI."""

    namespace = PODCAST_LEGACY_NS


class PodloveChaptersExtension(BaseExtension):
    """Declares the Podlove Simple Chapters namespace on the channel."""

    def extend_ns(self) -> dict[str, str]:
        return {PSC_PREFIX: PSC_NS}

    def extend_rss(self, rss_feed):  # type: ignore[no-untyped-def]
        return rss_feed

    def extend_atom(self, atom_feed):  # type: ignore[no-untyped-def]
        return atom_feed


class PodloveChaptersEntryExtension(BaseEntryExtension):
    """Item tag: ``<psc:chapters version="1.2">`` with one ``psc:chapter`` per chapter."""

    def __init__(self) -> None:
        self._chapters: list[tuple[float, str, str]] = []

    def extend_rss(self, entry):  # type: ignore[no-untyped-def]
        if self._chapters:
            chapters = xml_elem(f"{{{PSC_NS}}}chapters", entry)
            chapters.attrib["version"] = PSC_VERSION
            for start, title, href in self._chapters:
                chapter = xml_elem(f"{{{PSC_NS}}}chapter", chapters)
                chapter.attrib["start"] = npt(start)
                chapter.attrib["title"] = title
                if href:
                    chapter.attrib["href"] = href
        return entry

    def extend_atom(self, entry):  # type: ignore[no-untyped-def]
        return entry

    def chapter(self, start: float, title: str, href: str = "") -> None:
        self._chapters.append((start, title, href))

    def chapters(self, chapters: Iterable[Chapter]) -> None:
        for chapter in chapters:
            self.chapter(chapter.start, chapter.title, chapter.url)


def register_extensions(fg) -> None:  # type: ignore[no-untyped-def]
    """Register ours on a FeedGenerator: ``fg.podcastindex``, ``fg.podcastlegacy``, ``fg.psc``.

    Entries added afterwards get the matching entry extensions under the same names.
    """
    fg.register_extension(EXT_PODCAST, PodcastIndexExtension, PodcastIndexEntryExtension)
    fg.register_extension(
        EXT_PODCAST_LEGACY, PodcastLegacyExtension, PodcastLegacyEntryExtension, atom=False
    )
    fg.register_extension(EXT_PSC, PodloveChaptersExtension, PodloveChaptersEntryExtension)
