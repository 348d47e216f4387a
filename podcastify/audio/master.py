"""Mastering and encoding: every episode at the same loudness, as CBR MP3.

Loudness is measured per ITU-R BS.1770 (ffmpeg's ebur128 filter), corrected with a gain
and a 4x-oversampled true-peak limiter, so a quiet article and a loud one sound alike in a
row and no peak clips after MP3 encoding.
CBR keeps every player's (and mutagen's) duration reading right.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from pydub import AudioSegment

from podcastify.errors import AudioError
from podcastify.ffmpeg import configure_pydub, ffmpeg_exe

# MP3 encoding overshoots the PCM's peaks a little; the limiter aims this far under.
TRUE_PEAK_MARGIN_DB = 1.0
MASTERING_PASSES = 6
# Measured here: MP3 encoding of narration reads about 0.4 LU quieter than its PCM, so the
# first pass aims that much higher and usually lands inside the tolerance at once.
MP3_LOUDNESS_DROP = 0.4
# Piper's narration gains about half a LU per dB once the limiter works; a guess below 1
# saves a pass, and the measured response takes over from the second correction.
FIRST_RESPONSE_GUESS = 0.6
_INTEGRATED = re.compile(r"I:\s+(-?[\d.]+|-inf) LUFS")
_TRUE_PEAK = re.compile(r"Peak:\s+(-?[\d.]+|-inf) dBFS")


class MasteringTarget(Protocol):
    """What mastering needs from the [audio] settings."""

    loudness_lufs: float
    true_peak_db: float
    bitrate_kbps: int
    sample_rate: int


@dataclass(frozen=True)
class Loudness:
    """What ebur128 reports for a whole track."""

    integrated: float
    """LUFS, gated per ITU-R BS.1770."""
    true_peak: float
    """dBTP, or ``-inf`` when not measured."""


def measure_loudness(audio: AudioSegment | None = None, path: Path | None = None) -> Loudness:
    """Integrated loudness (and, for a file, true peak) via ffmpeg's ebur128 filter."""
    if path is not None:
        source = ["-i", str(path)]
        data = None
        analysis = "ebur128=peak=true:framelog=quiet"
    else:
        assert audio is not None
        source = ["-f", "s16le", "-ar", str(audio.frame_rate), "-ac", str(audio.channels)]
        source += ["-i", "pipe:0"]
        data = audio.raw_data
        analysis = "ebur128=framelog=quiet"
    command = [ffmpeg_exe(), "-hide_banner", "-nostats", *source, "-af", analysis]
    command += ["-f", "null", "-"]
    result = subprocess.run(command, input=data, capture_output=True, check=False)
    report = result.stderr.decode("utf-8", "replace")
    found = _INTEGRATED.findall(report)
    if result.returncode != 0 or not found:
        raise AudioError("loudness measurement failed")
    peaks = _TRUE_PEAK.findall(report)
    return Loudness(float(found[-1]), float(peaks[-1]) if peaks else float("-inf"))


def _gain_and_limit(
    audio: AudioSegment, gain_db: float, ceiling_db: float, mastering: MasteringTarget
) -> AudioSegment:
    """Apply gain, then a peak limiter on 4x oversampled audio, back at the output rate."""
    ceiling = 10 ** (ceiling_db / 20)
    oversampled = audio.frame_rate * 4
    chain = (
        f"volume={gain_db:.3f}dB,aresample={oversampled},"
        f"alimiter=limit={ceiling:.5f}:attack=1:release=40:level=disabled,"
        f"aresample={mastering.sample_rate}"
    )
    command = [
        ffmpeg_exe(),
        "-hide_banner",
        "-nostats",
        "-loglevel",
        "error",
        "-f",
        "s16le",
        "-ar",
        str(audio.frame_rate),
        "-ac",
        "1",
        "-i",
        "pipe:0",
        "-af",
        chain,
        "-f",
        "s16le",
        "-ar",
        str(mastering.sample_rate),
        "-ac",
        "1",
        "pipe:1",
    ]
    result = subprocess.run(command, input=audio.raw_data, capture_output=True, check=False)
    if result.returncode != 0:
        raise AudioError(f"mastering failed: {result.stderr.decode('utf-8', 'replace').strip()}")
    return AudioSegment(
        data=result.stdout, sample_width=2, frame_rate=mastering.sample_rate, channels=1
    )


