"""The limiter never lets a sample past the ceiling, and its loudness is known in advance."""

from __future__ import annotations

import numpy as np
import pytest

from podcastify.audio.limiter import (
    box_mean,
    frame_gains,
    gains_between,
    hold_frames,
    plan_gain,
    sample_gains,
    sliding_min,
)
from podcastify.audio.loudness import LoudnessMeter, db_to_gain
from tests.audio.conftest import speechlike


@pytest.mark.parametrize(
    ("values", "radius", "expected"),
    [
        ([3, 1, 4, 1, 5, 9, 2, 6], 0, [3, 1, 4, 1, 5, 9, 2, 6]),
        ([3, 1, 4, 1, 5, 9, 2, 6], 1, [1, 1, 1, 1, 1, 2, 2, 2]),
        ([3, 1, 4, 1, 5, 9, 2, 6], 2, [1, 1, 1, 1, 1, 1, 2, 2]),
        ([5, 4, 3, 2, 1], 9, [1, 1, 1, 1, 1]),
        ([7], 3, [7]),
    ],
)
def test_sliding_min(values, radius, expected):
    assert sliding_min(np.array(values, dtype=float), radius).tolist() == expected


@pytest.mark.parametrize(
    ("values", "radius", "expected"),
    [
        ([0, 3, 0], 1, [1, 1, 1]),
        ([3, 0, 0, 0], 1, [2, 1, 0, 0]),
        ([1, 2, 3], 0, [1, 2, 3]),
    ],
)
def test_box_mean_repeats_the_ends(values, radius, expected):
    assert box_mean(np.array(values, dtype=float), radius).tolist() == pytest.approx(expected)


@pytest.mark.parametrize("seed", range(5))
def test_no_sample_gain_is_above_what_its_frame_needs(seed):
    rng = np.random.default_rng(seed)
    peaks = rng.uniform(0.01, 0.25, 3000)
    spikes = rng.choice(3000, 40, replace=False)
    peaks[spikes] = rng.uniform(0.2, 3.0, 40)
    ceiling, gain, frame = 0.7, 2.5, 21
    gains = frame_gains(peaks, gain, ceiling, hold=10)
    per_sample = sample_gains(gains, frame, 0, len(peaks) * frame)
    needed = np.minimum(1, ceiling / (gain * peaks))
    assert np.all(per_sample <= np.repeat(needed, frame) + 1e-12)
    # and it is not lazy: where nothing is near a peak, nothing is taken off
    assert gains.max() == pytest.approx(1.0)


def test_a_slice_of_gains_is_the_same_as_the_whole():
    peaks = np.abs(np.random.default_rng(1).standard_normal(5000)) ** 3
    whole = frame_gains(peaks, 2.0, 0.8, hold=7)
    for start, stop in [(0, 100), (1234, 2345), (4900, 5000)]:
        part = gains_between(peaks, 2.0, 0.8, 7, start, stop)
        np.testing.assert_allclose(part, whole[start:stop], rtol=0, atol=1e-12)


@pytest.mark.parametrize("level", [0.8, 0.1, 0.01])
@pytest.mark.parametrize("ceiling_db", [-2.5, -3.0])
def test_the_planned_gain_lands_on_the_target_under_the_ceiling(level, ceiling_db):
    rate = 22050
    source = speechlike(30, rate, seed=11, level=level)
    meter = LoudnessMeter(rate, exact_above_lu=-20.0)
    meter.add(source)
    plan = plan_gain(
        meter.energies,
        meter.peaks,
        target_lufs=-16.0,
        ceiling_db=ceiling_db,
        rate=rate,
        frame=meter.frame,
        step=meter.step,
        samples=meter.samples,
    )
    hold = hold_frames(rate, meter.frame)
    gains = frame_gains(meter.peaks, db_to_gain(plan.gain_db), db_to_gain(ceiling_db), hold)
    limited = source * db_to_gain(plan.gain_db) * sample_gains(gains, meter.frame, 0, len(source))
    result = LoudnessMeter(rate)
    result.add(limited)
    assert plan.loudness == pytest.approx(-16.0, abs=0.02)
    assert result.integrated() == pytest.approx(-16.0, abs=0.1)
    assert result.true_peak() <= ceiling_db + 0.01


def test_a_target_out_of_reach_gets_the_most_makeup_and_still_the_ceiling():
    """−16 LUFS under −9 dBTP cannot be had from narration: as loud as allowed, no louder."""
    from podcastify.audio.limiter import MAX_MAKEUP_DB

    rate = 22050
    source = speechlike(20, rate, seed=2, level=0.5)
    meter = LoudnessMeter(rate, exact_above_lu=-20.0)
    meter.add(source)
    plan = plan_gain(
        meter.energies,
        meter.peaks,
        target_lufs=-16.0,
        ceiling_db=-9.0,
        rate=rate,
        frame=meter.frame,
        step=meter.step,
        samples=meter.samples,
    )
    assert plan.loudness < -16.5
    assert plan.gain_db == pytest.approx(-16.0 - plan.source_loudness + MAX_MAKEUP_DB)
