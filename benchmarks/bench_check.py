"""Benchmark `podcastify check` on a large local feed: time, requests and bytes read.

Serves a feed of N episodes (each a distinct URL of one long MP3 with podcastify's ID3 tag,
cover and chapters) from 127.0.0.1 and prints how long the check took, how many requests
it made and how many bytes the host sent, against the bytes a full download would take.

    python benchmarks/bench_check.py [--episodes N] [--minutes M]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from podcastify.check import check_feed  # noqa: E402
from tests.check.conftest import make_media  # noqa: E402
from tests.check.host import start_host, stop_host  # noqa: E402

ITEM = """<item><title>Episode {n}</title><guid isPermaLink="false">bench-{n}</guid>
<pubDate>Thu, 02 May 2024 08:00:00 +0000</pubDate>
<enclosure url="{base}/ok/big.mp3?n={n}" length="{length}" type="audio/mpeg"/>
<podcast:chapters url="{base}/ok/episode.chapters.json" type="application/json+chapters"/>
</item>"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--episodes", type=int, default=200)
    parser.add_argument("--minutes", type=float, default=30.0, help="length of the MP3")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        media = make_media(Path(folder))
        tagged = (media / "long.mp3").read_bytes()  # 60 s, tagged like an episode
        big = media / "big.mp3"
        big.write_bytes(tagged + tagged[-65536:] * int(args.minutes * 60 * 4000 / 65536))
        host = start_host(media)
        try:
            clean = (REPO / "tests/check/feeds/clean.xml").read_text(encoding="utf-8")
            head = clean[: clean.index("  <item>")].replace("{base}", host.base)
            items = "".join(
                ITEM.format(n=n, base=host.base, length=big.stat().st_size)
                for n in range(args.episodes)
            )
            host.feeds["big.xml"] = (head + items + "</channel></rss>").encode("utf-8")
            started = time.perf_counter()
            problems = check_feed(f"{host.base}/feeds/big.xml")
            seconds = time.perf_counter() - started
        finally:
            stop_host(host)
        sent = sum(host.bytes_sent.values())
        full = args.episodes * big.stat().st_size
        print(f"episodes checked      {args.episodes}")
        print(f"problems found        {len(problems)}")
        print(f"MP3 size              {big.stat().st_size / 1e6:.1f} MB")
        print(f"requests              {len(host.hits)}")
        print(f"bytes sent by host    {sent / 1e6:.2f} MB")
        print(f"a full download       {full / 1e6:.0f} MB ({full / max(sent, 1):.0f}× more)")
        print(f"wall time             {seconds:.2f} s ({args.episodes / seconds:.0f} episodes/s)")


if __name__ == "__main__":
    main()
