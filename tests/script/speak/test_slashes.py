"""Slashes as shop pages, menus, reviews and notices write them: "a month", "per gallon",
"out of five", "without", a season of two years; slash dates and fractions by context.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

SLASHES = [
    ("Plans start at $9.99/mo.", "Plans start at nine dollars and ninety-nine cents a month."),
    ("Gas hit $4/gallon.", "Gas hit four dollars per gallon."),
    ("It costs $15/month after the trial.", "It costs fifteen dollars a month after the trial."),
    ("Rooms from $120/night.", "Rooms from one hundred twenty dollars a night."),
    ("Tutors charge $25/hr.", "Tutors charge twenty-five dollars an hour."),
    ("Beef is £8/kg this week.", "Beef is eight pounds per kilogram this week."),
    ("Fuel was €2/litre.", "Fuel was two euros per litre."),
    ("Dues are $1,200/yr.", "Dues are one thousand two hundred dollars a year."),
    ("Tickets are $50/person.", "Tickets are fifty dollars per person."),
    ("The app is $0.99/song.", "The app is ninety-nine cents per song."),
    ("She earns $85k/year.", "She earns eighty-five thousand dollars a year."),
    ("Exercise 3 times/week.", "Exercise three times a week."),
    ("It has 120 calories/serving.", "It has one hundred twenty calories per serving."),
    ("The shop is open 24/7.", "The shop is open twenty-four seven."),
    ("It is a 50/50 chance.", "It is a fifty-fifty chance."),
    ("Pay by cash and/or card.", "Pay by cash and or card."),
    ("Add 3/4 cup flour.", "Add three quarters of a cup flour."),
    ("Stir in 1/4 tsp salt.", "Stir in a quarter of a teaspoon salt."),
    ("The fair opens on 1/4.", "The fair opens on January fourth."),
    ("Payment is due 5/6.", "Payment is due May sixth."),
    ("It was filed 2019/11/05.", "It was filed November fifth, twenty nineteen."),
    ("Sent 5/6/22.", "Sent May sixth, twenty twenty-two."),
    ("Critics rated it 4.5/5.", "Critics rated it four point five out of five."),
    ("It got 4/5 stars.", "It got four out of five stars."),
    ("Our verdict: 8/10.", "Our verdict: eight out of ten."),
    ("She has 20/20 vision.", "She has twenty-twenty vision."),
    ("Coffee w/o sugar.", "Coffee without sugar."),
    ("Write c/o the town hall.", "Write care of the town hall."),
    ("Parking: n/a.", "Parking: not applicable."),
    ("Price: N/A", "Price: not applicable"),
    (
        "The 2023/24 season starts soon.",
        "The twenty twenty-three to twenty-four season starts soon.",
    ),
    ("Answer yes/no.", "Answer yes or no."),
    ("He/she must sign.", "He or she must sign."),
    ("Rooms have A/C.", "Rooms have air conditioning."),
    ("After 9/11, travel changed.", "After nine eleven, travel changed."),
    ("Half of voters, or 1/2, agreed.", "Half of voters, or one half, agreed."),
    (
        "Subscriptions cost $4.99/wk or $199/yr.",
        "Subscriptions cost four dollars and ninety-nine cents a week or one hundred "
        "ninety-nine dollars a year.",
    ),
    (
        "Diesel averaged $3.89/gal last week.",
        "Diesel averaged three dollars and eighty-nine cents per gallon last week.",
    ),
    ("Parking is free w/ validation.", "Parking is free with validation."),
    (
        "Scores: 3.8/5 from 1,204 reviews.",
        "Scores: three point eight out of five from one thousand two hundred four reviews.",
    ),
    ("Oil rose to $80.50/bbl.", "Oil rose to eighty dollars and fifty cents per barrel."),
    ("A pint is £3.50/pint here.", "A pint is three pounds and fifty pence per pint here."),
    (
        "It gets 25 MPG city/32 hwy.",
        "It gets twenty-five miles per gallon city, thirty-two highway.",
    ),
    ("Corn sold at $4.20/bushel.", "Corn sold at four dollars and twenty cents per bushel."),
    ("The fee is $1.50/min.", "The fee is one dollar and fifty cents a minute."),
    ("We're open 24 hrs/day.", "We're open twenty-four hours per day."),
]


@pytest.mark.parametrize(("written", "spoken"), SLASHES)
def test_expand_slashes(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
