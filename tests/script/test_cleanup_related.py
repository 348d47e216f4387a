"""is_related_prompt: "Related posts", "You may also like", "Read more: …" are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_related_prompt

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Related", True),
        ("Related posts", True),
        ("Related stories", True),
        ("Related Articles:", True),
        ("You may also like", True),
        ("You might also enjoy", True),
        ("More from The Tidewater Ledger", True),
        ("Most read", True),
        ("Popular posts", True),
        ("Read next", True),
        ("Related: Quay lighting bid rejected for a third time", True),
        ("Read more: Regatta draws record crowd despite the rain", True),
        ("See also: The last drystone wallers of Upper Fell", True),
        ("Related Posts: Ferry fares rise again", True),
        ("Related Articles: Quay lights back on", True),
        # kept
        ("Related problems followed the closure of the cannery in 2009.", False),
        ("More than half said they would cross after eight.", False),
        ("You may also like the north bank better in the spring, she joked.", False),
        ("Read more carefully, the report says something else.", False),
    ],
)
def test_is_related_prompt(text: str, noise: bool) -> None:
    assert is_related_prompt(Block(BlockKind.PARAGRAPH, text), CTX) is noise
