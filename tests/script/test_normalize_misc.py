"""Symbols, pauses (dashes, ellipses, brackets), Unicode oddities, and the pipeline as a whole.

Every table case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (conftest.py) checks the text and
Piper's phonemes.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from piper import PiperVoice

from podcastify.script import normalize
from podcastify.script.lexicon import Lexicon
from podcastify.script.normalize import NORMALIZERS, normalize_for_speech

Check = Callable[..., None]

SYMBOLS = [
    ("AT&T", "A-T and T"),
    ("AT&T shares fell", "A-T and T shares fell"),
    ("Johnson & Johnson", "Johnson and Johnson"),
    ("R&D", "R and D"),
    ("a Q&A", "a Q and A"),
    ("M&A deals", "M and [[ ˈeɪ ]] deals"),
    ("Texas A&M", "Texas [[ ˈeɪ ]] and M"),
    ("the S&P 500", "the S and P five hundred"),
    ("rock & roll", "rock and roll"),
    ("and/or", "and or"),
    ("he/she", "he or she"),
    ("Disney+", "Disney plus"),
    ("C++ code", "C plus plus code"),
    ("OPEC+ members", "OPEC plus members"),
    ("x = 5", "x equals five"),
    ("email me @home", "email me at home"),
    ("#MeToo", "hashtag MeToo"),
]

PAUSES = [
    ("He paused — then left.", "He paused, then left."),
    ("He paused—then left.", "He paused, then left."),
    ("He paused - then left.", "He paused, then left."),
    ("He paused -- then left.", "He paused, then left."),
    ("He paused – then left.", "He paused, then left."),
    ("He paused… then left.", "He paused, then left."),
    ("He paused... then left.", "He paused, then left."),
    ("And then…", "And then."),
    ("He said (quietly) no.", "He said, quietly, no."),
    ("The firm (founded in 1990) grew.", "The firm, founded in nineteen ninety, grew."),
    ("It rained (a lot).", "It rained, a lot."),
    ("a well-known fact", "a well-known fact"),
    ("the London–Paris route", "the London Paris route"),
    ("He was—", "He was"),
    ("the [sic] word", "the word"),
    ("friend(s)", "friends"),
    ("Really?!", "Really?"),
    ("one | two", "one, two"),
]

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

TIDY = [
    ("Hello , world", "Hello, world"),
    ("too   many    spaces", "too many spaces"),
    ("a ,, b", "a, b"),
    ("odd ,.", "odd."),
    (", leading comma", "leading comma"),
    ("trailing comma ,", "trailing comma"),
    ("list:, items", "list: items"),
    ("one,two", "one, two"),
    ("  padded  ", "padded"),
]

_QUOTED_MARK = (
    "espeak-ng ends a sentence at every ? and !, even inside a quotation that the sentence "
    "goes on after; the mark is kept because Piper voices the question or exclamation from it"
)

#: Cases whose sentence count is not 1. A human hears the quoted question as part of one
#: sentence, but espeak-ng splits there and no spelling keeps both the "?" and one sentence.
MULTI_SENTENCE = [
    ("It was Dr. Smith. He left.", "It was Doctor Smith. He left.", 2),
    ("Dr. Smith left. The U.S. Senate met.", "Doctor Smith left. The US Senate met.", 2),
    pytest.param(
        '"Why?" she asked.',
        '"Why?" she asked.',
        1,
        marks=pytest.mark.xfail(reason=_QUOTED_MARK, strict=True),
    ),
    pytest.param(
        'She said "stop!" loudly.',
        'She said "stop!" loudly.',
        1,
        marks=pytest.mark.xfail(reason=_QUOTED_MARK, strict=True),
    ),
]

PLAIN_SENTENCES = [
    "The quick brown fox jumps over the lazy dog.",
    'She said, "Hello there," and walked away.',
    "It's a well-known fact that cats don't like water.",
    "Why would anyone do that?",
    "What a day!",
    "The report, which was long, arrived on Monday; nobody read it.",
    "Paris is the capital of France: everyone knows that.",
    "I think I saw a cat.",
    "The FBI and NASA worked together.",
    "Doctor Who is a television show.",
]

ODD_INPUTS = [
    "",
    " ",
    ".",
    "...",
    "!?",
    "()",
    "—",
    "$",
    "%",
    "#",
    "&",
    "[[",
    "]]",
    "$$$ 100 %%%",
    str(10**30),
    "1" * 60,
    "1.2.3.4.5",
    "12:99",
    "99/99/9999",
    "2020-13-45",
    "0000-00-00",
    "$.",
    "Super Bowl MMMMMMMM",
    "IIIIIIII",
    "日本語のテキスト",
    "emoji 🎉 here",
    "x\u0301\u0302\u0303",
    "\ufeffBOM",
    "\x00\x01",
    "a" * 10_000,
    "1/0",
    "0/0",
    "-",
    "--5",
    "1e10",
    "½½½",
    "$1,2,3",
    "1,000,00",
    "World War 0",
]


@pytest.mark.parametrize(("written", "spoken"), SYMBOLS)
def test_expand_symbols(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), PAUSES)
def test_normalize_punctuation(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), UNICODE)
def test_normalize_unicode(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken"), TIDY)
def test_tidy_spacing(written: str, spoken: str, assert_spoken: Check) -> None:
    assert_spoken(written, spoken)


@pytest.mark.parametrize(("written", "spoken", "sentences"), MULTI_SENTENCE)
def test_sentence_count(written: str, spoken: str, sentences: int, assert_spoken: Check) -> None:
    assert_spoken(written, spoken, sentences)


@pytest.mark.parametrize("sentence", PLAIN_SENTENCES)
def test_plain_sentences_pass_through_unchanged(sentence: str) -> None:
    assert normalize_for_speech(sentence) == sentence


@pytest.mark.parametrize("written", ODD_INPUTS)
def test_odd_input_never_raises(written: str, piper_voice: PiperVoice) -> None:
    spoken = normalize_for_speech(written)
    assert isinstance(spoken, str)
    assert not set("0123456789") & set(spoken), spoken
    assert normalize_for_speech(spoken) == spoken
    piper_voice.phonemize(spoken)  # Piper accepts whatever comes out


def test_very_long_number_is_read() -> None:
    assert normalize_for_speech(str(10**30)) == "one nonillion"
    assert normalize_for_speech("1" * 40) == " ".join(["one"] * 40)


def test_empty_and_blank_input() -> None:
    assert normalize_for_speech("") == ""
    assert normalize_for_speech("   \n\t ") == ""


def test_output_is_stable_when_normalised_again() -> None:
    """Normalising spoken text again changes nothing, so the pipeline may run it twice."""
    for written in ("In 1882, Dr. Smith paid $3 billion.", "The WHO met on 04/01/2020 at 2pm."):
        once = normalize_for_speech(written)
        assert normalize_for_speech(once) == once


def test_phoneme_blocks_pass_through() -> None:
    text = "Say [[ pˈaɪpɚ ]] now (1882)."
    assert normalize_for_speech(text) == "Say [[ pˈaɪpɚ ]] now, eighteen eighty-two."


def test_lexicon_is_applied_before_the_rules() -> None:
    lexicon = Lexicon(words={"nginx": "engine x"}, phonemes={"Piper": "pˈaɪpɚ"})
    spoken = normalize_for_speech("Piper and NGINX (2 servers)", lexicon=lexicon)
    assert spoken == "[[ pˈaɪpɚ ]] and engine x, two servers"


def test_normalizers_are_small_named_documented_functions() -> None:
    assert NORMALIZERS, "no normalisers"
    assert len(set(NORMALIZERS)) == len(NORMALIZERS)
    for function in NORMALIZERS:
        assert inspect.isfunction(function)
        assert function.__module__ == normalize.__name__
        assert getattr(normalize, function.__name__) is function
        doc = inspect.getdoc(function)
        assert doc, f"{function.__name__} has no docstring"
        assert "\n" not in doc, f"{function.__name__}: docstring is not one line"
        assert function("") == ""


def test_unicode_runs_first_and_tidying_last() -> None:
    assert NORMALIZERS[0] is normalize.normalize_unicode
    assert NORMALIZERS[-1] is normalize.tidy_spacing


def test_every_normalizer_has_a_case_table() -> None:
    """Each normaliser has its own parametrized (written, spoken) test in these files."""
    sources = "".join(path.read_text() for path in Path(__file__).parent.glob("test_normalize_*"))
    for function in NORMALIZERS:
        assert f"def test_{function.__name__}(" in sources, function.__name__
