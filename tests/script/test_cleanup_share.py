"""is_share_prompt: "Share this:", share buttons and "Tweet" are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_share_prompt

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Share this:", True),
        ("Share this article", True),
        ("Share this post on Facebook", True),
        ("Click to share on Twitter (Opens in new window)", True),
        ("Click to email a link to a friend", True),
        ("Tweet", True),
        ("Share", True),
        ("Share on Facebook", True),
        ("Share on LinkedIn", True),
        ("Pin it", True),
        ("Facebook Twitter LinkedIn Email", True),
        ("Twitter Facebook", True),
        ("Like this:", True),
        ("Like Loading...", True),
        ("(Opens in new window)", True),
        # kept
        ("Share the road.", False),
        ("Share the load with your neighbours, the council urged.", False),
        ("Twitter was where the campaign began.", False),
        ("She shared this with the committee.", False),
        ("Email is still how most people contact the harbour board.", False),
        ("Like this, the plan could work.", False),
    ],
)
def test_is_share_prompt(text: str, noise: bool) -> None:
    assert is_share_prompt(Block(BlockKind.PARAGRAPH, text), CTX) is noise
