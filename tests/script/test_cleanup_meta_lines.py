"""is_meta_line / is_widget_label: taxonomy lines and widget labels are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_meta_line, is_widget_label

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Posted in Transport, Harrow Point", True),
        ("Filed under: News", True),
        ("Tags: ferry, estuary, transport", True),
        ("Tagged with: ferry", True),
        ("Categories: Features", True),
        ("5 min read", True),
        ("Reading time: 4 minutes", True),
        # kept
        ("Posted in the window of the shop was a notice about the ferry times.", False),
        ("Tags on the crates showed where the flour came from.", False),
        ("Published in 1962, the guide became a classic.", False),
    ],
)
def test_is_meta_line(text: str, noise: bool) -> None:
    assert is_meta_line(Block(BlockKind.PARAGRAPH, text), CTX) is noise


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Advertisement", True),
        ("ADVERTISEMENT", True),
        ("Story continues below advertisement", True),
        ("Skip to main content", True),
        ("Listen to this article", True),
        ("Back to top", True),
        ("Click here to download the timetable", True),
        ("Image 1 of 5", True),
        ("Dismiss", True),
        ("∞ Permalink", True),
        ("Permalink", True),
        ("Got it!", True),
        # kept
        ("Advertisements for the ferry ran in every paper.", False),
        ("Listen to the river at night and you can hear the tide turn.", False),
        ("Print journalism is not dead in the dales.", False),
        ("Dismiss the idea at your peril.", False),
    ],
)
def test_is_widget_label(text: str, noise: bool) -> None:
    assert is_widget_label(Block(BlockKind.PARAGRAPH, text), CTX) is noise
