"""Money, percentages, units, dates and clock times.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (conftest.py) checks the text and
Piper's phonemes.
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

TIMES = [
    ("2:34pm", "two thirty-four PM"),
    ("10:05 AM", "ten oh five AM"),
    ("9 a.m.", "nine AM."),
    ("at 9 a.m. today", "at nine AM today"),
    ("14:30", "fourteen thirty"),
    ("at 3 p.m., he left", "at three PM, he left"),
    ("12:00 pm", "twelve PM"),
    ("9:00", "nine o'clock"),
    ("17:00", "seventeen hundred"),
    ("7:45 P.M.", "seven forty-five PM."),
    ("11PM", "eleven PM"),
    ("00:00", "midnight"),
    ("at 6:30", "at six thirty"),
    ("odds of 3:1", "odds of three to one"),
    ("John 3:16", "John three sixteen"),
    ("at 7:05 p.m. ET", "at seven oh five PM E.T"),
]


@pytest.mark.parametrize(("written", "spoken"), MONEY)
def test_expand_money(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), PERCENTAGES)
def test_expand_percentages(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), UNITS)
def test_expand_units(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), DATES)
def test_expand_dates(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), TIMES)
def test_expand_times(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
