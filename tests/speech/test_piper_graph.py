"""The bundled voice cut before its decoder: the same speech, pieces that join exactly."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import onnx
import pytest
from piper import PiperVoice, SynthesisConfig
from piper.config import PiperConfig

from podcastify.speech import piper_graph
from podcastify.speech.cache import file_identity
from podcastify.speech.piper_engine import (
    bundled_voice,
    load_voice,
    onnx_session,
    shrinking_run_options,
)
from podcastify.speech.piper_graph import (
    DECODER_FRAMES,
    SplitSession,
    cached_split,
    piece_bounds,
    split_graph,
)

LONG_SENTENCE = (
    "The council said on Tuesday that the new bridge over the river would open in the "
    "spring, although engineers had warned for months about the rising cost of steel and "
    "the shortage of skilled workers, which left several families in the valley waiting "
    "for yet another winter of long detours."
)


@pytest.fixture(scope="module")
def split_files(tmp_path_factory: pytest.TempPathFactory) -> piper_graph.SplitFiles:
    model, _ = bundled_voice()
    files = cached_split(model, file_identity(model), tmp_path_factory.mktemp("voices"))
    assert files is not None, "the bundled voice can be cut"
    return files


@pytest.fixture(scope="module")
def sessions(split_files: piper_graph.SplitFiles) -> SplitSession:
    encoder = onnx_session(str(split_files.encoder), None)
    decoder = onnx_session(str(split_files.decoder), None)
    return SplitSession(encoder, decoder, split_files.frames, shrinking_run_options())


def _feed(text: str, noise: float) -> dict[str, np.ndarray]:
    _, config = bundled_voice()
    voice = PiperVoice(session=None, config=PiperConfig.from_dict(json.loads(config.read_text())))
    ids = voice.phonemes_to_ids(voice.phonemize(text)[0])
    array = np.expand_dims(np.array(ids, dtype=np.int64), 0)
    return {
        "input": array,
        "input_lengths": np.array([array.shape[1]], dtype=np.int64),
        "scales": np.array([noise, 1.0, noise], dtype=np.float32),
    }


@pytest.mark.parametrize(
    ("frames", "most", "expected"),
    [
        (1, 600, [(0, 1)]),
        (600, 600, [(0, 600)]),
        (601, 600, [(0, 301), (301, 601)]),
        (1000, 600, [(0, 500), (500, 1000)]),
        (1800, 600, [(0, 600), (600, 1200), (1200, 1800)]),
        (1801, 600, [(0, 451), (451, 902), (902, 1353), (1353, 1801)]),
    ],
)
def test_piece_bounds(frames: int, most: int, expected: list[tuple[int, int]]) -> None:
    assert piece_bounds(frames, most) == expected


def test_pieces_join_into_what_one_decoder_run_gives(sessions: SplitSession) -> None:
    latent = sessions._encoder.run(None, _feed(LONG_SENTENCE, 0.667))[0]
    assert latent.shape[-1] > DECODER_FRAMES, "the sentence is long enough to be cut"
    whole = sessions._decoder.run(None, {sessions._frames: latent})[0].reshape(-1)
    joined = sessions.decode(latent)
    assert len(joined) == len(whole)
    assert np.array_equal(joined, whole)


def test_split_voice_says_what_the_whole_voice_says() -> None:
    """With Piper's noise turned off both are deterministic: the same samples come out."""
    model, _ = bundled_voice()
    feed = _feed(LONG_SENTENCE, 0.0)
    whole = onnx_session(str(model), None).run(None, feed)[0].reshape(-1)
    split = load_voice(*bundled_voice()).session.run(None, feed)[0]
    assert len(split) == len(whole)
    assert np.allclose(split, whole, atol=1e-4)


def test_load_voice_speaks_through_the_cut_graph() -> None:
    voice = load_voice(*bundled_voice())
    assert isinstance(voice.session, SplitSession)
    config = SynthesisConfig(normalize_audio=False)
    samples = np.concatenate([c.audio_int16_array for c in voice.synthesize(LONG_SENTENCE, config)])
    seconds = len(samples) / voice.config.sample_rate
    assert 10 < seconds < 25
    assert np.abs(samples).max() > 3000, "speech, not silence"


def test_the_cut_is_made_once_and_made_again_for_a_replaced_voice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = tmp_path / "voice.onnx"
    model.write_bytes(bundled_voice()[0].read_bytes())
    first = cached_split(model, file_identity(model), tmp_path / "cache")
    assert first is not None and first.encoder.is_file() and first.decoder.is_file()

    def must_not_cut(path: Path) -> None:
        raise AssertionError("the cut voice should have come from the cache")

    monkeypatch.setattr(piper_graph, "split_graph", must_not_cut)
    assert cached_split(model, file_identity(model), tmp_path / "cache") == first

    monkeypatch.undo()
    os.utime(model, ns=(1, 1))  # the file is replaced: its identity changes
    again = cached_split(model, file_identity(model), tmp_path / "cache")
    assert again is not None and again.encoder != first.encoder


