"""Pages that are not one article: a home page is read as the feed it names, an error page
or a listing is refused in one line, and an article page stays an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.sources import FetchLimits, read_source
from podcastify.sources.pages import PageKind, page_kind
from podcastify.text import parse_html

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGES = FIXTURES / "pages"
ARTICLE = FIXTURES / "feeds" / "teasers" / "winter_kite_festival.html"
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>The Kite Gazette</title>'
    "<link>{BASE}/</link><item><title>The Winter Kite Festival Returns</title>"
    "<guid>{BASE}/?p=1</guid><link>{BASE}/2024/01/12/winter-kite-festival/</link>"
    "<description>After a four-year pause [&#8230;]</description></item></channel></rss>"
)


def _page(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("blog_home_with_feed.html", PageKind.LISTING),
        ("blog_home_without_feed.html", PageKind.LISTING),
        ("soft_404.html", PageKind.ERROR),
    ],
)
def test_page_kind(name: str, kind: PageKind) -> None:
    tree = parse_html(_page(name))
    assert tree is not None
    assert page_kind(tree) is kind


def test_article_page_is_an_article_although_it_names_a_feed() -> None:
    tree = parse_html(ARTICLE.read_text(encoding="utf-8"))
    assert tree is not None and page_kind(tree) is PageKind.ARTICLE


def test_article_with_related_links_is_an_article() -> None:
    related = "".join(f'<h3><a href="/r{n}">Related story {n}</a></h3>' for n in range(5))
    body = "<p>" + "The council met again on Tuesday to argue about the bridge. " * 60 + "</p>"
    tree = parse_html(f"<html><body><h2>Bridge</h2>{body}{related}</body></html>")
    assert tree is not None and page_kind(tree) is PageKind.ARTICLE


def test_home_page_is_read_as_its_feed_and_says_so(site) -> None:
    site.add("/feed/", FEED.replace("{BASE}", site.base), "application/rss+xml")
    home = site.add("/", _page("blog_home_with_feed.html"))
    said: list[str] = []
    (article,) = read_source(home, FetchLimits(), said.append)
    assert article.title == "The Winter Kite Festival Returns"
    (line,) = said
    assert line == f"{home} is a page; reading its feed {site.url('/feed/')}"
    assert site.hits.get("/comments/feed/", 0) == 0


def test_home_page_without_feed_is_refused_in_one_line(site) -> None:
    home = site.add("/", _page("blog_home_without_feed.html"))
    with pytest.raises(SourceError, match="list of articles") as caught:
        read_source(home, FetchLimits(), print)
    assert "\n" not in str(caught.value)


def test_soft_404_is_refused_in_one_line(site) -> None:
    url = site.add("/2024/gone/", _page("soft_404.html"))
    with pytest.raises(SourceError, match="error page") as caught:
        read_source(url, FetchLimits(), print)
    message = str(caught.value)
    assert "\n" not in message and "Page not found" in message
    assert site.hits.get("/feed/", 0) == 0  # an error page is not read as the site's feed


def test_article_page_is_read_as_the_article(site) -> None:
    site.add("/feed/", FEED.replace("{BASE}", site.base), "application/rss+xml")
    url = site.add("/2024/01/12/winter-kite-festival/", ARTICLE.read_text(encoding="utf-8"))
    (article,) = read_source(url, FetchLimits(), print)
    assert article.title.startswith("The Winter Kite Festival Returns to Marrow Beach")
    assert "forty-metre octopus" in article.html
    assert site.hits.get("/feed/", 0) == 0


def test_feed_named_by_a_page_that_answers_html_is_a_clear_error(site) -> None:
    site.add("/feed/", _page("blog_home_without_feed.html"))
    home = site.add("/", _page("blog_home_with_feed.html"))
    with pytest.raises(SourceError, match="is not a feed") as caught:
        read_source(home, FetchLimits(), print)
    assert "\n" not in str(caught.value)


def test_local_home_page_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "home.html"
    path.write_text(_page("blog_home_with_feed.html"), encoding="utf-8")
    with pytest.raises(SourceError, match="list of articles"):
        read_source(str(path), FetchLimits(), print)
