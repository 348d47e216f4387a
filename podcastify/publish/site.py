"""index.html: a plain page for people who open the folder's address in a browser.

No scripts from elsewhere, no web fonts, every piece of article text escaped.
"""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from podcastify.models import Episode
from podcastify.publish.feed import Channel
from podcastify.text import format_duration

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
.subscribe input { flex: 1 1 16rem; min-width: 0; padding: .35rem; font: inherit; }
article { border-top: 1px solid #8884; padding: 1rem 0; }
article h2 { font-size: 1.15rem; margin: 0 0 .25rem; }
.meta { color: #888; font-size: .9rem; margin: 0 0 .5rem; }
audio { width: 100%; }
details { margin-top: .5rem; }
ol.chapters { padding-left: 1.2rem; margin: .25rem 0; }
footer { color: #888; font-size: .85rem; margin-top: 2rem; }
"""


def _episode(channel: Channel, episode: Episode) -> str:
    # Relative links: the page works wherever the folder is served from.
    audio_url = escape(quote(episode.filename), quote=True)
    date = episode.published.strftime("%d %B %Y").lstrip("0")
    lines = [
        "<article>",
        f"<h2>{escape(episode.title)}</h2>",
        f'<p class="meta"><time datetime="{episode.published.isoformat()}">{date}</time>'
        f' · <span class="duration">{format_duration(episode.duration)}</span>'
        + (f" · {escape(episode.author)}" if episode.author else "")
        + "</p>",
        f'<audio controls preload="metadata" src="{audio_url}"></audio>',
    ]
    if episode.summary:
        lines.append(f"<p>{escape(episode.summary)}</p>")
    links: list[str] = []
    for name in episode.transcripts:
        kind = name.rsplit(".", 1)[-1].upper()
        links.append(f'<a href="{escape(quote(name), quote=True)}">Transcript ({kind})</a>')
    if episode.link:
        links.append(f'<a href="{escape(episode.link, quote=True)}" rel="noopener">Original</a>')
    if links:
        lines.append('<p class="links">' + " · ".join(links) + "</p>")
    if episode.chapters:
        items = "".join(
            f"<li><span>{format_duration(c.start)}</span> {escape(c.title)}</li>"
            for c in episode.chapters
        )
        lines.append(f'<details><summary>Chapters</summary><ol class="chapters">{items}</ol>'
                     "</details>")
    lines.append("</article>")
    return "\n".join(lines)


def build_index(channel: Channel, episodes: list[Episode]) -> str:
    """The whole page, newest episode first."""
    feed_url = escape(channel.feed_url, quote=True)
    body = "\n".join(_episode(channel, e) for e in episodes) or "<p>No episodes yet.</p>"
    return f"""<!doctype html>
<html lang="{escape(channel.language, quote=True)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(channel.title)}</title>
<link rel="alternate" type="application/rss+xml" title="{escape(channel.title, quote=True)}" href="{feed_url}">
<style>{STYLE}</style>
</head>
<body>
<header>
<img src="{escape(channel.cover_file, quote=True)}" alt="Cover of {escape(channel.title, quote=True)}">
<div>
<h1>{escape(channel.title)}</h1>
<p>{escape(channel.description)}</p>
</div>
</header>
<div class="subscribe">
<a href="{feed_url}">Subscribe (RSS)</a>
<input type="text" readonly value="{feed_url}" aria-label="Feed URL to copy into a podcast app" onfocus="this.select()">
</div>
<main>
{body}
</main>
<footer>Made with podcastify. Paste the feed URL into any podcast app to subscribe.</footer>
</body>
</html>
"""
