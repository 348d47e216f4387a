"""The normalisers as a whole: order, sentence counts, odd input, phoneme blocks, lexicon.

Every case is (written, spoken): ``spoken`` is what a US narrator says, spelled so that
espeak-ng pronounces it correctly. ``assert_spoken`` (tests/script/conftest.py) checks the
text and Piper's phonemes and sentence count.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable
from pathlib import Path

import pytest
from piper import PiperVoice

from podcastify.script import speak
from podcastify.script.lexicon import Lexicon
from podcastify.script.speak import NORMALIZERS, normalize_for_speech

Check = Callable[..., None]

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
        module = importlib.import_module(function.__module__)
        assert module.__name__.startswith(f"{speak.__name__}."), module.__name__
        assert getattr(module, function.__name__) is function
        doc = inspect.getdoc(function)
        assert doc, f"{function.__name__} has no docstring"
        assert "\n" not in doc, f"{function.__name__}: docstring is not one line"
        assert function("") == ""


def test_unicode_runs_first_and_tidying_last() -> None:
    assert NORMALIZERS[0] is speak.normalize_unicode
    assert NORMALIZERS[-1] is speak.tidy_spacing


def test_every_normalizer_has_a_case_table() -> None:
    """Each normaliser has its own parametrized (written, spoken) test, beside its module's."""
    for function in NORMALIZERS:
        module = function.__module__.rpartition(".")[2]
        source = (Path(__file__).parent / f"test_{module}.py").read_text()
        assert f"def test_{function.__name__}(" in source, function.__name__
