"""`check` passes on podcastify's own output, built and served by the real command line.

A tiny podcast is built from a short Markdown file (real Piper, fast settings), served by
`podcastify serve` on a free port of 127.0.0.1, with the feed's base URL pointing there.
Then a file is broken on purpose, to show the check really opened it.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from mutagen.id3 import ID3

from podcastify.check import check_output
from tests.faults.conftest import Project

pytestmark = pytest.mark.e2e

NOTE = """\
# A short note

## First part

This is the first part of a very short note.

## Second part

And this is the second part. It ends here.
"""


@dataclass
class Served:
    project: Project
    base: str

    @property
    def feed(self) -> str:
        return self.base + "feed.xml"

    def check(self, *args: str):  # type: ignore[no-untyped-def]
        return self.project.run("check", self.feed, *args)


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    project = Project(tmp_path_factory.mktemp("own") / "podcast")
    project.out.mkdir()
    (project.root / "note.md").write_text(NOTE, encoding="utf-8")
    server = project.start("serve", "--dir", "out", "--port", "0")
    try:
        assert server.stderr is not None
        banner = server.stderr.readline()
        port = re.search(r"127\.0\.0\.1:(\d+)/", banner)
        assert port, banner
        # Keep reading the request log, so the server never blocks on a full pipe.
        threading.Thread(target=server.stderr.read, daemon=True).start()
        base = f"http://127.0.0.1:{port.group(1)}/"
        project.write_config(base_url=base)
        built = project.run("build", "note.md", timeout=300)
        assert built.returncode == 0, built.stderr
        yield Served(project, base)
    finally:
        project.stop_children()


def test_check_passes_on_our_own_served_feed(served):
    result = served.check()
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr
    assert result.stderr.strip() == "no problems found"


def test_the_build_check_function_passes_on_the_output_folder(served):
    assert check_output(served.project.out, served.base) == []


def test_build_check_runs_the_doctor_on_what_it_published(served):
    result = served.project.run("build", "note.md", "--check", timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 added, 1 skipped" in result.stderr and "no problems found" in result.stderr


@pytest.fixture
def episode(served) -> Iterator[Path]:
    """The episode's MP3, put back as it was after the test breaks it."""
    mp3 = next(served.project.out.glob("*.mp3"))
    original = mp3.read_bytes()
    yield mp3
    mp3.write_bytes(original)


def test_check_notices_when_our_episode_loses_its_chapter_table(served, episode):
    tag = ID3(episode)
    tag.delall("CTOC")
    tag.save(episode, v2_version=3)
    result = served.check()
    assert result.returncode == 0, result.stdout  # a warning: chapters vanish, nothing breaks
    (line,) = result.stdout.splitlines()
    assert line.startswith("warning: episode 1 ") and "no table of contents (CTOC)" in line


def test_check_notices_when_our_episode_no_longer_has_its_stated_length(served, episode):
    size = episode.stat().st_size
    with episode.open("ab") as file:
        file.write(b"\0" * 1000)
    result = served.check()
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith("error: episode 1 ")
    assert f"enclosure length is {size} bytes, the file is {size + 1000} bytes" in line


def test_check_output_sees_the_folder_as_published_at_its_public_address(served, network_log):
    """The same folder claimed for a public address, though built for 127.0.0.1: every
    link in it is reported, and none is contacted."""
    problems = check_output(served.project.out, "https://podcasts.example.com/show/")
    assert {p.rule for p in problems} == {"self-link-private", "private-address"}
    assert len(problems) == 7  # self link, cover, audio, three transcripts, chapters
    served_port = int(served.base.rstrip("/").rsplit(":", 1)[1])
    assert network_log.connected and all(p != served_port for _, p in network_log.connected)
