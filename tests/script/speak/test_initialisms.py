"""Initialisms: dotted forms, single initials, and the respellings espeak needs.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from piper import PiperVoice

from podcastify.script.speak.words import initialisms as initialism_words

Check = Callable[..., None]

INITIALISMS = [
    ("the U.S. Senate", "the US Senate"),
    ("the U.K. government", "the UK government"),
    ("the UN said", "the UN said"),
    ("the WHO said", "the W.H.O said"),
    ("the FBI said", "the FBI said"),
    ("NASA launched it", "NASA launched it"),
    ("NATO allies", "NATO allies"),
    ("in the U.S.", "in the US."),
    ("U.S. officials said", "US officials said"),
    ("the U.S.A. and Canada", "the USA and Canada"),
    ("Washington, D.C., is", "Washington, DC, is"),
    ("the WHO's report", "the W.H.O's report"),
    ("the ACLU sued", "the A.C.L.U sued"),
    ("the NCAA said", "the N.C.A.A said"),
    ("a high IQ score", "a high I.Q score"),
    ("the GOP said", "the G.O.P said"),
    ("the EU and the UK", "the EU and the UK"),
    ("the CEO said", "the CEO said"),
    ("the EPA said", "the E.P.A said"),
    ("the IMF and the ECB", "the I.M.F and the E.C.B"),
    ("John F. Kennedy", "John F Kennedy"),
    ("J. K. Rowling", "J K Rowling"),
    ("J.K. Rowling", "JK Rowling"),
    ("a Ph.D. student", "a PhD student"),
    ("ICE agents", "Ice agents"),
    ("HUD officials", "Hud officials"),
    ("in 500 B.C. there", "in five hundred BC there"),
    ("UNESCO sites", "UNESCO sites"),
    ("WHO CARES", "WHO CARES"),
    ("the Fund (IMF) said", "the Fund, I.M.F, said"),
    ("the agency (EPA) said", "the agency, E.P.A, said"),
    ("the FBI (and CIA) said", "the FBI, and CIA, said"),
    ("the AARP said", "the A.A.R.P said"),
    ("the 737 MAX", "the seven thirty-seven Max"),
]


@pytest.mark.parametrize(("written", "spoken"), INITIALISMS)
def test_expand_initialisms(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


def _middle_clause(voice: PiperVoice, word: str) -> str:
    """Phonemes of ``word`` standing alone in a clause, where espeak is most likely to read
    capitals as a word."""
    sentences = voice.phonemize(f"the agency, {word}, said")
    assert len(sentences) == 1, sentences
    return "".join(sentences[0]).split(", ")[1]


@pytest.mark.parametrize(
    ("written", "spoken"), sorted(initialism_words.SPELLED_INITIALISMS.items())
)
def test_spelled_initialisms_are_spelled_by_espeak(
    written: str, spoken: str, piper_voice: PiperVoice
) -> None:
    """Every respelled initialism gets one stressed letter name per letter, even alone."""
    phonemes = _middle_clause(piper_voice, spoken)
    letters = sum(char.isalpha() for char in written)
    assert sum(phonemes.count(mark) for mark in "ˈˌ") >= letters, phonemes
    assert phonemes != _middle_clause(piper_voice, written)


@pytest.mark.parametrize(("written", "spoken"), sorted(initialism_words.WORD_ACRONYMS.items()))
def test_word_acronyms_are_read_as_one_word(
    written: str, spoken: str, piper_voice: PiperVoice
) -> None:
    phonemes = piper_voice.phonemize(f"the {spoken} said")
    assert len(phonemes) == 1
    assert "".join(phonemes[0]).split(" ")[1].count("ˈ") == 1
    assert phonemes != piper_voice.phonemize(f"the {written} said")
