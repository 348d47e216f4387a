"""Signs before numbers and symbols between words.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

SYMBOLS = [
    ("AT&T", "A-T and T"),
    ("AT&T shares fell", "A-T and T shares fell"),
    ("Johnson & Johnson", "Johnson and Johnson"),
    ("R&D", "R and D"),
    ("a Q&A", "a Q and A"),
    ("M&A deals", "M and [[ ˈeɪ ]] deals"),
    ("Texas A&M", "Texas [[ ˈeɪ ]] and M"),
    ("the S&P 500", "the S and P five hundred"),
    ("rock & roll", "rock and roll"),
    ("and/or", "and or"),
    ("he/she", "he or she"),
    ("Disney+", "Disney plus"),
    ("C++ code", "C plus plus code"),
    ("OPEC+ members", "OPEC plus members"),
    ("x = 5", "x equals five"),
    ("email me @home", "email me at home"),
    ("Follow him on Twitter at @dmoren.", "Follow him on Twitter at dmoren."),
    ("Find us at @nytimes and @nyt", "Find us at nytimes and at nyt"),
    ("#MeToo", "hashtag MeToo"),
]

SIGNS = [
    ("-5", "minus five"),
    ("It fell to -12.", "It fell to minus twelve."),
    ("−3.2", "minus three point two"),
    ("from -5 to 10", "from minus five to ten"),
    ("a change of +3", "a change of plus three"),
    ("~10 minutes", "about ten minutes"),
    ("<5 people", "less than five people"),
    ("ages 18+", "ages eighteen plus"),
    ("(-2)", "minus two"),
    ("2+2=4", "two plus two equals four"),
    ("±5%", "plus or minus five percent"),
]


@pytest.mark.parametrize(("written", "spoken"), SYMBOLS)
def test_expand_symbols(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), SIGNS)
def test_expand_signs(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
