"""Clock times and ratios.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

TIMES = [
    ("2:34pm", "two thirty-four PM"),
    ("10:05 AM", "ten oh five AM"),
    ("9 a.m.", "nine AM."),
    ("at 9 a.m. today", "at nine AM today"),
    ("14:30", "fourteen thirty"),
    ("at 3 p.m., he left", "at three PM, he left"),
    ("12:00 pm", "twelve PM"),
    ("9:00", "nine o'clock"),
    ("17:00", "seventeen hundred"),
    ("7:45 P.M.", "seven forty-five PM."),
    ("11PM", "eleven PM"),
    ("00:00", "midnight"),
    ("at 6:30", "at six thirty"),
    ("odds of 3:1", "odds of three to one"),
    ("John 3:16", "John three sixteen"),
    ("at 7:05 p.m. ET", "at seven oh five PM E.T"),
]


@pytest.mark.parametrize(("written", "spoken"), TIMES)
def test_expand_times(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
