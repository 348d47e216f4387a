"""index.html: a plain page for people who open the folder's address in a browser.

Plain HTML and CSS: no script at all (a Content-Security-Policy forbids any, so even an
escaping mistake could not run one), no web fonts, nothing fetched from another host;
every piece of article text escaped. Links to episode files are relative, so the page
works wherever the folder is served from; only the subscribe link and the copyable feed
URL are absolute, because that is what a podcast app needs.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from podcastify.models import Episode, SideFile
from podcastify.publish.channel import Channel, SideFiles, ascii_url, every_side_file
from podcastify.text import MONTHS, format_duration, is_web_link

INDEX_FOOTER = "Made with podcastify."
"""Ends every page podcastify writes: how it knows its own index.html from the owner's."""

CSP = "script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'"

STYLE = """
:root { color-scheme: light dark; --accent: #b7791f; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0;
  padding: 1rem; max-width: 48rem; margin-inline: auto; }
header { display: flex; gap: 1rem; align-items: center; flex-wrap: wrap; }
header img { width: 8rem; height: 8rem; border-radius: .5rem; }
h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.subscribe { display: flex; gap: .5rem; flex-wrap: wrap; align-items: center; margin: 1rem 0; }
.subscribe a { background: var(--accent); color: #fff; padding: .4rem .8rem; border-radius: .4rem;
  text-decoration: none; font-weight: 600; }
.subscribe label { flex: 1 1 100%; font-size: .9rem; }
.subscribe input { flex: 1 1 16rem; min-width: 0; padding: .35rem; font: inherit; }
article { border-top: 1px solid #8884; padding: 1rem 0; }
article h2 { font-size: 1.15rem; margin: 0 0 .25rem; }
.meta { color: #888; font-size: .9rem; margin: 0 0 .5rem; }
audio { width: 100%; }
.links a { white-space: nowrap; }
p, h1, h2 { overflow-wrap: anywhere; }
details { margin-top: .5rem; }
ol.chapters { padding-left: 1.2rem; margin: .25rem 0; }
footer { color: #888; font-size: .85rem; margin-top: 2rem; }
"""


def _date(episode: Episode) -> str:
    """``3 March 2024``, the same whatever the machine's locale."""
    when = episode.published
    return f"{when.day} {MONTHS[when.month - 1]} {when.year}"


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, size // 1000)} kB"


def _episode(episode: Episode, side_files: list[tuple[str, SideFile]]) -> str:
    # Relative links: the page works wherever the folder is served from.
    audio_url = escape(quote(episode.filename), quote=True)
    lines = [
        "<article>",
        f"<h2>{escape(episode.title)}</h2>",
        f'<p class="meta"><time datetime="{episode.published.isoformat()}">{_date(episode)}'
        f'</time> · <span class="duration">{format_duration(episode.duration)}</span>'
        + (f" · {escape(episode.author)}" if episode.author else "")
        + "</p>",
        f'<audio controls preload="metadata" src="{audio_url}">'
        f'<a href="{audio_url}">Download the MP3</a></audio>',
    ]
    if episode.summary:
        lines.append(f'<p class="summary">{escape(episode.summary)}</p>')
    links = [f'<a href="{audio_url}" download>MP3 ({_size(episode.size)})</a>']
    for name, kind in side_files:
        role = "transcript" if kind.role == "transcript" else "chapters-file"
        links.append(
            f'<a class="{role}" href="{escape(quote(name), quote=True)}">{escape(kind.label)}</a>'
        )
    if is_web_link(episode.link):
        link = escape(ascii_url(episode.link), quote=True)
        links.append(f'<a href="{link}" rel="noopener noreferrer">Original article</a>')
    lines.append('<p class="links">' + " · ".join(links) + "</p>")
    if episode.chapters:
        items = "".join(
            f'<li><span class="time">{format_duration(c.start)}</span> {escape(c.title)}</li>'
            for c in episode.chapters
        )
        lines.append(
            f'<details><summary>Chapters</summary><ol class="chapters">{items}</ol></details>'
        )
    lines.append("</article>")
    return "\n".join(lines)


def build_index(channel: Channel, episodes: list[Episode], present: SideFiles | None = None) -> str:
    """The whole page, newest episode first (``present`` as for the feed)."""
    present = every_side_file(episodes) if present is None else present
    feed_url = escape(channel.feed_url, quote=True)
    cover = escape(quote(channel.cover_file), quote=True)
    title = escape(channel.info.title)
    title_attr = escape(channel.info.title, quote=True)
    body = "\n".join(_episode(e, present.get(e.guid, [])) for e in episodes)
    body = body or "<p>No episodes yet.</p>"
    return f"""<!doctype html>
<html lang="{escape(channel.info.language, quote=True)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<meta name="description" content="{escape(channel.info.description, quote=True)}">
<link rel="alternate" type="application/rss+xml" title="{title_attr}" href="{feed_url}">
<link rel="icon" href="{cover}">
<style>{STYLE}</style>
</head>
<body>
<header>
<img src="{cover}" width="128" height="128" alt="Cover of {title_attr}">
<div>
<h1>{title}</h1>
<p class="description">{escape(channel.info.description)}</p>
</div>
</header>
<div class="subscribe">
<a href="{feed_url}" type="application/rss+xml">Subscribe (RSS)</a>
<label for="feed-url">Feed URL, to paste into a podcast app:</label>
<input id="feed-url" type="url" readonly value="{feed_url}">
</div>
<main>
{body}
</main>
<footer>{INDEX_FOOTER} Paste the feed URL into any podcast app to subscribe.</footer>
</body>
</html>
"""
