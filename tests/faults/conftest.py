"""The faults suite: shared checks, a project runner, misbehaving servers and a fault tally.

Every test injects one or more faults or bad inputs (counted with the ``fault`` fixture) and
then checks what a user would notice: the run ends in bounded time, the feed still parses
(``assert_feed_healthy``), and the message is one clear line without a traceback.
"""

from __future__ import annotations

import io
import os
import re
import signal
import socket
import subprocess
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import feedparser
import podcastparser
import pytest
from lxml import etree

from tests.helpers.cli import run_podcastify, start_podcastify

BASE_URL = "http://podcast.test/show/"
PODCAST_NS = "https://podcastindex.org/namespace/1.0"
EPISODE_FILE = re.compile(
    r"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+(\.mp3|\.vtt|\.srt|\.transcript\.json|\.chapters\.json)$"
)
SIDE_SUFFIXES = (".vtt", ".srt", ".transcript.json", ".chapters.json")

# Short scripts so Piper is quick: no intro or outro, short pauses, a small MP3.
FAST_CONFIG: dict[str, dict[str, Any]] = {
    "podcast": {"title": "Fault Lines", "author": "Test Desk", "owner_email": "desk@example.org"},
    "script": {"intro_template": "", "outro_template": ""},
    "audio": {
        "sentence_pause_ms": 50,
        "paragraph_pause_ms": 50,
        "section_pause_ms": 50,
        "bitrate_kbps": 32,
        "sample_rate": 22050,
    },
    "publish": {"out": "out", "base_url": BASE_URL},
}

# -- the tally ------------------------------------------------------------------------

_TALLY = pytest.StashKey[Counter]()


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_TALLY] = Counter()


@pytest.fixture
def fault(request: pytest.FixtureRequest) -> Callable[..., None]:
    """``fault("theme: what")`` records one fault or bad input this test tries."""
    tally = request.config.stash[_TALLY]

    def record(*names: str) -> None:
        for name in names:
            tally[name] += 1

    return record


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    tally = config.stash.get(_TALLY, Counter())
    if not tally:
        return
    themes = Counter()
    for name, count in tally.items():
        themes[name.split(":", 1)[0]] += count
    detail = ", ".join(f"{theme} {count}" for theme, count in sorted(themes.items()))
    terminalreporter.write_sep("-", "faults suite")
    terminalreporter.write_line(
        f"faults suite: {sum(tally.values())} faults and bad inputs tried "
        f"({len(tally)} kinds; {detail})"
    )


# -- the healthy-feed check -----------------------------------------------------------


@dataclass(frozen=True)
class PublishedEpisode:
    guid: str
    title: str
    filename: str
    length: int


def assert_no_podcast(out_dir: Path) -> None:
    """A run that never published anything leaves no podcast behind: no feed, no page,
    no audio, and no private state beside the folder."""
    assert not (out_dir / "feed.xml").exists(), "a podcast with no episode was published"
    assert not (out_dir / "index.html").exists()
    assert not list(out_dir.glob("*.mp3")) if out_dir.is_dir() else True
    states = out_dir.parent / ".podcastify"
    assert not states.is_dir() or not any(states.iterdir()), list(states.iterdir())


def assert_feed_healthy(
    out_dir: Path, base_url: str = BASE_URL, *, tidy: bool = True
) -> list[PublishedEpisode]:
    """What a subscriber relies on; ``tidy`` adds what only a finished run guarantees.

    The feed parses without complaint in feedparser and podcastparser; every enclosure,
    transcript and chapters file it names exists (enclosures at the stated length); no
    GUID or file is listed twice; index.html lists the same audio. With ``tidy``: no
    temporary and no episode file that the feed does not list is left in the folder.
    """
    feed_path = out_dir / "feed.xml"
    assert feed_path.is_file(), f"no feed in {out_dir}"
    raw = feed_path.read_bytes()
    parsed = feedparser.parse(raw)
    assert not parsed.bozo, f"feedparser: {parsed.get('bozo_exception')}"
    pp = podcastparser.parse(base_url + "feed.xml", io.BytesIO(raw))
    assert len(pp["episodes"]) == len(parsed.entries)

    episodes: list[PublishedEpisode] = []
    for entry in parsed.entries:
        (enclosure,) = entry.enclosures
        url = enclosure.href
        assert url.startswith(base_url), url
        name = unquote(url[len(base_url) :])
        assert "/" not in name and "\\" not in name and name not in ("", ".", ".."), name
        path = out_dir / name
        assert path.is_file(), f"enclosure {name} is missing"
        assert path.stat().st_size == int(enclosure.length), f"{name}: length differs"
        assert enclosure.type == "audio/mpeg"
        episodes.append(PublishedEpisode(entry.id, entry.title, name, int(enclosure.length)))
    guids = [e.guid for e in episodes]
    files = [e.filename for e in episodes]
    assert len(set(guids)) == len(guids), f"duplicate GUID in {guids}"
    assert len(set(files)) == len(files), f"duplicate file in {files}"

    tree = etree.fromstring(raw, parser=etree.XMLParser(resolve_entities=False, no_network=True))
    side = [
        unquote(el.get("url")[len(base_url) :])
        for el in tree.iter(f"{{{PODCAST_NS}}}transcript", f"{{{PODCAST_NS}}}chapters")
    ]
    for name in side:
        assert (out_dir / name).is_file(), f"linked file {name} is missing"

    index = (out_dir / "index.html").read_text(encoding="utf-8")
    audio = [unquote(src) for src in re.findall(r'<audio [^>]*src="([^"]+)"', index)]
    for name in audio:
        assert (out_dir / name).is_file(), f"index.html links missing audio {name}"

    if tidy:
        # A killed run may have written index.html and died before feed.xml; not after.
        assert sorted(audio) == sorted(files), "index.html and feed.xml list different audio"
        leftovers = sorted(p.name for p in out_dir.glob(".tmp-*"))
        assert not leftovers, f"temporaries left: {leftovers}"
        stems = {f.removesuffix(".mp3") for f in files}
        orphans = sorted(
            p.name
            for p in out_dir.iterdir()
            if EPISODE_FILE.match(p.name) and _stem(p.name) not in stems
        )
        assert not orphans, f"orphan episode files: {orphans}"
        for stem in stems:
            for suffix in SIDE_SUFFIXES:
                assert (out_dir / f"{stem}{suffix}").is_file(), f"{stem}{suffix} missing"
    return episodes


