"""Mastering and encoding: every episode at the same loudness, as CBR MP3.

Loudness follows ITU-R BS.1770 through ffmpeg's loudnorm filter in two passes (measure,
then apply the measured values), so a quiet article and a loud one sound alike in a row.
CBR keeps every player's (and mutagen's) duration reading right.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pydub import AudioSegment

from podcastify.errors import AudioError
from podcastify.ffmpeg import configure_pydub, ffmpeg_exe

_JSON_BLOCK = re.compile(r"\{[^{}]*\"input_i\"[^{}]*\}", re.S)


@dataclass(frozen=True)
class Mastering:
    """Target loudness and encoding of the published MP3."""

    loudness_lufs: float = -16.0
    """Integrated loudness target (Apple's spoken-word guidance: −16)."""
    true_peak_db: float = -1.0
    """True-peak ceiling in dBTP; the filter aims a little lower to leave room for MP3."""
    bitrate_kbps: int = 64
    """Constant bitrate."""
    sample_rate: int = 44100
    """Output sample rate in Hz."""
    loudness_range: float = 11.0
    """Allowed loudness range (LRA) for the dynamic part of loudnorm."""


def _loudnorm_args(mastering: Mastering) -> str:
    # The encoder adds a little overshoot; aim half a dB under the ceiling.
    peak = mastering.true_peak_db - 0.5
    return f"I={mastering.loudness_lufs}:TP={peak}:LRA={mastering.loudness_range}"


def measure(audio: AudioSegment, mastering: Mastering) -> dict[str, float]:
    """First loudnorm pass: the track's integrated loudness, range, true peak, threshold."""
    command = [
        ffmpeg_exe(), "-hide_banner", "-nostats", "-f", "s16le", "-ar", str(audio.frame_rate),
        "-ac", str(audio.channels), "-i", "pipe:0",
        "-af", f"loudnorm={_loudnorm_args(mastering)}:print_format=json", "-f", "null", "-",
    ]
    result = subprocess.run(command, input=audio.raw_data, capture_output=True, check=False)
    stderr = result.stderr.decode("utf-8", "replace")
    match = _JSON_BLOCK.search(stderr)
    if result.returncode != 0 or match is None:
        raise AudioError(f"loudness measurement failed: {stderr.strip().splitlines()[-1:]}")
    data = json.loads(match.group(0))
    return {key: float(value) for key, value in data.items() if key != "normalization_type"}


def encode(audio: AudioSegment, path: Path, mastering: Mastering) -> None:
    """Normalise loudness and write a CBR mono MP3 to ``path`` (which the caller renames)."""
    configure_pydub()
    measured = measure(audio, mastering)
    if measured["input_i"] == float("-inf") or measured["input_i"] < -70:
        raise AudioError("the narration is silent")
    loudnorm = (
        f"loudnorm={_loudnorm_args(mastering)}"
        f":measured_I={measured['input_i']}:measured_TP={measured['input_tp']}"
        f":measured_LRA={measured['input_lra']}:measured_thresh={measured['input_thresh']}"
        f":offset={measured['target_offset']}:linear=true"
    )
    try:
        handle = audio.export(
            str(path),
            format="mp3",
            codec="libmp3lame",
            bitrate=f"{mastering.bitrate_kbps}k",
            parameters=[
                "-af", loudnorm,
                "-ar", str(mastering.sample_rate),
                "-ac", "1",
                "-write_xing", "1",
            ],
        )
        handle.close()
    except Exception as exc:
        raise AudioError(f"MP3 encoding failed: {str(exc).strip().splitlines()[0]}") from None


def decoded_duration(path: Path) -> float:
    """Seconds of audio in ``path`` as a decoder sees it (for checks, not the hot path)."""
    result = subprocess.run(
        [ffmpeg_exe(), "-hide_banner", "-nostats", "-i", str(path), "-f", "null", "-"],
        capture_output=True, check=False,
    )
    times = re.findall(r"time=(\d+):(\d+):(\d+(?:\.\d+)?)", result.stderr.decode("utf-8", "replace"))
    if not times:
        raise AudioError(f"cannot decode {path}")
    hours, minutes, seconds = times[-1]
    return int(hours) * 3600 + int(minutes) * 60 + float(seconds)
