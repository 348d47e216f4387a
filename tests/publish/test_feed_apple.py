"""Apple's feed rules, each checked on a feed.xml built from fixture episodes.

The feed is read three ways: lxml (strict XML), feedparser and podcastparser.
"""

from __future__ import annotations

import io
from dataclasses import replace
from email.utils import parsedate_to_datetime

import feedparser
import lxml.html
import podcastparser
import pytest

from podcastify.categories import APPLE_CATEGORIES
from podcastify.models import Chapter
from podcastify.publish.feed import MAX_DESCRIPTION_BYTES, build_feed, show_notes
from tests.publish import feed_rules as rules
from tests.publish.conftest import BASE, make_channel, make_episode

ALL_CATEGORIES = [
    f"{main} > {sub}" if sub else main
    for main, subs in APPLE_CATEGORIES.items()
    for sub in ("", *subs)
]


def _root(channel, episodes):
    return rules.parse_strict(build_feed(channel, episodes))


def test_feed_is_strict_xml_and_passes_every_rule(channel, episodes):
    raw = build_feed(channel, episodes)
    root = rules.parse_strict(raw)
    rules.check_all(root)
    assert len(rules.items(root)) == 3
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert len(parsed.entries) == 3
    podcast = podcastparser.parse(BASE + "feed.xml", io.BytesIO(raw))
    assert len(podcast["episodes"]) == 3


@pytest.mark.parametrize("explicit", [True, False])
def test_itunes_explicit_is_true_or_false(episodes, explicit):
    raw = build_feed(make_channel(explicit=explicit), episodes)
    root = rules.parse_strict(raw)
    rules.check_explicit(root, explicit)
    # Exactly one itunes:explicit: feedgen's own yes/no/clean form is never written too.
    assert raw.count(b"<itunes:explicit>") == 1
    podcast = podcastparser.parse(BASE + "feed.xml", io.BytesIO(raw))
    assert podcast["explicit"] is explicit
    # feedparser 6 maps only "yes" to True (and "clean" to False): Apple's "true"/"false"
    # both come out as None, i.e. "not explicit" - a known feedparser gap, not ours.
    assert feedparser.parse(raw).feed.get("itunes_explicit") is None


@pytest.mark.parametrize("category", ALL_CATEGORIES)
def test_every_apple_category_is_written_as_apple_spells_it(episodes, category):
    raw = build_feed(make_channel(category=category), episodes[:1])
    root = rules.parse_strict(raw)
    rules.check_category(root, category)
    main = category.split(" > ")[0]
    podcast = podcastparser.parse(BASE + "feed.xml", io.BytesIO(raw))
    assert podcast["itunes_categories"][0][0] == main


@pytest.mark.parametrize("cover", ["cover.png", "cover.jpg"])
def test_itunes_image_is_the_cover_url_ending_in_png_or_jpg(episodes, cover):
    root = _root(make_channel(cover_file=cover), episodes)
    rules.check_image(root)
    assert rules.one(rules.channel(root), "itunes:image").get("href") == BASE + cover


@pytest.mark.parametrize("language", ["en", "en-US", "de", "pt-BR"])
def test_language_is_an_iso_639_code(episodes, language):
    rules.check_language(_root(make_channel(language=language), episodes), language)


def test_owner_has_name_and_email_and_feed_has_a_type(channel, episodes):
    root = _root(channel, episodes)
    rules.check_owner(root, "owner@example.org")
    assert rules.one(rules.channel(root), "itunes:owner/itunes:name").text == "Ada Owner"
    rules.check_type(root)


def test_every_item_has_an_episode_type(channel, episodes):
    root = _root(channel, episodes)
    rules.check_episode_types(root)
    assert len(root.findall("channel/item/itunes:episodeType", rules.NS)) == len(episodes)


def test_enclosure_urls_are_unique_plain_ascii_even_for_an_international_base_url(episodes):
    base = "https://bücher.example/hörbuch folge/"
    root = _root(make_channel(base_url=base), episodes)
    urls = rules.check_enclosures(root)
    assert urls[0] == "https://xn--bcher-kva.example/h%C3%B6rbuch%20folge/2024-03-03-essay-3.mp3"
    # Every other URL in the feed is plain too (self link, cover, transcripts, chapters).
    for element in root.iter():
        for name in ("url", "href"):
            value = element.get(name)
            if value:
                assert value.isascii() and " " not in value, value


