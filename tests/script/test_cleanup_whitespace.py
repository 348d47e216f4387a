"""collapse_whitespace: removals leave no doubled spaces, stray gaps or empty brackets."""

from __future__ import annotations

import pytest

from podcastify.script.cleanup import collapse_whitespace


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  lots   of\tspace\n here  ", "lots of space here"),
        ("gap before , comma and . stop", "gap before, comma and. stop"),
        ("what ? really !", "what? really!"),
        ("( spaced brackets )", "(spaced brackets)"),
        ("an empty ( ) pair and [ ] pair.", "an empty pair and pair."),
        ("non\u00a0breaking\u2009thin space", "non breaking thin space"),
        ("50 %", "50%"),
        # kept unchanged
        ("Already tidy.", "Already tidy."),
        ("A dash – stays spaced.", "A dash – stays spaced."),
        ("Ellipsis … stays.", "Ellipsis … stays."),
        ("“Quoted,” she said.", "“Quoted,” she said."),
        ("I realized that .pkpass is a zip file.", "I realized that .pkpass is a zip file."),
        ("It lost .5 points.", "It lost .5 points."),
    ],
)
def test_collapse_whitespace(text: str, expected: str) -> None:
    assert collapse_whitespace(text) == expected
