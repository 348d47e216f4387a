"""Loudness and true peak per ITU-R BS.1770-4, measured in one pass as the audio streams by.

The meter keeps, for every frame of about a millisecond, the K-weighted energy and the
4x-oversampled peak. That summary is small (two numbers per frame) and is all mastering
needs: the gated integrated loudness comes from the energies, and the limiter's effect on
loudness can be worked out from energies and peaks before a single sample is changed.

numpy only: the K-weighting's two biquads are applied as their impulse response (which has
died out after a quarter of a second) by FFT convolution, exact to rounding error.
"""

from __future__ import annotations

import math
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

STEP_SECONDS = 0.1
"""Gating blocks start every 100 ms ..."""
BLOCK_STEPS = 4
"""... and last four steps (400 ms, 75 % overlap)."""
ABSOLUTE_GATE_LUFS = -70.0
RELATIVE_GATE_LU = -10.0
LOUDNESS_OFFSET = -0.691
"""BS.1770's constant between the K-weighted mean square (in dB) and LUFS."""
OVERSAMPLING = 4
"""True peak is estimated at four times the sample rate (BS.1770-4, Annex 2)."""
INTERPOLATION_TAPS = 16
"""Taps of each interpolation phase (a Hann-windowed sinc)."""
K_RESPONSE_SECONDS = 0.25
"""Longest K-weighting impulse response kept (it dies out within 0.1 s up to 48 kHz) ..."""
K_RESPONSE_FLOOR = 1e-10
"""... and it is cut where it stays below this fraction of its peak."""
FEED_SAMPLES = 1 << 16
"""Samples gathered before a processing round (fewer, larger FFTs)."""
SILENCE_LUFS = -math.inf


def db_to_gain(db: float) -> float:
    return 10 ** (db / 20)


def gain_to_db(gain: float) -> float:
    return 20 * math.log10(gain) if gain > 0 else -math.inf


def step_length(rate: int) -> int:
    """Samples in one 100 ms gating step."""
    return int(rate * STEP_SECONDS + 0.5)


