"""Roman numerals, codes and model numbers.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

ROMAN_NUMERALS = [
    ("World War III", "World War Three"),
    ("World War I", "World War One"),
    ("Elizabeth II", "Elizabeth the Second"),
    ("Louis XIV", "Louis the Fourteenth"),
    ("Super Bowl LVII", "Super Bowl Fifty-seven"),
    ("Henry VIII", "Henry the Eighth"),
    ("Henry VIII's wives", "Henry the Eighth's wives"),
    ("Pope John Paul II", "Pope John Paul the Second"),
    ("Pope Benedict XVI", "Pope Benedict the Sixteenth"),
    ("Elizabeth I of England", "Elizabeth the First of England"),
    ("Charles I was executed", "Charles the First was executed"),
    ("I think I can", "I think I can"),
    ("Peter I think is right", "Peter I think is right"),
    ("Chapter IV", "Chapter Four"),
    ("Title IX", "Title Nine"),
    ("Rocky II", "Rocky Two"),
    ("the XX century", "the twentieth century"),
    ("King Charles III", "King Charles the Third"),
    ("John D. Rockefeller", "John D Rockefeller"),
    ("Vatican II reforms", "Vatican Two reforms"),
    ("Type II diabetes", "Type Two diabetes"),
    ("a Phase III trial", "a Phase Three trial"),
]

CODES = [
    ("The Boeing 737-800 landed.", "The Boeing seven thirty-seven eight hundred landed."),
    ("COVID-19", "COVID nineteen"),
    ("G-7", "G seven"),
    ("the G20", "the G twenty"),
    ("5G", "five G"),
    ("F-35", "F thirty-five"),
    ("Boeing 737", "Boeing seven thirty-seven"),
    ("Boeing 747s", "Boeing seven forty-sevens"),
    ("Airbus A380", "Airbus A-three eighty"),
    ("iPhone 15", "iPhone fifteen"),
    ("MP3", "MP three"),
    ("H1N1", "H one N one"),
    ("B-52s", "B fifty-twos"),
    ("4K video", "four K video"),
    ("3D printing", "three D printing"),
    ("AK-47", "AK forty-seven"),
    ("Catch-22", "Catch twenty-two"),
    ("I-95", "I ninety-five"),
    ("the F-150", "the F one fifty"),
    ("the MI6 chief", "the MI six chief"),
    ("Porsche 911", "Porsche nine eleven"),
    ("the A-10", "the A-ten"),
    ("Covid-19 cases", "Covid nineteen cases"),
    ("PS5", "PS five"),
    ("Q3 results", "Q three results"),
    ("the 737 MAX", "the seven thirty-seven Max"),
    ("FY2024 budget", "fiscal year twenty twenty-four budget"),
    ("the B2B market", "the B two B market"),
    ("a 401(k) plan", "a four oh one K plan"),
]


@pytest.mark.parametrize(("written", "spoken"), ROMAN_NUMERALS)
def test_expand_roman_numerals(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), CODES)
def test_expand_codes(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
