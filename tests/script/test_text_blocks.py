"""text_to_blocks: plain text and Markdown become the same structural blocks as HTML."""

from __future__ import annotations

import pytest

from podcastify.models import BlockKind
from podcastify.script.html import text_to_blocks

H, P, Q, L = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM


def kinds_texts(text: str) -> list[tuple[BlockKind, str]]:
    return [(b.kind, b.text) for b in text_to_blocks(text)]


def test_paragraphs_split_on_blank_lines_and_hard_wraps_are_joined() -> None:
    text = (
        "The first paragraph is wrapped at a fixed width so that it\n"
        "continues on a second line of the file.\n"
        "\n"
        "\n"
        "A second paragraph follows after two blank lines in the file.\r\n"
    )
    assert kinds_texts(text) == [
        (P, "The first paragraph is wrapped at a fixed width so that it continues on a second "
            "line of the file."),
        (P, "A second paragraph follows after two blank lines in the file."),
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# Title", [(H, "Title")]),
        ("## Section two ##", [(H, "Section two")]),
        ("### Third", [(H, "Third")]),
        ("#### Fourth", [(H, "Fourth")]),
        ("##### Fifth level", [(P, "Fifth level")]),
        ("#hashtag is not a heading.", [(P, "#hashtag is not a heading.")]),
        ("Setext one\n==========", [(H, "Setext one")]),
        ("Setext two\n----------", [(H, "Setext two")]),
        ("## **Bold** heading", [(H, "Bold heading")]),
    ],
)
def test_markdown_headings(text: str, expected: list[tuple[BlockKind, str]]) -> None:
    assert kinds_texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- apples\n- pears", [(L, "apples."), (L, "pears.")]),
        ("* one\n+ two", [(L, "one."), (L, "two.")]),
        ("1. First step\n2) Second step!", [(L, "First step."), (L, "Second step!")]),
        ("• bullet from a word processor", [(L, "bullet from a word processor.")]),
        ("- an item that wraps\n  onto line two", [(L, "an item that wraps onto line two.")]),
        ("Intro line:\n\n- item", [(P, "Intro line:"), (L, "item.")]),
    ],
)  # fmt: skip
def test_list_items(text: str, expected: list[tuple[BlockKind, str]]) -> None:
    assert kinds_texts(text) == expected


def test_block_quotes() -> None:
    text = "> A rain garden is not a pond.\n> It drains.\n>\n> Second quoted paragraph.\n\nAfter."
    assert kinds_texts(text) == [
        (Q, "A rain garden is not a pond. It drains."),
        (Q, "Second quoted paragraph."),
        (P, "After."),
    ]


def test_nested_quote_markers_are_removed() -> None:
    assert kinds_texts(">> Deeply quoted words.") == [(Q, "Deeply quoted words.")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some **bold** and __strong__ words.", "Some bold and strong words."),
        ("Some *em* and _em too_ words.", "Some em and em too words."),
        ("Keep snake_case_names and 2 * 3 intact.", "Keep snake_case_names and 2 * 3 intact."),
        ("See [the guide](https://example.org/guide.pdf) first.", "See the guide first."),
        ("See [the guide][ref] first.", "See the guide first."),
        ("A picture ![alt text](img/a.png) here.", "A picture here."),
        ("Run `make test` now.", "Run make test now."),
        ("Mail <https://example.org/x> now.", "Mail https://example.org/x now."),
        ("A ~~deleted~~ word.", "A deleted word."),
        ("Escaped \\*stars\\* stay.", "Escaped *stars* stay."),
        ("A claim[^1] here.", "A claim here."),
        ("Inline <em>html</em> tags.", "Inline html tags."),
    ],
)  # fmt: skip
def test_inline_markdown_is_stripped(text: str, expected: str) -> None:
    assert kinds_texts(text) == [(P, expected)]


@pytest.mark.parametrize("fence", ["```", "~~~", "```python"])
def test_code_fences_are_dropped(fence: str) -> None:
    text = f"Before.\n\n{fence}\nsoil_mix = 0.5\n\nprint(soil_mix)\n{fence[:3]}\n\nAfter."
    assert kinds_texts(text) == [(P, "Before."), (P, "After.")]


