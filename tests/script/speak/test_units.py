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
    ("The bag weighs 5KG.", "The bag weighs five kilograms."),
    ("A 2Kg tub of yogurt", "A two kilogram tub of yogurt"),
    ("It is 3 KM away.", "It is three kilometers away."),
    ("Pour 250ML of milk.", "Pour two hundred fifty milliliters of milk."),
    ("A 12 OZ can", "A twelve ounce can"),
    ("Limit: 60 MPH.", "Limit: sixty miles per hour."),
    ("They shipped 20 million lbs of grain.", "They shipped twenty million pounds of grain."),
    ("A 5 LBS bag of flour", "A five pound bag of flour"),
    ("The flask holds 10 cm³.", "The flask holds ten cubic centimeters."),
    ("The flat is 500 ft2.", "The flat is five hundred square feet."),
    ("It has 85 m2 of floor space.", "It has eighty-five square meters of floor space."),
    ("The fridge has 18 cu ft of space.", "The fridge has eighteen cubic feet of space."),
    ("Fiber now reaches 100 Gbps.", "Fiber now reaches one hundred gigabits per second."),
    ("Plans start at 50Mbps.", "Plans start at fifty megabits per second."),
    ("It copies at 5 GB/s.", "It copies at five gigabytes per second."),
    ("The dose is 10 mg/kg.", "The dose is ten milligrams per kilogram."),
    ("Gravity is 9.8 m/s².", "Gravity is nine point eight meters per second squared."),
    ("It has 16GB of RAM.", "It has sixteen gigabytes of ram."),
    ("A 5000mAh battery", "A five thousand milliamp hour battery"),
    ("The 65W charger", "The sixty-five watt charger"),
    ("It plays at 120 fps.", "It plays at one hundred twenty frames per second."),
    ("Inflate to 35 psi.", "Inflate to thirty-five pounds per square inch."),
    ("Winds of 40 kts", "Winds of forty knots"),
    ("He is 6 ft 2 in tall.", "He is six feet two inches tall."),
    ("The 2 GHz chip", "The two gigahertz chip"),
    ("A 250 kcal snack", "A two hundred fifty kilocalorie snack"),
    ("It drew 2 TWh last year.", "It drew two terawatt hours last year."),
    ("A 1.5L bottle", "A one point five liter bottle"),
    ("The 5G network", "The five G network"),
    ("A 10 in. pan", "A ten inch pan"),
    ('The TV is 65" and 4K.', "The TV is sixty-five inches and four K."),
    ('A 55" TV costs less.', "A fifty-five inch TV costs less."),
    ("The engine makes 300 HP.", "The engine makes three hundred horsepower."),
    ("Pack a 20L bag and 2L of water.", "Pack a twenty liter bag and two liters of water."),
    (
        "It does 0-60 mph in 3.5 sec.",
        "It does zero to sixty miles per hour in three point five seconds.",
    ),
    ("A 2,000 sq. ft. home sold.", "A two thousand square foot home sold."),
    ("The tiles are 12x12 in.", "The tiles are twelve by twelve inches."),
    ("The condo is 3BR/2BA.", "The condo is three bedrooms, two baths."),
    (
        "It grew from 2.1M to 3.4M users.",
        "It grew from two point one million to three point four million users.",
    ),
    ("The video hit 12M views.", "The video hit twelve million views."),
    (
        "Set the oven to 350°F/180°C.",
        "Set the oven to three hundred fifty degrees Fahrenheit, one hundred eighty degrees "
        "Celsius.",
    ),
    ("Plug into the 3.5mm jack.", "Plug into the three point five millimeter jack."),
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
