"""is_date_stamp: lines that only say when a post was published are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_date_stamp

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Wed, 04/01/2020 - 2:34pm", True),
        ("Published March 3, 2021 at 10:00 am", True),
        ("Updated: March 4, 2021", True),
        ("Updated 3 hours ago", True),
        ("Last updated on 12 June 2022, 09:15 BST", True),
        ("March 3, 2021", True),
        ("3 March 2021", True),
        ("2021-03-03T10:00:00Z", True),
        ("Tuesday 14 March 2023 08.30 GMT", True),
        ("Posted on Jan 5th, 2019", True),
        ("10:30 am", True),
        ("Published", True),
        # kept
        ("March 3, 2021 was a cold day on the estuary.", False),
        ("2021", False),
        ("March 2021", False),
        ("In the first week of May", False),
        ("The ferry ran from 1962 until 2012.", False),
        ("Updated timetables will be posted at the quay.", False),
        ("We met at 10:30 am and talked for an hour about the ferry.", False),
    ],
)
def test_is_date_stamp(text: str, noise: bool) -> None:
    assert is_date_stamp(Block(BlockKind.PARAGRAPH, text), CTX) is noise


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Published March 3, 2021", True),
        ("Wed, 04/01/2020 - 2:34pm", True),
        # a timeline's section headings stay
        ("10:30 am", False),
        ("March 3, 2021", False),
    ],
)
def test_is_date_stamp_on_headings(text: str, noise: bool) -> None:
    assert is_date_stamp(Block(BlockKind.HEADING, text), CTX) is noise
