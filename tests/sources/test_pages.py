"""extract_page: a fetched page's article and what the page says about it."""

from __future__ import annotations

import tomllib
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from podcastify.errors import SourceError
from podcastify.models import BlockKind
from podcastify.script.html import html_to_blocks
from podcastify.sources.pages import ExtractedPage, extract_page

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
URL = "https://news.example/story"

PARAGRAPHS = "".join(
    f"<p>Paragraph {n} of the article explains, in plain words, how the village bakery "
    f"reopened and what the bakers learned about flour, ovens and early mornings.</p>"
    for n in range(1, 6)
)


def page(head: str = "", body: str = PARAGRAPHS, html_attrs: str = "") -> str:
    return (
        f"<!DOCTYPE html><html {html_attrs}><head><title>Bakery story | Site</title>{head}"
        f"</head><body><article><h1>Bakery story</h1>{body}</article></body></html>"
    )


@pytest.fixture(scope="module")
def full_page() -> tuple[ExtractedPage, dict]:
    expect = tomllib.loads((FIXTURES / "full_page.expect.toml").read_text(encoding="utf-8"))
    html = (FIXTURES / "full_page.html").read_text(encoding="utf-8")
    return extract_page(html, expect["url"]), expect


def test_full_page_metadata(full_page: tuple[ExtractedPage, dict]) -> None:
    extracted, expect = full_page
    assert extracted.title == expect["title"]
    assert extracted.author == expect["author"]
    assert extracted.site_name == expect["site_name"]
    assert extracted.language == expect["language"]
    assert extracted.published == datetime.fromisoformat(expect["published"])
    assert extracted.published.utcoffset() == timedelta(hours=-4)


def test_full_page_content_is_structural_html(full_page: tuple[ExtractedPage, dict]) -> None:
    extracted, _ = full_page
    blocks = html_to_blocks(extracted.html)
    kinds = {b.kind for b in blocks}
    assert kinds == {BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM}
    assert "<nav" not in extracted.html and "<form" not in extracted.html
    assert "<html" not in extracted.html and "<head" not in extracted.html
    assert "cardamom buns" not in extracted.html  # comments are not extracted


def test_extracted_page_is_frozen(full_page: tuple[ExtractedPage, dict]) -> None:
    extracted, _ = full_page
    with pytest.raises(AttributeError):
        extracted.title = "changed"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('<meta property="article:published_time" content="2021-03-03T10:00:00Z">',
         datetime(2021, 3, 3, 10, 0, tzinfo=UTC)),
        ('<meta property="article:published_time" content="2021-03-03T10:00:00+0100">',
         datetime(2021, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=1)))),
        ('<meta property="article:published_time" content="2021-03-03T10:00:00">',
         datetime(2021, 3, 3, 10, 0, tzinfo=UTC)),
        ('<meta name="pubdate" content="2021-03-03">', datetime(2021, 3, 3, tzinfo=UTC)),
        ('<script type="application/ld+json">{"@type": "NewsArticle", '
         '"datePublished": "2021-03-03T10:00:00-05:00"}</script>',
         datetime(2021, 3, 3, 10, 0, tzinfo=timezone(timedelta(hours=-5)))),
        ('<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
         '{"@type": "Article", "datePublished": "2022-07-01T08:00:00Z"}]}</script>',
         datetime(2022, 7, 1, 8, 0, tzinfo=UTC)),
    ],
)  # fmt: skip
def test_published_is_timezone_aware(head: str, expected: datetime) -> None:
    published = extract_page(page(head), URL).published
    assert published == expected
    assert published is not None and published.tzinfo is not None


def test_published_from_a_time_element() -> None:
    body = '<p><time datetime="2020-02-02T12:00:00+02:00" pubdate>2 Feb</time></p>' + PARAGRAPHS
    published = extract_page(page(body=body), URL).published
    assert published == datetime(2020, 2, 2, 10, 0, tzinfo=UTC)


def test_no_date_gives_none_or_an_aware_date() -> None:
    published = extract_page(page(), URL).published
    assert published is None or published.tzinfo is not None


@pytest.mark.parametrize(
    "text",
    [
        "<footer>Copyright 2019 The Bakery Gazette</footer>",
        "<footer>© 2019–2021 The Bakery Gazette. All rights reserved.</footer>",
        "<p>The oven was built in 2019 and still bakes every morning.</p>",
    ],
)
def test_a_year_in_the_text_is_never_taken_for_the_date(text: str) -> None:
    """It would be spoken in the intro ("Published January first") and name the file."""
    html = page().replace("</body>", f"{text}</body>")
    assert extract_page(html, URL).published is None


@pytest.mark.parametrize(
    ("html_attrs", "head", "language"),
    [
        ('lang="en"', "", "en"),
        ('lang="en-US"', "", "en-US"),
        ("", '<meta http-equiv="content-language" content="fr">', "fr"),
        ("", '<meta property="og:locale" content="en_GB">', "en-GB"),
        ('lang="not a language!"', "", ""),
        ("", "", ""),
    ],
)
def test_language(html_attrs: str, head: str, language: str) -> None:
    assert extract_page(page(head, html_attrs=html_attrs), URL).language == language


def test_title_author_and_site_fall_back_sensibly() -> None:
    head = '<meta name="author" content="Jane Smith; John Doe">'
    extracted = extract_page(page(head), "https://www.news.example/story")
    assert extracted.title in ("Bakery story", "Bakery story | Site")
    assert extracted.author == "Jane Smith and John Doe"
    assert extracted.site_name in ("news.example", "Site")


def test_content_keeps_headings_quotes_and_lists() -> None:
    body = (
        PARAGRAPHS[: len(PARAGRAPHS) // 2]
        + "<h2>Why now?</h2>"
        + "<blockquote><p>I used to throw away a third of what I baked every single day.</p>"
        + "</blockquote><ul><li>Business rates relief for small shops</li>"
        + "<li>A shared delivery van for the farms</li></ul>"
        + PARAGRAPHS[len(PARAGRAPHS) // 2 :]
    )
    blocks = html_to_blocks(extract_page(page(body=body), URL).html)
    assert (BlockKind.HEADING, "Why now?") in [(b.kind, b.text) for b in blocks]
    assert any(b.kind is BlockKind.QUOTE and "third of what I baked" in b.text for b in blocks)
    assert [b.text for b in blocks if b.kind is BlockKind.LIST_ITEM] == [
        "Business rates relief for small shops.",
        "A shared delivery van for the farms.",
    ]


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html><head><title>Empty</title></head><body></body></html>",
        "<html><body><nav><a href='/'>Home</a></nav><p>Hi.</p></body></html>",
        "not html at all, just four words",
    ],
)
def test_no_article_raises_source_error(html: str) -> None:
    with pytest.raises(SourceError, match=r"no article text found at https://news\.example/x"):
        extract_page(html, "https://news.example/x")


def test_extraction_never_fetches_or_reads_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    html = page(body=f'<p>&leak;</p><iframe src="file://{secret}"></iframe>{PARAGRAPHS}')
    html = f'<!DOCTYPE html [<!ENTITY leak SYSTEM "file://{secret}">]>' + html
    extracted = extract_page(html, URL)
    assert "TOP-SECRET-CONTENT" not in extracted.html
