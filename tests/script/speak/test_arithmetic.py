"""Ranges and signs as reports, shops, forecasts and worksheets write them: sums, money ranges
with cents, decade ranges, minus signs, multiples and comparisons.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

RANGES_AND_SIGNS = [
    ("Check that 3-1=2.", "Check that three minus one equals two."),
    ("We know 2+2=4.", "We know two plus two equals four."),
    ("So 3*4 is twelve.", "So three times four is twelve."),
    ("Then 3*4=12.", "Then three times four equals twelve."),
    ("And 10÷2=5.", "And ten divided by two equals five."),
    ("That is 2^10 bytes.", "That is two to the power of ten bytes."),
    ("Solve 12 - 5 = 7.", "Solve twelve minus five equals seven."),
    ("Note 6 × 7 = 42.", "Note six times seven equals forty-two."),
    (
        "Shirts cost $12.50-$19.99.",
        "Shirts cost twelve dollars and fifty cents to nineteen dollars and ninety-nine cents.",
    ),
    (
        "Meals run $8.95–$14.50.",
        "Meals run eight dollars and ninety-five cents to fourteen dollars and fifty cents.",
    ),
    ("Tickets are $5-$10.", "Tickets are five to ten dollars."),
    (
        "Rents of $1,200-1,500 a month",
        "Rents of one thousand two hundred to one thousand five hundred dollars a month",
    ),
    (
        "It may cost $1.2-1.5 billion.",
        "It may cost one point two to one point five billion dollars.",
    ),
    ("The music of the 1970s-90s", "The music of the nineteen seventies to nineties"),
    ("From the 1980s–1990s on", "From the nineteen eighties to nineteen nineties on"),
    ("The '60s-'70s look is back.", "The sixties to seventies look is back."),
    ("Lows of -5°C tonight.", "Lows of minus five degrees Celsius tonight."),
    ("It fell -2.5% on Monday.", "It fell minus two point five percent on Monday."),
    ("Shares rose +3.5% today.", "Shares rose plus three point five percent today."),
    (
        "Temperatures of -10 to -20 are likely.",
        "Temperatures of minus ten to minus twenty are likely.",
    ),
    ("Take 100-200 mg daily.", "Take one hundred to two hundred milligrams daily."),
    ("Rates rose 5-10% this year.", "Rates rose five to ten percent this year."),
    ("It is for ages 18-24.", "It is for ages eighteen to twenty-four."),
    ("Add 1–2 cups of stock.", "Add one to two cups of stock."),
    ("Speeds of 30–40 mph", "Speeds of thirty to forty miles per hour"),
    ("It is 2.5x faster.", "It is two point five times faster."),
    ("Sales grew 10x in a year.", "Sales grew ten times in a year."),
    ("Voters must be ≥18.", "Voters must be at least eighteen."),
    ("Gifts <$50 are allowed.", "Gifts less than fifty dollars are allowed."),
    ("It weighs ~3 kg.", "It weighs about three kilograms."),
    ("Tolerance is 5 ± 0.2 mm.", "Tolerance is five plus or minus zero point two millimeters."),
    ("The team won 3-2.", "The team won three to two."),
    ("A 7-3 ruling upheld it.", "A seven to three ruling upheld it."),
    (
        "Prices fell from $4.99 to $3.49.",
        "Prices fell from four dollars and ninety-nine cents to three dollars and forty-nine "
        "cents.",
    ),
    ("It sold for $1.5M–$2M.", "It sold for one point five to two million dollars."),
    ("Expect a 3–4-week wait.", "Expect a three to four-week wait."),
]


@pytest.mark.parametrize(("written", "spoken"), RANGES_AND_SIGNS)
def test_expand_arithmetic(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
