"""is_byline: "By Jane Smith" and "Posted by …" lines go; "By 2030, …" sentences stay."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_byline

AUTHOR = CleanContext(title="A Title", author="Daniel Okafor")
NOBODY = CleanContext(title="A Title")


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("By Jane Smith", True),
        ("By: Jane Smith", True),
        ("BY Jane Smith", False),  # shouting capitals are not a byline shape we trust
        ("By Jane Smith and John Doe", True),
        ("By Jane Smith & John Doe", True),
        ("By Ludwig van Beethoven", True),
        ("By J. R. Hartley", True),
        ("By Jane Smith, Staff Writer", True),
        ("By Jane Smith | Senior Correspondent", True),
        ("By Jane Smith for The Guardian", True),
        ("By Jane Smith in Paris", True),
        ("By Jane Smith, March 3, 2021", True),
        ("By Jane Smith | 5 min read", True),
        ("By Amara Keita Published March 3, 2021 at 10:00 am", True),
        ("By Daniel Okafor Wed, 04/01/2020 - 2:34pm", True),
        ("Posted by admin", True),
        ("Posted by admin on March 3, 2021", True),
        ("Posted by Mara Lindqvist at 10:32 AM", True),
        ("Written by Priya Raman", True),
        ("Words by Tomas Reyes", True),
        ("Author: Jane Smith", True),
        ("*Posted by Priya Raman*", True),
        # kept
        ("By 2030, the board hopes, the evening boats will pay for themselves.", False),
        ("By the time we arrived, the ferry had gone.", False),
        ("By contrast, the north bank voted against.", False),
        ("By March, the snow had melted.", False),
        ("By Friday the ferry had sailed.", False),
        ("By Lisa Chen, who lives in Paris, the plan was called a folly.", False),
        ("By Design", False),
        ("By far the largest share went to the cannery.", False),
        ("Written by hand, the letters ran to forty pages.", False),
        ("Jane Smith said the ferry was late.", False),
    ],
)
def test_is_byline_without_a_known_author(text: str, noise: bool) -> None:
    assert is_byline(Block(BlockKind.PARAGRAPH, text), NOBODY) is noise


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Daniel Okafor", True),
        ("DANIEL OKAFOR", True),
        ("By Daniel Okafor", True),
        ("By Okafor", False),
        ("Daniel Okafor | April 1, 2020", True),
        ("Daniel Okafor, Features Editor", True),
        ("Posted by Daniel Okafor", True),
        # kept
        ("Daniel Okafor visited nine bakeries for this piece.", False),
        ("Daniel", False),
    ],
)
def test_is_byline_repeating_the_author(text: str, noise: bool) -> None:
    assert is_byline(Block(BlockKind.PARAGRAPH, text), AUTHOR) is noise


def test_byline_as_heading_is_noise_too() -> None:
    assert is_byline(Block(BlockKind.HEADING, "By Amara Keita"), NOBODY)
