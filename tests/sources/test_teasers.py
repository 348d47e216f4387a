"""Teasers by comparison: a feed item's text against the page it links to.

A short item, or one with a teaser mark anywhere, is narrated from its page when the page
holds the item's opening (or its title) and more; when the page cannot be had, the item is
refused (TeaserError) unless summaries are allowed on purpose.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from podcastify.errors import ArticleError, TeaserError
from podcastify.models import Article
from podcastify.sources import FetchLimits, complete_article, read_source
from podcastify.sources.teasers import teaser_signs
from podcastify.text import html_to_plain
from tests.helpers.web import Site

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "feeds" / "teasers"
ARTICLE_PATH = "/2024/01/12/winter-kite-festival/"
MIDDLE_OF_ARTICLE = "forty-metre octopus called Agnes"

SHORT = "For eleven years the last boat across the estuary left at half past six."
LONG = " ".join(["The board will vote on the trial at its meeting in April."] * 50)
BIO = " ".join(["She has written about the coast for the paper since 2011."] * 30)
FOOTER = "<p>The post <a>Night Ferry</a> appeared first on <a>The Ledger</a>.</p>"


@pytest.mark.parametrize(
    ("text", "marked", "needs_page"),
    [
        (f"{SHORT} [&#8230;]", True, True),
        (f"<p>{SHORT} […]</p>", True, True),
        (f"{SHORT} [...]", True, True),
        (f"{SHORT}…", True, True),
        (f"{SHORT} Continue reading →", True, True),
        (f'<p>{SHORT} <a class="more-link" href="/x">Continue reading <span>Night Ferry</span>'
         " &#8594;</a></p>", True, True),
        (f"{SHORT} Read more", True, True),
        (f"<p>{SHORT} <a href='/x'>Read More »</a></p>", True, True),
        (f"{SHORT} (more…)", True, True),
        (f"<p>{SHORT}</p>{FOOTER}", True, True),
        # The footer followed by an author bio of any length: still a teaser.
        (f"<p>{SHORT} [&#8230;]</p>{FOOTER}<p>{BIO}</p>", True, True),
        (f"<p>{SHORT}</p>{FOOTER}<p>{BIO}</p>", True, True),
        # A mark in the middle, not at the end.
        (f"<p>{SHORT} [&#8230;]</p><p>Share this: Facebook, Twitter.</p>", True, True),
        (f"<p>{SHORT} Continue reading</p><p>Related: three other stories.</p>", True, True),
        # Short and unmarked: may be a summary, so the page is compared.
        (SHORT, False, True),
        ("", False, True),
        # Cut off mid-sentence.
        ("The council voted on Tuesday to reopen the old", True, True),
        (f"<p>{SHORT}</p><p>The council voted on Tuesday to reopen the old</p>", True, True),
        # Whole articles.
        (f"<p>{LONG}</p>{FOOTER}", False, False),
        (f"<p>{LONG}</p>{FOOTER}<p>{BIO}</p>", False, False),
        (f"<p>{LONG}</p>", False, False),
        (f"{LONG} I wish people would read more.", False, False),
        (f"{LONG} Read more", True, True),
    ],
)  # fmt: skip
def test_teaser_signs(text: str, marked: bool, needs_page: bool) -> None:
    signs = teaser_signs(text)
    assert signs.marked is marked
    assert signs.needs_page is needs_page


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        (f"{LONG} Read more", False),
        (f"{SHORT} Read more", True),
        ("The council voted on Tuesday to reopen the old", True),
        ("", True),
        (SHORT, False),  # whole sentences, no mark: maybe a whole short post
    ],
)
def test_is_summary(text: str, summary: bool) -> None:
    assert teaser_signs(text).is_summary is summary


def test_short_whole_item_whose_page_fails_is_kept_with_a_warning(site: Site) -> None:
    item = _item(site, f"<p>{SHORT}</p>")  # the page answers 404
    warnings: list[str] = []
    assert complete_article(item, FetchLimits(), warnings.append) == item
    (warning,) = warnings
    assert "404" in warning


def test_item_cut_mid_sentence_whose_page_fails_is_refused(site: Site) -> None:
    item = _item(site, "<p>The council voted on Tuesday to reopen the old</p>")
    with pytest.raises(TeaserError):
        complete_article(item, FetchLimits(), print)


def _fixture(name: str, site: Site) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8").replace("{BASE}", site.base)


def _wordpress_item(site: Site) -> Article:
    url = site.add("/feed/", _fixture("wordpress_excerpt_bio.xml", site), "application/rss+xml")
    (article,) = read_source(url, FetchLimits(), print)
    return article


def _item(site: Site, body: str, title: str = "The Winter Kite Festival Returns") -> Article:
    return Article(guid="item-1", title=title, link=site.url(ARTICLE_PATH), summary=body, html=body)


def test_wordpress_excerpt_with_footer_and_bio_is_narrated_from_its_page(site: Site) -> None:
    site.add(ARTICLE_PATH, _fixture("winter_kite_festival.html", site))
    article = complete_article(_wordpress_item(site), FetchLimits(), print)
    text = html_to_plain(article.html)
    assert MIDDLE_OF_ARTICLE in text
    assert "appeared first on" not in text
    assert "Photo: Tom Reyes" not in text
    assert site.hits[ARTICLE_PATH] == 1


def test_teaser_whose_page_is_missing_is_refused_not_published(site: Site) -> None:
    item = _wordpress_item(site)  # the article page answers 404
    with pytest.raises(TeaserError) as caught:
        complete_article(item, FetchLimits(), print)
    message = str(caught.value)
    assert "\n" not in message
    assert "Winter Kite Festival" in message and "404" in message
    assert isinstance(caught.value, ArticleError)


def test_allow_summaries_publishes_the_summary_and_says_so(site: Site) -> None:
    item = _wordpress_item(site)
    warnings: list[str] = []
    article = complete_article(item, FetchLimits(allow_summaries=True), warnings.append)
    assert article == item
    (warning,) = warnings
    assert "summary" in warning and "404" in warning


def test_full_item_is_not_fetched(site: Site) -> None:
    body = f"<p>{LONG}</p>{FOOTER}<p>{BIO}</p>"
    item = _item(site, body)
    assert complete_article(item, FetchLimits(), print) == item
    assert site.hits.get(ARTICLE_PATH, 0) == 0


def test_page_about_something_else_does_not_replace_a_teaser(site: Site) -> None:
    site.add(ARTICLE_PATH, _fixture("winter_kite_festival.html", site))
    teaser = _item(site, f"<p>{SHORT} [&#8230;]</p>", title="Night ferry timetable")
    with pytest.raises(TeaserError, match="holds no more"):
        complete_article(teaser, FetchLimits(), print)


def test_short_unmarked_item_is_kept_when_the_page_is_something_else(site: Site) -> None:
    site.add(ARTICLE_PATH, _fixture("winter_kite_festival.html", site))
    item = _item(site, f"<p>{SHORT}</p>", title="Night ferry timetable")
    assert complete_article(item, FetchLimits(), print) == item


def test_short_unmarked_summary_is_completed_from_its_page(site: Site) -> None:
    site.add(ARTICLE_PATH, _fixture("winter_kite_festival.html", site))
    summary = (
        "<p>After a four-year pause, the winter kite festival is coming back to Marrow "
        "Beach this February.</p>"
    )
    article = complete_article(_item(site, summary), FetchLimits(), print)
    assert MIDDLE_OF_ARTICLE in html_to_plain(article.html)


def test_hand_written_summary_is_completed_when_the_page_has_the_same_title(site: Site) -> None:
    site.add(ARTICLE_PATH, _fixture("winter_kite_festival.html", site))
    summary = "<p>Two hundred fliers and a giant octopus: the beach festival is back.</p>"
    item = _item(site, summary, title="The Winter Kite Festival Returns to Marrow Beach")
    article = complete_article(item, FetchLimits(), print)
    assert MIDDLE_OF_ARTICLE in html_to_plain(article.html)


def test_completed_article_knows_its_page_canonical_address(site: Site) -> None:
    site.add(ARTICLE_PATH, _fixture("winter_kite_festival.html", site))
    item = _item(site, f"<p>{SHORT} [&#8230;]</p>", title="The Winter Kite Festival")
    item = Article(**{**item.__dict__, "html": _fixture("winter_kite_festival.html", site)[:0]})
    article = complete_article(item, FetchLimits(), print)
    port = site.base.rsplit(":", 1)[1]
    assert f"https://127.0.0.1:{port}{ARTICLE_PATH.rstrip('/')}" in article.aliases


@pytest.mark.parametrize(
    "page",
    [
        None,  # 404
        "<html><head><title>Page not found – The Kite Gazette</title></head><body>"
        "<h1>Oops! That page can&rsquo;t be found.</h1><p>It looks like nothing was found at "
        "this location. Maybe try one of the links below or a search?</p></body></html>",
    ],
)
def test_link_only_item_whose_page_fails_is_refused(site: Site, page: str | None) -> None:
    if page is not None:
        site.add(ARTICLE_PATH, page)
    item = Article(guid="g", title="Kites", link=site.url(ARTICLE_PATH))
    with pytest.raises(TeaserError, match="no text in the feed"):
        complete_article(item, FetchLimits(), print)


def test_item_without_a_web_link_is_left_as_it_is() -> None:
    item = Article(guid="g", title="Kites", link="", html=f"<p>{SHORT} [&#8230;]</p>")
    assert complete_article(item, FetchLimits(), print) == item
