"""Numbers: years against counts, decades, ordinals, ranges, fractions, codes and plain numbers.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (conftest.py) checks the text and
Piper's phonemes.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from podcastify.script import normalize

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

PHONE_NUMBERS = [
    ("call (555) 123-4567", "call five five five, one two three, four five six seven"),
    ("555-123-4567", "five five five, one two three, four five six seven"),
    ("1-800-555-0199", "one, eight hundred, five five five, zero one nine nine"),
    ("+1 212 555 0100", "plus one, two one two, five five five, zero one zero zero"),
    ("+44 20 7946 0958", "plus four four, two zero, seven nine four six, zero nine five eight"),
    ("Call 911 now.", "Call nine one one now."),
    ("dial 999", "dial nine nine nine"),
]

CODES = [
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
    ("FY2024 budget", "FY twenty twenty-four budget"),
    ("the B2B market", "the B two B market"),
    ("a 401(k) plan", "a four oh one K plan"),
]

MULTIPLICATION = [
    ("a 2x4", "a two by four"),
    ("3 x 5 cards", "three by five cards"),
    ("10x faster", "ten times faster"),
    ("He is 6'2\".", "He is six foot two."),
    ("It measures 30 x 20 cm.", "It measures thirty by twenty centimeters."),
    ("a 4×4 truck", "a four by four truck"),
]


DOTTED_NUMBERS = [
    ("Version 1.2.3 is out.", "Version one point two point three is out."),
    ("Update to 10.15.7 now.", "Update to ten point fifteen point seven now."),
    ("Python 3.11.7 ships today.", "Python three point eleven point seven ships today."),
    (
        "Visit 127.0.0.1 in a browser.",
        "Visit one hundred twenty-seven dot zero dot zero dot one in a browser.",
    ),
    ("The server at 10.0.0.2 answered.", "The server at ten dot zero dot zero dot two answered."),
    ("It was on 10.5.2024.", "It was on the tenth of May, twenty twenty-four."),
]


@pytest.mark.parametrize(("written", "spoken"), DOTTED_NUMBERS)
def test_expand_dotted_numbers(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), YEARS)
def test_expand_years(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), DECADES)
def test_expand_decades(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), ORDINALS)
def test_expand_ordinals(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), RANGES)
def test_expand_ranges(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), FRACTIONS)
def test_expand_fractions(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), NUMBERS)
def test_expand_numbers(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), SIGNS)
def test_expand_signs(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), PHONE_NUMBERS)
def test_expand_phone_numbers(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), CODES)
def test_expand_codes(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), MULTIPLICATION)
def test_expand_multiplication(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


def test_year_reading_helper() -> None:
    """The year reader covers every century shape a narrator meets."""
    assert normalize._year(1882) == "eighteen eighty-two"
    assert normalize._year(1905) == "nineteen oh five"
    assert normalize._year(2008) == "two thousand eight"
    assert normalize._year(2020) == "twenty twenty"
    assert normalize._year(1900) == "nineteen hundred"
    assert normalize._year(476) == "four hundred seventy-six"
