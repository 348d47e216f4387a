"""A Piper voice run as two ONNX graphs, so a long sentence needs no more memory than a short one.

A Piper (VITS) voice is one graph: the text encoder, durations and flow turn phonemes into
latent frames (192 numbers per 256 samples), and the decoder turns frames into samples.
Almost all of a long sentence's memory is the decoder's, about 0.25 MB per frame (measured
on the bundled voice: an 80-word sentence, 23 s of speech, peaks at 590 MB as one run,
260 MB decoded in pieces). The decoder is convolutional and sees only a few frames either
side of each sample, so frames decoded in overlapping pieces and cut at the seams give the
same samples as one run (bit for bit on the bundled voice; see the tests).

The decoder keeps its memory between runs while the process stays within
:data:`DECODER_MEMORY_BUDGET`, and hands it back after a run only past it. Handing it back
after every run (as before) kept memory lowest, but the next run took it again from the
kernel, page by page, zeroed: on 60 sentences, 2.3 million page faults and 5 s of kernel
time, the cut voice 12 % slower than Piper as shipped instead of 4-8 %.

The graph is cut where the decoder begins: the single tensor that feeds every node of the
decoder (``/dec/...`` in Piper's exports). A voice exported differently (no such cut, a
speaker embedding also feeding the decoder, alignment outputs) runs whole, as before.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from podcastify.fsutil import atomic_write_bytes, atomic_write_text, cache_home

if TYPE_CHECKING:
    import numpy as np
    import onnx

DECODER_PREFIX = "/dec/"
"""How Piper's exports name the decoder's nodes (the ``dec`` module of VITS)."""
DECODER_FRAMES = 300
"""The most latent frames decoded at once (about 3.5 s of speech, about 75 MB of the decoder's
memory): a sentence that long or shorter is decoded in one run, exactly as Piper does it; a
longer one costs the context frames below twice per cut. Measured on 60 sentences, memory
kept: 300 frames peak at 290-360 MB, 400 at 360-380, 600 at 390-450; speed within noise."""
DECODER_CONTEXT_FRAMES = 12
"""Frames either side of a piece that are decoded with it and cut off again. The bundled
voice's decoder reaches 11 frames (measured: 10 leave differences of 1e-6, 8 of 1e-3), so its
pieces join bit for bit into what one run gives."""
DECODER_MEMORY_BUDGET = 270 * 1024 * 1024
"""The process's resident memory (bytes) past which a decoder run hands its memory back when
it ends; below it the decoder's memory is reused run after run. One run can add up to about
110 MB (a piece's tensors, the arena growing in steps, the encoder's own run): measured, a
60-minute build with a 300 MB budget peaked at 407 MB. So 270 keeps the process under 400."""


@dataclass(frozen=True)
class SplitGraph:
    """A voice's graph cut in two: serialised encoder and decoder, and the tensor between."""

    encoder: bytes
    """Phonemes (the voice's own inputs) to latent frames."""
    decoder: bytes
    """Latent frames to the voice's output samples."""
    frames: str
    """The name of the latent-frames tensor: the encoder's output, the decoder's input."""


def _has_subgraphs(graph: onnx.GraphProto) -> bool:
    import onnx

    return any(
        attribute.type in (onnx.AttributeProto.GRAPH, onnx.AttributeProto.GRAPHS)
        for node in graph.node
        for attribute in node.attribute
    )


def _backward_slice(graph: onnx.GraphProto, outputs: Iterable[str], stop: str) -> list[int]:
    """Indices (in graph order) of the nodes that ``outputs`` need, not looking past ``stop``."""
    producer = {name: index for index, node in enumerate(graph.node) for name in node.output}
    needed: set[int] = set()
    wanted = list(outputs)
    while wanted:
        name = wanted.pop()
        if name == stop or name not in producer or producer[name] in needed:
            continue
        needed.add(producer[name])
        wanted.extend(filter(None, graph.node[producer[name]].input))
    return sorted(needed)


def _free_inputs(graph: onnx.GraphProto, nodes: list[int]) -> set[str]:
    """Tensors the nodes read that none of them makes and no initializer holds."""
    made = {name for index in nodes for name in graph.node[index].output}
    stored = {tensor.name for tensor in graph.initializer}
    return {
        name
        for index in nodes
        for name in graph.node[index].input
        if name and name not in made and name not in stored
    }


def _keep_only(graph: onnx.GraphProto, nodes: list[int]) -> None:
    """Cut ``graph`` down, in place, to ``nodes`` and the initializers they read."""
    keep = set(nodes)
    for index in reversed(range(len(graph.node))):
        if index not in keep:
            del graph.node[index]
    used = {name for node in graph.node for name in node.input}
    for index in reversed(range(len(graph.initializer))):
        if graph.initializer[index].name not in used:
            del graph.initializer[index]


def split_graph(model_path: Path) -> SplitGraph | None:
    """The voice's graph cut before its decoder, or None when it cannot be cut cleanly.

    The encoder is the parsed model cut down in place, so only one copy of the voice's
    weights (about 60 MB) is ever parsed and one serialised.
    """
    import onnx

    model = onnx.load(str(model_path))
    graph = model.graph
    if len(graph.output) != 1 or _has_subgraphs(graph):
        return None
    decoder_nodes = [i for i, node in enumerate(graph.node) if node.name.startswith(DECODER_PREFIX)]
    entries = _free_inputs(graph, decoder_nodes)
    if len(entries) != 1:
        return None
    (frames,) = entries
    output = graph.output[0]
    decoder = _backward_slice(graph, [output.name], stop=frames)
    encoder = _backward_slice(graph, [frames], stop="")
    voice_inputs = {tensor.name for tensor in graph.input}
    if _free_inputs(graph, decoder) != {frames} or not _free_inputs(graph, encoder) <= voice_inputs:
        return None
    latent = onnx.helper.make_tensor_value_info(frames, onnx.TensorProto.FLOAT, None)
    used = {name for index in decoder for name in graph.node[index].input}
    decoder_graph = onnx.helper.make_graph(
        [graph.node[index] for index in decoder],
        graph.name,
        [latent],
        [output],
        initializer=[tensor for tensor in graph.initializer if tensor.name in used],
    )
    decoder_model = onnx.helper.make_model(decoder_graph, opset_imports=model.opset_import)
    decoder_model.ir_version = model.ir_version
    _keep_only(graph, encoder)
    del graph.output[:]
    graph.output.append(latent)
    return SplitGraph(model.SerializeToString(), decoder_model.SerializeToString(), frames)


