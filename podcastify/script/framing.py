"""The intro and outro: templates filled with what is known about the article, as written.

A field that is unknown (no author, no date, an "Untitled" post) takes its whole clause
with it, so the voice never says "By" and stops. The credits name the site by its name,
else its domain, and never read out an IP address, a port or a file path.
"""

from __future__ import annotations

import ipaddress
from string import Formatter
from urllib.parse import urlsplit

from podcastify.errors import ArticleError
from podcastify.models import Article
from podcastify.patterns import compiled
from podcastify.script import noise_words as nw
from podcastify.script.cleanup import clean_text
from podcastify.text import bare_host

__all__ = ["fill_template", "site_name", "title_or_nothing"]

_TEMPLATE_SENTENCE = compiled(r"(?<=[.!?])\s+")
_HOST_RE = compiled(r"(?=\S*[.:])[\w.-]+(?::\d+)?|\[[0-9A-Fa-f:.]+\](?::\d+)?")


def title_or_nothing(title: str) -> str:
    """The title as the intro says it; nothing for "Untitled" and the like."""
    title = clean_text(title)
    return "" if title.casefold() in nw.UNTITLED_TITLES else title


def _address_host(text: str) -> str | None:
    """The host when ``text`` is an address (URL, host:port, IP, path); None for a name."""
    if "://" in text:
        try:
            return urlsplit(text).hostname or ""
        except ValueError:
            return ""
    if _HOST_RE.fullmatch(text):
        return urlsplit(f"//{text}").hostname or ""
    if "/" in text or "\\" in text:
        return ""
    return None


def _is_domain(host: str) -> bool:
    """A name a listener can hear: not an IP address, not localhost, with a dot in it."""
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return "." in host and not host.endswith((".local", ".localhost"))
    return False


def site_name(source_title: str, link: str) -> str:
    """The site as the credits say it: its name, else its domain; "" when only an IP is known."""
    host = _address_host(source_title.strip()) if source_title.strip() else ""
    if host is None:
        return clean_text(source_title)
    try:
        linked = urlsplit(link).hostname or ""
    except ValueError:
        linked = ""
    return next((bare_host(h) for h in (host, linked) if h and _is_domain(h)), "")


def fill_template(template: str, article: Article, podcast_title: str, language: str) -> str:
    """Fill an intro/outro template as written, leaving out any clause whose field is unknown.

    The template is split into its own sentences first, so "By {author}." disappears
    when there is no author instead of being read as "By".
    """
    from podcastify.script.speak import write_date  # the speech rules load on first use

    fields = {
        "podcast": clean_text(podcast_title),
        "title": title_or_nothing(article.title),
        "author": clean_text(article.author),
        "date": write_date(article.published, language) if article.published else "",
        "source": site_name(article.source_title, article.link) or clean_text(podcast_title),
    }
    kept: list[str] = []
    for clause in _TEMPLATE_SENTENCE.split(template):
        names = {name for _, name, _, _ in Formatter().parse(clause) if name is not None}
        try:
            if all(fields[name] for name in names if name):
                kept.append(clause.format(**fields))
        except (KeyError, IndexError, ValueError) as exc:
            raise ArticleError(f"bad intro/outro template {template!r}: {exc}") from None
    text = " ".join(kept)
    # Titles ending in ? or ! must not be followed by a second full stop.
    for mark in ("?", "!", "."):
        text = text.replace(mark + ".", mark)
    return " ".join(text.split())