def _export(audio: AudioSegment, path: Path, mastering: MasteringTarget) -> None:
    try:
        handle = audio.export(
            str(path),
            format="mp3",
            codec="libmp3lame",
            bitrate=f"{mastering.bitrate_kbps}k",
            parameters=["-ar", str(mastering.sample_rate), "-ac", "1", "-write_xing", "1"],
        )
        handle.close()
    except Exception as exc:
        raise AudioError(f"MP3 encoding failed: {str(exc).strip().splitlines()[0]}") from None


def _response(tried: list[tuple[float, float]]) -> float:
    """How much louder the file got per dB of gain in the last two passes.

    The limiter eats part of every extra dB, so correcting by the raw error creeps up on
    the target; dividing by the measured response gets there in one or two passes.
    """
    if len(tried) < 2:
        return FIRST_RESPONSE_GUESS
    (gain_a, loud_a), (gain_b, loud_b) = tried[-2:]
    if abs(gain_b - gain_a) < 0.05:
        return 1.0
    return min(1.0, max(0.25, (loud_b - loud_a) / (gain_b - gain_a)))


def encode(audio: AudioSegment, path: Path, mastering: MasteringTarget) -> Loudness:
    """Master and write a CBR mono MP3 (with an Info header) to ``path``.

    Loudness and true peak are checked on the MP3 itself, since encoding shifts both a
    little: the gain and the limiter's ceiling are corrected until the file is within a
    quarter of a LU of the target with its true peak under the ceiling.
    """
    configure_pydub()
    audio = audio.set_channels(1).set_sample_width(2)
    measured = measure_loudness(audio).integrated
    if measured < -70:
        raise AudioError("the narration is silent")
    gain = mastering.loudness_lufs - measured + MP3_LOUDNESS_DROP
    ceiling = mastering.true_peak_db - TRUE_PEAK_MARGIN_DB
    peak_limit = mastering.true_peak_db - 0.1
    final = Loudness(measured, float("inf"))
    tried: list[tuple[float, float]] = []
    for _ in range(MASTERING_PASSES):
        _export(_gain_and_limit(audio, gain, ceiling, mastering), path, mastering)
        final = measure_loudness(path=path)
        error = mastering.loudness_lufs - final.integrated
        if abs(error) <= 0.25 and final.true_peak <= peak_limit:
            break
        if final.true_peak > peak_limit:
            ceiling -= final.true_peak - peak_limit + 0.2
        tried.append((gain, final.integrated))
        gain += error / _response(tried)
    # The ceiling is a promise, loudness a target: if the passes ran out with a peak over
    # the ceiling, give up a little loudness rather than publish an overshoot.
    for _ in range(3):
        if final.true_peak <= peak_limit:
            break
        ceiling -= final.true_peak - peak_limit + 1.0
        _export(_gain_and_limit(audio, gain, ceiling, mastering), path, mastering)
        final = measure_loudness(path=path)
    return final


def decoded_duration(path: Path) -> float:
    """Seconds of audio in ``path`` as a decoder sees it (for checks, not the hot path)."""
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(path), "-f", "null", "-"],
        capture_output=True,
        check=False,
    )
    times = re.findall(
        r"time=(\d+):(\d+):(\d+(?:\.\d+)?)", result.stderr.decode("utf-8", "replace")
    )
    if not times:
        raise AudioError(f"cannot decode {path}")
    hours, minutes, seconds = times[-1]
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)
