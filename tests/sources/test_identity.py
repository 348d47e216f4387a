"""Who an article is: GUIDs that never merge two items and never move, aliases that let the
same article be recognised whichever way it arrives, and names that are never paths."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.sources import FetchLimits, identities, read_source
from podcastify.urls import canonical_url

PAGE = (
    "<!DOCTYPE html><html><head><title>{title}</title>{head}</head><body><article>"
    "<h1>{title}</h1>"
    + "<p>The harbour master counted the boats again this morning and found one more than "
    "yesterday, which nobody could explain, least of all the owners of the other boats.</p>"
    * 4
    + "</article></body></html>"
)


def _rss(items: str, channel: str = "<title>Feed</title><link>https://example.org/</link>") -> str:
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{channel}{items}</channel></rss>'


def _read(tmp_path: Path, body: str, name: str = "feed.xml") -> list:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return read_source(str(path), FetchLimits(), print)


# -- made-up GUIDs -------------------------------------------------------------------

BARE_ITEMS = [
    "<item><description>First note.</description></item>",
    "<item><description>Second note.</description></item>",
    "<item><title>Same title</title><description>One.</description></item>",
    "<item><title>Same title</title><description>Two.</description></item>",
    "<item><title>Dated</title><pubDate>Mon, 01 Jan 2024 08:00:00 GMT</pubDate></item>",
    "<item><title>Dated</title><pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate></item>",
    "<item><title>Home link</title><link>https://example.org/</link></item>",
    "<item><title>Home link too</title><link>https://example.org/</link></item>",
    "<item><title>A</title><link>https://example.org/shared</link></item>",
    "<item><title>B</title><link>https://example.org/shared</link></item>",
]


def test_items_without_guid_never_share_one(tmp_path: Path) -> None:
    articles = _read(tmp_path, _rss("".join(BARE_ITEMS)))
    assert len(articles) == len(BARE_ITEMS)
    assert len({a.guid for a in articles}) == len(BARE_ITEMS)
    every = [identities(a) for a in articles]
    for i, mine in enumerate(every):
        for j, theirs in enumerate(every):
            assert i == j or not mine & theirs, (articles[i].title, articles[j].title)


def test_made_up_guids_stay_the_same_from_run_to_run(tmp_path: Path) -> None:
    first = [a.guid for a in _read(tmp_path, _rss("".join(BARE_ITEMS)))]
    # The next run: a new item on top, the rest as before.
    newer = "<item><title>Newest</title><description>New.</description></item>"
    second = [a.guid for a in _read(tmp_path, _rss(newer + "".join(BARE_ITEMS)))]
    assert second[1:] == first
    assert second[0] not in first


def test_the_same_bare_item_in_two_feeds_is_two_items(tmp_path: Path) -> None:
    item = "<item><description>Hello.</description></item>"
    (one,) = _read(tmp_path, _rss(item, "<title>One</title><link>https://one.org/</link>"))
    (two,) = _read(tmp_path, _rss(item, "<title>Two</title><link>https://two.org/</link>"))
    assert one.guid != two.guid


def test_item_with_its_own_link_keeps_it_as_guid(tmp_path: Path) -> None:
    (article,) = _read(
        tmp_path, _rss("<item><title>A</title><link>https://example.org/a</link></item>")
    )
    assert article.guid == "https://example.org/a"


def test_a_guid_given_to_several_different_items_is_not_used(tmp_path: Path) -> None:
    items = (
        "<item><title>A</title><guid>1</guid><description>One.</description></item>"
        "<item><title>B</title><guid>1</guid><description>Two.</description></item>"
    )
    first, second = _read(tmp_path, _rss(items))
    assert first.guid != second.guid


def test_the_same_item_listed_twice_is_one_article(tmp_path: Path) -> None:
    item = "<item><title>A</title><guid>a-1</guid><description>One.</description></item>"
    assert len(_read(tmp_path, _rss(item + item))) == 1


# -- aliases -------------------------------------------------------------------------


def test_feed_item_aliases_hold_its_canonical_link(tmp_path: Path) -> None:
    link = "http://www.Example.org/2024/post/?utm_source=rss&amp;utm_medium=feed#more"
    (article,) = _read(
        tmp_path, _rss(f"<item><title>P</title><guid>tag:x,1</guid><link>{link}</link></item>")
    )
    assert article.guid == "tag:x,1"
    assert "https://example.org/2024/post" in article.aliases


def test_permalink_guid_is_compared_in_its_canonical_form(tmp_path: Path) -> None:
    item = "<item><title>P</title><guid>http://example.org/p/?utm_source=x</guid></item>"
    (article,) = _read(tmp_path, _rss(item))
    assert "https://example.org/p" in identities(article)


def test_a_page_and_the_feed_item_linking_to_it_share_an_identity(site) -> None:
    page_url = site.add(
        "/2024/crisis/",
        PAGE.format(
            title="The Crisis",
            head=f'<link rel="canonical" href="{site.url("/2024/crisis/")}">',
        ),
    )
    feed_url = site.add(
        "/feed.xml",
        _rss(
            f"<item><title>The Crisis</title><guid>tag:site,42</guid>"
            f"<link>{page_url}?utm_source=feed</link><description>x</description></item>",
            f"<title>Site</title><link>{site.url('/')}</link>",
        ),
        "application/rss+xml",
    )
    (from_page,) = read_source(page_url + "?utm_medium=social", FetchLimits(), print)
    (from_feed,) = read_source(feed_url, FetchLimits(), print)
    assert identities(from_page) & identities(from_feed)
    assert canonical_url(page_url) in identities(from_page)


def test_page_canonical_link_is_an_alias(site) -> None:
    head = '<link rel="canonical" href="https://news.example/2024/the-crisis">'
    url = site.add("/amp/the-crisis", PAGE.format(title="The Crisis", head=head))
    (article,) = read_source(url, FetchLimits(), print)
    assert "https://news.example/2024/the-crisis" in article.aliases
    assert article.guid not in article.aliases


# -- local files ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("note.md", "# A Note\n\nSome words about the tide.\n"),
        ("note.txt", "A Note\n\nSome words about the tide.\n"),
        ("page.html", PAGE.format(title="A Page", head="")),
    ],
)
def test_local_file_guid_says_no_path_and_survives_a_move(
    tmp_path: Path, name: str, content: str
) -> None:
    here = tmp_path / "private-folder-name"
    here.mkdir()
    (here / name).write_text(content, encoding="utf-8")
    (article,) = read_source(str(here / name), FetchLimits(), print)
    assert "private-folder-name" not in article.guid
    assert str(tmp_path) not in article.guid and "file:" not in article.guid
    assert f"file:{(here / name).resolve()}" in article.aliases  # as published before
    assert "file:" not in article.source_title and "private-folder" not in article.source_title

    moved = tmp_path / "elsewhere"
    shutil.move(here, moved)
    (again,) = read_source(str(moved / name), FetchLimits(), print)
    assert again.guid == article.guid


def test_two_local_files_with_different_titles_have_different_guids(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("# One\n\nText.\n")
    (tmp_path / "b.md").write_text("# Two\n\nText.\n")
    (a,) = read_source(str(tmp_path / "a.md"), FetchLimits(), print)
    (b,) = read_source(str(tmp_path / "b.md"), FetchLimits(), print)
    assert a.guid != b.guid


# -- source titles -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("channel", "title"),
    [
        ("<title>The Ledger</title><link>https://ledger.example/</link>", "The Ledger"),
        ("<link>https://www.ledger.example/</link>", "ledger.example"),
        ("", ""),
        ("<link>http://127.0.0.1:8765/</link>", ""),
    ],
)
def test_local_feed_source_title_is_never_a_path(tmp_path: Path, channel: str, title: str) -> None:
    (article,) = _read(tmp_path, _rss("<item><title>I</title><guid>i</guid></item>", channel))
    assert article.source_title == title


def test_feed_at_a_local_address_without_title_says_no_address(site) -> None:
    url = site.add(
        "/feed.xml", _rss("<item><title>I</title><guid>i</guid></item>", ""), "application/rss+xml"
    )
    (article,) = read_source(url, FetchLimits(), print)
    assert article.source_title == ""


def test_page_at_a_local_address_has_no_address_as_site_name(site) -> None:
    url = site.add("/story", PAGE.format(title="Story", head=""))
    (article,) = read_source(url, FetchLimits(), print)
    assert "127.0.0.1" not in article.source_title


# -- no items ------------------------------------------------------------------------


def test_feed_with_no_items_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match="no items"):
        _read(tmp_path, _rss(""))
