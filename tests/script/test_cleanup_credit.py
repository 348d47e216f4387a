"""is_credit: photo credits and captions ending in one are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_credit

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("PAS China via Flickr", True),
        ("PAS China via Flickr (CC BY-SA 2.0)", True),
        ("Photo: Jane Doe/Reuters", True),
        ("Jane Doe/Reuters", True),
        ("Image credit: NASA", True),
        ("Photograph by Tomas Reyes", True),
        ("Photo by Ana Lima on Unsplash", True),
        ("(Photo: Harbour Board)", True),
        ("Credit: Getty Images", True),
        ("Courtesy of the Harbour Board", True),
        ("Illustration: Sam Pickering", True),
        ("The disused ferry landing at Harrow Point. Photo: Tomas Reyes via Flickr", True),
        ("The quay at dusk. (Photo: Jane Doe)", True),
        ("Getty Images", True),
        ("Wikimedia Commons user Kettle via Wikimedia Commons", True),
        ("CC BY 2.0", True),
        # kept
        ("Credit Suisse collapsed in 2023 after a run on deposits.", False),
        ("The photo showed the ferry in 1962, crowded with cannery workers.", False),
        ("Courtesy of the council's generosity, the quay was relit.", False),
        ("She shared the picture via Twitter and it spread quickly.", False),
        ("We found the old timetable via Flickr and a lot of luck, and it changed our view.",
         False),
        ("Credits roll after the final scene.", False),
    ],
)  # fmt: skip
def test_is_credit(text: str, noise: bool) -> None:
    assert is_credit(Block(BlockKind.PARAGRAPH, text), CTX) is noise


def test_a_long_paragraph_mentioning_a_photo_is_kept() -> None:
    text = (
        "The archive holds hundreds of images of the crossing. " * 5
        + "Photo: the one most people remember shows the lantern boat in fog."
    )
    assert not is_credit(Block(BlockKind.PARAGRAPH, text), CTX)
