"""Does finishing episode N (master, encode) while N+1 is spoken pay on this machine?

Speaks and renders the same articles with the library's audio building blocks, in one
process with the voice loaded once, three ways, alternating so drift cancels:

- sequential: record N, finish N, record N+1, ...
- overlapped: record N, hand it to a :class:`podcastify.audio.Finisher` (a worker
  thread; the encoder is its own process), record N+1 meanwhile, ...
- overlapped with onnxruntime's threads not spinning while they wait (they are otherwise
  busy-waiting on the cores the encoder needs).

    python benchmarks/bench_overlap.py [--articles 3] [--rounds 2]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path[:0] = [str(BENCH.parent), str(BENCH)]

from articles import write_articles  # noqa: E402

from podcastify.audio import Finisher, finish, record  # noqa: E402
from podcastify.settings import AudioSettings as Sound  # noqa: E402
from podcastify.settings import VoiceSettings  # noqa: E402
from podcastify.speech import speak_script  # noqa: E402
from podcastify.speech.piper_engine import PiperEngine, bundled_voice  # noqa: E402


def scripts(folder: Path, count: int):
    from podcastify.config import Settings
    from podcastify.pipeline import Reporter, scripts_for

    sources = write_articles(folder, count, 6)
    found, _ = scripts_for([str(s) for s in sources], Settings(), Reporter())
    return [script for _, script in found]


def not_spinning(engine: PiperEngine) -> PiperEngine:
    """The same voice with its ONNX threads sleeping instead of spinning when idle."""
    import onnxruntime
    from piper import PiperVoice

    model, _ = bundled_voice()
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = engine.voice.session.get_session_options().intra_op_num_threads
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = onnxruntime.InferenceSession(
        str(model), sess_options=options, providers=["CPUExecutionProvider"]
    )
    engine.voice = PiperVoice(config=engine.voice.config, session=session)
    return engine


def sequential(engine, texts, folder: Path) -> float:
    started = time.perf_counter()
    for index, script in enumerate(texts):
        recording = record(speak_script(script, engine), Sound(), folder)
        finish(recording, Sound(), folder / f"seq-{index}.mp3")
    return time.perf_counter() - started


def overlapped(engine, texts, folder: Path) -> float:
    started = time.perf_counter()
    with Finisher() as finisher:
        futures = []
        for index, script in enumerate(texts):
            recording = record(speak_script(script, engine), Sound(), folder)
            futures.append(finisher.submit(recording, Sound(), folder / f"ovl-{index}.mp3"))
        for future in futures:
            future.result()
    return time.perf_counter() - started


def speak_only(engine, texts) -> float:
    started = time.perf_counter()
    for script in texts:
        for _ in speak_script(script, engine):
            pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="podcastify-overlap-") as work:
        folder = Path(work)
        texts = scripts(folder / "articles", args.articles)
        spinning = PiperEngine(VoiceSettings())
        sleeping = not_spinning(PiperEngine(VoiceSettings()))
        threads = spinning.voice.session.get_session_options().intra_op_num_threads
        ways = {
            "speech only (no audio stage)": lambda: speak_only(spinning, texts),
            "sequential": lambda: sequential(spinning, texts, folder),
            "overlapped": lambda: overlapped(spinning, texts, folder),
            "overlapped, threads not spinning": lambda: overlapped(sleeping, texts, folder),
            "sequential, threads not spinning": lambda: sequential(sleeping, texts, folder),
        }
        times: dict[str, list[float]] = {name: [] for name in ways}
        for round_ in range(args.rounds):
            names = list(ways) if round_ % 2 == 0 else list(reversed(ways))
            for name in names:
                times[name].append(ways[name]())
        from mutagen.mp3 import MP3

        audio = sum(MP3(p).info.length for p in folder.glob("seq-*.mp3"))
    print(f"{args.articles} articles, {audio:.0f} s of audio, onnxruntime {threads} threads")
    base = statistics.median(times["speech only (no audio stage)"])
    for name, values in times.items():
        median = statistics.median(values)
        runs = " ".join(f"{v:.1f}" for v in values)
        print(f"  {name:34s} {median:7.1f} s  x{median / base:.3f} of speech  ({runs})")


if __name__ == "__main__":
    main()
