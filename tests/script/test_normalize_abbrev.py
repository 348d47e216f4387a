"""Abbreviations, titles, initialisms and Roman numerals, with no false sentence breaks.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (conftest.py) checks the text and
Piper's phonemes; all of these are one sentence, so "Dr." or "U.S." must not split them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from piper import PiperVoice

from podcastify.script import wordlists

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
    ("42nd St. station", "forty-second Street station"),
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

ROMAN_NUMERALS = [
    ("World War III", "World War Three"),
    ("World War I", "World War One"),
    ("Elizabeth II", "Elizabeth the Second"),
    ("Louis XIV", "Louis the Fourteenth"),
    ("Super Bowl LVII", "Super Bowl Fifty-seven"),
    ("Henry VIII", "Henry the Eighth"),
    ("Henry VIII's wives", "Henry the Eighth's wives"),
    ("Pope John Paul II", "Pope John Paul the Second"),
    ("Pope Benedict XVI", "Pope Benedict the Sixteenth"),
    ("Elizabeth I of England", "Elizabeth the First of England"),
    ("Charles I was executed", "Charles the First was executed"),
    ("I think I can", "I think I can"),
    ("Peter I think is right", "Peter I think is right"),
    ("Chapter IV", "Chapter Four"),
    ("Title IX", "Title Nine"),
    ("Rocky II", "Rocky Two"),
    ("the XX century", "the twentieth century"),
    ("King Charles III", "King Charles the Third"),
    ("John D. Rockefeller", "John D Rockefeller"),
    ("Vatican II reforms", "Vatican Two reforms"),
    ("Type II diabetes", "Type Two diabetes"),
    ("a Phase III trial", "a Phase Three trial"),
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


@pytest.mark.parametrize(("written", "spoken"), INITIALISMS)
def test_expand_initialisms(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), US_STATES)
def test_expand_us_states(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), ROMAN_NUMERALS)
def test_expand_roman_numerals(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


def _middle_clause(voice: PiperVoice, word: str) -> str:
    """Phonemes of ``word`` standing alone in a clause, where espeak is most likely to read
    capitals as a word."""
    sentences = voice.phonemize(f"the agency, {word}, said")
    assert len(sentences) == 1, sentences
    return "".join(sentences[0]).split(", ")[1]


@pytest.mark.parametrize(("written", "spoken"), sorted(wordlists.SPELLED_INITIALISMS.items()))
def test_spelled_initialisms_are_spelled_by_espeak(
    written: str, spoken: str, piper_voice: PiperVoice
) -> None:
    """Every respelled initialism gets one stressed letter name per letter, even alone."""
    phonemes = _middle_clause(piper_voice, spoken)
    letters = sum(char.isalpha() for char in written)
    assert sum(phonemes.count(mark) for mark in "ˈˌ") >= letters, phonemes
    assert phonemes != _middle_clause(piper_voice, written)


@pytest.mark.parametrize(("written", "spoken"), sorted(wordlists.WORD_ACRONYMS.items()))
def test_word_acronyms_are_read_as_one_word(
    written: str, spoken: str, piper_voice: PiperVoice
) -> None:
    phonemes = piper_voice.phonemize(f"the {spoken} said")
    assert len(phonemes) == 1
    assert "".join(phonemes[0]).split(" ")[1].count("ˈ") == 1
    assert phonemes != piper_voice.phonemize(f"the {written} said")
