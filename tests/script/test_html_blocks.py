"""html_to_blocks: HTML bodies become ordered, flat structural blocks, chrome removed."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.html import finish_list_item, html_to_blocks

H, P, Q, L = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM


def kinds_texts(html: str) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in html_to_blocks(html)]


def all_text(html: str) -> str:
    return " ".join(b.text for b in html_to_blocks(html))


def test_structure_in_document_order() -> None:
    html = """
    <h1>Title</h1><p>Intro paragraph.</p>
    <h2>Part one</h2><p>First.</p>
    <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
    <ul><li>Apples</li><li>Pears.</li></ul>
    <h3>Part two</h3><h4>Detail</h4><p>Last.</p>
    """
    assert kinds_texts(html) == [
        (H, "Title"),
        (P, "Intro paragraph."),
        (H, "Part one"),
        (P, "First."),
        (Q, "Quoted one."),
        (Q, "Quoted two."),
        (L, "Apples."),
        (L, "Pears."),
        (H, "Part two"),
        (H, "Detail"),
        (P, "Last."),
    ]


def test_returns_model_blocks() -> None:
    assert html_to_blocks("<p>Hello there.</p>") == [Block(P, "Hello there.")]


@pytest.mark.parametrize("tag", ["h5", "h6"])
def test_minor_headings_are_read_as_text(tag: str) -> None:
    assert kinds_texts(f"<{tag}>Small label</{tag}>") == [(P, "Small label")]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>Read <a href='https://x.example/a'>the report</a>.</p>", "Read the report."),
        ("<p>One<br>two<br/>three.</p>", "One two three."),
        ("<p>  Lots\n\n of   \t space  </p>", "Lots of space"),
        ("<p><strong>Bold</strong> and <em>italic</em> and <span>span</span>.</p>",
         "Bold and italic and span."),
        ("<p>Caf&eacute; &amp; cr&egrave;me &#8212; fine.</p>", "Café & crème — fine."),
        ("<p>A<!-- hidden comment -->B</p>", "AB"),
    ],
)  # fmt: skip
def test_inline_markup_is_flattened(html: str, expected: str) -> None:
    assert kinds_texts(html) == [(P, expected)]


def test_double_line_break_ends_a_paragraph() -> None:
    html = "<div>First paragraph here.<br><br>Second paragraph here.</div>"
    assert kinds_texts(html) == [(P, "First paragraph here."), (P, "Second paragraph here.")]


def test_loose_text_in_divs_becomes_paragraphs_in_order() -> None:
    html = "<div>Loose start <b>bold</b><p>Inner para.</p>loose tail<div>Nested div.</div></div>"
    assert kinds_texts(html) == [
        (P, "Loose start bold"),
        (P, "Inner para."),
        (P, "loose tail"),
        (P, "Nested div."),
    ]


def test_blockquote_loose_text_and_attribution_are_quote() -> None:
    html = "<blockquote>Give us a boat.<footer>Ines Barrow</footer></blockquote>"
    assert kinds_texts(html) == [(Q, "Give us a boat."), (Q, "Ines Barrow")]


def test_nested_lists_give_one_item_each() -> None:
    html = "<ul><li>Fruit<ul><li>Apple</li><li>Pear</li></ul></li><li><p>Veg</p></li></ul>"
    assert kinds_texts(html) == [(L, "Fruit."), (L, "Apple."), (L, "Pear."), (L, "Veg.")]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("a bus connection", "a bus connection."),
        ("Already a sentence.", "Already a sentence."),
        ("Is it?", "Is it?"),
        ("Wow!", "Wow!"),
        ("Three things:", "Three things:"),
        ("apples,", "apples."),
        ("a quote “inside.”", "a quote “inside.”"),
        ("(in brackets)", "(in brackets)."),
        ("", ""),
    ],
)
def test_list_items_end_as_sentences(item: str, expected: str) -> None:
    assert finish_list_item(item) == expected


@pytest.mark.parametrize(
    "chrome",
    [
        "<script>var tracking = 1;</script>",
        "<style>.x { color: red }</style>",
        "<noscript>Enable JavaScript</noscript>",
        "<iframe src='https://video.example/embed'>iframe text</iframe>",
        "<form><label>Email</label><input name=e><button>Sign up</button></form>",
        "<nav><ul><li>Home</li><li>News</li></ul></nav>",
        "<aside><p>Sidebar promo</p></aside>",
        "<footer><p>Footer links</p></footer>",
        "<figure><img src='a.jpg' alt='Alt'><figcaption>Quay. Photo: X</figcaption></figure>",
        "<picture><source srcset='a.webp'><img src='a.jpg' alt='alt'></picture>",
        "<video controls>Your browser cannot play video</video>",
        "<audio controls>No audio support</audio>",
        "<svg><text>Chart label</text></svg>",
        "<button>Load more</button>",
        "<pre><code>print('code')</code></pre>",
        "<table><tr><td>Cell data</td></tr></table>",
    ],
)
def test_chrome_and_media_elements_are_dropped(chrome: str) -> None:
    html = f"<p>Before.</p>{chrome}<p>After.</p>"
    assert kinds_texts(html) == [(P, "Before."), (P, "After.")]


def test_text_after_a_dropped_element_is_kept() -> None:
    html = "<p>The quay<img src='q.jpg' alt='Quay photo'> was rebuilt in 1962.</p>"
    assert kinds_texts(html) == [(P, "The quay was rebuilt in 1962.")]


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<p>A claim.<sup id="r1"><a href="#fn1">1</a></sup> Next.</p>', "A claim. Next."),
        ('<p>A claim<sup class="footnote-ref">[2]</sup>.</p>', "A claim."),
        ("<p>After stop.<sup>3</sup> More.</p>", "After stop. More."),
        ('<p>Linked<a href="#fn4">[4]</a> text.</p>', "Linked text."),
        ("<p>An area of 40 m<sup>2</sup> in all.</p>", "An area of 40 m² in all."),
        ("<p>The 1<sup>st</sup> of May.</p>", "The 1st of May."),
    ],
)
def test_footnote_references_go_but_powers_and_ordinals_stay(html: str, expected: str) -> None:
    assert kinds_texts(html) == [(P, expected)]


@pytest.mark.parametrize(
    "attrs",
    [
        'class="sharedaddy sd-sharing-enabled"',
        'class="social-links"',
        'class="share_buttons"',
        'id="jp-relatedposts"',
        'class="related-posts"',
        'class="newsletter-box"',
        'class="subscribe-cta"',
        'id="comments"',
        'class="comment-list"',
        'class="author-bio"',
        'class="c-author-bio__text"',
        'class="saboxplugin-wrap"',
        'class="byline"',
        'class="entry-meta"',
        'class="wp-caption-text"',
        'class="image-credit"',
        'class="advert"',
        'class="ad-slot"',
        'class="twitter-tweet"',
        'class="sr-only"',
        'class="footnotes"',
        'class="footnote"',
        'role="navigation"',
        'role="complementary"',
        "hidden",
        'aria-hidden="true"',
        'style="display: none"',
    ],
)
def test_noise_containers_are_dropped_by_name(attrs: str) -> None:
    html = f"<p>Kept.</p><div {attrs}><p>Noise inside.</p></div><p>Also kept.</p>"
    assert kinds_texts(html) == [(P, "Kept."), (P, "Also kept.")]


@pytest.mark.parametrize(
    "attrs",
    [
        'class="entry-content"',
        'class="commentary"',
        'class="post-42 post type-post tag-sharing category-social-media"',
        'class="headline"',
        'class="adventure"',
        'class="relative overflow-hidden"',
        'class="content-with-sidebar"',
        'class="subscription-content"',
        'id="main"',
    ],
)
def test_content_containers_are_kept(attrs: str) -> None:
    html = f"<div {attrs}><p>Real article text.</p></div>"
    assert kinds_texts(html) == [(P, "Real article text.")]


def test_noise_name_never_removes_the_article_wrapper() -> None:
    html = (
        '<div class="post-wrapper social-enabled"><h1>Headline</h1>'
        '<div class="entry-content"><p>Body text.</p></div>'
        '<div class="share-bar"><p>Share on Facebook</p></div></div>'
    )
    assert kinds_texts(html) == [(H, "Headline"), (P, "Body text.")]


def test_full_page_reads_only_the_body() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Page title</title>"
        "<meta name='description' content='desc'></head>"
        "<body><p>Body only.</p></body></html>"
    )
    assert kinds_texts(html) == [(P, "Body only.")]


@pytest.mark.parametrize("html", ["", "   ", "<!-- only a comment -->", "<div> </div>", "<p>•</p>"])
def test_empty_input_gives_no_blocks(html: str) -> None:
    assert html_to_blocks(html) == []


def test_xml_declaration_is_accepted() -> None:
    html = '<?xml version="1.0" encoding="utf-8"?><p>Declared.</p>'
    assert kinds_texts(html) == [(P, "Declared.")]


def test_external_entities_are_never_resolved(tmp_path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    html = f'<!DOCTYPE p [<!ENTITY leak SYSTEM "file://{secret}">]><p>Before &leak; after.</p>'
    assert "TOP-SECRET-CONTENT" not in all_text(html)
