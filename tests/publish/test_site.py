"""index.html: everything a visitor needs, plain HTML/CSS, nothing from elsewhere, escaped."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlsplit

import lxml.html
import pytest

from podcastify.publish.site import build_index
from podcastify.text import format_duration
from tests.publish.conftest import BASE, chapters_file_of, make_episode, transcripts_of

XSS_TITLE = '<script>alert(1)</script> & "quotes"'


def _page(channel, episodes):
    return lxml.html.document_fromstring(build_index(channel, episodes))


def test_page_shows_cover_title_description_and_subscribe(channel, episodes):
    page = _page(channel, episodes)
    assert page.find(".//title").text == channel.info.title
    assert page.find(".//h1").text_content() == channel.info.title
    assert page.xpath("//p[@class='description']")[0].text_content() == channel.info.description
    cover = page.find(".//header/img")
    assert cover.get("src") == "cover.png" and channel.info.title in cover.get("alt")
    subscribe = page.xpath("//div[@class='subscribe']/a")[0]
    assert subscribe.get("href") == BASE + "feed.xml"
    field = page.xpath("//div[@class='subscribe']/input")[0]
    assert field.get("value") == BASE + "feed.xml" and field.get("readonly") is not None
    label = page.xpath(f"//label[@for='{field.get('id')}']")
    assert label, "the feed URL field has a label"
    alternate = page.xpath("//link[@rel='alternate'][@type='application/rss+xml']")[0]
    assert alternate.get("href") == BASE + "feed.xml"


def test_page_is_readable_on_a_phone(channel, episodes):
    page = _page(channel, episodes)
    viewport = page.xpath("//meta[@name='viewport']")[0].get("content")
    assert "width=device-width" in viewport and "initial-scale=1" in viewport
    assert page.get("lang") == "en"
    assert page.xpath("//meta[@charset]")[0].get("charset") == "utf-8"


def test_each_episode_has_audio_date_duration_chapters_and_transcripts(channel, episodes):
    page = _page(channel, episodes)
    articles = page.xpath("//main/article")
    assert len(articles) == len(episodes)
    for article, episode in zip(articles, episodes, strict=True):
        assert article.find("h2").text_content() == episode.title
        (audio,) = article.findall(".//audio")
        assert audio.get("src") == episode.filename and audio.get("controls") is not None
        assert audio.get("preload") == "metadata"
        time = article.find(".//time")
        assert time.get("datetime") == episode.published.isoformat()
        assert time.text_content() == f"{episode.published.day} March 2024"
        duration = article.xpath(".//span[@class='duration']")[0].text_content()
        assert duration == format_duration(episode.duration) == "2:11"
        chapters = [li.text_content() for li in article.xpath(".//ol[@class='chapters']/li")]
        assert chapters == [f"{format_duration(c.start)} {c.title}" for c in episode.chapters]
        transcripts = [a.get("href") for a in article.xpath(".//a[@class='transcript']")]
        assert transcripts == transcripts_of(episode)
        assert article.xpath(".//a[@class='chapters-file']")[0].get("href") == chapters_file_of(
            episode
        )
        assert episode.summary in article.xpath(".//p[@class='summary']")[0].text_content()
        assert any(a.get("href") == episode.link for a in article.iter("a"))


def test_no_script_and_nothing_fetched_from_elsewhere(channel, episodes):
    html = build_index(channel, episodes)
    page = lxml.html.document_fromstring(html)
    assert page.findall(".//script") == []
    assert not any(name.startswith("on") for el in page.iter() for name in el.attrib)
    # Everything the browser loads by itself (src, stylesheets, icons) is relative.
    for element in page.iter():
        for name in ("src", "srcset", "poster", "data"):
            if element.get(name):
                assert not urlsplit(element.get(name)).netloc, element.get(name)
    for link in page.iter("link"):
        if link.get("rel") != "alternate":
            assert not urlsplit(link.get("href")).netloc, link.get("href")
    assert "@import" not in html and "url(" not in html
    csp = page.xpath("//meta[@http-equiv='Content-Security-Policy']")[0].get("content")
    assert "script-src 'none'" in csp


@pytest.mark.parametrize("field", ["title", "summary", "author"])
def test_article_text_appears_as_text_never_as_markup(channel, field):
    episode = replace(make_episode(1), **{field: XSS_TITLE})
    html = build_index(channel, [episode])
    assert "<script>" not in html
    page = lxml.html.document_fromstring(html)
    assert page.findall(".//script") == []
    assert XSS_TITLE in page.find(".//main").text_content()


def test_channel_text_is_escaped_too(channel, episodes):
    evil = replace(channel, info=replace(channel.info, title=XSS_TITLE, description=XSS_TITLE))
    page = lxml.html.document_fromstring(build_index(evil, episodes))
    assert page.findall(".//script") == []
    assert page.find(".//title").text == XSS_TITLE
    assert page.find(".//h1").text_content() == XSS_TITLE


def test_empty_podcast_says_so(channel):
    page = _page(channel, [])
    assert "No episodes yet." in page.find(".//main").text_content()
