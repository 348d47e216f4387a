"""Build options a user reaches for: --limit, and intro/outro music from the config."""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime

import feedparser
import pytest

from podcastify.audio.master import decoded_duration
from podcastify.ffmpeg import ffmpeg_exe
from tests.helpers.feeds import Item, rss

pytestmark = pytest.mark.e2e

OLD = Item(
    title="Old News",
    guid="old",
    html="<p>This happened long ago.</p>",
    published=datetime(2023, 1, 1, tzinfo=UTC),
)
NEW = Item(
    title="New News",
    guid="new",
    html="<p>This happened today.</p>",
    published=datetime(2024, 1, 1, tzinfo=UTC),
)


def test_limit_takes_the_newest_first_and_the_rest_next_time(cli, site, tmp_path):
    url = site.add("/feed.xml", rss([NEW, OLD]), "application/rss+xml")
    first = cli("build", url, "--out", "out", "--limit", "1", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "1 added" in first.stderr
    titles = [
        e.title for e in feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes()).entries
    ]
    assert titles == ["New News"]
    second = cli("build", url, "--out", "out", cwd=tmp_path)
    assert "1 added, 1 skipped" in second.stderr
    titles = [
        e.title for e in feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes()).entries
    ]
    assert titles == ["New News", "Old News"]


def _tone(path, seconds: float) -> None:
    subprocess.run(
        [
            ffmpeg_exe(),
            "-hide_banner",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"sine=frequency=660:duration={seconds}",
            "-ac",
            "1",
            str(path),
        ],
        check=True,
    )


def test_intro_and_outro_music_are_mixed_in_and_timings_follow(cli, tmp_path):
    _tone(tmp_path / "intro.wav", 4.0)
    _tone(tmp_path / "outro.wav", 2.0)
    (tmp_path / "podcastify.toml").write_text(
        '[audio]\nintro_music = "intro.wav"\noutro_music = "outro.wav"\n'
    )
    (tmp_path / "a.txt").write_text("Chimes\n\nA short piece between two chimes.\n")
    result = cli("build", "a.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (mp3,) = (tmp_path / "out").glob("*.mp3")
    segments = json.loads(next((tmp_path / "out").glob("*.transcript.json")).read_text())[
        "segments"
    ]
    chapters = json.loads(next((tmp_path / "out").glob("*.chapters.json")).read_text())["chapters"]
    # The voice comes in as the 4 s intro fades under it (1.5 s overlap), after the lead-in.
    assert 2.5 <= segments[0]["startTime"] <= 3.0
    assert chapters[0]["startTime"] == 0
    # The 2 s outro follows the last word.
    duration = decoded_duration(mp3)
    assert duration - segments[-1]["endTime"] >= 2.0
    assert abs(chapters[-1]["endTime"] - duration) <= 0.1


def test_missing_music_file_is_a_clear_error(cli, tmp_path):
    (tmp_path / "podcastify.toml").write_text('[audio]\nintro_music = "nope.wav"\n')
    (tmp_path / "a.txt").write_text("Chimes\n\nWords.\n")
    result = cli("build", "a.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "nope.wav" in result.stderr