def test_guids_are_unique_not_permalinks_and_stable_across_builds(channel, episodes):
    first = rules.check_guids(_root(channel, episodes))
    assert first == [e.guid for e in episodes]
    again = rules.check_guids(_root(channel, list(episodes)))
    assert again == first
    for guid in _root(channel, episodes).findall("channel/item/guid"):
        assert guid.get("isPermaLink") == "false"


def test_pub_dates_are_rfc_2822_and_exact(channel, episodes):
    root = _root(channel, episodes)
    rules.check_pub_dates(root)
    dates = [parsedate_to_datetime(d.text) for d in root.findall("channel/item/pubDate")]
    assert dates == [e.published for e in episodes]


def test_channel_podcast_guid_is_uuid5_of_the_feed_url(channel, episodes):
    rules.check_podcast_guid(_root(channel, episodes), BASE + "feed.xml")


@pytest.mark.parametrize("locked", [True, False])
def test_podcast_locked_follows_the_setting(episodes, locked):
    root = _root(make_channel(locked=locked), episodes)
    rules.check_locked(root, locked)
    assert rules.one(rules.channel(root), "podcast:locked").get("owner") == "owner@example.org"


def test_a_very_long_summary_still_fits_apples_4000_bytes(channel):
    # Ampersands and non-ASCII grow when escaped and encoded: the limit is on the result.
    summary = " ".join(["Salt & pepper <b>ärger</b> «quoted»"] * 800)
    chapters = tuple(
        Chapter(f"Chapter {i} about ß & <things> that go on and on", i * 10.0, i * 10.0 + 10)
        for i in range(200)
    )
    episode = make_episode(1, summary=summary, chapters=chapters)
    notes = show_notes(episode)
    assert len(notes.encode("utf-8")) <= MAX_DESCRIPTION_BYTES
    # Still well-formed, still with all three parts, the chapter list visibly shortened.
    fragment = lxml.html.fragment_fromstring(notes, create_parent="div")
    paragraphs = fragment.findall("p")
    assert paragraphs[0].text_content().startswith("Salt & pepper <b>ärger</b>")
    assert paragraphs[0].text_content().endswith("…")
    assert fragment.find(".//a").get("href") == episode.link
    entries = [li.text_content() for li in fragment.iter("li")]
    assert entries[0] == "0:00 Chapter 0 about ß & <things> that go on and on"
    assert entries[-1] == "…" and 2 < len(entries) < 200
    root = _root(channel, [episode])
    rules.check_descriptions(root)
    assert root.find("channel/item/description").text == notes


def test_rules_catch_a_broken_feed(channel, episodes):
    """The checks themselves bite: each one fails on a feed that breaks its rule."""
    raw = build_feed(channel, [episodes[0], replace(episodes[1], guid=episodes[0].guid)])
    with pytest.raises(AssertionError, match="duplicate GUIDs"):
        rules.check_guids(rules.parse_strict(raw))
    raw = build_feed(channel, [episodes[0], replace(episodes[1], filename=episodes[0].filename)])
    with pytest.raises(AssertionError, match="duplicate enclosure"):
        rules.check_enclosures(rules.parse_strict(raw))
    bad = build_feed(channel, episodes).replace(
        b">false</itunes:explicit>", b">no</itunes:explicit>"
    )
    with pytest.raises(AssertionError, match="true/false"):
        rules.check_explicit(rules.parse_strict(bad))
    bad = build_feed(channel, episodes).replace(b"+0000</pubDate>", b"GMT+1</pubDate>", 1)
    with pytest.raises(AssertionError, match="RFC 2822"):
        rules.check_pub_dates(rules.parse_strict(bad))
    bad = build_feed(channel, episodes).replace(b'text="Philosophy"', b'text="Gadgets"')
    with pytest.raises(AssertionError, match="Gadgets"):
        rules.check_category(rules.parse_strict(bad))
    with pytest.raises(AssertionError):
        rules.check_podcast_guid(rules.parse_strict(raw), "https://elsewhere.example/feed.xml")
