"""Rendering: any voice, quiet or loud, becomes an MP3 at −16 LUFS under −1 dBTP.

Every figure is read back from the MP3 by ffmpeg's own ebur128 meter, not ours.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import podcastify.audio.limiter as limiter
from podcastify.audio import Finisher, render
from podcastify.audio.master import master
from podcastify.audio.tags import mp3_duration
from podcastify.audio.timeline import record
from podcastify.models import Script, Section
from podcastify.settings import AudioSettings
from podcastify.speech import speak_script
from tests.audio.conftest import Speechlike, ebur128

PARAGRAPH = (
    "The river had changed its course twice in living memory.",
    "Each time the town moved its market a little further up the hill.",
    "Nobody remembered who had first suggested it, but everyone agreed it was wise.",
)
SCRIPT = Script(
    title="River",
    sections=(
        Section("Introduction", (("Welcome to the river story.",),), framing=True),
        Section("The river", (PARAGRAPH, PARAGRAPH[::-1]), spoken_heading="The river"),
        Section("The market", (PARAGRAPH[1:], PARAGRAPH), spoken_heading="The market"),
    ),
)


def engine(volume: float) -> Speechlike:
    voice = Speechlike()
    voice.volume = volume
    return voice


@pytest.mark.parametrize("volume", [1.0, 0.1, 0.01])
def test_quiet_and_loud_voices_end_at_the_target_under_the_ceiling(tmp_path, volume):
    path = tmp_path / "episode.mp3"
    rendered = render(speak_script(SCRIPT, engine(volume)), AudioSettings(), path)
    lufs, peak = ebur128(None, path=str(path))
    assert lufs == pytest.approx(-16.0, abs=0.3)
    assert peak <= -1.0
    # Whole seconds, and the timings fit the file.
    assert rendered.duration == pytest.approx(round(rendered.duration), abs=0.1)
    assert rendered.duration == pytest.approx(mp3_duration(path))
    assert rendered.chapters[-1].end == rendered.duration
    assert [c.title for c in rendered.chapters] == ["Introduction", "The river", "The market"]
    assert all(0 <= c.start < c.end <= rendered.duration for c in rendered.cues)


@pytest.mark.parametrize(("loudness", "peak"), [(-19.0, -2.0), (-17.0, -1.5)])
def test_other_targets_are_met_too(tmp_path, loudness, peak):
    path = tmp_path / "episode.mp3"
    render(
        speak_script(SCRIPT, engine(0.5)),
        AudioSettings(loudness_lufs=loudness, true_peak_db=peak),
        path,
    )
    lufs, measured_peak = ebur128(None, path=str(path))
    assert lufs == pytest.approx(loudness, abs=0.3)
    assert measured_peak <= peak


def test_progress_rises_to_the_end(tmp_path):
    seen: list[float] = []
    render(speak_script(SCRIPT, engine(1.0)), AudioSettings(), tmp_path / "e.mp3", seen.append)
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 2
    assert all(0 < fraction <= 1 for fraction in seen)


def test_a_peak_the_encoder_pushes_over_is_taken_down_where_it_happened(tmp_path, monkeypatch):
    """Without the limiter's margin the MP3 comes out over the ceiling; the next pass
    lowers it only there, so the loudness stays where it was."""
    monkeypatch.setattr(limiter, "TRUE_PEAK_MARGIN_DB", 0.0)
    settings = AudioSettings()
    recording = record(speak_script(SCRIPT, engine(1.0)), settings, tmp_path)
    path = tmp_path / "episode.mp3"
    mastered = master(recording, settings, path)
    lufs, peak = ebur128(None, path=str(path))
    assert mastered.passes >= 2
    assert peak <= -1.0 and mastered.true_peak <= -1.0
    assert lufs == pytest.approx(-16.0, abs=0.3)


def test_finishing_in_the_background_makes_the_same_file(tmp_path):
    render(speak_script(SCRIPT, engine(0.3)), AudioSettings(), tmp_path / "direct.mp3")
    with Finisher() as finisher:
        recording = record(speak_script(SCRIPT, engine(0.3)), AudioSettings(), tmp_path)
        future = finisher.submit(recording, AudioSettings(), tmp_path / "background.mp3")
        other = record(speak_script(SCRIPT, engine(1.0)), AudioSettings(), tmp_path)  # meanwhile
        second = finisher.submit(other, AudioSettings(), tmp_path / "other.mp3")
        rendered = future.result()
        second.result()
    assert (tmp_path / "background.mp3").read_bytes() == (tmp_path / "direct.mp3").read_bytes()
    assert rendered.duration == pytest.approx(mp3_duration(tmp_path / "direct.mp3"))
    assert sorted(p.name for p in Path(tmp_path).iterdir()) == [
        "background.mp3",
        "direct.mp3",
        "other.mp3",
    ]
