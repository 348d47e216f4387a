"""clean_blocks: the whole cleaning pipeline over a list of blocks."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script import cleanup
from podcastify.script.cleanup import BLOCK_FILTERS, INLINE_CLEANERS, clean_blocks, clean_text

H, P, Q, L = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.QUOTE, BlockKind.LIST_ITEM


def test_inline_cleaners_run_in_a_fixed_order() -> None:
    assert [f.__name__ for f in INLINE_CLEANERS] == [
        "strip_markup",
        "strip_invisible",
        "strip_emoji",
        "strip_footnote_markers",
        "urls_to_domain",
        "strip_read_more",
        "collapse_whitespace",
    ]


def test_every_block_filter_is_a_public_named_function() -> None:
    names = [f.__name__ for f in BLOCK_FILTERS]
    assert len(names) == len(set(names))
    for name in names:
        assert getattr(cleanup, name).__doc__


def test_clean_text_applies_every_cleaner() -> None:
    text = "See\u200b https://www.example.com/a?b=1 now 🚢.[2] Continue reading →"
    assert clean_text(text) == "See example.com now."


@pytest.mark.parametrize(
    ("title", "first"),
    [
        ("Why Harrow Point Wants Its Night Ferry Back", Block(H, "Why Harrow Point Wants Its "
                                                             "Night Ferry Back")),
        ("Why Harrow Point Wants Its Night Ferry Back",
         Block(H, "WHY HARROW POINT WANTS ITS NIGHT FERRY BACK!")),
        ("Why Harrow Point Wants Its Night Ferry Back | The Tidewater Ledger",
         Block(H, "Why Harrow Point Wants Its Night Ferry Back")),
        ("Why Harrow Point Wants Its Night Ferry Back", Block(P, "Why Harrow Point Wants Its "
                                                             "Night Ferry Back")),
    ],
)  # fmt: skip
def test_leading_title_repeat_is_dropped(title: str, first: Block) -> None:
    body = Block(P, "The body of the article.")
    assert clean_blocks([first, body], title=title) == [body]


def test_title_repeat_after_byline_and_date_is_dropped() -> None:
    blocks = [
        Block(H, "Night Ferry"),
        Block(P, "By Mara Lindqvist"),
        Block(P, "Published March 3, 2021 at 10:00 am"),
        Block(P, "The body of the article."),
    ]
    assert clean_blocks(blocks, title="Night Ferry") == [Block(P, "The body of the article.")]


def test_a_heading_that_differs_from_the_title_is_kept() -> None:
    blocks = [Block(H, "Background"), Block(P, "Body.")]
    assert clean_blocks(blocks, title="Night Ferry") == blocks


def test_the_title_later_in_the_article_is_kept() -> None:
    blocks = [Block(P, "Intro."), Block(H, "Night Ferry"), Block(P, "Body.")]
    assert clean_blocks(blocks, title="Night Ferry") == blocks


def test_empty_and_symbol_only_blocks_are_dropped() -> None:
    blocks = [Block(P, ""), Block(P, "  "), Block(P, "🚢 ✅"), Block(P, "— • —"), Block(P, "Real.")]
    assert clean_blocks(blocks) == [Block(P, "Real.")]


def test_duplicates_of_the_previous_block_are_dropped() -> None:
    blocks = [
        Block(P, "Same words."),
        Block(P, "same words"),
        Block(Q, "Same   words."),
        Block(P, "Other words."),
        Block(P, "Same words."),
    ]
    assert clean_blocks(blocks) == [
        Block(P, "Same words."),
        Block(P, "Other words."),
        Block(P, "Same words."),
    ]


def test_non_latin_blocks_are_not_mistaken_for_duplicates() -> None:
    blocks = [Block(P, "Паром вернётся."), Block(P, "Город разделён.")]
    assert clean_blocks(blocks) == blocks


def test_list_items_still_end_as_sentences_after_cleaning() -> None:
    blocks = [Block(L, "see https://example.com/a. Read more")]
    assert clean_blocks(blocks) == [Block(L, "see example.com.")]


def test_noise_of_every_kind_is_dropped_and_content_kept() -> None:
    content = [
        Block(P, "By 2030, the board hopes, the boats will pay for themselves."),
        Block(H, "The decision in April"),
        Block(Q, "Give us a boat at midnight and you give us back half a town."),
        Block(L, "a bus connection to the college halls."),
        Block(P, "Many readers subscribe to several newsletters, she said."),
    ]
    noise = [
        Block(P, "By Mara Lindqvist"),
        Block(P, "Wed, 04/01/2020 - 2:34pm"),
        Block(P, "PAS China via Flickr"),
        Block(P, "Subscribe to the Ledger feed"),
        Block(P, "Share this:"),
        Block(P, "Tweet"),
        Block(P, "Advertisement"),
        Block(P, "Related: Quay lighting bid rejected"),
        Block(P, "Tags: ferry, estuary"),
        Block(P, "The post Night Ferry appeared first on The Ledger."),
    ]
    mixed = [b for pair in zip(content, noise, strict=False) for b in pair] + noise[5:]
    assert clean_blocks(mixed, title="Night Ferry", author="Mara Lindqvist") == content


def test_block_kinds_are_preserved() -> None:
    blocks = [Block(H, "Part one"), Block(Q, "A quote."), Block(L, "An item.")]
    assert [b.kind for b in clean_blocks(blocks)] == [H, Q, L]
