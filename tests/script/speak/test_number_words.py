"""English number words, said by podcastify itself: each case as a listener hears it, and the
same words num2words' English gives (its commas and British "and" dropped) on thousands of
numbers, so the change from num2words changed nothing a listener hears."""

from __future__ import annotations

import random

import pytest
from num2words import num2words

from podcastify.script.speak.numbers import MAX_CARDINAL_DIGITS, cardinal, ordinal, say_year


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "zero"),
        (7, "seven"),
        (13, "thirteen"),
        (20, "twenty"),
        (42, "forty-two"),
        (100, "one hundred"),
        (101, "one hundred one"),
        (999, "nine hundred ninety-nine"),
        (1000, "one thousand"),
        (1001, "one thousand one"),
        (20_000, "twenty thousand"),
        (1_000_001, "one million one"),
        (1_234_567, "one million two hundred thirty-four thousand five hundred sixty-seven"),
        (3_000_000_000, "three billion"),
        (10**30, "one nonillion"),
        (-15, "minus fifteen"),
        (10**MAX_CARDINAL_DIGITS, "one " + " ".join(["zero"] * MAX_CARDINAL_DIGITS)),
    ],
)
def test_cardinal(number: int, expected: str) -> None:
    assert cardinal(number) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        (0, "zeroth"),
        (1, "first"),
        (2, "second"),
        (3, "third"),
        (4, "fourth"),
        (5, "fifth"),
        (8, "eighth"),
        (9, "ninth"),
        (12, "twelfth"),
        (20, "twentieth"),
        (21, "twenty-first"),
        (99, "ninety-ninth"),
        (100, "one hundredth"),
        (112, "one hundred twelfth"),
        (1200, "one thousand two hundredth"),
        (1_000_000, "one millionth"),
    ],
)
def test_ordinal(number: int, expected: str) -> None:
    assert ordinal(number) == expected


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (1882, "eighteen eighty-two"),
        (1900, "nineteen hundred"),
        (1905, "nineteen oh five"),
        (2000, "two thousand"),
        (2005, "two thousand five"),
        (2010, "twenty ten"),
        (2024, "twenty twenty-four"),
        (1005, "one thousand five"),
        (1066, "ten sixty-six"),
        (2100, "twenty-one hundred"),
        (2101, "twenty-one oh one"),
        (476, "four hundred seventy-six"),
        (10_000, "ten thousand"),
    ],
)
def test_say_year(year: int, expected: str) -> None:
    assert say_year(year) == expected


def _num2words_english(number: int, to: str = "cardinal") -> str:
    return num2words(number, lang="en", to=to).replace(",", "").replace(" and ", " ")


_RANDOM = random.Random(20261201)
_NUMBERS = [
    *range(2100),
    *(10**k + d for k in range(3, MAX_CARDINAL_DIGITS) for d in (-1, 0, 1)),
    *(_RANDOM.randrange(10**k) for k in range(4, MAX_CARDINAL_DIGITS + 1) for _ in range(40)),
]


def test_cardinals_and_ordinals_are_num2words_english() -> None:
    assert [cardinal(n) for n in _NUMBERS] == [_num2words_english(n) for n in _NUMBERS]
    assert [ordinal(n) for n in _NUMBERS] == [_num2words_english(n, "ordinal") for n in _NUMBERS]


def test_every_four_digit_year_is_num2words_english() -> None:
    years = range(1000, 10_000)
    expected = [_num2words_english(y, "year").replace("oh-", "oh ") for y in years]
    assert [say_year(y) for y in years] == expected
