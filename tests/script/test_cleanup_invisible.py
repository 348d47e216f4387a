"""strip_invisible: soft hyphens and zero-width characters never split a spoken word."""

from __future__ import annotations

import pytest

from podcastify.script.cleanup import strip_invisible


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("time\u00adtable", "timetable"),
        ("zero\u200bwidth space", "zerowidth space"),
        ("joiner\u200dhere", "joinerhere"),
        ("non\u200cjoiner", "nonjoiner"),
        ("\ufeffByte order mark", "Byte order mark"),
        ("word\u2060joiner", "wordjoiner"),
        ("left\u200eto\u200fright", "lefttoright"),
        ("embedded \u202aLTR\u202c text", "embedded LTR text"),
        ("isolate \u2066x\u2069", "isolate x"),
        # kept unchanged
        ("Plain text stays.", "Plain text stays."),
        ("A non-breaking\u00a0space stays for whitespace cleaning.",
         "A non-breaking\u00a0space stays for whitespace cleaning."),
        ("Café, naïve, Zoë", "Café, naïve, Zoë"),
        ("Em — dash and en – dash", "Em — dash and en – dash"),
    ],
)  # fmt: skip
def test_strip_invisible(text: str, expected: str) -> None:
    assert strip_invisible(text) == expected
