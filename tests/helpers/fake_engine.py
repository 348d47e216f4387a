"""A fast fake speech engine for tests of the stages after speech.

Each word is 100 ms of a soft tone (loud enough to be mastered, unlike silence), so every
length, cue and chapter time is known in advance. It is registered through the same
registry as the real engines.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from podcastify.models import Speech
from podcastify.settings import VoiceSettings

RATE = 16000
MS_PER_WORD = 100
_PERIOD = bytes(
    b
    for i in range(RATE // 200)  # one period of 200 Hz
    for b in int(6000 * math.sin(2 * math.pi * i / (RATE // 200))).to_bytes(
        2, "little", signed=True
    )
)


def tone(milliseconds: int) -> bytes:
    samples = milliseconds * RATE // 1000
    periods, rest = divmod(samples * 2, len(_PERIOD))
    return _PERIOD * periods + _PERIOD[:rest]


class WordClock:
    """100 ms of tone per word; counts what it was asked to say."""

    name = "wordclock"
    language = "en-us"

    def __init__(self, voice: VoiceSettings, language: str = "en") -> None:
        self.voice = voice
        self.said: list[str] = []

    def synthesize(self, text: str) -> Iterator[Speech]:
        self.said.append(text)
        yield Speech(pcm=tone(len(text.split()) * MS_PER_WORD), sample_rate=RATE)
