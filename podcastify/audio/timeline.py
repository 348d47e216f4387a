"""Recording: spoken sentences, pauses and music laid end to end in a temporary file.

Sentences arrive one at a time as they are synthesised and go straight to disk, so an
episode of any length costs the same memory. Every sample written also passes through the
loudness meter, so when the last sentence is in, the episode has been measured too. Cue
and chapter times are sample counts, exact by construction.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from podcastify.audio.limiter import MAX_MAKEUP_DB, limiter_ceiling_db
from podcastify.audio.loudness import LoudnessMeter
from podcastify.errors import AudioError
from podcastify.ffmpeg import decode_pcm
from podcastify.models import Chapter, Cue, SpokenSection, SpokenSentence, Utterance
from podcastify.settings import AudioSettings

if TYPE_CHECKING:
    import numpy as np

TAIL_MS = 600
"""Silence after the last word."""
INTRO_OVERLAP_MS = 1500
"""The voice comes in while the intro music fades out under it for this long."""
OUTRO_FADE_MS = 500
"""The outro music fades in over this long."""
READ_SAMPLES = 1 << 18
"""Samples per read when the recording is played back for mastering."""
FULL_SCALE = 32768.0


def utterances(sections: Iterable[SpokenSection]) -> Iterator[Utterance]:
    """Synthesised sections as the flat stream recording takes."""
    for index, section in enumerate(sections):
        blocks: list[tuple[SpokenSentence, ...]] = []
        if section.heading is not None:
            blocks.append((section.heading,))
        blocks.extend(section.paragraphs)
        for block, sentences in enumerate(blocks):
            for sentence in sentences:
                yield Utterance(section=index, title=section.title, block=block, sentence=sentence)


def as_utterances(spoken: Iterable[Utterance | SpokenSection]) -> Iterator[Utterance]:
    """Accept the stream speech produces, or whole sections (numbered as they come)."""
    sections = 0
    for item in spoken:
        if isinstance(item, SpokenSection):
            for utterance in utterances([item]):
                yield replace(utterance, section=sections)
            sections += 1
        else:
            yield item


@dataclass
class Recording:
    """An episode's audio before mastering, and where every sentence and section is in it."""

    file: BinaryIO
    """16-bit mono PCM at ``rate``; an unlinked temporary file, gone when closed."""
    rate: int
    samples: int
    """Length in samples: a whole number of seconds."""
    meter: LoudnessMeter
    """The measurement of exactly these samples."""
    cues: list[Cue] = field(default_factory=list)
    chapters: list[Chapter] = field(default_factory=list)

    @property
    def duration(self) -> float:
        return self.samples / self.rate

    def chunks(self, size: int = READ_SAMPLES) -> Iterator[tuple[int, np.ndarray]]:
        """(first sample, int16 samples) from the start, ``size`` at a time."""
        import numpy as np

        self.file.seek(0)
        start = 0
        while start < self.samples:
            data = self.file.read(min(size, self.samples - start) * 2)
            if not data:
                raise AudioError("the recording ended early")
            samples = np.frombuffer(data, dtype="<i2")
            yield start, samples
            start += len(samples)

    def close(self) -> None:
        self.file.close()


def _resample(samples: np.ndarray, source: int, target: int) -> np.ndarray:
    """Band-limited change of rate (rare: only when an engine changes its rate)."""
    import numpy as np

    count = round(len(samples) * target / source)
    spectrum = np.fft.rfft(samples.astype(np.float64))
    resized = np.zeros(count // 2 + 1, dtype=complex)
    keep = min(len(spectrum), len(resized))
    resized[:keep] = spectrum[:keep]
    out = np.fft.irfft(resized, count) * (count / max(1, len(samples)))
    return np.clip(np.round(out), -32768, 32767).astype(np.int16)


def _sentence_samples(sentence: SpokenSentence, rate: int) -> np.ndarray:
    import numpy as np

    parts = []
    for chunk in sentence.speech:
        samples = np.frombuffer(chunk.pcm, dtype="<i2")
        if chunk.sample_rate != rate and len(samples):
            samples = _resample(samples, chunk.sample_rate, rate)
        parts.append(samples)
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)


def _music(path: str, rate: int) -> np.ndarray:
    import numpy as np

    try:
        return np.frombuffer(decode_pcm(path, rate), dtype="<i2")
    except AudioError as exc:
        raise AudioError(f"cannot read music file {path}: {exc}") from None


def _ramp(count: int, rising: bool) -> np.ndarray:
    """A linear fade in amplitude, as pydub's fades were."""
    import numpy as np

    return np.linspace(0.0, 1.0, count, endpoint=False) if rising else np.linspace(1.0, 0.0, count)


