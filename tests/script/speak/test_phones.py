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
    ("The keeper climbed 112 steps.", "The keeper climbed one hundred twelve steps."),
    ("Call 415.555.0199 today.", "Call four one five, five five five, zero one nine nine today."),
    ("Reach us at 202.555.0143.", "Reach us at two zero two, five five five, zero one four three."),
    (
        "Tel: (202) 555-0143 ext. 12",
        "Tel: two zero two, five five five, zero one four three, extension one two",
    ),
    ("Call 555-0143 x204.", "Call five five five, zero one four three, extension two zero four."),
    ("Dial extension 4410 for sales.", "Dial extension four four one zero for sales."),
    ("Order at 1-888-FLOWERS.", "Order at one, eight eight eight, FLOWERS."),
    ("Call 1-800-FLOWERS today.", "Call one, eight hundred, FLOWERS today."),
    ("The line is 800-273-TALK.", "The line is eight hundred, two seven three, TALK."),
    (
        "Call 1 (800) 273-8255 now.",
        "Call one, eight hundred, two seven three, eight two five five now.",
    ),
    ("Phone 555-1234 after six.", "Phone five five five, one two three four after six."),
    (
        "Call 020 7946 0958 in London.",
        "Call zero two zero, seven nine four six, zero nine five eight in London.",
    ),
    (
        "Freephone 0800 123 4567.",
        "Freephone zero eight zero zero, one two three, four five six seven.",
    ),
    (
        "Paris: +33 1 42 68 53 00.",
        "Paris: plus three three, one, four two, six eight, five three, zero zero.",
    ),
    ("For city services call 311.", "For city services call three one one."),
    ("Call or text 988 for help.", "Call or text nine eight eight for help."),
    ("Text HOME to 741741.", "Text HOME to seven four one, seven four one."),
    ("The card ending in 4321 was used.", "The card ending in four three two one was used."),
    ("Your Visa ending 0042 was charged.", "Your Visa ending zero zero four two was charged."),
    ("Enter your PIN 1234.", "Enter your pin one two three four."),
    ("Your code is 482913.", "Your code is four eight two, nine one three."),
    (
        "Order #123456789 has shipped.",
        "Order number one two three, four five six, seven eight nine has shipped.",
    ),
    ("Quote reference 55012 when calling.", "Quote reference five five zero one two when calling."),
    (
        "Tracking number: 940011189922",
        "Tracking number: nine four zero, zero one one, one eight nine, nine two two",
    ),
    ("Account 12345678 is closed.", "Account one two three four, five six seven eight is closed."),
    ("Case 20231145 was dismissed.", "Case two zero two three, one one four five was dismissed."),
    (
        "The routing number is 021000021.",
        "The routing number is zero two one, zero zero zero, zero two one.",
    ),
    ("He scored 311 points.", "He scored three hundred eleven points."),
    ("They met at 311 Elm.", "They met at three hundred eleven Elm."),
    ("The code 200 means success.", "The code two hundred means success."),
    (
        "Call toll-free at 1.800.555.0100.",
        "Call toll-free at one, eight hundred, five five five, zero one zero zero.",
    ),
    (
        "Your card ending ****1234 will be charged.",
        "Your card ending one two three four will be charged.",
    ),
    (
        "For support, phone +1 (415) 555-2671.",
        "For support, phone plus one, four one five, five five five, two six seven one.",
    ),
    ("Call 1-800-555-HELP now.", "Call one, eight hundred, five five five, HELP now."),
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
