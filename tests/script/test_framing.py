"""Intro and outro: the credits name the site, never an address; "Untitled" is not read."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from podcastify.models import Article
from podcastify.script import ScriptStyle, build_script
from podcastify.script.framing import site_name


@pytest.mark.parametrize(
    ("source_title", "link", "credited"),
    [
        ("Daring Fireball", "https://daringfireball.net/2024/01/x", "Daring Fireball"),
        ("The Verge", "", "The Verge"),
        ("Stratechery", "https://stratechery.com/a", "Stratechery"),
        ("Slate.com", "https://slate.com/a", "slate.com"),
        ("www.example.org", "", "example.org"),
        ("https://www.nytimes.com/2024/01/01/world/x.html", "", "nytimes.com"),
        ("example.com:8080", "", "example.com"),
        ("http://127.0.0.1:8765/features/village-bakery", "", ""),
        ("127.0.0.1:8765", "", ""),
        ("127.0.0.1", "https://news.example.com/story", "news.example.com"),
        ("http://[::1]:8000/feed.xml", "", ""),
        ("localhost:8000", "", ""),
        ("/home/me/articles/feed.xml", "", ""),
        ("/home/me/articles/feed.xml", "https://blog.example.net/post", "blog.example.net"),
        ("", "https://www.bbc.co.uk/news/x", "bbc.co.uk"),
        ("", "http://10.0.0.5:9000/post", ""),
    ],
)
def test_site_name(source_title: str, link: str, credited: str) -> None:
    assert site_name(source_title, link) == credited


def _outro(article: Article) -> str:
    script = build_script(article, ScriptStyle(podcast_title="Evening Papers"))
    return " ".join(script.sections[-1].paragraphs[0])


def test_a_page_served_from_an_ip_and_port_is_credited_to_the_podcast() -> None:
    article = Article(
        guid="g",
        title="The Bakery",
        text="The Bakery\n\nBread again.\n",
        link="http://127.0.0.1:8765/features/village-bakery",
        source_title="http://127.0.0.1:8765/features/village-bakery",
    )
    outro = _outro(article)
    assert outro == "This was The Bakery, from Evening Papers."
    assert "dot" not in outro and "eight thousand" not in outro


def test_an_untitled_post_is_not_called_untitled() -> None:
    article = Article(
        guid="g",
        title="Untitled",
        text="It rained all day.\n",
        author="Jane Doe",
        published=datetime(2024, 3, 3, tzinfo=UTC),
        source_title="Jane's Notes",
    )
    script = build_script(article, ScriptStyle(podcast_title="Evening Papers"))
    spoken = " ".join(script.sentences())
    assert "Untitled" not in spoken
    assert spoken.startswith(
        "Evening Papers. By Jane Doe. Published March third, twenty twenty-four."
    )
    assert script.written_sentences()[2] == "Published March 3, 2024."
