"""Years against counts, decades and ranges.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from podcastify.script.speak.numbers import say_year

Check = Callable[..., None]

YEARS = [
    ("In 1882 the town was founded.", "In eighteen eighty-two the town was founded."),
    ("in 2020", "in twenty twenty"),
    ("It happened in 1905.", "It happened in nineteen oh five."),
    ("By 2008 it was over.", "By two thousand eight it was over."),
    ("The 2016 election was close.", "The twenty sixteen election was close."),
    ("Since 1066, England changed.", "Since ten sixty-six, England changed."),
    ("She was born in 1900.", "She was born in nineteen hundred."),
    ("in 2000", "in two thousand"),
    ("in 2019 there were 2019 cases", "in twenty nineteen there were two thousand nineteen cases"),
    ("In 2019 sales fell.", "In twenty nineteen sales fell."),
    ("He scored 1882 points.", "He scored one thousand eight hundred eighty-two points."),
    ("about 1500 people", "about one thousand five hundred people"),
    ("more than 1200 homes", "more than one thousand two hundred homes"),
    ("2020 was a hard year.", "twenty twenty was a hard year."),
    ("a 1500-word essay", "a one thousand five hundred-word essay"),
    ("It was built c. 1850.", "It was built circa eighteen fifty."),
    (
        "Rome burned in AD 64 and 1066 AD was later.",
        "Rome burned in AD sixty-four and ten sixty-six AD was later.",
    ),
    ("the class of '08", "the class of oh eight"),
    ("Summer 2021 was hot.", "Summer twenty twenty-one was hot."),
    ("In 2010 prices rose.", "In twenty ten prices rose."),
]

DECADES = [
    ("the 1990s", "the nineteen nineties"),
    ("the '90s", "the nineties"),
    ("the 90s", "the nineties"),
    ("in the 1800s", "in the eighteen hundreds"),
    ("the 2000s", "the two thousands"),
    ("the 2010s", "the twenty tens"),
    ("the 1920's", "the nineteen twenties"),
    ("in her 40s", "in her forties"),
    ("the mid-1960s", "the mid-nineteen sixties"),
    ("the '60s and '70s", "the sixties and seventies"),
]

RANGES = [
    ("10–20", "ten to twenty"),
    ("10-20 people", "ten to twenty people"),
    ("1939–1945", "nineteen thirty-nine to nineteen forty-five"),
    ("a 3-2 vote", "a three to two vote"),
    ("pages 5-7", "pages five to seven"),
    ("the 2019-20 season", "the twenty nineteen to twenty season"),
    ("from 1914–18", "from nineteen fourteen to eighteen"),
    ("aged 18 – 25", "aged eighteen to twenty-five"),
    ("1,000-2,000 troops", "one thousand to two thousand troops"),
    ("pp. 10-12", "pages ten to twelve"),
    ("They won 2-1.", "They won two to one."),
    ("between 1500–2000 workers", "between one thousand five hundred and two thousand workers"),
    ("a 50-50 split", "a fifty-fifty split"),
    ("the 1990-91 season", "the nineteen ninety to ninety-one season"),
    ("between 1939 and 1945", "between nineteen thirty-nine and nineteen forty-five"),
]


@pytest.mark.parametrize(("written", "spoken"), YEARS)
def test_expand_years(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), DECADES)
def test_expand_decades(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), RANGES)
def test_expand_ranges(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


def test_year_reading_helper() -> None:
    """The year reader covers every century shape a narrator meets."""
    assert say_year(1882) == "eighteen eighty-two"
    assert say_year(1905) == "nineteen oh five"
    assert say_year(2008) == "two thousand eight"
    assert say_year(2020) == "twenty twenty"
    assert say_year(1900) == "nineteen hundred"
    assert say_year(476) == "four hundred seventy-six"
