"""Phone numbers, versions and addresses with dots.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

PHONE_NUMBERS = [
    ("call (555) 123-4567", "call five five five, one two three, four five six seven"),
    ("555-123-4567", "five five five, one two three, four five six seven"),
    ("1-800-555-0199", "one, eight hundred, five five five, zero one nine nine"),
    ("+1 212 555 0100", "plus one, two one two, five five five, zero one zero zero"),
    ("+44 20 7946 0958", "plus four four, two zero, seven nine four six, zero nine five eight"),
    ("Call 911 now.", "Call nine one one now."),
    ("dial 999", "dial nine nine nine"),
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


@pytest.mark.parametrize(("written", "spoken"), PHONE_NUMBERS)
def test_expand_phone_numbers(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), DOTTED_NUMBERS)
def test_expand_dotted_numbers(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
