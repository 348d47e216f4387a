"""is_subscribe_prompt: "Subscribe to … feed" and sign-up prompts are not read."""

from __future__ import annotations

import pytest

from podcastify.models import Block, BlockKind
from podcastify.script.cleanup import CleanContext, is_subscribe_prompt

CTX = CleanContext()


@pytest.mark.parametrize(
    ("text", "noise"),
    [
        ("Subscribe to the Basin Monitor feed for weekly updates.", True),
        ("Subscribe to our newsletter", True),
        ("Subscribe to this blog", True),
        ("Subscribe now!", True),
        ("Subscribe", True),
        ("Sign up for our weekly newsletter with the best of the dales every Friday.", True),
        ("Sign up to get email alerts", True),
        ("Get the Review delivered to your inbox", True),
        ("Follow us on Twitter", True),
        ("Follow me on Mastodon @mara@ledger.example", True),
        ("Support our journalism", True),
        ("Become a member today", True),
        ("Enter your email address", True),
        ("If you enjoyed this post, please consider subscribing.", True),
        # kept
        ("Many readers subscribe to several newsletters, she said.", False),
        ("Subscribers to the newsletter rose by a third last year.", False),
        ("Subscribe to fewer newsletters and your inbox will thank you.", False),
        ("Sign up for the pilot scheme before May.", False),
        ("Join us at the harbour on Saturday for the launch.", False),
        ("Have you checked what lands in your inbox each morning?", False),
        ("Follow the river north for two miles.", False),
    ],
)
def test_is_subscribe_prompt(text: str, noise: bool) -> None:
    assert is_subscribe_prompt(Block(BlockKind.PARAGRAPH, text), CTX) is noise


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for reading Estuary Notes! Subscribe for free to receive new posts.",
        "Estuary Notes is a reader-supported publication. To receive new posts, consider "
        "becoming a free or paid subscriber.",
    ],
)
def test_newsletter_platform_prompts(text: str) -> None:
    assert is_subscribe_prompt(Block(BlockKind.PARAGRAPH, text), CTX)
