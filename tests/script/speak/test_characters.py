"""Unicode oddities folded to plain characters.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

Check = Callable[..., None]

UNICODE = [
    ("“Hello,” she said.", '"Hello," she said.'),
    ("don’t stop", "don't stop"),
    ("10\u00a0km", "ten kilometers"),
    ("1\u202f000\u202f000 people", "one million people"),
    ("twenty\u2009five", "twenty five"),
    ("inter\u200bnational", "international"),
    ("−40°", "minus forty degrees"),
    ("café au lait", "café au lait"),
    ("20ºC", "twenty degrees Celsius"),
    ("1⁄2", "one half"),
    ("«Bonjour»", '"Bonjour"'),
    ("inter\u00adnational", "international"),
]


@pytest.mark.parametrize(("written", "spoken"), UNICODE)
def test_normalize_unicode(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)
