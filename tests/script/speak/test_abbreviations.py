"""Abbreviations with a full stop, titles and US states, with no false sentence breaks.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

TITLES = [
    ("Dr. Smith is here.", "Doctor Smith is here."),
    ("Mr. Jones arrived.", "Mister Jones arrived."),
    ("Mrs. Smith", "Missus Smith"),
    ("Ms. Lee said", "Miz Lee said"),
    ("Mr. and Mrs. Smith", "Mister and Missus Smith"),
    ("Rep. Alexandria Ocasio-Cortez", "Representative Alexandria Ocasio-Cortez"),
    ("Sen. Warren spoke", "Senator Warren spoke"),
    ("Gov. Newsom", "Governor Newsom"),
    ("Gen. Patton", "General Patton"),
    ("Prof. Hawking", "Professor Hawking"),
    ("Lt. Gen. Smith", "Lieutenant General Smith"),
    ("Rev. King", "Reverend King"),
    ("Dr Smith said", "Doctor Smith said"),
    ("St. Louis", "Saint Louis"),
    ("St Paul's Cathedral", "Saint Paul's Cathedral"),
    ("Mt. Everest", "Mount Everest"),
    ("Ft. Worth", "Fort Worth"),
    ("Sr. Mary Joseph", "Sister Mary Joseph"),
]

NAME_SUFFIXES = [
    ("Main St.", "Main Street."),
    ("on Main St. in Boston", "on Main Street in Boston"),
    ("42nd St. station", "Forty-second Street station"),
    ("Martin Luther King Jr. Day", "Martin Luther King Junior Day"),
    ("Martin Luther King, Jr., said", "Martin Luther King, Junior, said"),
    ("John Smith Sr. said", "John Smith Senior said"),
    ("Apple Inc.", "Apple Incorporated."),
    ("Apple Inc. said", "Apple Incorporated said"),
    ("Ford Motor Co. shares", "Ford Motor Company shares"),
    ("Acme Corp. and Foo Ltd. merged", "Acme Corporation and Foo Limited merged"),
    ("Warner Bros. films", "Warner Brothers films"),
    ("Mulholland Dr. at night", "Mulholland Drive at night"),
    ("Fifth Ave. shops", "Fifth Avenue shops"),
]

LATIN = [
    ("apples, pears, etc.", "apples, pears, et cetera."),
    ("fruit, etc. are sold", "fruit, et cetera are sold"),
    ("fruit (e.g. apples)", "fruit, for example apples"),
    ("fruit, e.g., apples", "fruit, for example, apples"),
    ("one thing, i.e. this", "one thing, that is this"),
    ("Warriors vs. Celtics", "Warriors versus Celtics"),
    ("Warriors vs Celtics", "Warriors versus Celtics"),
    ("Roe v. Wade", "Roe versus Wade"),
    ("Smith et al. found", "Smith et al found"),
    ("approx. 5 miles", "approximately five miles"),
    ("E.g. this one", "For example this one"),
    ("Marshall Mathers, a.k.a. Eminem", "Marshall Mathers, also known as Eminem"),
]

NUMBER_PREFIXES = [
    ("No. 5", "number five"),
    ("the No. 1 seed", "the number one seed"),
    ("ranked #3", "ranked number three"),
    ("see p. 12", "see page twelve"),
    ("Vol. 2", "volume two"),
    ("Fig. 3 shows", "figure three shows"),
]

GENERAL_ABBREVIATIONS = [
    ("the fire dept. said", "the fire department said"),
    ("the Dept. of Energy", "the Department of Energy"),
    ("Intl. flights", "International flights"),
]

US_STATES = [
    (
        "Sen. Dianne Feinstein (D-Calif.) said",
        "Senator Dianne Feinstein, Democrat of California, said",
    ),
    ("Rep. Ted Cruz (R-TX) spoke", "Representative Ted Cruz, Republican of Texas, spoke"),
    ("Sen. Chuck Schumer (D-N.Y.) said", "Senator Chuck Schumer, Democrat of New York, said"),
    ("Sen. Mike Lee, R-Utah, said", "Senator Mike Lee, Republican of Utah, said"),
    ("Los Angeles, Calif., is big", "Los Angeles, California, is big"),
    ("He lives in Austin, Tex.", "He lives in Austin, Texas."),
    (
        "JACKSON, Miss. (AP) — The governor signed it.",
        "JACKSON, Mississippi, A.P, The governor signed it.",
    ),
]


@pytest.mark.parametrize(("written", "spoken"), TITLES)
def test_expand_titles(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), NAME_SUFFIXES)
def test_expand_name_suffixes(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), LATIN)
def test_expand_latin_abbreviations(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), NUMBER_PREFIXES)
def test_expand_number_prefixes(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), GENERAL_ABBREVIATIONS)
def test_expand_general_abbreviations(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), US_STATES)
def test_expand_us_states(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


#: Abbreviations opening a paragraph or a line, as wire copy, listings and notices print them.
LEADING_ABBREVIATIONS = [
    ("Corp. said on Monday it would cut jobs.", "Corporation said on Monday it would cut jobs."),
    ("Co. announced a recall of its heaters.", "Company announced a recall of its heaters."),
    ("Ltd. shares fell sharply.", "Limited shares fell sharply."),
    ("Bros. Pictures declined to comment.", "Brothers Pictures declined to comment."),
    ("Jr. high schools open later this year.", "Junior high schools open later this year."),
    ("Sr. staff were told first.", "Senior staff were told first."),
    ("Mfg. output rose in March.", "Manufacturing output rose in March."),
    ("Mgmt. approved the plan.", "Management approved the plan."),
    ('"Corp. said no," he recalled.', '"Corporation said no," he recalled.'),
    ("(Co. officials did not respond.)", "Company officials did not respond."),
    ("Cos. that missed the deadline face fines.", "Companies that missed the deadline face fines."),
    ("Dist. officials closed the road.", "District officials closed the road."),
    ("Div. leaders met on Friday.", "Division leaders met on Friday."),
    (
        "Est. in 1890, the shop is still open.",
        "Established in eighteen ninety, the shop is still open.",
    ),
    ("Est. 1890", "Established eighteen ninety"),
    ("Ave. closures begin at noon.", "Avenue closures begin at noon."),
    ("Hwy. crews worked overnight.", "Highway crews worked overnight."),
    ("Twp. residents voted against it.", "Township residents voted against it."),
    ("Dept. officials declined to comment.", "Department officials declined to comment."),
    ("Intl. flights resume next week.", "International flights resume next week."),
    ("Natl. Guard troops arrived.", "National Guard troops arrived."),
    ("Univ. officials confirmed the closure.", "University officials confirmed the closure."),
    ("Assn. members voted to strike.", "Association members voted to strike."),
    ("Govt. figures show a rise.", "Government figures show a rise."),
    ("Gov. Newsom signed the bill.", "Governor Newsom signed the bill."),
    ("Sen. Warren asked for a vote.", "Senator Warren asked for a vote."),
    ("Rep. Omar spoke first.", "Representative Omar spoke first."),
    ("Prof. Lee disagreed.", "Professor Lee disagreed."),
    ("Dr. Patel will see you now.", "Doctor Patel will see you now."),
    ("St. Paul's Cathedral reopened.", "Saint Paul's Cathedral reopened."),
    ("Mt. Rainier was hidden by cloud.", "Mount Rainier was hidden by cloud."),
    ("Acme Corp. said it would appeal.", "Acme Corporation said it would appeal."),
    ("Warner Bros. Discovery cut staff.", "Warner Brothers Discovery cut staff."),
    ("Approx. 500 people attended.", "Approximately five hundred people attended."),
    ("Det. Sgt. Jane Roe declined to comment.", "Detective Sergeant Jane Roe declined to comment."),
]


@pytest.mark.parametrize(("written", "spoken"), LEADING_ABBREVIATIONS)
def test_expand_leading_abbreviations(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
