"""Signals for audio-stage tests: speech-like tones, ffmpeg's own meter, fast fake engines."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from hashlib import sha256

import numpy as np

from podcastify.ffmpeg import ffmpeg_exe
from podcastify.models import Speech
from podcastify.settings import VoiceSettings

_INTEGRATED = re.compile(r"lavfi\.r128\.I=(-?[\d.]+|-?inf)")
_TRUE_PEAK = re.compile(r"lavfi\.r128\.true_peak=([\d.]+)")


def ebur128(samples: np.ndarray | None, rate: int = 0, path: str = "") -> tuple[float, float]:
    """ffmpeg's ebur128 filter: (integrated LUFS, true peak dBTP), of samples or a file.

    Read from the filter's frame metadata, which has three decimals (its summary has one).
    """
    if path:
        source, data = ["-i", path], None
    else:
        pcm = np.clip(np.round(samples * 32768), -32768, 32767).astype("<i2")
        source = ["-f", "s16le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0"]
        data = pcm.tobytes()
    analysis = "ebur128=metadata=1:peak=true,ametadata=print:file=-"
    command = [ffmpeg_exe(), "-hide_banner", "-nostats", "-loglevel", "error", *source]
    command += ["-af", analysis, "-f", "null", "-"]
    result = subprocess.run(command, input=data, capture_output=True, check=True)
    report = result.stdout.decode()
    peak = float(_TRUE_PEAK.findall(report)[-1])
    return float(_INTEGRATED.findall(report)[-1]), 20 * np.log10(peak) if peak else -np.inf


def quantised(samples: np.ndarray) -> np.ndarray:
    """What 16-bit PCM holds of ``samples``, back as floats (so both meters see the same)."""
    return np.clip(np.round(samples * 32768), -32768, 32767) / 32768


def speechlike(seconds: float, rate: int, seed: int, level: float = 0.3) -> np.ndarray:
    """Voiced syllables: a gliding pitch with harmonics, a 4 Hz envelope, breathy noise.

    Syllables of uneven strength make it nearly as peaky as narration (true peak about 20 dB
    over the loudness; Piper's joe voice: 23), so the limiter has real work; fast to make.
    """
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * rate)) / rate
    pitch = 110 + 25 * np.sin(2 * np.pi * 0.7 * t + rng.uniform(0, 6))
    phase = 2 * np.pi * np.cumsum(pitch) / rate
    voice = sum(
        np.sin(k * phase + rng.uniform(0, 6)) / k**2 for k in range(1, 30) if k * 150 < rate / 2
    )
    syllables = np.clip(np.sin(2 * np.pi * 4 * t + rng.uniform(0, 6)), 0, None) ** 2
    strength = np.exp(0.3 * rng.standard_normal(int(seconds * 4) + 2))[(t * 4).astype(int)]
    noise = rng.standard_normal(len(t)) * 0.05
    signal = (voice + noise) * syllables * strength
    return level * signal / np.abs(signal).max()


class Speechlike:
    """A fast fake engine: each sentence a speech-like burst, longer for longer text."""

    name = "speechlike"
    language = "en"
    rate = 22050
    volume = 1.0

    def __init__(self, voice: VoiceSettings | None = None, language: str = "en") -> None:
        self.voice = voice

    def synthesize(self, text: str) -> Iterator[Speech]:
        seed = int.from_bytes(sha256(text.encode()).digest()[:4], "little")
        seconds = 0.25 + 0.3 * len(text.split())
        samples = speechlike(seconds, self.rate, seed, 0.8 * self.volume)
        yield Speech(pcm=np.round(samples * 32767).astype("<i2").tobytes(), sample_rate=self.rate)
