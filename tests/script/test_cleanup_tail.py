"""drop_tail: author bio, related links and comments after the article are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, drop_tail, is_author_bio, is_tail_marker

H, P, L = BlockKind.HEADING, BlockKind.PARAGRAPH, BlockKind.LIST_ITEM
CTX = CleanContext(title="Night Ferry", author="Mara Lindqvist")
BODY = [
    Block(P, "For eleven years the last boat across the estuary left at half past six. " * 2),
    Block(H, "The decision"),
    Block(P, "The board will vote on the trial at its meeting on the twentieth of April. " * 2),
]


@pytest.mark.parametrize(
    "tail",
    [
        [Block(H, "About the author"), Block(P, "Mara Lindqvist is a freelance reporter.")],
        [Block(H, "About Mara Lindqvist"), Block(P, "She lives on the north bank.")],
        [Block(P, "Author bio"), Block(P, "A reporter on the estuary beat since 2015.")],
        [Block(H, "Related posts"), Block(L, "Quay lighting bid rejected."), Block(L, "Regatta.")],
        [Block(H, "You may also like"), Block(P, "Regatta draws record crowd")],
        [Block(H, "3 comments"), Block(P, "Gillian R."), Block(P, "Lovely piece, thank you.")],
        [Block(H, "12 thoughts on “Night Ferry”"), Block(P, "Great read.")],
        [Block(P, "Leave a reply"), Block(P, "Your email address will not be published.")],
        [Block(H, "Comments"), Block(P, "First!")],
        [Block(H, "Share this:"), Block(L, "Twitter."), Block(H, "Related"), Block(P, "More")],
        [Block(P, "Mara Lindqvist is a freelance reporter who has covered the estuary towns.")],
        [Block(P, "Mara Lindqvist writes about transport and lives on the north bank.")],
        [Block(P, "Dr. Mara Lindqvist teaches journalism at the college.")],
    ],
)
def test_tails_are_cut(tail: list[Block]) -> None:
    assert drop_tail([*BODY, *tail], CTX) == BODY


@pytest.mark.parametrize(
    "ending",
    [
        [Block(P, "Ines Barrow is a former skipper who chairs the residents' association.")],
        [Block(P, "Mara Lindqvist said the ferry mattered.")],
        [Block(H, "Comments from the public"), Block(P, "Residents wrote in their hundreds.")],
        [Block(H, "The related question of cost"), Block(P, "Nobody has answered it yet.")],
        [Block(P, "Related problems followed the closure of the cannery in 2009 and beyond.")],
    ],
)
def test_real_endings_are_kept(ending: list[Block]) -> None:
    blocks = [*BODY, *ending]
    assert drop_tail(blocks, CTX) == blocks


def test_a_marker_before_any_article_text_does_not_cut() -> None:
    blocks = [Block(P, "Share this:"), *BODY]
    assert drop_tail(blocks, CTX) == blocks


def test_bio_without_known_author_needs_a_heading() -> None:
    bio = Block(P, "Jane Smith is a senior fellow at the Institute for Estuary Studies.")
    nobody = CleanContext(title="Night Ferry")
    assert drop_tail([*BODY, bio], nobody) == [*BODY, bio]
    assert drop_tail([*BODY, Block(H, "About the author"), bio], nobody) == BODY


@pytest.mark.parametrize(
    ("block", "marker"),
    [
        (Block(H, "About the authors"), True),
        (Block(P, "Related stories"), True),
        (Block(H, "Most read"), True),
        (Block(P, "Leave a Reply"), True),
        (Block(H, "Share this:"), True),
        (Block(P, "Reply"), False),
        (Block(P, "Share the road."), False),
        (Block(P, "About the author of the report, little is known beyond her name and city."),
         False),
    ],
)  # fmt: skip
def test_is_tail_marker(block: Block, marker: bool) -> None:
    assert is_tail_marker(block, CTX) is marker


@pytest.mark.parametrize(
    ("text", "bio"),
    [
        ("Mara Lindqvist is a freelance reporter.", True),
        ("Mara Lindqvist’s work has appeared in the Ledger.", False),
        ("Mara Lindqvist, who lives on the north bank, covers transport.", False),
        ("Mara Lindqvist has been covering the estuary since 2015.", True),
        ("Lindqvist is a reporter.", False),
        ("Ines Barrow is a former skipper.", False),
    ],
)
def test_is_author_bio(text: str, bio: bool) -> None:
    assert is_author_bio(Block(P, text), CTX) is bio