def cache_folder() -> Path:
    """Where voices cut in two are kept: ``$XDG_CACHE_HOME/podcastify/voices``."""
    return cache_home() / "voices"


@dataclass(frozen=True)
class SplitFiles:
    """A voice cut in two, on disk: what :func:`cached_split` gives."""

    encoder: Path
    decoder: Path
    frames: str


def cached_split(model_path: Path, identity: str, folder: Path | None = None) -> SplitFiles | None:
    """The voice cut in two, made once per model file (about 2 s) and kept in ``folder``.

    ``identity`` names the model file exactly (path, size, time), so a replaced voice is
    cut again. None when the voice cannot be cut (remembered, so it is tried once) or the
    folder cannot be written: the voice then runs whole.
    """
    folder = (folder or cache_folder()) / hashlib.sha256(identity.encode()).hexdigest()[:24]
    files = SplitFiles(folder / "encoder.onnx", folder / "decoder.onnx", "")
    index = folder / "split.json"
    try:
        known = json.loads(index.read_text(encoding="utf-8"))
        if known.get("identity") == identity:
            if known["frames"] is None:  # tried before: this voice cannot be cut
                return None
            if files.encoder.is_file() and files.decoder.is_file():
                return SplitFiles(files.encoder, files.decoder, str(known["frames"]))
    except (OSError, ValueError, KeyError, AttributeError):
        pass
    split = split_graph(model_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if split is not None:
            atomic_write_bytes(files.encoder, split.encoder)
            atomic_write_bytes(files.decoder, split.decoder)
        record = {"identity": identity, "frames": split.frames if split else None}
        atomic_write_text(index, json.dumps(record))
    except OSError:
        return None
    return None if split is None else SplitFiles(files.encoder, files.decoder, split.frames)


def piece_bounds(frames: int, most: int = DECODER_FRAMES) -> list[tuple[int, int]]:
    """``frames`` cut into the fewest equal pieces of at most ``most`` frames: (start, end)."""
    count = max(1, -(-frames // most))
    size = -(-frames // count)
    return [(start, min(frames, start + size)) for start in range(0, frames, size)]


_PAGE_BYTES = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def resident_bytes() -> int | None:
    """This process's resident memory now, or None where Linux's /proc is not there."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * _PAGE_BYTES
    except (OSError, ValueError, IndexError):
        return None


class SplitSession:
    """Stands in for Piper's ONNX session: the encoder once, then the decoder piece by piece."""

    def __init__(
        self,
        encoder: Any,
        decoder: Any,
        frames: str,
        run_options: Any,
        memory_budget: int = DECODER_MEMORY_BUDGET,
    ) -> None:
        self._encoder = encoder
        self._decoder = decoder
        self._frames = frames
        self._run_options = run_options
        """Options that hand a session's memory back at the end of a run."""
        self._memory_budget = memory_budget
        self._latent_layout: tuple[tuple[int, ...], Any] | None = None
        """Shape (but the frames) and type of the latent frames, once one has been decoded."""

    def _decoder_options(self, run_options: object) -> object:
        """The handing-back options once the process is past its budget (or cannot tell)."""
        resident = resident_bytes()
        if resident is not None and resident <= self._memory_budget:
            return None
        return run_options or self._run_options

    def run(self, output_names: object, input_feed: dict, run_options: object = None) -> list:
        """What the whole graph's run gives: ``[samples]``."""
        latent = self._encoder.run(None, input_feed, run_options or self._run_options)[0]
        return [self.decode(latent, run_options)]

    def decode(self, latent: np.ndarray, run_options: object = None) -> np.ndarray:
        """The samples of ``latent`` frames, decoded a piece at a time and joined."""
        import numpy as np

        total = latent.shape[-1]
        self._latent_layout = (latent.shape[:-1], latent.dtype)
        pieces: list[np.ndarray] = []
        for start, end in piece_bounds(total):
            first = max(0, start - DECODER_CONTEXT_FRAMES)
            last = min(total, end + DECODER_CONTEXT_FRAMES)
            window = np.ascontiguousarray(latent[..., first:last])
            options = self._decoder_options(run_options)
            samples = self._decoder.run(None, {self._frames: window}, options)[0].reshape(-1)
            per_frame = len(samples) // (last - first)
            pieces.append(samples[(start - first) * per_frame : (end - first) * per_frame])
        return np.concatenate(pieces) if len(pieces) > 1 else pieces[0]

    def release_memory(self) -> None:
        """Hand back the memory the decoder kept, now: a script is spoken, mastering is next.

        onnxruntime gives an arena back only at the end of a run, so this is a run on a
        few frames of silence, with the handing-back options (a few milliseconds).
        """
        import numpy as np

        if self._latent_layout is None:
            return
        shape, dtype = self._latent_layout
        silence = np.zeros((*shape, 2 * DECODER_CONTEXT_FRAMES + 1), dtype=dtype)
        self._decoder.run(None, {self._frames: silence}, self._run_options)
