"""Units, dimensions and multiples.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

UNITS = [
    ("5 km", "five kilometers"),
    ("10 kg", "ten kilograms"),
    ("60 mph", "sixty miles per hour"),
    ("20°C", "twenty degrees Celsius"),
    ("5GB", "five gigabytes"),
    ("1 km", "one kilometer"),
    ("-5°F", "minus five degrees Fahrenheit"),
    ("a 5-km run", "a five kilometer run"),
    ("5-7 km", "five to seven kilometers"),
    ("100 km/h", "one hundred kilometers per hour"),
    ("2.5 kg", "two point five kilograms"),
    ("500 mg", "five hundred milligrams"),
    ("6 ft tall", "six feet tall"),
    ("16 GB of RAM", "sixteen gigabytes of ram"),
    ("a 45° angle", "a forty-five degree angle"),
    ("1,000 sq ft", "one thousand square feet"),
    ("3 GHz", "three gigahertz"),
    ("100 MW", "one hundred megawatts"),
    ("24h", "twenty-four hours"),
    ("30 min", "thirty minutes"),
    ("5 m", "five meters"),
    ("2 L", "two liters"),
    ("12V", "twelve volts"),
    ("10 lbs", "ten pounds"),
    ("200 m²", "two hundred square meters"),
    ("It was 30 °C.", "It was thirty degrees Celsius."),
    ("Add 2 tbsp sugar.", "Add two tablespoons sugar."),
    ("a 10 kg bag", "a ten kilogram bag"),
    ("98.6°F", "ninety-eight point six degrees Fahrenheit"),
]

MULTIPLICATION = [
    ("a 2x4", "a two by four"),
    ("3 x 5 cards", "three by five cards"),
    ("10x faster", "ten times faster"),
    ("He is 6'2\".", "He is six foot two."),
    ("It measures 30 x 20 cm.", "It measures thirty by twenty centimeters."),
    ("a 4×4 truck", "a four by four truck"),
]


@pytest.mark.parametrize(("written", "spoken"), UNITS)
def test_expand_units(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), MULTIPLICATION)
def test_expand_multiplication(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
