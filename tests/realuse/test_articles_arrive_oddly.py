"""Issue 9, cases 3 and 4 and what was also seen: teasers, pages given as feeds, one
article reached two ways, and local files whose GUID must not move with the folder."""

from __future__ import annotations

import shutil

import pytest

from tests.helpers.feeds import Item, rss
from tests.realuse.conftest import BASE, assert_kept, day, podcastify, snapshot

pytestmark = pytest.mark.realuse

ARTICLE_PAGE = """<!doctype html><html lang="en"><head><title>The Night Ferry Returns</title>
<link rel="canonical" href="{canonical}"></head><body><article><h1>The Night Ferry Returns</h1>
<p>For eleven years the last boat across the estuary left at six, and the villages on the
far shore went quiet after dark. This spring the council voted to bring the night ferry
back, and on Friday the first late crossing ran with forty passengers aboard.</p>
<p>The crew had trained for weeks on the new pier, which was rebuilt after the storm of the
winter before. Ticket sales in the first week were twice what the council had planned.</p>
<p>Residents say the late boat has changed how they think about the evenings. A teacher who
lives on the far side said she could finally stay for the concerts in town.</p>
</article></body></html>"""

TEASER = (
    "<p>For eleven years the last boat across the estuary left at six [&#8230;]</p>"
    '<p>The post <a href="{link}">The Night Ferry Returns</a> appeared first on '
    '<a href="https://harbour.example">Harbour News</a>.</p>'
    "<p>Mara Lindqvist writes about ferries, tides and the people who work on them. "
    "Her first book, about the estuary, came out last year.</p>"
)


def test_a_teaser_whose_page_fails_is_not_published_and_is_tried_again(site, place):
    link = site.url("/2025/03/night-ferry")
    site.add("/2025/03/night-ferry", "not found", status=404)
    feed = site.add(
        "/feed.xml",
        rss(
            [
                Item(
                    "The Night Ferry Returns",
                    "ferry",
                    TEASER.format(link=link),
                    link=link,
                    published=day(4),
                )
            ]
        ),
        "application/rss+xml",
    )
    out = place["root"] / "work" / "pod"
    first = podcastify(
        "build", feed, "--out", str(out), "--base-url", BASE, cwd=place["home"], ok=False
    )
    assert first.returncode == 1, first.stderr
    assert "only" in first.stderr.lower() or "teaser" in first.stderr.lower()
    assert not (out / "feed.xml").exists() or not snapshot(out).items

    site.add("/2025/03/night-ferry", ARTICLE_PAGE.format(canonical=link))
    second = podcastify("build", feed, "--out", str(out), "--base-url", BASE, cwd=place["home"])
    assert "1 added" in second.stderr
    script = podcastify("script", feed, cwd=place["home"]).stdout
    assert "forty passengers" in script and "appeared first on" not in script
    assert "writes about ferries" not in script


def test_a_blog_home_page_given_as_a_feed_is_read_as_its_feed(site, place):
    feed = site.add(
        "/feed.xml",
        rss(
            [
                Item(
                    "Owls",
                    "owls",
                    "<p>Owls see well at night, because their eyes are large.</p>",
                    published=day(1),
                )
            ]
        ),
        "application/rss+xml",
    )
    home = site.add(
        "/",
        f"""<!doctype html><html><head><title>A Blog</title>
<link rel="alternate" type="application/rss+xml" href="{feed}"></head><body>
<article><h2><a href="/a">Owls</a></h2><p>Owls see well at night [...]</p></article>
<article><h2><a href="/b">Moss</a></h2><p>Moss likes shade [...]</p></article>
<article><h2><a href="/c">Rain</a></h2><p>Rain is wet [...]</p></article></body></html>""",
    )
    out = place["root"] / "work" / "pod"
    result = podcastify("build", home, "--out", str(out), "--base-url", BASE, cwd=place["home"])
    assert "reading its feed" in result.stderr
    assert set(snapshot(out).items) == {"owls"}


def test_a_page_not_found_served_with_200_is_refused(site, place):
    page = site.add(
        "/oops",
        "<!doctype html><html><head><title>Page not found</title></head>"
        "<body><h1>Oops! That page can’t be found.</h1><p>Try a search.</p>"
        "</body></html>",
    )
    out = place["root"] / "work" / "pod"
    result = podcastify("build", page, "--out", str(out), cwd=place["home"], ok=False)
    assert result.returncode == 1
    assert not (out / "feed.xml").exists()


def test_one_article_through_its_page_and_its_feed_is_one_episode(site, place):
    link = site.url("/2025/03/night-ferry")
    site.add("/2025/03/night-ferry", ARTICLE_PAGE.format(canonical=link))
    body = ARTICLE_PAGE.split("<article>")[1].split("</article>")[0]
    feed = site.add(
        "/feed.xml",
        rss(
            [
                Item(
                    "The Night Ferry Returns",
                    "ferry-guid",
                    body,
                    link=link + "?utm_source=rss",
                    published=day(4),
                )
            ]
        ),
        "application/rss+xml",
    )
    out = place["root"] / "work" / "pod"
    podcastify("build", feed, "--out", str(out), "--base-url", BASE, cwd=place["home"])
    page = site.add("/2025/03/night-ferry/", ARTICLE_PAGE.format(canonical=link))
    again = podcastify("build", page, "--out", str(out), "--base-url", BASE, cwd=place["home"])
    assert "0 added" in again.stderr
    assert set(snapshot(out).items) == {"ferry-guid"}


def test_local_files_keep_their_guid_when_the_folder_moves_and_never_show_a_path(place):
    notes = place["root"] / "notes"
    notes.mkdir()
    (notes / "rain.md").write_text("# Rain Gardens\n\nClay holds water for days after rain.\n")
    out = place["root"] / "work" / "pod"
    podcastify(
        "build", str(notes / "rain.md"), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    before = snapshot(out)
    (guid,) = before.items
    assert str(place["root"]) not in before.feed.decode() and "file:" not in guid
    moved = place["root"] / "moved-notes"
    shutil.move(notes, moved)
    again = podcastify(
        "build",
        str(moved / "rain.md"),
        "--out",
        str(out),
        "--base-url",
        BASE,
        cwd=place["elsewhere"],
    )
    assert "0 added, 1 skipped" in again.stderr
    assert_kept(before, snapshot(out))
