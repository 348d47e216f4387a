"""Money and percentages.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

MONEY = [
    ("$3 billion", "three billion dollars"),
    ("$12.50", "twelve dollars and fifty cents"),
    ("$1", "one dollar"),
    ("£40", "forty pounds"),
    ("€5 million", "five million euros"),
    ("$0.99", "ninety-nine cents"),
    ("¥500", "five hundred yen"),
    ("$1.5 billion", "one point five billion dollars"),
    ("a $5 bill", "a five dollar bill"),
    ("a $5 million project", "a five million dollar project"),
    ("a $3-billion deal", "a three billion dollar deal"),
    ("$2.3bn", "two point three billion dollars"),
    ("£5m", "five million pounds"),
    ("$10k", "ten thousand dollars"),
    ("$1,200", "one thousand two hundred dollars"),
    ("$1.01", "one dollar and one cent"),
    ("£1.50", "one pound and fifty pence"),
    ("$5-10", "five to ten dollars"),
    ("$5–$10 million", "five to ten million dollars"),
    ("-$5", "minus five dollars"),
    ("US$5", "five US dollars"),
    ("C$20", "twenty Canadian dollars"),
    ("USD 100", "one hundred US dollars"),
    ("100 EUR", "one hundred euros"),
    ("99¢", "ninety-nine cents"),
    ("50p", "fifty pence"),
    ("₹100", "one hundred rupees"),
    ("It costs $20 a month.", "It costs twenty dollars a month."),
    ("$1 trillion", "one trillion dollars"),
    ("$0", "zero dollars"),
]

PERCENTAGES = [
    ("45%", "forty-five percent"),
    ("3.5 percent", "three point five percent"),
    ("10-15%", "ten to fifteen percent"),
    ("10% to 15%", "ten percent to fifteen percent"),
    ("a 0.5% rise", "a zero point five percent rise"),
    ("100 %", "one hundred percent"),
    ("-2%", "minus two percent"),
    ("up 7.25%.", "up seven point two five percent."),
]


@pytest.mark.parametrize(("written", "spoken"), MONEY)
def test_expand_money(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), PERCENTAGES)
def test_expand_percentages(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
