"""Clock times and ratios.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

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
    (
        "The alarm went off at 09:15:45.",
        "The alarm went off at nine fifteen and forty-five seconds.",
    ),
    (
        "Logged at 23:59:59 on the day.",
        "Logged at twenty-three fifty-nine and fifty-nine seconds on the day.",
    ),
    (
        "She finished in 2:34:56.",
        "She finished in two hours, thirty-four minutes and fifty-six seconds.",
    ),
    ("A time of 1:02:03 won it.", "A time of one hour, two minutes and three seconds won it."),
    ("Polls close at 11 p.m. PST.", "Polls close at eleven PM PST."),
    ("At 11 p.m. PST the count began.", "At eleven PM PST the count began."),
    ("Doors open at 7.30pm.", "Doors open at seven thirty PM."),
    ("The match starts at 3.45 p.m. sharp.", "The match starts at three forty-five PM sharp."),
    ("Breakfast is 7am-9am.", "Breakfast is seven AM to nine AM."),
    ("Open 9:30–11 a.m. daily.", "Open nine thirty to eleven AM daily."),
    ("Office hours: 9 a.m. to 5 p.m.", "Office hours: nine AM to five PM."),
    ("Happy hour is 4-7 p.m. on Fridays.", "Happy hour is four to seven PM on Fridays."),
    ("The vigil ran 10–11:30 p.m.", "The vigil ran ten to eleven thirty PM."),
    ("He woke at 6 A.M. and left.", "He woke at six AM and left."),
    ("Call before 5 P.M.", "Call before five PM."),
    ("It ends at 3 p. m. today.", "It ends at three PM today."),
    ("We met at 12 p.m. for lunch.", "We met at twelve PM for lunch."),
    (
        "The blast was heard at 3 a.m., officials said.",
        "The blast was heard at three AM, officials said.",
    ),
    ("Curfew starts at 10 p.m. Friday.", "Curfew starts at ten PM Friday."),
    ("Takeoff is at 0800 hours.", "Takeoff is at oh eight hundred hours."),
    ("Report at 1730 hours.", "Report at seventeen thirty hours."),
    ("The 6:15 train was late.", "The six fifteen train was late."),
    ("They won 2:1 at home.", "They won two to one at home."),
    ("The vote was 52:48 in favor.", "The vote was fifty-two to forty-eight in favor."),
    ("Mix at a ratio of 1:10.", "Mix at a ratio of one to ten."),
    ("Sunset is at 7:42 p.m. on Sunday.", "Sunset is at seven forty-two PM on Sunday."),
    ("At 4:30 in the afternoon it rained.", "At four thirty in the afternoon it rained."),
    ("The deadline is 11:59 p.m. ET.", "The deadline is eleven fifty-nine PM E.T."),
    ("Lunch is 12:30-1:30 p.m.", "Lunch is twelve thirty to one thirty PM."),
    ("Shops open 8am to 6pm.", "Shops open eight AM to six PM."),
    ("Open noon–3 p.m. on Sundays.", "Open noon to three PM on Sundays."),
    ("Hours: 0900-1700.", "Hours: oh nine hundred to seventeen hundred."),
    ("Wake up at 5:30AM.", "Wake up at five thirty AM."),
    ("The 10:15 a.m. session is full.", "The ten fifteen AM session is full."),
    ("Kickoff is 19:00 CET.", "Kickoff is nineteen hundred CET."),
    ("Sat & Sun 10am–4pm.", "Saturday and Sunday ten AM to four PM."),
    (
        "Our hours are 8:30am–5:30pm M–F.",
        "Our hours are eight thirty AM to five thirty PM Monday to Friday.",
    ),
    ("Doors at 7, show at 8.", "Doors at seven, show at eight."),
]


@pytest.mark.parametrize(("written", "spoken"), TIMES)
def test_expand_times(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
