"""The podcast feed, written with feedgen, its podcast extension and ours.

Every URL is the base URL plus the file's path inside the output folder, so the folder
can be copied to any static host that serves it at that address. URLs are written as
plain ASCII (IDNA host, percent-encoded path): some podcast apps and Apple's validator
reject IRIs in ``<enclosure url>``.

The extensions in :mod:`podcastify.publish.podcast_ns` add the Podcasting 2.0 tags
(under the canonical and, for gPodder's parser, the first namespace URI) and Podlove
Simple Chapters; see that module for why each link appears more than once.
"""

from __future__ import annotations

import html

import lxml.etree  # noqa: F401  (feedgen.util needs lxml.etree imported)
from feedgen.feed import FeedGenerator

from podcastify import __version__
from podcastify.categories import split_category
from podcastify.models import Chapter, Episode
from podcastify.publish.channel import Channel, SideFiles, ascii_url, every_side_file
from podcastify.publish.podcast_ns import register_extensions
from podcastify.text import format_duration, is_web_link, truncate_bytes

MAX_DESCRIPTION_BYTES = 4000
"""Apple's limit for an episode description (UTF-8 bytes of the HTML)."""
MIN_SUMMARY_BYTES = 400
"""Room kept for the summary before the chapter list is shortened."""
MAX_LINK_BYTES = 1000
"""An original-article link longer than this is left out of the show notes."""
CAPTION_TYPES = frozenset({"text/vtt", "application/x-subrip"})
"""Transcript types that are timed captions (rel="captions")."""


def _escaped_within(text: str, limit: int) -> str:
    """``text`` HTML-escaped, cut on a word boundary so the escaped form fits ``limit`` bytes."""
    escaped = html.escape(text)
    plain_limit = len(text.encode("utf-8"))
    while len(escaped.encode("utf-8")) > limit:
        # Escaping grows the text unevenly: shrink in proportion, always from the original.
        size = len(escaped.encode("utf-8"))
        plain_limit = min(plain_limit - 1, plain_limit * limit // size)
        if plain_limit < 4:
            return ""
        escaped = html.escape(truncate_bytes(text, plain_limit))
    return escaped


def _chapter_title(chapter: Chapter) -> str:
    """A chapter's title, linked to its page when it has one (a digest's article)."""
    title = html.escape(chapter.title)
    if not is_web_link(chapter.url):
        return title
    return f'<a href="{html.escape(ascii_url(chapter.url), quote=True)}">{title}</a>'


def show_notes(episode: Episode) -> str:
    """Episode description as HTML: summary, original link, chapters with times.

    Always at most :data:`MAX_DESCRIPTION_BYTES` UTF-8 bytes (Apple's limit), however long
    the summary or the chapter list: the chapter list loses its last entries (and ends in
    "…") only as far as needed to leave :data:`MIN_SUMMARY_BYTES` for the summary, then the
    summary is cut on a word boundary to fit what is left. Article text is always escaped.
    """
    link_part = ""
    if is_web_link(episode.link):
        link = html.escape(ascii_url(episode.link), quote=True)
        link_part = f'<p>Original article: <a href="{link}">{link}</a></p>'
        if len(link_part.encode("utf-8")) > MAX_LINK_BYTES:
            link_part = ""
    items = [f"<li>{format_duration(c.start)} {_chapter_title(c)}</li>" for c in episode.chapters]

    def chapter_part(entries: list[str]) -> str:
        return f"<p>Chapters:</p><ul>{''.join(entries)}</ul>" if entries else ""

    room = MAX_DESCRIPTION_BYTES - MIN_SUMMARY_BYTES - len(link_part.encode("utf-8"))
    shown = list(items)
    while shown and len(chapter_part(shown).encode("utf-8")) > room:
        shown = [*shown[:-2], "<li>…</li>"] if len(shown) > 1 else []
    chapters = chapter_part(shown)
    fixed = len((link_part + chapters).encode("utf-8"))
    summary = episode.summary.strip()
    summary_part = ""
    if summary:
        text = _escaped_within(summary, MAX_DESCRIPTION_BYTES - fixed - len("<p></p>"))
        summary_part = f"<p>{text}</p>" if text else ""
    notes = summary_part + link_part + chapters
    if not notes:
        notes = f"<p>{_escaped_within(episode.title, MAX_DESCRIPTION_BYTES - 7)}</p>"
    return notes


def build_feed(
    channel: Channel, episodes: list[Episode], present: SideFiles | None = None
) -> bytes:
    """The RSS 2.0 document for ``episodes`` (already newest first); ``present`` says which
    side files exist (default: all of them)."""
    present = every_side_file(episodes) if present is None else present
    info = channel.info
    fg = FeedGenerator()
    fg.load_extension("podcast")
    register_extensions(fg)
    fg.title(info.title)
    fg.description(info.description or info.title)
    fg.link(href=channel.feed_url, rel="self", type="application/rss+xml")
    fg.link(href=ascii_url(channel.link), rel="alternate")
    fg.language(info.language)
    fg.generator("podcastify", version=__version__)
    fg.image(url=channel.url(channel.cover_file), title=info.title, link=ascii_url(channel.link))
    fg.podcast.itunes_author(info.author)
    fg.podcast.itunes_summary(info.description or info.title)
    fg.podcast.itunes_image(channel.url(channel.cover_file))
    main, sub = split_category(info.category)
    fg.podcast.itunes_category(main, sub or None)
    fg.podcast.itunes_owner(name=info.owner, email=info.owner_email)
    fg.podcast.itunes_type("episodic")
    fg.podcastindex.guid(channel.podcast_guid)
    fg.podcastindex.locked(info.locked, info.owner_email)
    fg.podcastindex.explicit(info.explicit)
    if channel.updated is not None:
        fg.lastBuildDate(channel.updated)
    elif episodes:
        fg.lastBuildDate(max(e.published for e in episodes))

    for episode in episodes:
        entry = fg.add_entry(order="append")
        entry.title(episode.title)
        entry.guid(episode.guid, permalink=False)
        entry.description(show_notes(episode))
        if is_web_link(episode.link):
            entry.link(href=ascii_url(episode.link))
        entry.published(episode.published)
        entry.enclosure(channel.url(episode.filename), str(episode.size), "audio/mpeg")
        entry.podcast.itunes_duration(round(episode.duration))
        entry.podcast.itunes_author(episode.author or info.author)
        entry.podcast.itunes_episode_type("full")
        # The same links under the canonical and the first podcast: namespace URI.
        for links in (entry.podcastindex, entry.podcastlegacy):
            for name, kind in present.get(episode.guid, ()):
                if kind.role == "chapters":
                    links.chapters(channel.url(name), kind.mime)
                else:
                    links.transcript(
                        channel.url(name),
                        kind.mime,
                        info.language,
                        rel="captions" if kind.mime in CAPTION_TYPES else "",
                    )
        entry.psc.chapters(episode.chapters)
    return fg.rss_str(pretty=True, encoding="UTF-8", xml_declaration=True)
