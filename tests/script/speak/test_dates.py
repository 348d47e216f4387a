"""Dates in every written form.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from podcastify.script.speak import normalize_for_speech, say_date

Check = Callable[..., None]

DATES = [
    ("04/01/2020", "April first, twenty twenty"),
    ("April 1, 2020", "April first, twenty twenty"),
    ("2020-04-01", "April first, twenty twenty"),
    ("Jan. 5", "January fifth"),
    ("5 January 2021", "the fifth of January, twenty twenty-one"),
    ("Wed, 04/01/2020", "Wednesday, April first, twenty twenty"),
    ("on 4/1/20", "on April first, twenty twenty"),
    ("25/12/2020", "the twenty-fifth of December, twenty twenty"),
    ("24.12.2019", "the twenty-fourth of December, twenty nineteen"),
    ("March 3rd", "March third"),
    ("on the 5th of May", "on the fifth of May"),
    ("Dec. 25, 1990", "December twenty-fifth, nineteen ninety"),
    ("in January 2021", "in January twenty twenty-one"),
    ("Sept. 11, 2001", "September eleventh, two thousand one"),
    ("Mon., Jan. 6", "Monday, January sixth"),
    ("by Feb. 2022", "by February twenty twenty-two"),
    ("On 1 April the", "On the first of April the"),
    ("July 4th", "July fourth"),
    ("on May 5 2015", "on May fifth, twenty fifteen"),
    ("the 14 July 1789 storming", "the fourteenth of July, seventeen eighty-nine storming"),
    ("due in Oct.", "due in October."),
]


@pytest.mark.parametrize(("written", "spoken"), DATES)
def test_expand_dates(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(
    ("when", "spoken"),
    [
        (date(2020, 4, 1), "April first, twenty twenty"),
        (date(2024, 3, 3), "March third, twenty twenty-four"),
        (date(1999, 12, 31), "December thirty-first, nineteen ninety-nine"),
        (date(2005, 11, 22), "November twenty-second, two thousand five"),
    ],
)
def test_say_date(when: date, spoken: str) -> None:
    """The intro's date is the body's reading of the same date written out."""
    assert say_date(when) == spoken
    assert normalize_for_speech(f"{when:%B} {when.day}, {when.year}") == spoken
    assert normalize_for_speech(when.isoformat()) == spoken
