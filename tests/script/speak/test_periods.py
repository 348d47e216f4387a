"""Quarters, halves, fiscal years and period comparisons as earnings reports write them.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

PERIODS = [
    ("Revenue rose in Q3 2023.", "Revenue rose in Q three twenty twenty-three."),
    ("Q4 sales beat forecasts.", "Q four sales beat forecasts."),
    ("Its 3Q23 profit fell.", "Its Q three twenty twenty-three profit fell."),
    ("In 4Q 2022 margins grew.", "In Q four twenty twenty-two margins grew."),
    ("Q1 FY24 results are due.", "Q one fiscal year twenty twenty-four results are due."),
    ("H1 2024 was weak.", "H one twenty twenty-four was weak."),
    ("The 1H24 outlook improved.", "The H one twenty twenty-four outlook improved."),
    ("Guidance for H2 is unchanged.", "Guidance for H two is unchanged."),
    ("Sales rose 12% YoY.", "Sales rose twelve percent year over year."),
    ("Prices were up 3% y/y.", "Prices were up three percent year over year."),
    ("Growth slowed QoQ.", "Growth slowed quarter over quarter."),
    ("Orders fell 2% MoM.", "Orders fell two percent month over month."),
    ("Shares are up 40% YTD.", "Shares are up forty percent year to date."),
    ("Revenue in FY2024 hit a record.", "Revenue in fiscal year twenty twenty-four hit a record."),
    ("The FY23 budget passed.", "The fiscal year twenty twenty-three budget passed."),
    ("FY 2025 starts in July.", "fiscal year twenty twenty-five starts in July."),
    ("TTM revenue was flat.", "trailing twelve months revenue was flat."),
    ("Q2 '24 looked better.", "Q two twenty twenty-four looked better."),
    ("Earnings for Q3 are out.", "Earnings for Q three are out."),
    ("In Q1, Q2 and Q3 it grew.", "In Q one, Q two and Q three it grew."),
    ("From Q4 2023 to Q1 2024", "From Q four twenty twenty-three to Q one twenty twenty-four"),
    (
        "Net income rose 8% QoQ and 20% YoY.",
        "Net income rose eight percent quarter over quarter and twenty percent year over year.",
    ),
    ("It was the best Q4 ever.", "It was the best Q four ever."),
    ("Their 2Q results disappointed.", "Their Q two results disappointed."),
    ("Spending MTD is $4,000.", "Spending month to date is four thousand dollars."),
    ("The Q3 2023 call is at 5 p.m.", "The Q three twenty twenty-three call is at five PM."),
    ("Q4: revenue up 5%.", "Q four: revenue up five percent."),
    ("By 3Q, costs had doubled.", "By Q three, costs had doubled."),
    ("The H2 2023 plan was cut.", "The H two twenty twenty-three plan was cut."),
    ("A QTD gain of 4%", "A quarter to date gain of four percent"),
    ("They hit FY2023 targets.", "They hit fiscal year twenty twenty-three targets."),
    ("WoW traffic doubled.", "week over week traffic doubled."),
]


@pytest.mark.parametrize(("written", "spoken"), PERIODS)
def test_expand_periods(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
