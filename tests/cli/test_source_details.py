"""Source details a user would notice: relative links, encodings, link-only items."""

from __future__ import annotations

from podcastify.pipeline import Reporter, scripts_for
from podcastify.settings import Settings
from podcastify.sources import FetchLimits, read_source

PAGE = (
    "<html><head><meta charset='iso-8859-1'><title>Café crème à Noël</title></head><body>"
    "<article><h1>Café crème à Noël</h1><p>Le café crème est servi chaud à Noël, avec une "
    "brioche dorée et un peu de crème fraîche, dans tous les cafés de la place du marché "
    "depuis des années.</p></article></body></html>"
)
ARTICLE = (
    "<html><head><title>One</title></head><body><article><h1>One</h1><p>"
    + "The whole article is here, with enough words to be an article worth reading aloud. " * 3
    + "</p></article></body></html>"
)


def _rss(link: str, body: str = "") -> str:
    description = f"<description>{body}</description>" if body else ""
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><link>/</link>'
        f"<description>d</description><item><title>One</title><link>{link}</link>"
        f"<guid>{link}</guid>{description}</item></channel></rss>"
    )


def test_relative_links_resolve_against_the_feed_url(site):
    site.add("/posts/one.html", ARTICLE)
    url = site.add(
        "/blog/feed.xml", _rss("/posts/one.html", "Teaser [&#8230;]"), "application/rss+xml"
    )
    (article,) = read_source(url, FetchLimits(), print)
    assert article.link == site.url("/posts/one.html")


def test_link_only_item_is_narrated_from_its_page(site):
    site.add("/posts/one.html", ARTICLE)
    url = site.add("/feed.xml", _rss(site.url("/posts/one.html")), "application/rss+xml")
    scripts, failed = scripts_for([url], Settings(), Reporter())
    assert not failed
    ((_, script),) = scripts
    assert "The whole article is here" in " ".join(script.sentences())


def test_latin1_page_is_decoded_by_its_declared_charset(site):
    url = site.add("/cafe", PAGE.encode("iso-8859-1"), "text/html")
    (article,) = read_source(url, FetchLimits(), print)
    assert article.title == "Café crème à Noël"
    assert "brioche dorée" in article.html


def test_utf16_text_file(tmp_path):
    path = tmp_path / "note.txt"
    path.write_bytes("Über Tage\n\nEin kurzer Text.\n".encode("utf-16"))
    (article,) = read_source(str(path), FetchLimits(), print)
    assert article.title == "Über Tage"
