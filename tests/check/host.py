"""A podcast host on 127.0.0.1 whose manners are chosen by the first path segment.

``/ok/NAME`` behaves as podcast apps need (HEAD, byte ranges, right types); ``/norange/``
ignores Range like Python's http.server; ``/badrange/`` answers 206 with the whole file
and no Content-Range; ``/nohead/`` refuses HEAD; ``/html/`` and ``/octet/`` send every
file as text/html or application/octet-stream; ``/feeds/NAME`` serves a feed fixture;
``/redirect?to=URL`` answers 302 to URL.
Every request is recorded, so a test can prove which URLs were never contacted.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

TYPES = {
    ".mp3": "audio/mpeg",
    "": "audio/mpeg",  # extension-less media URLs, as tracking hosts serve them
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".gif": "image/gif",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
}
BEHAVIOURS = ("ok", "norange", "badrange", "nohead", "html", "octet")
FORCED_TYPES = {"html": "text/html", "octet": "application/octet-stream"}
_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


@dataclass(frozen=True)
class Hit:
    method: str
    target: str
    """Path and query, as requested."""
    range: str


@dataclass
class Host:
    media: Path
    feeds: dict[str, bytes] = field(default_factory=dict)
    feed_types: dict[str, str] = field(default_factory=dict)
    """Content-Type of a feed when not application/rss+xml."""
    hits: list[Hit] = field(default_factory=list)
    bytes_sent: dict[str, int] = field(default_factory=dict)
    server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def targets(self) -> list[str]:
        return [hit.target for hit in self.hits]

    def reset(self) -> None:
        self.hits.clear()
        self.bytes_sent.clear()


def _handler(host: Host) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def do_HEAD(self) -> None:
            self._respond(head=True)

        def do_GET(self) -> None:
            self._respond(head=False)

        def _respond(self, *, head: bool) -> None:
            path = unquote(urlsplit(self.path).path)
            host.hits.append(Hit(self.command, self.path, self.headers.get("Range", "")))
            behaviour, _, name = path.lstrip("/").partition("/")
            if behaviour == "redirect":
                target = parse_qs(urlsplit(self.path).query).get("to", [""])[0]
                self._send(302, b"", "text/plain", head, path, {"Location": target})
                return
            if behaviour == "feeds" and name in host.feeds:
                kind = host.feed_types.get(name, "application/rss+xml")
                self._send(200, host.feeds[name], kind, head, path)
                return
            file = host.media / name
            if behaviour not in BEHAVIOURS or "/" in name or not file.is_file():
                self._send(404, b"not found", "text/plain", head, path)
                return
            if behaviour == "nohead" and head:
                self._send(405, b"", "text/plain", head, path)
                return
            data = file.read_bytes()
            kind = FORCED_TYPES.get(behaviour, TYPES[file.suffix])
            match = _RANGE.fullmatch(self.headers.get("Range", "").strip())
            if behaviour == "badrange" and match and not head:
                self._send(206, data, kind, head, path)
                return
            if behaviour != "norange" and match and not head:
                first = int(match.group(1))
                last = min(int(match.group(2) or len(data) - 1), len(data) - 1)
                extra = {"Content-Range": f"bytes {first}-{last}/{len(data)}"}
                self._send(206, data[first : last + 1], kind, head, path, extra)
                return
            extra = {} if behaviour == "norange" else {"Accept-Ranges": "bytes"}
            self._send(200, data, kind, head, path, extra)

        def _send(
            self,
            status: int,
            body: bytes,
            kind: str,
            head: bool,
            path: str,
            extra: dict[str, str] | None = None,
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if head:
                return
            sent = 0
            try:
                for start in range(0, len(body), 16384):
                    self.wfile.write(body[start : start + 16384])
                    sent += min(16384, len(body) - start)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client read what it needed and hung up
            host.bytes_sent[path] = host.bytes_sent.get(path, 0) + sent

    return Handler


def start_host(media: Path) -> Host:
    host = Host(media)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(host))
    server.daemon_threads = True
    host.server = server
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return host


def stop_host(host: Host) -> None:
    assert host.server is not None
    host.server.shutdown()
    host.server.server_close()
