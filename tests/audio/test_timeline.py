"""Recording: pauses and sentence lengths decide every cue and chapter time, to the sample."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from podcastify.audio.timeline import TAIL_MS, record, utterances
from podcastify.errors import AudioError
from podcastify.models import Script, Section, Speech, SpokenSection
from podcastify.settings import AudioSettings, VoiceSettings
from podcastify.speech import speak_script

RATE = 16000
MS_PER_WORD = 100


class WordClock:
    """A fast fake engine: 100 ms of a tone per word, so every length is known."""

    name = "wordclock"
    language = "en"
    rate = RATE

    def __init__(self, voice: VoiceSettings | None = None, language: str = "en") -> None:
        self.voice = voice

    def synthesize(self, text: str) -> Iterator[Speech]:
        samples = len(text.split()) * MS_PER_WORD * self.rate // 1000
        tone = 0.3 * np.sin(2 * np.pi * 440 * np.arange(samples) / self.rate)
        yield Speech(pcm=np.round(tone * 32767).astype("<i2").tobytes(), sample_rate=self.rate)


SCRIPT = Script(
    title="T",
    sections=(
        Section("Introduction", (("one two", "three"),)),
        Section("Body", (("a b c",), ("d e", "f")), spoken_heading="Body"),
        Section("Credits", (("bye now",),)),
    ),
)
PLAN = [
    ("Introduction", [["one two", "three"]]),
    ("Body", [["Body"], ["a b c"], ["d e", "f"]]),
    ("Credits", [["bye now"]]),
]


def expected_times(sentence: int, paragraph: int, section: int, lead_in: int = 250):
    """(cue starts, chapter starts, end of speech) in ms, worked out by hand from PLAN."""
    cues, chapters = [], []
    clock = lead_in
    for index, (title, blocks) in enumerate(PLAN):
        if index:
            clock += section
        chapters.append((title, clock if index else 0))
        for b, block in enumerate(blocks):
            if b:
                clock += paragraph
            for s, text in enumerate(block):
                if s:
                    clock += sentence
                cues.append((text, clock))
                clock += len(text.split()) * MS_PER_WORD
    return cues, chapters, clock + TAIL_MS


@pytest.mark.parametrize(
    ("sentence", "paragraph", "section", "lead_in"),
    [(300, 700, 1300, 250), (0, 0, 0, 0), (123, 456, 789, 1000)],
)
def test_cue_and_chapter_times_follow_the_configured_pauses(
    tmp_path, sentence, paragraph, section, lead_in
):
    settings = AudioSettings(
        sentence_pause_ms=sentence,
        paragraph_pause_ms=paragraph,
        section_pause_ms=section,
        lead_in_ms=lead_in,
    )
    recording = record(speak_script(SCRIPT, WordClock()), settings, tmp_path)
    cues, chapters, end = expected_times(sentence, paragraph, section, lead_in)
    assert [(c.text, round(c.start * 1000, 3)) for c in recording.cues] == cues
    assert [(c.title, round(c.start * 1000, 3)) for c in recording.chapters] == chapters
    for earlier, later in zip(recording.chapters, recording.chapters[1:], strict=False):
        assert earlier.end == later.start
    # Padded to whole seconds after the tail; the last chapter runs to the very end.
    assert recording.samples % RATE == 0
    assert 0 <= recording.samples * 1000 / RATE - end < 1000
    assert recording.chapters[-1].end == recording.duration
    recording.close()


def test_whole_sections_give_the_same_recording_as_the_stream(tmp_path):
    streamed = record(speak_script(SCRIPT, WordClock()), AudioSettings(), tmp_path)
    sections: list[SpokenSection] = []
    for utterance in speak_script(SCRIPT, WordClock()):
        if len(sections) == utterance.section:
            sections.append(SpokenSection(utterance.title, None, ()))
        last = sections[-1]
        paragraphs = list(last.paragraphs)
        if utterance.block >= len(paragraphs):
            paragraphs.append(())
        paragraphs[-1] += (utterance.sentence,)
        sections[-1] = SpokenSection(last.title, None, tuple(paragraphs))
    assert list(utterances(sections)) == list(speak_script(SCRIPT, WordClock()))
    whole = record(sections, AudioSettings(), tmp_path)
    assert whole.cues == streamed.cues and whole.chapters == streamed.chapters
    assert [s.tobytes() for _, s in whole.chunks()] == [s.tobytes() for _, s in streamed.chunks()]


def test_the_recording_is_the_samples_in_order_and_leaves_no_file(tmp_path):
    recording = record(speak_script(SCRIPT, WordClock()), AudioSettings(), tmp_path)
    samples = np.concatenate([s for _, s in recording.chunks(size=1000)])
    assert len(samples) == recording.samples
    first = recording.cues[0]
    start, end = round(first.start * RATE), round(first.end * RATE)
    assert not samples[:start].any() and samples[start:end].any()
    assert list(tmp_path.iterdir()) == []  # the temporary file was never visible
    recording.close()


class SwitchingRate(WordClock):
    """An engine whose second sentence comes at another rate (resampled into the track)."""

    def __init__(self) -> None:
        self.calls = 0

    def synthesize(self, text: str) -> Iterator[Speech]:
        self.calls += 1
        self.rate = 24000 if self.calls == 2 else RATE
        yield from super().synthesize(text)


def test_a_chunk_at_another_rate_keeps_its_length(tmp_path):
    recording = record(speak_script(SCRIPT, SwitchingRate()), AudioSettings(), tmp_path)
    second = recording.cues[1]
    assert recording.rate == RATE
    assert (second.end - second.start) == pytest.approx(len(second.text.split()) * 0.1, abs=1e-3)


def _wav(path: Path, seconds: float, hz: float, rate: int = 44100, channels: int = 2) -> str:
    t = np.arange(int(seconds * rate)) / rate
    tone = np.round(0.5 * np.sin(2 * np.pi * hz * t) * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(np.repeat(tone, channels).tobytes())
    return str(path)


def test_intro_and_outro_music_shift_the_voice_and_lengthen_the_episode(tmp_path):
    plain = record(speak_script(SCRIPT, WordClock()), AudioSettings(), tmp_path)
    settings = AudioSettings(
        intro_music=_wav(tmp_path / "intro.wav", 4.0, 660),
        outro_music=_wav(tmp_path / "outro.wav", 2.0, 550),
    )
    music = record(speak_script(SCRIPT, WordClock()), settings, tmp_path)
    # The voice comes in as the 4 s intro fades under it for its last 1.5 s.
    shift = 4.0 - 1.5
    assert [c.start - shift for c in music.cues] == pytest.approx([c.start for c in plain.cues])
    assert music.chapters[0].start == 0.0
    assert music.chapters[1].start - shift == pytest.approx(plain.chapters[1].start)
    samples = np.concatenate([s for _, s in music.chunks()]).astype(float)
    assert np.abs(samples[: RATE // 2]).max() > 10000  # the intro plays at once
    last_word = round(music.cues[-1].end * RATE)
    outro = samples[last_word + TAIL_MS * RATE // 1000 :]
    sounding = np.nonzero(np.abs(outro) > 1000)[0]
    assert (sounding[-1] - sounding[0]) / RATE == pytest.approx(2.0, abs=0.3)  # the 2 s outro
    assert music.samples % RATE == 0
    assert music.chapters[-1].end == music.duration


def test_missing_music_is_a_clear_error(tmp_path):
    settings = AudioSettings(intro_music=str(tmp_path / "nope.wav"))
    with pytest.raises(AudioError, match=r"nope\.wav"):
        record(speak_script(SCRIPT, WordClock()), settings, tmp_path)


class Mute(WordClock):
    def synthesize(self, text: str) -> Iterator[Speech]:
        return iter(())


def test_an_engine_that_says_nothing_is_an_error(tmp_path):
    with pytest.raises(AudioError, match="no audio"):
        record(speak_script(SCRIPT, Mute()), AudioSettings(), tmp_path)
