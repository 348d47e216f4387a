"""Ordinals, fractions and plain numbers.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

ORDINALS = [
    ("1st", "first"),
    ("22nd", "twenty-second"),
    ("103rd", "one hundred third"),
    ("the 21st century", "the twenty-first century"),
    ("his 3rd try", "his third try"),
    ("the 11th hour", "the eleventh hour"),
    ("the 100th day", "the one hundredth day"),
    ("the 1,000th visitor", "the one thousandth visitor"),
    ("a 21st-century idea", "a twenty-first-century idea"),
]

FRACTIONS = [
    ("1/2", "one half"),
    ("3/4 cup", "three quarters of a cup"),
    ("2 1/2", "two and a half"),
    ("1/3 of voters", "one third of voters"),
    ("2/3 of the vote", "two thirds of the vote"),
    ("1 3/4 miles", "one and three quarters miles"),
    ("1/2 cup of sugar", "half a cup of sugar"),
    ("1/4 teaspoon", "a quarter of a teaspoon"),
    ("1/2 hour", "half an hour"),
    ("5/8 inch", "five eighths of an inch"),
    ("9/10 doctors", "nine out of ten doctors"),
    ("open 24/7", "open twenty-four seven"),
    ("after 9/11", "after nine eleven"),
    ("a 50/50 chance", "a fifty-fifty chance"),
    ("½", "one half"),
    ("2½ cups", "two and a half cups"),
    ("¾ of them", "three quarters of them"),
    ("Add 2 1/4 tsp. salt.", "Add two and a quarter teaspoons salt."),
    ("and 1/2 tsp. salt", "and half a teaspoon salt"),
    ("1/4 hour", "a quarter of an hour"),
    ("A 1/4 mile track.", "A quarter mile track."),
    ("Run the 1/2 mile loop.", "Run the half mile loop."),
]

NUMBERS = [
    ("1,000,000", "one million"),
    ("1.5 million", "one point five million"),
    ("2,000 troops", "two thousand troops"),
    ("1,500 people", "one thousand five hundred people"),
    ("3.14", "three point one four"),
    ("0.5", "zero point five"),
    ("a .5 margin", "a point five margin"),
    ("101 Dalmatians", "one hundred one Dalmatians"),
    ("42", "forty-two"),
    ("0", "zero"),
    ("agent 007", "agent zero zero seven"),
    ("7 billion people", "seven billion people"),
    ("12,345", "twelve thousand three hundred forty-five"),
    ("1,234.56", "one thousand two hundred thirty-four point five six"),
    ("He counted 1, 2, 3.", "He counted one, two, three."),
    ("version 2.0", "version two point zero"),
    ("100s of them", "hundreds of them"),
    ("in the 1,000s", "in the thousands"),
    ("in the 1000s", "in the thousands"),
    ("The 49ers beat the 76ers.", "The forty-niners beat the seventy-sixers."),
    ("a 1-on-1 meeting", "a one-on-one meeting"),
    ("1 in 3 people", "one in three people"),
]


@pytest.mark.parametrize(("written", "spoken"), ORDINALS)
def test_expand_ordinals(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), FRACTIONS)
def test_expand_fractions(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), NUMBERS)
def test_expand_numbers(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
