"""strip_read_more: "[…]", "Continue reading →" and "Read more" tails are not read."""

from __future__ import annotations

import pytest

from podcastify.script.cleanup import strip_read_more


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The town is split on the cost. […]", "The town is split on the cost."),
        ("The town is split on the cost [...]", "The town is split on the cost"),
        ("Cut short [&hellip;]", "Cut short"),
        ("He said it was […] unworkable.", "He said it was unworkable."),
        ("The town is split. Continue reading →", "The town is split."),
        ("The town is split. Continue reading Why Harrow Wants Its Ferry →",
         "The town is split."),
        ("The town is split… Read more »", "The town is split…"),
        ("The town is split. Read More", "The town is split."),
        ("The town is split. READ MORE…", "The town is split."),
        ("The town is split. Keep reading", "The town is split."),
        ("The town is split. (more…)", "The town is split."),
        ("The town is split. Read the full story", "The town is split."),
        ("Ferry news. The post Ferry Back appeared first on The Ledger.", "Ferry news."),
        ("Continue reading →", ""),
        ("He left. Read more » The mayor said no.", "He left. The mayor said no."),
        ("He left. Read More… “No,” she said.", "He left. “No,” she said."),
        ("Prices rose again. To read this article in full, please click here",
         "Prices rose again."),
        ("To read this article in full, please click here.", ""),
        ("Prices rose. Click here to read the full article.", "Prices rose."),
        ("The iPad is fine. ∞ Permalink", "The iPad is fine."),
        # kept unchanged
        ("I wish people would read more.", "I wish people would read more."),
        ("Continue reading the report and you will see why.",
         "Continue reading the report and you will see why."),
        ("Read more books, she said.", "Read more books, she said."),
        ("He left. Read more carefully and you see why.",
         "He left. Read more carefully and you see why."),
        ("He trailed off…", "He trailed off…"),
        ("The post office closed in 1987.", "The post office closed in 1987."),
    ],
)  # fmt: skip
def test_strip_read_more(text: str, expected: str) -> None:
    assert strip_read_more(text) == expected
