"""A real server on 127.0.0.1 over a folder of files with known bytes, and ways to talk to it."""

from __future__ import annotations

import http.client
import random
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

from podcastify.server import make_server

EPISODE = random.Random(1234).randbytes(10_000)
SECRET = b"SECRET-OUTSIDE-THE-FOLDER"
STATE = b"SQLite format 3\x00 private state"

SITE_FILES: dict[str, bytes] = {
    "episode.mp3": EPISODE,
    "empty.mp3": b"",
    "feed.xml": b'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel/></rss>',
    "index.html": b"<!doctype html><title>Podcast</title>",
    "cover.png": b"\x89PNG\r\n\x1a\n fake png",
    "cover.jpg": b"\xff\xd8\xff fake jpeg",
    "cover.jpeg": b"\xff\xd8\xff fake jpeg too",
    "episode.vtt": b"WEBVTT\n\n00:00.000 --> 00:01.000\nHello\n",
    "episode.srt": b"1\n00:00:00,000 --> 00:00:01,000\nHello\n",
    "episode.json": b'{"segments": []}',
    "episode.chapters.json": b'{"version": "1.2.0", "chapters": []}',
    "style.css": b"body { margin: 0 }",
    "data.bin": b"\x00\x01\x02",
    "README": b"no suffix",
    "with space.mp3": b"spaced",
    "épisode.mp3": b"accented",
    "%2e%2e": b"a file literally named %2e%2e",
    "sub/index.html": b"<p>sub index</p>",
    "sub/feed.xml": b"<rss/>",
    "sub/.secret": b"hidden in sub",
    "noindex/file.txt": b"just a file",
    ".podcastify/state.db": STATE,
    ".hidden": b"dotfile",
}


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    """Header names lower-cased."""
    body: bytes


@dataclass
class Site:
    """The served folder, its server's port, and request helpers."""

    root: Path
    port: int
    host: str = "127.0.0.1"
    files: dict[str, bytes] = field(default_factory=dict)
    secret: bytes = SECRET
    """The bytes of the bait file just outside the folder."""

    def connection(self) -> http.client.HTTPConnection:
        return http.client.HTTPConnection(self.host, self.port, timeout=10)

    def request(
        self,
        path: str,
        headers: dict[str, str] | None = None,
        method: str = "GET",
        conn: http.client.HTTPConnection | None = None,
    ) -> Response:
        """One request; pass ``conn`` to reuse a keep-alive connection."""
        own = conn is None
        conn = conn or self.connection()
        try:
            conn.request(method, path, headers=headers or {})
            resp = conn.getresponse()
            body = resp.read()
            return Response(resp.status, {k.lower(): v for k, v in resp.getheaders()}, body)
        finally:
            if own:
                conn.close()

    def raw(self, data: bytes, timeout: float = 10) -> bytes:
        """Send bytes as they are and read until the server closes the connection."""
        with socket.create_connection((self.host, self.port), timeout=timeout) as sock:
            sock.sendall(data)
            chunks = []
            while chunk := sock.recv(65536):
                chunks.append(chunk)
        return b"".join(chunks)

    def raw_get(self, target: str | bytes) -> tuple[int, bytes]:
        """GET a target sent verbatim (no client-side normalisation); status and whole reply."""
        if isinstance(target, str):
            target = target.encode("utf-8")
        reply = self.raw(b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        return status_of(reply), reply


def status_of(reply: bytes) -> int:
    """Status code from a raw HTTP reply."""
    return int(reply.split(b" ", 2)[1])


def populate(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


@pytest.fixture
def start_server() -> Iterator[Callable[..., Site]]:
    """Factory: serve a folder on a free port in a thread; stopped after the test."""
    running: list[tuple[ThreadingHTTPServer, threading.Thread]] = []

    def start(root: Path, *, quiet: bool = True) -> Site:
        server = make_server(root, "127.0.0.1", 0, quiet=quiet)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        thread.start()
        running.append((server, thread))
        return Site(root=root, port=server.server_address[1])

    yield start
    for server, thread in running:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def site(tmp_path: Path, start_server: Callable[..., Site]) -> Site:
    """Serve tmp_path/audio; tmp_path/secret.txt sits just outside it as bait."""
    root = tmp_path / "audio"
    root.mkdir()
    populate(root, SITE_FILES)
    (tmp_path / "secret.txt").write_bytes(SECRET)
    (tmp_path / "outside_dir").mkdir()
    (tmp_path / "outside_dir" / "secret.txt").write_bytes(SECRET)
    (root / "leak.txt").symlink_to(tmp_path / "secret.txt")
    (root / "leakdir").symlink_to(tmp_path / "outside_dir")
    (root / "latest.mp3").symlink_to("episode.mp3")
    (root / "state.db").symlink_to(".podcastify/state.db")
    served = start_server(root)
    served.files = dict(SITE_FILES)
    return served