def _stem(name: str) -> str:
    for suffix in (".mp3", *SIDE_SUFFIXES):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def error_lines(stderr: str) -> list[str]:
    """The user-facing error lines; fails on a traceback or on no error at all."""
    assert "Traceback" not in stderr, stderr
    errors = [line for line in stderr.splitlines() if line.startswith(("error:", "Error:"))]
    assert errors, f"no error line in:\n{stderr}"
    for line in errors:
        assert len(line) < 500, f"error line too long: {line[:200]}…"
    return errors


def no_traceback(result: Run) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout, result.stdout


# -- running the real CLI -------------------------------------------------------------


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str
    elapsed: float


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    text = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'


@dataclass
class Project:
    """A podcast folder: podcastify.toml, private state and the published ``out/``."""

    root: Path
    build: dict[str, Any] = field(default_factory=dict)
    children: list[subprocess.Popen[str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        self.write_config()

    @property
    def out(self) -> Path:
        return self.root / "out"

    @property
    def config(self) -> Path:
        return self.root / "podcastify.toml"

    def write_config(self, **settings: Any) -> None:
        """FAST_CONFIG plus this project's settings, each key in its own section."""
        from podcastify.settings import key_home

        self.build.update(settings)
        tables: dict[str, dict[str, Any]] = {t: dict(v) for t, v in FAST_CONFIG.items()}
        for key, value in self.build.items():
            tables.setdefault(key_home(key), {})[key] = value
        lines: list[str] = []
        for table, values in tables.items():
            lines.append(f"[{table}]")
            lines += [f"{key} = {_toml_value(value)}" for key, value in values.items()]
            lines.append("")
        self.config.write_text("\n".join(lines), encoding="utf-8")

    def run(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        timeout: float = 120,
        cwd: Path | None = None,
    ) -> Run:
        """Run ``podcastify ARGS`` to the end (bounded by ``timeout``)."""
        started = time.monotonic()
        done = run_podcastify(*args, cwd=cwd or self.root, env=env, timeout=timeout)
        return Run(done.returncode, done.stdout, done.stderr, time.monotonic() - started)

    def start(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
        """Start ``podcastify ARGS`` in the background; stopped at teardown if still running."""
        child = start_podcastify(*args, cwd=self.root, env=env)
        self.children.append(child)
        return child

    def stop_children(self) -> None:
        for child in self.children:
            if child.poll() is None:
                os.kill(child.pid, signal.SIGKILL)
            child.communicate(timeout=30)


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    proj = Project(tmp_path / "podcast")
    yield proj
    proj.stop_children()


def wait_for_lock(proj: Project, child: subprocess.Popen[str], seconds: float = 30) -> None:
    """Wait until ``child`` holds the run lock of ``proj`` (its pid is in the lock file)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for lock in (proj.root / ".podcastify").glob("*/lock"):
            if lock.read_text().strip() == str(child.pid):
                return
        assert child.poll() is None, f"run ended early: {child.communicate()}"
        time.sleep(0.02)
    raise AssertionError("the run never took its lock")


def tree_snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    """name → (size, mtime_ns) of every file, to prove what a run did not touch."""
    return {p.name: (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.iterdir()}


def day(n: int) -> datetime:
    return datetime(2024, 1, n, 8, 0, tzinfo=UTC)


# -- servers that misbehave on purpose -----------------------------------------------


class RawServer:
    """A TCP server on 127.0.0.1 that runs ``behaviour(conn)`` for each connection."""

    def __init__(self, behaviour: Callable[[socket.socket], None]) -> None:
        self.behaviour = behaviour
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.connections = 0
        self.closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.sock.getsockname()[1]}/feed.xml"

    def _accept(self) -> None:
        while not self.closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            conn.settimeout(30)
            self.behaviour(conn)
        except OSError:
            pass
        finally:
            conn.close()

    def close(self) -> None:
        self.closed.set()
        self.sock.close()

    def wait(self, seconds: float) -> None:
        """Sleep, but stop early when the server is closed."""
        self.closed.wait(seconds)


@pytest.fixture
def raw_server() -> Iterator[Callable[[Callable[[RawServer, socket.socket], None]], RawServer]]:
    servers: list[RawServer] = []

    def make(behaviour: Callable[[RawServer, socket.socket], None]) -> RawServer:
        holder: list[RawServer] = []
        server = RawServer(lambda conn: behaviour(holder[0], conn))
        holder.append(server)
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.close()
