"""Show notes: the item description has the summary, the original link and timed chapters."""

from __future__ import annotations

import lxml.html
import pytest

from podcastify.models import Chapter
from podcastify.publish.feed import build_feed, show_notes
from tests.publish import feed_rules as rules
from tests.publish.conftest import make_episode


def _fragment(notes: str):
    return lxml.html.fragment_fromstring(notes, create_parent="div")


def test_summary_link_and_chapters_with_times():
    episode = make_episode(2)
    fragment = _fragment(show_notes(episode))
    paragraphs = [p.text_content() for p in fragment.findall("p")]
    assert paragraphs[0] == episode.summary
    assert paragraphs[1] == f"Original article: {episode.link}"
    assert fragment.find("p/a").get("href") == episode.link
    assert [li.text_content() for li in fragment.iter("li")] == [
        "0:00 Introduction",
        "0:08 Vortices, Not Ghosts",
        "1:02 Listening for Trouble",
        "2:05 Credits",
    ]


def test_show_notes_are_the_item_description(channel):
    episode = make_episode(1)
    root = rules.parse_strict(build_feed(channel, [episode]))
    assert root.find("channel/item/description").text == show_notes(episode)


def test_article_text_is_escaped_not_markup():
    episode = make_episode(
        1,
        summary='<script>alert(1)</script> & "quotes"',
        chapters=(Chapter("<i>Bold</i> & co", 0.0, 5.0),),
        link='https://example.org/a?x=1&y="2"',
    )
    notes = show_notes(episode)
    assert "<script>" not in notes and "<i>" not in notes
    fragment = _fragment(notes)
    assert fragment.find("p").text_content() == '<script>alert(1)</script> & "quotes"'
    assert [li.text_content() for li in fragment.iter("li")] == ["0:00 <i>Bold</i> & co"]
    assert fragment.find(".//a").get("href") == "https://example.org/a?x=1&y=%222%22"


def test_parts_that_are_missing_are_left_out():
    bare = make_episode(1, link="", chapters=())
    fragment = _fragment(show_notes(bare))
    assert [p.text_content() for p in fragment.findall("p")] == [bare.summary]
    nothing = make_episode(1, link="", chapters=(), summary="")
    assert _fragment(show_notes(nothing)).text_content() == nothing.title


@pytest.mark.parametrize(
    "link", ["javascript:alert(1)", "data:text/html,<script>x</script>", "file:///etc/passwd"]
)
def test_only_web_links_are_published(channel, link):
    from podcastify.publish.site import build_index

    episode = make_episode(link=link)
    notes = show_notes(episode)
    feed = build_feed(channel, [episode]).decode()
    page = build_index(channel, [episode])
    for text in (notes, feed, page):
        assert link.split(":")[0] + ":" not in text.replace("https:", "").replace("http:", "")