def frame_length(rate: int) -> int:
    """About a millisecond of samples, dividing a gating step exactly."""
    step = step_length(rate)
    return max(n for n in range(1, max(1, rate // 1000) + 1) if step % n == 0)


def _k_weighting_biquads(rate: int) -> list[tuple[tuple[float, ...], tuple[float, ...]]]:
    """The two K-weighting stages (a high shelf, then a high pass) designed for ``rate``.

    The analogue prototypes behind BS.1770's 48 kHz coefficients, through the bilinear
    transform, so any sample rate is weighted like 48 kHz is.
    """
    shelf_hz, shelf_db, shelf_q = 1681.974450955533, 3.999843853973347, 0.7071752369554196
    k = math.tan(math.pi * shelf_hz / rate)
    vh = 10 ** (shelf_db / 20)
    vb = vh**0.4996667741545416
    a0 = 1 + k / shelf_q + k * k
    shelf = (
        (
            (vh + vb * k / shelf_q + k * k) / a0,
            2 * (k * k - vh) / a0,
            (vh - vb * k / shelf_q + k * k) / a0,
        ),
        (1.0, 2 * (k * k - 1) / a0, (1 - k / shelf_q + k * k) / a0),
    )
    pass_hz, pass_q = 38.13547087602444, 0.5003270373238773
    k = math.tan(math.pi * pass_hz / rate)
    a0 = 1 + k / pass_q + k * k
    high_pass = ((1.0, -2.0, 1.0), (1.0, 2 * (k * k - 1) / a0, (1 - k / pass_q + k * k) / a0))
    return [shelf, high_pass]


@cache
def k_weighting_response(rate: int) -> np.ndarray:
    """Impulse response of the K-weighting filter at ``rate``, cut where it has died out."""
    import numpy as np

    length = int(rate * K_RESPONSE_SECONDS)
    signal = [0.0] * length
    signal[0] = 1.0
    for (b0, b1, b2), (_, a1, a2) in _k_weighting_biquads(rate):
        x1 = x2 = y1 = y2 = 0.0
        out = []
        for x in signal:
            y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
            x2, x1, y2, y1 = x1, x, y1, y
            out.append(y)
        signal = out
    response = np.array(signal)
    audible = np.nonzero(np.abs(response) > K_RESPONSE_FLOOR * np.abs(response).max())[0]
    return response[: audible[-1] + 1]


@cache
def interpolation_phases() -> np.ndarray:
    """Weights of the samples around a point for each fractional position 1/4, 2/4, 3/4.

    Row ``k`` interpolates at ``i + k/4`` from samples ``i - T/2 + 1 … i + T/2``.
    """
    import numpy as np

    half = INTERPOLATION_TAPS // 2
    offsets = np.arange(-half + 1, half + 1)
    rows = []
    for k in range(1, OVERSAMPLING):
        distance = k / OVERSAMPLING - offsets
        window = 0.5 * (1 + np.cos(np.pi * distance / half))
        rows.append(np.sinc(distance) * window)
    return np.array(rows)


class _Convolver:
    """Streaming FIR filter by overlap-save FFT convolution."""

    def __init__(self, taps: np.ndarray) -> None:
        import numpy as np

        self.np = np
        self.taps = len(taps)
        self.size = 1 << (4 * self.taps - 1).bit_length()
        self.hop = self.size - self.taps + 1
        self.spectrum = np.fft.rfft(taps, self.size)
        self.history = np.zeros(self.taps - 1)

    def __call__(self, x: np.ndarray) -> np.ndarray:
        np = self.np
        data = np.concatenate([self.history, x])
        out = np.empty(len(x))
        for start in range(0, len(x), self.hop):
            count = min(self.hop, len(x) - start)
            piece = data[start : start + count + self.taps - 1]
            filtered = np.fft.irfft(np.fft.rfft(piece, self.size) * self.spectrum, self.size)
            out[start : start + count] = filtered[self.taps - 1 : self.taps - 1 + count]
        self.history = data[len(data) - (self.taps - 1) :]
        return out


class LoudnessMeter:
    """Feed float samples in [-1, 1] in order; read loudness and true peak at the end.

    ``energies`` and ``peaks`` hold one value per frame of :func:`frame_length` samples:
    the sum of squares of the K-weighted signal, and the frame's true peak (linear).

    Oversampling every sample would cost more than the rest of the meter, so a frame's
    peak is interpolated only where it can matter: where it could be the loudest peak so
    far, where it could reach ``exact_from_db`` dBTP, or (``exact_above_lu``, for the
    limiter) where it could come that many dB above the loudness measured so far. Every
    other frame keeps a safe upper bound computed from its sample peaks. The maximum is
    therefore always exact, and no frame's peak is ever under-estimated.
    """

    def __init__(
        self,
        rate: int,
        *,
        loudness: bool = True,
        peaks: bool = True,
        exact_above_lu: float | None = None,
        exact_from_db: float | None = None,
    ) -> None:
        import numpy as np

        if exact_above_lu is not None and not loudness:
            raise ValueError("exact_above_lu needs the loudness")
        self.np = np
        self.rate = rate
        self.frame = frame_length(rate)
        self.step = step_length(rate)
        self.samples = 0
        self.with_loudness = loudness
        self.with_peaks = peaks
        self.exact_above_lu = exact_above_lu
        self.exact_from = db_to_gain(exact_from_db) if exact_from_db is not None else None
        self._k_filter = _Convolver(k_weighting_response(rate)) if loudness else None
        self._phases = interpolation_phases()
        self._bound = float(np.abs(self._phases).sum(axis=1).max())
        half = INTERPOLATION_TAPS // 2
        self._lookahead = half
        self._past = np.zeros(half - 1)
        self._previous_frame_peak = 0.0
        self._loudest = 0.0
        self._unstepped = np.zeros(0)
        self._recent_steps = np.zeros(0)
        self._loud_block_energy = 0.0
        self._loud_blocks = 0
        self._pending: list[np.ndarray] = []
        self._pending_count = 0
        self._energies: list[np.ndarray] = []
        self._peaks: list[np.ndarray] = []
        self._finished = False

    def add(self, samples: np.ndarray) -> None:
        if self._finished:
            raise ValueError("the meter has finished")
        if not len(samples):
            return
        self._pending.append(samples)
        self._pending_count += len(samples)
        self.samples += len(samples)
        if self._pending_count >= FEED_SAMPLES + self._lookahead:
            self._process(final=False)

    def _process(self, final: bool) -> None:
        np = self.np
        x = np.concatenate(self._pending) if self._pending else np.zeros(0)
        if final:
            missing = -(len(x) % self.frame) % self.frame
            x = np.concatenate([x, np.zeros(missing + self._lookahead)])
        count = (len(x) - self._lookahead) // self.frame * self.frame
        rest = x[count:]
        self._pending = [] if final or not len(rest) else [rest]
        self._pending_count = 0 if final else len(rest)
        if count <= 0:
            return
        centre = x[:count]
        frames = count // self.frame
        if self._k_filter is not None:
            weighted = self._k_filter(centre)
            energies = (weighted * weighted).reshape(frames, self.frame).sum(axis=1)
            energies = energies.astype(np.float32)
            self._energies.append(energies)
            self._track_loudness(energies)
        if self.with_peaks:
            around = np.concatenate([self._past, x[: count + self._lookahead]])
            self._peaks.append(self._frame_peaks(around, centre, frames))
            self._past = around[count : count + len(self._past)]

    def _track_loudness(self, energies: np.ndarray) -> None:
        """A running loudness that never exceeds the gated one: blocks above −70 LUFS only."""
        np = self.np
        per_step = self.step // self.frame
        frames = np.concatenate([self._unstepped, energies])
        steps = len(frames) // per_step
        self._unstepped = frames[steps * per_step :]
        if not steps:
            return
        step_energy = frames[: steps * per_step].reshape(steps, per_step).sum(axis=1)
        recent = np.concatenate([self._recent_steps, step_energy])
        self._recent_steps = recent[-(BLOCK_STEPS - 1) :]
        if len(recent) < BLOCK_STEPS:
            return
        running = np.concatenate([[0.0], np.cumsum(recent)])
        blocks = (running[BLOCK_STEPS:] - running[:-BLOCK_STEPS]) / (BLOCK_STEPS * self.step)
        loud = blocks[blocks > 10 ** ((ABSOLUTE_GATE_LUFS - LOUDNESS_OFFSET) / 10)]
        self._loud_block_energy += float(loud.sum())
        self._loud_blocks += len(loud)

    def _exact_floor(self) -> float:
        """Frames whose peak bound reaches this are interpolated exactly."""
        floor = self._loudest
        if self.exact_from is not None:
            floor = min(floor, self.exact_from)
        if self.exact_above_lu is not None:
            if not self._loud_blocks:
                return 0.0
            level = self._loud_block_energy / self._loud_blocks
            floor = min(floor, level**0.5 * db_to_gain(self.exact_above_lu + LOUDNESS_OFFSET))
        return floor

    def _frame_peaks(self, around: np.ndarray, centre: np.ndarray, frames: int) -> np.ndarray:
        """True peak per frame: exact where it can matter, a safe bound elsewhere."""
        np = self.np
        frame = self.frame
        sample_peaks = np.abs(centre).reshape(frames, frame).max(axis=1)
        # Interpolation reaches half a filter length into the neighbouring frames.
        after = float(np.abs(around[len(around) - self._lookahead :]).max())
        neighbourhood = np.maximum(
            sample_peaks,
            np.maximum(
                np.concatenate([[self._previous_frame_peak], sample_peaks[:-1]]),
                np.concatenate([sample_peaks[1:], [after]]),
            ),
        )
        self._previous_frame_peak = float(sample_peaks[-1])
        peaks = neighbourhood * self._bound
        exact = np.nonzero(peaks >= self._exact_floor())[0]
        if len(exact):
            from numpy.lib.stride_tricks import sliding_window_view

            taps = INTERPOLATION_TAPS
            windows = around[exact[:, None] * frame + np.arange(frame + taps - 1)]
            between = sliding_window_view(windows, taps, axis=1) @ self._phases.T
            peaks[exact] = np.maximum(sample_peaks[exact], np.abs(between).max(axis=(1, 2)))
        self._loudest = max(self._loudest, float(peaks[exact].max()) if len(exact) else 0.0)
        return peaks.astype(np.float32)

    def finish(self) -> LoudnessMeter:
        """Flush what is buffered (zero-padded to a whole frame); idempotent."""
        if not self._finished:
            self._process(final=True)
            self._finished = True
        return self

    @property
    def energies(self) -> np.ndarray:
        self.finish()
        if not self._energies:
            return self.np.zeros(0, dtype=self.np.float32)
        if len(self._energies) > 1:
            self._energies = [self.np.concatenate(self._energies)]
        return self._energies[0]

    @property
    def peaks(self) -> np.ndarray:
        self.finish()
        if not self._peaks:
            return self.np.zeros(0, dtype=self.np.float32)
        if len(self._peaks) > 1:
            self._peaks = [self.np.concatenate(self._peaks)]
        return self._peaks[0]

    def integrated(self) -> float:
        """Integrated loudness in LUFS (``-inf`` for silence or under 400 ms)."""
        return gated_loudness(self.energies, self.frame, self.step, self.samples)

    def true_peak(self) -> float:
        """True peak in dBTP."""
        peaks = self.peaks
        return gain_to_db(float(peaks.max())) if len(peaks) else -math.inf


def step_energies(energies: np.ndarray, frame: int, step: int, samples: int) -> np.ndarray:
    """K-weighted energy of every whole 100 ms step, from per-frame energies."""
    steps = min(samples // step, len(energies) * frame // step)
    per_step = step // frame
    return energies[: steps * per_step].reshape(steps, per_step).sum(axis=1, dtype=float)


def gated_loudness(energies: np.ndarray, frame: int, step: int, samples: int) -> float:
    """BS.1770-4 integrated loudness from per-frame K-weighted energies.

    Only whole 100 ms steps count, and only whole 400 ms blocks, as in libebur128.
    """
    return gate(step_energies(energies, frame, step, samples), step)


def gate(step_energy: np.ndarray, step: int) -> float:
    """Integrated loudness from per-step energies: 400 ms blocks, absolute and relative gates."""
    import numpy as np

    if len(step_energy) < BLOCK_STEPS:
        return SILENCE_LUFS
    running = np.concatenate([[0.0], np.cumsum(step_energy)])
    blocks = (running[BLOCK_STEPS:] - running[:-BLOCK_STEPS]) / (BLOCK_STEPS * step)
    absolute = 10 ** ((ABSOLUTE_GATE_LUFS - LOUDNESS_OFFSET) / 10)
    loud = blocks[blocks > absolute]
    if not len(loud):
        return SILENCE_LUFS
    relative = loud.mean() * 10 ** (RELATIVE_GATE_LU / 10)
    kept = loud[loud > relative]
    return LOUDNESS_OFFSET + 10 * math.log10(kept.mean())
