"""Pauses (dashes, ellipses, brackets) and tidy spacing.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

PAUSES = [
    ("He paused — then left.", "He paused, then left."),
    ("He paused—then left.", "He paused, then left."),
    ("He paused - then left.", "He paused, then left."),
    ("He paused -- then left.", "He paused, then left."),
    ("He paused – then left.", "He paused, then left."),
    ("He paused… then left.", "He paused, then left."),
    ("He paused... then left.", "He paused, then left."),
    ("And then…", "And then."),
    ("He said (quietly) no.", "He said, quietly, no."),
    ("The firm (founded in 1990) grew.", "The firm, founded in nineteen ninety, grew."),
    ("It rained (a lot).", "It rained, a lot."),
    ("a well-known fact", "a well-known fact"),
    ("the London–Paris route", "the London Paris route"),
    ("He was—", "He was"),
    ("the [sic] word", "the word"),
    ("friend(s)", "friends"),
    ("Really?!", "Really?"),
    ("one | two", "one, two"),
]

TIDY = [
    ("Hello , world", "Hello, world"),
    ("too   many    spaces", "too many spaces"),
    ("a ,, b", "a, b"),
    ("odd ,.", "odd."),
    (", leading comma", "leading comma"),
    ("trailing comma ,", "trailing comma"),
    ("list:, items", "list: items"),
    ("one,two", "one, two"),
    ("  padded  ", "padded"),
]


@pytest.mark.parametrize(("written", "spoken"), PAUSES)
def test_normalize_punctuation(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), TIDY)
def test_tidy_spacing(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
