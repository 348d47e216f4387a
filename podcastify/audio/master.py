"""Mastering and encoding: every episode at the same loudness, as CBR MP3, in one pass.

The recording was measured as it was written (BS.1770-4 loudness, 4x-oversampled true
peak); :mod:`~podcastify.audio.limiter` turns that into the gain and limiter that land on
the target. One pass then streams the recording through gain and limiter into the
encoder. Encoding changes the level by a constant (LAME scales its input by 0.95, about
−0.45 dB, measured once per process) and overshoots peaks a little, by an amount only a
measurement tells: so the loudness is aimed with the constant, and the MP3's true peak is
measured; a second pass happens only if a peak came out over the ceiling, which the
limiter's margin makes rare.

CBR keeps every player's (and mutagen's) duration reading right.
"""

from __future__ import annotations

import re
import subprocess
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from podcastify.audio.limiter import (
    GainPlan,
    gains_between,
    hold_frames,
    limiter_ceiling_db,
    plan_gain,
    sample_gains,
)
from podcastify.audio.loudness import LoudnessMeter, db_to_gain
from podcastify.errors import AudioError
from podcastify.ffmpeg import ffmpeg_exe, stream_float_pcm

if TYPE_CHECKING:
    import numpy as np

    from podcastify.audio.timeline import Recording

Progress = Callable[[float], None]
"""Called with the fraction of mastering and encoding done, from 0 to 1."""

PEAK_CORRECTION_DB = 0.3
"""Extra room taken where the MP3's true peak came out over the ceiling."""
OVERSHOOT_SPREAD_SECONDS = 0.015
"""An encoder's error spreads over a granule (576 samples): so far around an overshoot
the next pass lowers the ceiling."""
MAX_PASSES = 4
ENCODE_SHARE = 0.9
"""Part of the progress bar for the encoding pass; checking the MP3 is the rest."""
CALIBRATION_SECONDS = 2.0


class Encoding(Protocol):
    """What mastering needs from the [audio] settings."""

    @property
    def loudness_lufs(self) -> float: ...
    @property
    def true_peak_db(self) -> float: ...
    @property
    def bitrate_kbps(self) -> int: ...
    @property
    def sample_rate(self) -> int: ...


@dataclass(frozen=True)
class Loudness:
    """Loudness and true peak of a whole track."""

    integrated: float
    """LUFS, gated per ITU-R BS.1770-4."""
    true_peak: float
    """dBTP."""


@dataclass(frozen=True)
class Mastered:
    """How an episode was mastered, and what its MP3 comes to."""

    plan: GainPlan
    """Gain and ceiling of the pass that was kept."""
    loudness: float
    """The MP3's integrated loudness (the plan's, through the encoder's constant gain)."""
    true_peak: float
    """The MP3's true peak as measured on the decoded file (dBTP)."""
    passes: int


def measure_file(path: Path, rate: int | None = None, *, loudness: bool = True) -> Loudness:
    """Loudness and true peak of any audio file, decoded by ffmpeg (at ``rate``, or 48 kHz)."""
    import numpy as np

    meter = LoudnessMeter(rate or 48000, loudness=loudness)
    for data in stream_float_pcm(str(path), meter.rate):
        meter.add(np.frombuffer(data, dtype="<f4").astype(np.float64))
    return Loudness(meter.integrated() if loudness else float("nan"), meter.true_peak())


def _encoder_command(rate: int, encoding: Encoding, path: Path) -> list[str]:
    """Raw float PCM on stdin to a CBR mono MP3 at ``path``."""
    source = ["-f", "f32le", "-ar", str(rate), "-ac", "1", "-i", "pipe:0"]
    mp3 = ["-c:a", "libmp3lame", "-b:a", f"{encoding.bitrate_kbps}k"]
    mp3 += ["-ar", str(encoding.sample_rate), "-ac", "1", "-write_xing", "1", "-f", "mp3"]
    quiet = ["-hide_banner", "-nostats", "-loglevel", "error", "-y"]
    return [ffmpeg_exe(), *quiet, *source, *mp3, str(path)]


def _encode_stream(
    chunks: Iterable[tuple[float, np.ndarray]],
    rate: int,
    encoding: Encoding,
    path: Path,
    progress: Progress | None = None,
) -> None:
    """Encode float32 sample chunks, each given as (fraction done, samples)."""
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            _encoder_command(rate, encoding, path), stdin=subprocess.PIPE, stderr=errors
        )
        assert process.stdin is not None
        try:
            for done, samples in chunks:
                process.stdin.write(samples.astype("<f4").tobytes())
                if progress is not None:
                    progress(done)
            process.stdin.close()
        except BrokenPipeError:
            pass
        finally:
            code = process.wait()
        if code != 0:
            errors.seek(0)
            lines = errors.read().decode("utf-8", "replace").strip().splitlines()
            raise AudioError(f"MP3 encoding failed: {lines[-1] if lines else f'exit {code}'}")


def _encode_and_check(
    chunks: Iterable[tuple[float, np.ndarray]],
    rate: int,
    encoding: Encoding,
    path: Path,
    progress: Progress | None,
) -> float:
    """Encode, measuring the MP3's true peak as it is written; the peak in dBTP."""
    from podcastify.audio.check import GrowingFileCheck

    path.write_bytes(b"")
    check = GrowingFileCheck(path, encoding.sample_rate)
    try:
        _encode_stream(chunks, rate, encoding, path, progress)
    except BaseException:
        check.abandon()
        raise
    peak = check.result()
    if peak is None:  # the follower could not keep up with the file: read it again
        peak = measure_file(path, encoding.sample_rate, loudness=False).true_peak
    return peak


