"""The podcast feed, written with feedgen, its podcast extension and ours.

Every URL is the base URL plus the file's path inside the output folder, so the folder
can be copied to any static host that serves it at that address.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from urllib.parse import quote

import lxml.etree  # noqa: F401  (feedgen.util needs lxml.etree imported)
from feedgen.feed import FeedGenerator

from podcastify import __version__
from podcastify.categories import split_category
from podcastify.models import Episode
from podcastify.publish.podcast_ns import PodcastIndexEntryExtension, PodcastIndexExtension
from podcastify.text import format_duration, truncate_bytes

MAX_DESCRIPTION_BYTES = 4000
TRANSCRIPT_TYPES = {
    ".vtt": "text/vtt",
    ".srt": "application/x-subrip",
    ".json": "application/json",
}


@dataclass(frozen=True)
class Channel:
    """What the feed says about the podcast itself."""

    title: str
    description: str
    link: str
    base_url: str
    """Public URL of the output folder, ending in a slash."""
    language: str
    author: str
    owner_name: str
    owner_email: str
    category: str
    explicit: bool
    cover_file: str
    podcast_guid: str
    locked: bool = False

    @property
    def feed_url(self) -> str:
        return self.base_url + "feed.xml"

    def url(self, filename: str) -> str:
        return self.base_url + quote(filename)


def show_notes(episode: Episode) -> str:
    """Episode description as HTML: summary, original link, chapters with times."""
    parts: list[str] = []
    if episode.summary:
        parts.append(f"<p>{html.escape(episode.summary)}</p>")
    if episode.link:
        link = html.escape(episode.link, quote=True)
        parts.append(f'<p>Original article: <a href="{link}">{link}</a></p>')
    if episode.chapters:
        items = "".join(
            f"<li>{format_duration(c.start)} {html.escape(c.title)}</li>" for c in episode.chapters
        )
        parts.append(f"<p>Chapters:</p><ul>{items}</ul>")
    notes = "".join(parts) or f"<p>{html.escape(episode.title)}</p>"
    if len(notes.encode("utf-8")) > MAX_DESCRIPTION_BYTES:
        # Too long with markup: fall back to a plain summary that fits.
        notes = html.escape(truncate_bytes(episode.summary or episode.title, MAX_DESCRIPTION_BYTES - 200))
    return notes


def build_feed(channel: Channel, episodes: list[Episode]) -> bytes:
    """The RSS 2.0 document for ``episodes`` (already newest first)."""
    fg = FeedGenerator()
    fg.load_extension("podcast")
    fg.register_extension("podcastindex", PodcastIndexExtension, PodcastIndexEntryExtension)
    fg.title(channel.title)
    fg.description(channel.description or channel.title)
    fg.link(href=channel.feed_url, rel="self", type="application/rss+xml")
    fg.link(href=channel.link, rel="alternate")
    fg.language(channel.language)
    fg.generator("podcastify", version=__version__)
    fg.image(url=channel.url(channel.cover_file), title=channel.title, link=channel.link)
    fg.podcast.itunes_author(channel.author)
    fg.podcast.itunes_summary(channel.description or channel.title)
    fg.podcast.itunes_image(channel.url(channel.cover_file))
    main, sub = split_category(channel.category)
    fg.podcast.itunes_category(main, sub or None)
    fg.podcast.itunes_owner(name=channel.owner_name, email=channel.owner_email)
    fg.podcast.itunes_type("episodic")
    fg.podcastindex.guid(channel.podcast_guid)
    fg.podcastindex.locked(channel.locked, channel.owner_email)
    fg.podcastindex.explicit(channel.explicit)
    if episodes:
        fg.lastBuildDate(max(e.published for e in episodes))

    for episode in episodes:
        entry = fg.add_entry(order="append")
        entry.title(episode.title)
        entry.guid(episode.guid, permalink=False)
        entry.description(show_notes(episode))
        if episode.link:
            entry.link(href=episode.link)
        entry.published(episode.published)
        entry.enclosure(channel.url(episode.filename), str(episode.size), "audio/mpeg")
        entry.podcast.itunes_duration(round(episode.duration))
        entry.podcast.itunes_author(episode.author or channel.author)
        entry.podcast.itunes_episode_type("full")
        for name in episode.transcripts:
            suffix = name[name.rfind("."):]
            entry.podcastindex.transcript(
                channel.url(name), TRANSCRIPT_TYPES.get(suffix, "text/plain"), channel.language,
                rel="captions" if suffix in (".vtt", ".srt") else "",
            )
        if episode.chapters_file:
            entry.podcastindex.chapters(channel.url(episode.chapters_file))
    return fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
