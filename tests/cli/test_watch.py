"""`podcastify watch`: runs again and again, a failing source never stops it, SIGTERM lets
the article being made finish, and two watchers of one podcast cannot both run."""

from __future__ import annotations

import signal
import threading
import time
from pathlib import Path

import pytest

from podcastify.errors import ConfigError
from podcastify.schedule import parse_every
from tests.helpers.cli import run_podcastify, start_podcastify
from tests.helpers.feeds import Item, rss
from tests.realuse.conftest import day, snapshot

pytestmark = pytest.mark.e2e

FAST = """\
intro_template = ""
outro_template = ""
bitrate_kbps = 32
sample_rate = 22050
[podcast]
sources = ["{feed}"]
[publish]
out = "out"
base_url = "https://pods.example.org/show/"
"""


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("30m", 1800), ("1h", 3600), ("2h30m", 9000), ("1d", 86400), ("1.5h", 5400)],
)
def test_intervals_read_as_people_write_them(text, seconds):
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "hourly", "5", "1h 30", "0s", "-1m"])
def test_a_bad_interval_is_one_line(text):
    with pytest.raises(ConfigError):
        parse_every(text)


class Lines:
    """Collects a child's output lines as they come."""

    def __init__(self, stream) -> None:  # type: ignore[no-untyped-def]
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:  # type: ignore[no-untyped-def]
        for line in stream:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float = 180) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if text in line:
                    return line
            time.sleep(0.1)
        raise AssertionError(f"never saw {text!r} in {self.lines}")


def test_two_cycles_a_failing_source_then_sigterm_mid_article(site, tmp_path: Path):
    feed = site.add("/feed.xml", b"busy", status=503)
    (tmp_path / "podcastify.toml").write_text(FAST.format(feed=feed))
    watcher = start_podcastify("watch", "--every", "3s", cwd=tmp_path)
    out_lines, err_lines = Lines(watcher.stdout), Lines(watcher.stderr)
    try:
        first = out_lines.wait_for("run 1:")
        assert "0 added, 0 skipped, 1 failed" in first
        site.add(
            "/feed.xml",
            rss([Item("Owls", "owls", "<p>Owls see well at night.</p>", published=day(1))]),
            "application/rss+xml",
        )
        second = out_lines.wait_for("run 2:")
        assert "1 added, 0 skipped, 0 failed" in second
        before = snapshot(tmp_path / "out")

        # A new, longer article: SIGTERM while it is being spoken lets it finish.
        long_text = "".join(
            f"<p>Paragraph {n}: the river bends and the boats slow down.</p>" for n in range(12)
        )
        site.add(
            "/feed.xml",
            rss(
                [
                    Item("Owls", "owls", "<p>Owls see well at night.</p>", published=day(1)),
                    Item("Rivers", "rivers", long_text, published=day(2)),
                ]
            ),
            "application/rss+xml",
        )
        err_lines.wait_for("Rivers")
        watcher.send_signal(signal.SIGTERM)
        assert watcher.wait(timeout=300) == 0
    finally:
        if watcher.poll() is None:
            watcher.kill()
        watcher.wait()
    after = snapshot(tmp_path / "out")
    assert set(after.items) == {"owls", "rivers"}
    assert after.items["owls"] == before.items["owls"]
    assert not list((tmp_path / "out").glob(".tmp-*"))
    assert any("stopping after the article being made" in line for line in err_lines.lines)


def test_two_watchers_of_one_podcast_cannot_both_run(site, tmp_path: Path):
    feed = site.add("/feed.xml", b"busy", status=503)
    (tmp_path / "podcastify.toml").write_text(FAST.format(feed=feed))
    first = start_podcastify("watch", "--every", "1h", cwd=tmp_path)
    try:
        Lines(first.stdout).wait_for("run 1:")
        second = run_podcastify("watch", "--every", "1h", cwd=tmp_path, timeout=60)
        assert second.returncode == 1
        assert "another podcastify watch" in second.stderr
    finally:
        first.send_signal(signal.SIGTERM)
        assert first.wait(timeout=60) == 0
