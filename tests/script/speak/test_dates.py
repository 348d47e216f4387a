"""Dates in every written form.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from podcastify.script.speak import normalize_for_speech, say_date

Check = Callable[..., None]

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
    ("Filed on 2021-3-7.", "Filed on March seventh, twenty twenty-one."),
    ("The log starts 2019-11-5.", "The log starts November fifth, twenty nineteen."),
    ("Expires Mar-03-2021.", "Expires March third, twenty twenty-one."),
    (
        "Batch 03-Mar-2021 was recalled.",
        "Batch the third of March, twenty twenty-one was recalled.",
    ),
    ("Best before 5-Jun-24.", "Best before the fifth of June, twenty twenty-four."),
    ("WASHINGTON, OCT. 3 — The vote failed.", "WASHINGTON, October third, The vote failed."),
    ("FEB 28 2019: markets fell.", "February twenty-eighth, twenty nineteen: markets fell."),
    (
        "SEPT. 11, 2001 changed everything.",
        "September eleventh, two thousand one changed everything.",
    ),
    ("JUNE 5, 2024 (Reuters) - Oil rose.", "June fifth, twenty twenty-four, Reuters, Oil rose."),
    ("Sale ends DEC 25.", "Sale ends December twenty-fifth."),
    ("The office reopens JAN 4.", "The office reopens January fourth."),
    ("Posted 12.25.2020 by staff.", "Posted December twenty-fifth, twenty twenty by staff."),
    ("Logged 2020.04.01 at noon.", "Logged April first, twenty twenty at noon."),
    (
        "Updated 2024-06-05T14:30Z.",
        "Updated June fifth, twenty twenty-four at fourteen thirty UTC.",
    ),
    ("The fair runs March 3–5.", "The fair runs March third to fifth."),
    ("Held Mar. 3-5, 2021 in Reno.", "Held March third to fifth, twenty twenty-one in Reno."),
    ("Open Jan.-Mar. 2021.", "Open January to March twenty twenty-one."),
    ("The fee is due 6/30.", "The fee is due June thirtieth."),
    ("Classes start Monday 9/8.", "Classes start Monday September eighth."),
    ("Sun., Nov. 5 at the park", "Sunday, November fifth at the park"),
    (
        "Applications close 31/01/2025.",
        "Applications close the thirty-first of January, twenty twenty-five.",
    ),
    ("Since 9/11, rules changed.", "Since nine eleven, rules changed."),
    ("Tickets on sale FRI. MAY 10.", "Tickets on sale Friday May tenth."),
    ("Dept. heads met Tues.", "Department heads met Tuesday."),
    ("It opens Thu, Oct 3rd at 9AM.", "It opens Thursday, October third at nine AM."),
    (
        "The report is dated 2024-1-15.",
        "The report is dated January fifteenth, twenty twenty-four.",
    ),
    ("Up to 70% off – ends 11/30!", "Up to seventy percent off, ends November thirtieth!"),
    ("Open Mon–Fri 9–5.", "Open Monday to Friday nine to five."),
    (
        "Closed 12/24–12/26 for the holidays.",
        "Closed December twenty-fourth to December twenty-sixth for the holidays.",
    ),
    ("Open Fri–Sun.", "Open Friday to Sunday."),
    ("Held Aug. 2–4 in Denver.", "Held August second to fourth in Denver."),
    ("He was born 3/15/1962.", "He was born March fifteenth, nineteen sixty-two."),
    ("Sept. 30–Oct. 2, 2024", "September thirtieth to October second, twenty twenty-four"),
    ("Valid thru 12/31/25.", "Valid thru December thirty-first, twenty twenty-five."),
    ("Apply by 5 p.m. EST on 2/1.", "Apply by five PM EST on February first."),
]


@pytest.mark.parametrize(("written", "spoken"), DATES)
def test_expand_dates(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(
    ("when", "spoken"),
    [
        (date(2020, 4, 1), "April first, twenty twenty"),
        (date(2024, 3, 3), "March third, twenty twenty-four"),
        (date(1999, 12, 31), "December thirty-first, nineteen ninety-nine"),
        (date(2005, 11, 22), "November twenty-second, two thousand five"),
    ],
)
def test_say_date(when: date, spoken: str) -> None:
    """The intro's date is the body's reading of the same date written out."""
    assert say_date(when) == spoken
    assert normalize_for_speech(f"{when:%B} {when.day}, {when.year}") == spoken
    assert normalize_for_speech(when.isoformat()) == spoken
