"""is_site_footer: a row of footer links (a video page's "About Press Copyright …") is noise."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_site_footer

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        (
            "About Press Copyright Contact us Creators Advertise Developers Terms Privacy "
            "Policy & Safety How YouTube works Test new features NFL Sunday Ticket © 2024 "
            "Google LLC",
            True,
        ),
        ("About Us | Contact | Privacy Policy | Terms of Use | Careers | Advertise", True),
        ("Home · About · Newsletter · RSS · Privacy · Cookie settings · Accessibility", True),
        (
            "Terms and Conditions Privacy Policy Cookie Policy Do Not Sell My Personal Information",
            True,
        ),
        # kept
        ("About a hundred people came to the press conference on Tuesday.", False),
        ("The new privacy policy works for us, she said, and for the company too.", False),
        ("Contact us.", False),
    ],
)
def test_is_site_footer(text: str, noise: bool) -> None:
    assert is_site_footer(Block(BlockKind.PARAGRAPH, text), CTX) is noise
