"""is_comment_prompt: comment counts, forms and headers are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_comment_prompt

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("3 comments", True),
        ("One comment", True),
        ("No comments", True),
        ("Comments", True),
        ("Comments (12)", True),
        ("12 thoughts on “Why Harrow Point Wants Its Night Ferry Back”", True),
        ("3 Responses to “Ferry”", True),
        ("Leave a reply", True),
        ("Leave a Reply Cancel reply", True),
        ("Leave a comment", True),
        ("Comments are closed.", True),
        ("Add new comment", True),
        ("Post a comment", True),
        ("Join the discussion", True),
        ("Cancel reply", True),
        ("You must be logged in to post a comment.", True),
        ("View comments", True),
        ("Reply", True),
        ("Be the first to comment", True),
        # kept
        ("Three comments from the minister stood out.", False),
        ("Three replies to the letter arrived by Friday.", False),
        ("Make a comment to the planning office before May.", False),
        ("Join the debate at the town hall on Tuesday.", False),
        ("Have your say on the ferry plan at the April meeting.", False),
        ("See comments from the harbour master below the timetable.", False),
        ("The council replied within a week.", False),
    ],
)
def test_is_comment_prompt(text: str, noise: bool) -> None:
    assert is_comment_prompt(Block(BlockKind.PARAGRAPH, text), CTX) is noise