def _tiny_model(path: Path) -> Path:
    """A graph with no decoder to cut: one Add."""
    x = onnx.helper.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [1])
    y = onnx.helper.make_tensor_value_info("y", onnx.TensorProto.FLOAT, [1])
    graph = onnx.helper.make_graph([onnx.helper.make_node("Add", ["x", "x"], ["y"])], "g", [x], [y])
    onnx.save(onnx.helper.make_model(graph), str(path))
    return path


def test_a_voice_without_a_decoder_to_cut_runs_whole_and_is_tried_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _tiny_model(tmp_path / "other.onnx")
    assert split_graph(model) is None
    assert cached_split(model, file_identity(model), tmp_path / "cache") is None
    record = json.loads(next((tmp_path / "cache").glob("*/split.json")).read_text())
    assert record["frames"] is None

    def must_not_cut(path: Path) -> None:
        raise AssertionError("a voice that cannot be cut is tried once")

    monkeypatch.setattr(piper_graph, "split_graph", must_not_cut)
    assert cached_split(model, file_identity(model), tmp_path / "cache") is None


def test_an_unwritable_cache_leaves_the_voice_whole(tmp_path: Path) -> None:
    model = _tiny_model(tmp_path / "other.onnx")
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder would be")
    assert cached_split(model, file_identity(model), blocked) is None
    voice_model, _ = bundled_voice()
    assert cached_split(voice_model, file_identity(voice_model), blocked) is None


def test_a_damaged_cut_is_made_again_and_the_voice_speaks_meanwhile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert isinstance(load_voice(*bundled_voice()).session, SplitSession)
    (encoder,) = tmp_path.glob("podcastify/voices/*/encoder.onnx")
    encoder.write_bytes(b"not a model any more")

    voice = load_voice(*bundled_voice())
    assert not isinstance(voice.session, SplitSession), "the whole voice speaks instead"
    config = SynthesisConfig(normalize_audio=False)
    assert sum(len(c.audio_int16_array) for c in voice.synthesize("Still here.", config)) > 0
    assert not encoder.exists(), "the damaged cut is gone"

    assert isinstance(load_voice(*bundled_voice()).session, SplitSession), "and made again"


def test_resident_bytes_follows_the_memory_the_process_touches() -> None:
    before = piper_graph.resident_bytes()
    assert before is not None, "Linux tells"
    held = np.ones(64 * 1024 * 1024, dtype=np.uint8)  # 64 MB, every page written
    after = piper_graph.resident_bytes()
    assert after is not None and after - before >= 60 * 1024 * 1024
    status = Path("/proc/self/status").read_text()
    (line,) = [line for line in status.splitlines() if line.startswith("VmRSS:")]
    assert abs(int(line.split()[1]) * 1024 - after) < 16 * 1024 * 1024
    del held


class _Recording:
    """The real decoder session, noting the run options of every run."""

    def __init__(self, session: object) -> None:
        self.session = session
        self.options: list[object] = []

    def run(self, names: object, feed: dict, options: object = None) -> list:
        self.options.append(options)
        return self.session.run(names, feed, options)


@pytest.mark.parametrize(
    ("budget", "resident", "hands_back"),
    [
        (1 << 40, "measured", False),  # far under budget: memory kept, no page faults
        (0, "measured", True),  # past it: every run hands its memory back
        (1 << 40, "unknown", True),  # no /proc to tell: the safe side
    ],
)
def test_the_decoder_keeps_its_memory_only_within_the_budget(
    split_files: piper_graph.SplitFiles,
    sessions: SplitSession,
    monkeypatch: pytest.MonkeyPatch,
    budget: int,
    resident: str,
    hands_back: bool,
) -> None:
    if resident == "unknown":
        monkeypatch.setattr(piper_graph, "resident_bytes", lambda: None)
    latent = sessions._encoder.run(None, _feed(LONG_SENTENCE, 0.667))[0]
    decoder = _Recording(sessions._decoder)
    shrink = shrinking_run_options()
    session = SplitSession(sessions._encoder, decoder, split_files.frames, shrink, budget)
    samples = session.decode(latent)
    assert len(decoder.options) == len(piece_bounds(latent.shape[-1])) > 1
    assert decoder.options == [shrink if hands_back else None] * len(decoder.options)
    assert np.array_equal(samples, sessions.decode(latent)), "the same samples either way"


def test_release_hands_back_what_the_decoder_kept(
    split_files: piper_graph.SplitFiles, sessions: SplitSession
) -> None:
    decoder = onnx_session(str(split_files.decoder), None)
    session = SplitSession(
        sessions._encoder, decoder, split_files.frames, shrinking_run_options(), 1 << 40
    )
    session.release_memory()  # nothing decoded yet: nothing to give back, and no error
    latent = sessions._encoder.run(None, _feed(LONG_SENTENCE, 0.667))[0]
    session.decode(latent)
    kept = piper_graph.resident_bytes()
    session.release_memory()
    released = piper_graph.resident_bytes()
    assert kept is not None and released is not None
    assert kept - released > 30 * 1024 * 1024, f"{kept >> 20} MB then {released >> 20} MB"
