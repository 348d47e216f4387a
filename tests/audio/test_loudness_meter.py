"""Our one-pass BS.1770-4 meter reads what ffmpeg's ebur128 reads: loudness and true peak.

Mastering trusts this meter alone, so it is checked against an independent one on real
Piper narration and on signals chosen to exercise each part of the standard: the
K-weighting at both ends of the spectrum, the gates, and peaks between samples.
"""

from __future__ import annotations

import numpy as np
import pytest

from podcastify.audio.loudness import LoudnessMeter
from tests.audio.conftest import ebur128, quantised, speechlike

LOUDNESS_TOLERANCE_LU = 0.1
PEAK_TOLERANCE_DB = 0.3


def _tone(rate: int, hz: float, level: float, seconds: float = 6.0, phase: float = 0.3):
    t = np.arange(int(rate * seconds)) / rate
    fade = np.minimum(1, np.minimum(t, seconds - t) / 0.3)  # no click at either end
    return level * fade * np.sin(2 * np.pi * hz * t + phase)


def _gated(rate: int):
    """A tone that is loud for a second, then 50 dB down: the relative gate drops the rest."""
    t = np.arange(rate * 8) / rate
    return 0.3 * np.where(t % 2 < 1, 1.0, 0.003) * np.sin(2 * np.pi * 440 * t)


def _noise(rate: int, smooth: int):
    rng = np.random.default_rng(7)
    noise = np.convolve(rng.standard_normal(rate * 6), np.ones(smooth) / smooth, "same")
    return 0.2 * noise / noise.std()


def assert_reads_like(samples: np.ndarray, rate: int, theirs: tuple[float, float]) -> None:
    meter = LoudnessMeter(rate)
    meter.add(samples)
    ours = meter.integrated(), meter.true_peak()
    assert abs(ours[0] - theirs[0]) <= LOUDNESS_TOLERANCE_LU, (ours, theirs)
    assert abs(ours[1] - theirs[1]) <= PEAK_TOLERANCE_DB, (ours, theirs)


SIGNALS = {
    "1 kHz tone": lambda rate: _tone(rate, 997, 0.5),
    "60 Hz hum (high-pass stage)": lambda rate: _tone(rate, 60, 0.5),
    "7 kHz tone (shelf stage)": lambda rate: _tone(rate, 7000, 0.25),
    "quarter-rate tone between samples": lambda rate: _tone(rate, rate / 4, 0.5, phase=np.pi / 4),
    "gated tone": _gated,
    "soft noise": lambda rate: _noise(rate, 3),
    "speech-like syllables": lambda rate: speechlike(8, rate, seed=3, level=0.7),
}


@pytest.mark.parametrize("rate", [22050, 24000, 44100, 48000])
@pytest.mark.parametrize("name", list(SIGNALS))
def test_synthetic_signals_read_like_ebur128(name, rate):
    samples = quantised(SIGNALS[name](rate))
    theirs = ebur128(samples, rate)
    assert_reads_like(samples, rate, theirs)


@pytest.fixture(scope="module")
def narration() -> tuple[np.ndarray, int]:
    """Half a minute of real Piper narration, sentence after sentence with pauses."""
    from podcastify.settings import VoiceSettings
    from podcastify.speech import default_registry

    engine = default_registry(plugins=False).create(VoiceSettings(), "en")
    sentences = [
        "The lighthouse keeper climbed the stairs at dusk, as he had for forty years.",
        "Below him the harbour emptied, boat by boat, until only the ferry remained.",
        "Was it the wind, he wondered, or the sea itself that sang through the railings?",
        "Nobody in the village could say; they only knew that the light never failed.",
    ]
    parts = []
    rate = 0
    for sentence in sentences:
        for chunk in engine.synthesize(sentence):
            rate = chunk.sample_rate
            parts.append(np.frombuffer(chunk.pcm, dtype="<i2") / 32768)
        parts.append(np.zeros(rate // 3))
    return np.concatenate(parts), rate


@pytest.mark.e2e
@pytest.mark.parametrize("gain_db", [0.0, -20.0, 6.0])
def test_piper_narration_reads_like_ebur128(narration, gain_db):
    samples, rate = narration
    samples = quantised(np.clip(samples * 10 ** (gain_db / 20), -1, 1))
    theirs = ebur128(samples, rate)
    assert_reads_like(samples, rate, theirs)


@pytest.mark.parametrize("piece", [1, 441, 20000, 70001])
def test_the_reading_does_not_depend_on_how_the_audio_is_cut(piece):
    samples = speechlike(12, 22050, seed=5)
    whole = LoudnessMeter(22050)
    whole.add(samples)
    cut = LoudnessMeter(22050)
    for start in range(0, len(samples), piece):
        cut.add(samples[start : start + piece])
    assert cut.integrated() == pytest.approx(whole.integrated(), abs=1e-9)
    assert cut.true_peak() == pytest.approx(whole.true_peak(), abs=1e-9)
    np.testing.assert_allclose(cut.energies, whole.energies, rtol=1e-5, atol=1e-12)


@pytest.mark.parametrize(
    ("signal", "expected"),
    [
        (np.zeros(22050 * 3), -np.inf),
        (np.full(22050 * 3, 1e-5), -np.inf),  # under the −70 LUFS absolute gate
        (_tone(22050, 997, 0.5)[: 22050 * 3 // 10], -np.inf),  # shorter than one 400 ms block
    ],
)
def test_silence_and_scraps_measure_as_nothing(signal, expected):
    meter = LoudnessMeter(22050)
    meter.add(signal)
    assert meter.integrated() == expected


def test_no_frame_peak_is_under_its_true_value():
    """Frames far from the loudest keep an upper bound, never less than the truth."""
    rate = 22050
    samples = speechlike(6, rate, seed=9)
    fast = LoudnessMeter(rate)
    fast.add(samples)
    exact = LoudnessMeter(rate, exact_from_db=-200.0)
    exact.add(samples)
    assert np.all(fast.peaks >= exact.peaks * (1 - 1e-6))
    assert fast.peaks.max() == pytest.approx(exact.peaks.max())