class _Tape:
    """Appends samples to the file and the meter, mixing in the intro music's fade."""

    def __init__(self, file: BinaryIO, rate: int, meter: LoudnessMeter) -> None:
        import numpy as np

        self.np = np
        self.file = file
        self.rate = rate
        self.meter = meter
        self.position = 0
        self._under: np.ndarray = np.zeros(0)

    def samples_of(self, ms: int) -> int:
        return int(ms * self.rate / 1000)

    def play_intro(self, music: np.ndarray) -> None:
        """The music's start alone; its fading end goes under what comes next."""
        overlap = min(self.samples_of(INTRO_OVERLAP_MS), len(music))
        lead = len(music) - overlap
        self.add(music[:lead])
        self._under = music[lead:].astype(self.np.float64) * _ramp(overlap, rising=False)

    def add(self, samples: np.ndarray) -> None:
        np = self.np
        if len(self._under) and len(samples):
            mixed = min(len(self._under), len(samples))
            head = samples[:mixed].astype(np.float64) + self._under[:mixed]
            head = np.clip(np.round(head), -32768, 32767).astype(np.int16)
            samples = np.concatenate([head, samples[mixed:]])
            self._under = self._under[mixed:]
        if not len(samples):
            return
        self.file.write(samples.astype("<i2").tobytes())
        self.meter.add(samples / FULL_SCALE)
        self.position += len(samples)

    def silence(self, ms: int) -> None:
        self.add(self.np.zeros(self.samples_of(ms), dtype=self.np.int16))

    def seconds(self) -> float:
        return self.position / self.rate


def record(
    spoken: Iterable[Utterance | SpokenSection], layout: AudioSettings, scratch: Path | None = None
) -> Recording:
    """Consume the spoken stream (synthesis happens as it is read) into a Recording.

    ``scratch`` is the folder for the temporary file (the output folder, so the PCM
    lands on the same disk as the MP3); the file is unlinked from the start, so nothing
    is left behind even if the process is killed.
    """
    file = tempfile.TemporaryFile(dir=scratch, prefix=".podcastify-pcm-")  # noqa: SIM115
    try:
        return _record(spoken, layout, file)
    except BaseException:
        file.close()
        raise


def _record(
    spoken: Iterable[Utterance | SpokenSection], layout: AudioSettings, file: BinaryIO
) -> Recording:
    # Frames whose peaks reach this far above the loudness can meet the limiter, even
    # with all the makeup gain: their true peaks must be exact (a dB spare).
    ceiling = limiter_ceiling_db(layout.true_peak_db)
    exact_above = ceiling - layout.loudness_lufs - MAX_MAKEUP_DB - 1.0
    tape: _Tape | None = None
    waiting: list[Utterance] = []
    cues: list[Cue] = []
    starts: list[tuple[str, float]] = []
    previous: Utterance | None = None

    def place(utterance: Utterance, samples: np.ndarray) -> None:
        nonlocal previous
        assert tape is not None
        if previous is None:
            starts.append((utterance.title, 0.0))
        elif utterance.section != previous.section:
            tape.silence(layout.section_pause_ms)
            starts.append((utterance.title, tape.seconds()))
        elif utterance.block != previous.block:
            tape.silence(layout.paragraph_pause_ms)
        else:
            tape.silence(layout.sentence_pause_ms)
        start = tape.seconds()
        tape.add(samples)
        cues.append(Cue(start=start, end=tape.seconds(), text=utterance.sentence.shown))
        previous = utterance

    for utterance in as_utterances(spoken):
        if tape is None:
            rate = next((c.sample_rate for c in utterance.sentence.speech if c.pcm), 0)
            if not rate:
                waiting.append(utterance)
                continue
            tape = _Tape(file, rate, LoudnessMeter(rate, exact_above_lu=exact_above))
            if layout.intro_music:
                tape.play_intro(_music(layout.intro_music, rate))
            tape.silence(layout.lead_in_ms)
            for early in waiting:
                place(early, _sentence_samples(early.sentence, rate))
        place(utterance, _sentence_samples(utterance.sentence, tape.rate))
    if tape is None:
        raise AudioError("the engine produced no audio")
    tape.silence(TAIL_MS)
    if layout.outro_music:
        music = _music(layout.outro_music, tape.rate)
        fade = min(tape.samples_of(OUTRO_FADE_MS), len(music))
        faded = music.astype(tape.np.float64)
        faded[:fade] *= _ramp(fade, rising=True)
        tape.add(tape.np.round(faded).astype(tape.np.int16))
    # Feeds state durations in whole seconds; a whole-second file makes the stated
    # duration, TLEN and what a player decodes agree.
    tape.add(tape.np.zeros(-tape.position % tape.rate, dtype=tape.np.int16))
    file.flush()
    tape.meter.finish()
    total = tape.seconds()
    chapters = [
        Chapter(title=title, start=start, end=starts[i + 1][1] if i + 1 < len(starts) else total)
        for i, (title, start) in enumerate(starts)
    ]
    return Recording(
        file=file,
        rate=tape.rate,
        samples=tape.position,
        meter=tape.meter,
        cues=cues,
        chapters=chapters,
    )
