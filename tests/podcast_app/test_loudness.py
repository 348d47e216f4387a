"""A quiet voice and a loud voice end up equally loud: −16 LUFS, true peak under −1 dBTP.

The same article is built in-process with real Piper, once at a tenth of the volume
(−20 dB), once at full volume and once at full volume between full-scale intro and outro
music, through engines registered like any plugin engine. The raw speech is recorded to
prove the inputs really differed.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from podcastify.config import validate
from podcastify.models import Speech
from podcastify.pipeline import Builder
from podcastify.settings import Settings, VoiceSettings
from tests.podcast_app.conftest import (
    Story,
    loudness_lufs,
    pcm_loudness_lufs,
    true_peak_dbtp,
    write_feed,
)

pytestmark = pytest.mark.e2e

STORY = Story(
    title="The Quiet Library",
    guid="quiet-library",
    published=datetime(2024, 7, 1, 9, 0, tzinfo=UTC),
    sections=(
        ("Whispers", ("Readers lower their voices the moment they step inside.",)),
        ("Pages", ("Only the turning of pages breaks the silence.",)),
    ),
)
VOLUMES = {"quiet": 0.1, "loud": 1.0, "loud with music": 1.0}


class RecordingPiper:
    """Piper at a fixed volume, keeping every chunk it speaks."""

    def __init__(self, voice: VoiceSettings, volume: float) -> None:
        from piper import SynthesisConfig

        from podcastify.speech.piper_engine import PiperEngine

        self.inner = PiperEngine(voice)
        self.inner.config = SynthesisConfig(normalize_audio=False, volume=volume)
        self.name = f"piper-volume-{volume}"
        self.language = self.inner.language
        self.spoken: list[Speech] = []

    def synthesize(self, text: str):
        for chunk in self.inner.synthesize(text):
            self.spoken.append(chunk)
            yield chunk


def _full_scale_chord(path, seconds: float) -> str:
    """A chord peaking at full scale: far louder than the voice, with peaks between samples."""
    import wave

    import numpy as np

    rate = 44100
    t = np.arange(int(rate * seconds)) / rate
    chord = sum(np.sin(2 * np.pi * f * t) for f in (220, 277.2, 329.6, 5500))
    samples = np.round(chord / np.abs(chord).max() * 32767).astype("<i2")
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(samples.tobytes())
    return str(path)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from podcastify.speech import default_registry

    registry = default_registry(plugins=False)
    work = tmp_path_factory.mktemp("loudness")
    source = write_feed(work / "feed.xml", [STORY])
    engines: dict[str, RecordingPiper] = {}
    out = {}
    for label, volume in VOLUMES.items():

        def factory(voice, language, label=label, volume=volume):
            engines[label] = RecordingPiper(voice, volume)
            return engines[label]

        name = label.replace(" ", "-")
        registry.register(f"test-piper-{name}", factory)
        values = {
            "engine": f"test-piper-{name}",
            "out": str(work / name),
            "base_url": "https://pods.example.org/",
        }
        if "music" in label:
            values["intro_music"] = _full_scale_chord(work / "intro.wav", 3.0)
            values["outro_music"] = _full_scale_chord(work / "outro.wav", 2.0)
        settings = validate(Settings().with_values(values))
        builder = Builder(settings, state_dir=work / f".state-{label}", engines=registry)
        result = builder.run([str(source)])
        assert not result.failed, result.failed
        (episode,) = result.added
        out[label] = {
            "mp3": work / name / episode.filename,
            "raw": pcm_loudness_lufs(
                b"".join(c.pcm for c in engines[label].spoken), engines[label].spoken[0].sample_rate
            ),
        }
    return out


def test_the_two_voices_really_differ_before_mastering(built):
    difference = built["loud"]["raw"] - built["quiet"]["raw"]
    print(f"raw speech: loud {built['loud']['raw']:.2f} LUFS, quiet {built['quiet']['raw']:.2f}")
    assert 15 <= difference <= 25, difference


@pytest.mark.parametrize("label", VOLUMES)
def test_each_episode_is_mastered_to_minus_16_lufs(built, label):
    lufs = loudness_lufs(built[label]["mp3"])
    print(f"{label}: {lufs:.2f} LUFS")
    assert -17.0 <= lufs <= -15.0, lufs


@pytest.mark.parametrize("label", VOLUMES)
def test_each_episode_keeps_true_peak_under_minus_1_dbtp(built, label):
    peak = true_peak_dbtp(built[label]["mp3"])
    print(f"{label}: true peak {peak:.2f} dBTP")
    assert peak <= -1.0, peak


def test_quiet_and_loud_end_within_one_lu(built):
    quiet, loud = (loudness_lufs(built[label]["mp3"]) for label in ("quiet", "loud"))
    assert abs(quiet - loud) <= 1.0, (quiet, loud)