@cache
def encoder_gain_db(bitrate_kbps: int, sample_rate: int) -> float:
    """How much the MP3 encoder changes the level (LAME: ×0.95), measured on a tone."""
    import numpy as np

    @dataclass(frozen=True)
    class _Settings:
        bitrate_kbps: int
        sample_rate: int
        loudness_lufs: float = 0.0
        true_peak_db: float = 0.0

    rate = 48000
    time = np.arange(int(rate * CALIBRATION_SECONDS)) / rate
    tone = 0.25 * np.sin(2 * np.pi * 997 * time)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "calibration.mp3"
        _encode_stream([(1.0, tone)], rate, _Settings(bitrate_kbps, sample_rate), path)
        decoded = np.concatenate(
            [np.frombuffer(d, dtype="<f4") for d in stream_float_pcm(str(path), rate)]
        ).astype(np.float64)
    middle = slice(len(decoded) // 4, 3 * len(decoded) // 4)
    measured = float(np.sqrt(np.mean(decoded[middle] ** 2)))
    return 20 * float(np.log10(measured / (0.25 / np.sqrt(2))))


def _limited(
    recording: Recording, plan: GainPlan, lowered: np.ndarray | None = None
) -> Iterator[tuple[float, np.ndarray]]:
    """The recording through gain and limiter: (fraction done, float samples) chunks.

    ``lowered`` (per frame, ≤ 1) lowers the ceiling locally, where an earlier pass's MP3
    came out over it.
    """
    meter = recording.meter
    frame, peaks = meter.frame, meter.peaks
    gain = db_to_gain(plan.gain_db)
    ceiling = db_to_gain(plan.ceiling_db) * (1.0 if lowered is None else lowered)
    hold = hold_frames(recording.rate, frame)
    for start, samples in recording.chunks():
        # The frames these samples fall in, and one more each side to interpolate between.
        first = max(0, start // frame - 1)
        last = min(len(peaks), (start + len(samples)) // frame + 2)
        gains = gains_between(peaks, gain, ceiling, hold, first, last)
        limited: np.ndarray = samples * (gain / 32768.0)
        limited *= sample_gains(gains, frame, start - first * frame, len(samples))
        yield ENCODE_SHARE * (start + len(samples)) / recording.samples, limited


def master(
    recording: Recording, encoding: Encoding, path: Path, progress: Progress | None = None
) -> Mastered:
    """Write ``recording`` mastered to ``path`` as CBR mono MP3 (with an Info header).

    The ceiling is a promise, loudness a target: should the encoder push a peak over the
    ceiling, the next pass gives up a little loudness rather than publish the overshoot.
    """
    meter = recording.meter
    if meter.integrated() < -70:
        raise AudioError("the narration is silent")
    encoder_gain = encoder_gain_db(encoding.bitrate_kbps, encoding.sample_rate)
    plan = plan_gain(
        meter.energies,
        meter.peaks,
        target_lufs=encoding.loudness_lufs - encoder_gain,
        ceiling_db=limiter_ceiling_db(encoding.true_peak_db),
        rate=recording.rate,
        frame=meter.frame,
        step=meter.step,
        samples=recording.samples,
    )
    lowered = None
    for passes in range(1, MAX_PASSES + 1):
        peak = _encode_and_check(
            _limited(recording, plan, lowered), recording.rate, encoding, path, progress
        )
        if peak <= encoding.true_peak_db or passes == MAX_PASSES:
            break
        lowered = _lower_where_over(recording, plan, path, encoding, lowered)
    if progress is not None:
        progress(1.0)
    return Mastered(plan, plan.loudness + encoder_gain, peak, passes)


def _lower_where_over(
    recording: Recording,
    plan: GainPlan,
    path: Path,
    encoding: Encoding,
    lowered: np.ndarray | None,
) -> np.ndarray:
    """Per-frame ceiling factors, lowered around every place the MP3 is over the ceiling.

    The overshoot can come where the limiter was not even working (coding noise on an
    unlimited peak), so the new local ceiling is taken from the peak the PCM really had
    there, lowered by as much as the MP3 was over. Only those places change, so loudness
    and everything else stay as they were.
    """
    import numpy as np

    rate = encoding.sample_rate
    detail = LoudnessMeter(rate, loudness=False, exact_from_db=encoding.true_peak_db - 1.0)
    for data in stream_float_pcm(str(path), rate):
        detail.add(np.frombuffer(data, dtype="<f4").astype(np.float64))
    limit = db_to_gain(encoding.true_peak_db)
    hot = np.nonzero(detail.peaks > limit)[0]
    frames, frame = len(recording.meter.peaks), recording.meter.frame
    factors = np.ones(frames, dtype=np.float32) if lowered is None else lowered
    if not len(hot):
        return factors
    # MP3 frame → recording frame by time, and a granule's worth either side.
    where = ((hot + 0.5) * detail.frame / rate * recording.rate / frame).astype(int)
    spread = round(OVERSHOOT_SPREAD_SECONDS * recording.rate / frame)
    around = np.clip(where[:, None] + np.arange(-spread, spread + 1), 0, frames - 1)
    # The PCM's own peak there (after gain, under the current ceiling), as a ceiling share.
    ceiling = db_to_gain(plan.ceiling_db)
    had = recording.meter.peaks[around] * db_to_gain(plan.gain_db)
    had = np.minimum(had, ceiling * factors[around]).max(axis=1) / ceiling
    cut = had * (limit / detail.peaks[hot]) * db_to_gain(-PEAK_CORRECTION_DB)
    np.minimum.at(factors, around.ravel(), np.repeat(cut, 2 * spread + 1).astype(np.float32))
    return factors


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