def test_unclosed_fence_drops_the_rest() -> None:
    assert kinds_texts("Before.\n\n```\ncode\nmore code") == [(P, "Before.")]


@pytest.mark.parametrize(
    "junk",
    [
        "---",
        "* * *",
        "![only an image](a.png)",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "[ref]: https://example.org/ref",
        "[^1]: The footnote text.",
        "<!-- a comment -->",
    ],
)
def test_non_prose_lines_are_dropped(junk: str) -> None:
    assert kinds_texts(f"Before.\n\n{junk}\n\nAfter.") == [(P, "Before."), (P, "After.")]


def test_dashes_under_a_wrapped_paragraph_are_a_rule_not_a_heading() -> None:
    text = (
        "Thanks for reading this far into the notes, which ran\n"
        "rather longer than I meant them to, and see you next week.\n---\nAfter."
    )
    assert kinds_texts(text) == [
        (
            P,
            "Thanks for reading this far into the notes, which ran rather longer than I meant "
            "them to, and see you next week.",
        ),
        (P, "After."),
    ]


def test_front_matter_is_dropped() -> None:
    text = "---\ntitle: Notes\ntags: [a, b]\n---\n# Notes\n\nBody."
    assert kinds_texts(text) == [(H, "Notes"), (P, "Body.")]


@pytest.mark.parametrize(
    "line",
    [
        "Silencing the Guns?",
        "Weaponizing Sanctions",
        "What Comes Next",
        "Conclusion",
        "The Road to Kallan in 2021",
        "Part 2: The Harvest",
    ],
)
def test_title_like_lines_in_plain_text_are_headings(line: str) -> None:
    text = f"An opening paragraph of ordinary prose.\n\n{line}\n\nMore prose follows here."
    assert kinds_texts(text)[1] == (H, line)


@pytest.mark.parametrize(
    "line",
    [
        "It rained all day.",
        "What next?",
        "Thanks for reading!",
        "By 2030, the plan says, the river could feed twice as many people.",
        "this line starts in lower case",
        "One Two Three Four Five Six Seven Eight Nine Ten Eleven",
        "Notes:",
    ],
)
def test_sentences_are_not_mistaken_for_headings(line: str) -> None:
    text = f"An opening paragraph of ordinary prose.\n\n{line}\n\nMore prose follows here."
    assert kinds_texts(text)[1] == (P, line)


def test_title_like_lines_are_plain_paragraphs_when_markdown_has_headings() -> None:
    text = "# Title\n\nWhat Comes Next\n\nBody text."
    assert kinds_texts(text) == [(H, "Title"), (P, "What Comes Next"), (P, "Body text.")]


def test_first_line_is_not_special() -> None:
    text = "a lower-case first line that is just prose\n\nBody."
    assert kinds_texts(text)[0] == (P, "a lower-case first line that is just prose")


def test_paragraph_of_short_lines_is_split_into_lines() -> None:
    text = "By Amara Keita\nPublished March 3, 2021 at 10:00 am\n\nBody text of the article."
    assert kinds_texts(text) == [
        (P, "By Amara Keita"),
        (H, "Published March 3, 2021 at 10:00 am"),
        (P, "Body text of the article."),
    ]


def test_a_short_line_is_a_heading_only_when_body_text_follows() -> None:
    text = "Thanks for Reading\n\nSee You Next Week\n"
    assert kinds_texts(text) == [(P, "Thanks for Reading"), (P, "See You Next Week")]
    text = "Part One\n\nThe First Chapter\n\nIt began in the spring."
    assert kinds_texts(text) == [
        (P, "Part One"),
        (H, "The First Chapter"),
        (P, "It began in the spring."),
    ]


@pytest.mark.parametrize("text", ["", "\n\n  \n", "```\nonly code\n```", "---\n\n***"])
def test_empty_text_gives_no_blocks(text: str) -> None:
    assert text_to_blocks(text) == []
