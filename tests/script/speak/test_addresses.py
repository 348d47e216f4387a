"""Street addresses as news, shop pages and public notices print them.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

ADDRESSES = [
    ("He lived at 221 Baker St.", "He lived at two twenty-one Baker Street."),
    ("221B Baker St. is a museum now.", "two twenty-one B Baker Street is a museum now."),
    ("They met on St. Paul Street.", "They met on Saint Paul Street."),
    (
        "The store at 221 Baker St. Paul said was closed.",
        "The store at two twenty-one Baker Street Paul said was closed.",
    ),
    (
        "The White House is at 1600 Pennsylvania Ave. NW.",
        "The White House is at sixteen hundred Pennsylvania Avenue Northwest.",
    ),
    ("Visit us at 350 Fifth Ave.", "Visit us at three fifty Fifth Avenue."),
    ("Talks at 10 Downing St. ended.", "Talks at ten Downing Street ended."),
    (
        "Send it to 123 Main St., Springfield, IL 62701.",
        "Send it to one twenty-three Main Street, Springfield, Illinois six two seven zero one.",
    ),
    ("The office is at 500 W. Madison St.", "The office is at five hundred West Madison Street."),
    ("He grew up at 4 Privet Dr.", "He grew up at four Privet Drive."),
    ("742 Evergreen Terrace was sold.", "seven forty-two Evergreen Terrace was sold."),
    (
        "Apple is at 1 Infinite Loop, Cupertino, CA 95014.",
        "Apple is at one Infinite Loop, Cupertino, California nine five zero one four.",
    ),
    ("The diner sits on N. Main St.", "The diner sits on North Main Street."),
    ("Turn onto NE 5th Ave. and park.", "Turn onto Northeast Fifth Avenue and park."),
    ("The shop on 42nd St. closed.", "The shop on Forty-second Street closed."),
    ("Meet at 88 SW 8th St. at noon.", "Meet at eighty-eight Southwest Eighth Street at noon."),
    ("Mail it to Washington, DC 20500.", "Mail it to Washington, DC two zero five zero zero."),
    ("Our office: New York, NY 10001.", "Our office: New York, New York one zero zero zero one."),
    (
        "Austin, TX 78701 is the address.",
        "Austin, Texas seven eight seven zero one is the address.",
    ),
    (
        "The ZIP+4 code is 20500-0003.",
        "The ZIP plus four code is two zero five zero zero, zero zero zero three.",
    ),
    ("Enter ZIP code 90210 to check.", "Enter ZIP code nine zero two one zero to check."),
    ("Write to P.O. Box 1234.", "Write to P O Box twelve thirty-four."),
    ("The firm moved to Suite 200.", "The firm moved to Suite two hundred."),
    ("She lives in Apt. 4B.", "She lives in Apartment four B."),
    ("Take Hwy 1 south.", "Take Highway one south."),
    ("Drive Route 66 west.", "Drive Route sixty-six west."),
    ("Traffic on I-95 was slow.", "Traffic on I ninety-five was slow."),
    (
        "The crash closed 2400 Sunset Blvd.",
        "The crash closed twenty-four hundred Sunset Boulevard.",
    ),
    ("Stores on Ocean Pkwy reopened.", "Stores on Ocean Parkway reopened."),
    (
        "It is at 15 Elm Ct., Portland, OR 97201.",
        "It is at fifteen Elm Court, Portland, Oregon nine seven two zero one.",
    ),
    ("He moved to Portland, OR.", "He moved to Portland, Oregon."),
    ("She flew to Honolulu, HI on Friday.", "She flew to Honolulu, HI on Friday."),
    (
        "Springfield, Illinois 62701 is home.",
        "Springfield, Illinois six two seven zero one is home.",
    ),
    (
        "The fair is at 600 E. Grand Ave. SE.",
        "The fair is at six hundred East Grand Avenue Southeast.",
    ),
    ("Pickup at 12 Market Sq. from 9 a.m.", "Pickup at twelve Market Square from nine AM."),
    ("Ft. Worth police said", "Fort Worth police said"),
    ("Winds NW 10-15 mph.", "Winds northwest ten to fifteen miles per hour."),
    ("Gusts from the SW reached 50 mph.", "Gusts from the southwest reached fifty miles per hour."),
    ("Take I-5 N to exit 12.", "Take I five North to exit twelve."),
    ("Traffic on US-101 SB is slow.", "Traffic on US one oh one southbound is slow."),
    (
        "Send mail to PO Box 77, Austin, TX 78767.",
        "Send mail to P O Box seventy-seven, Austin, Texas seven eight seven six seven.",
    ),
    ("Meet at the corner of 5th & Main.", "Meet at the corner of fifth and Main."),
]


@pytest.mark.parametrize(("written", "spoken"), ADDRESSES)
def test_expand_addresses(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
