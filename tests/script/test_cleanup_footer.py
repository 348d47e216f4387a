"""is_feed_footer / is_copyright: "appeared first on" and copyright lines are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_copyright, is_feed_footer

CTX = CleanContext(title="Why Harrow Point Wants Its Night Ferry Back", author="Mara Lindqvist")


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("The post Why Harrow Point Wants Its Night Ferry Back appeared first on The Tidewater "
         "Ledger.", True),
        ("The post Ferry appeared first on tidewaterledger.example.", True),
        ("This article was originally published on The Conversation.", True),
        ("This article originally appeared in Northfield Review.", True),
        ("Originally published at medium.com.", True),
        ("This story is republished from Grist.", True),
        ("Source: Harrow Estuary Travel Survey", True),
        ("Night Ferry was originally published in Estuary Notes on Medium, where people are "
         "continuing the conversation by highlighting and responding to this story.", True),
        # kept
        ("The post office closed in 1987 and never reopened.", False),
        ("The article was published in 1962 and caused a storm in the council.", False),
        ("This piece first appeared on my desk as a handwritten note from the mayor.", False),
        ("First published in 1962, the guide became a classic of walking literature.", False),
        ("The source of the river is high on the fell.", False),
    ],
)  # fmt: skip
def test_is_feed_footer(text: str, noise: bool) -> None:
    assert is_feed_footer(Block(BlockKind.PARAGRAPH, text), CTX) is noise


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("© 2020 Northfield Review Ltd. All rights reserved.", True),
        ("Copyright © 2023 The Tidewater Ledger", True),
        ("Copyright 2019 Basin Monitor", True),
        ("(c) Jane Doe", True),
        ("Northfield Review Ltd. All rights reserved.", True),
        # kept
        ("Copyright law in the EU changed in 2019, and publishers were not pleased.", False),
        ("The band reserved all rights to the recordings, the court heard in a long and "
         "detailed ruling that ran to ninety pages and cited all rights reserved.", False),
    ],
)  # fmt: skip
def test_is_copyright(text: str, noise: bool) -> None:
    assert is_copyright(Block(BlockKind.PARAGRAPH, text), CTX) is noise
