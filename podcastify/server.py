"""Serve the output folder the way podcast apps expect a podcast host to behave.

``http.server`` answers every request with the whole file and no validators, but podcast
players probe enclosures with ``Range: bytes=0-1`` and need a 206, and feed readers poll with
``If-None-Match``/``If-Modified-Since``. This module adds byte ranges, ETags, 304s, stable
content types, caching headers and a strict "nothing outside the folder, no dotfiles" rule,
using only the standard library.

Choices worth knowing:

* A Range header asking for several ranges (``bytes=0-1,5-6``) is answered with 200 and the
  whole file, which RFC 9110 allows; no podcast client needs ``multipart/byteranges``.
* A Range header that does not parse, uses another unit, or has ``last < first`` is ignored
  (200), as RFC 9110 says of invalid ranges; 416 is only for well-formed but unsatisfiable
  ranges. Range is also ignored on HEAD (RFC 9110 defines ranges for GET only).
* Every refused path (traversal, dotfile, symlink leaving the folder) is a plain 404, so a
  probe cannot tell "forbidden" from "missing".
"""

from __future__ import annotations

import base64
import errno
import hmac
import os
import socket
import socketserver
import sys
from datetime import UTC
from email.utils import formatdate, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import BinaryIO
from urllib.parse import quote, unquote_to_bytes, urlsplit

from podcastify import __version__
from podcastify.errors import PublishError
from podcastify.patterns import compiled

__all__ = ["make_server", "serve"]

# A client going away mid-response is normal (players seek, probe and cancel); not an error.
_DISCONNECTS = (ConnectionError, TimeoutError)

_TYPES = {
    ".mp3": "audio/mpeg",
    ".m4a": "audio/mp4",
    ".ogg": "audio/ogg",
    ".opus": "audio/ogg",
    ".wav": "audio/wav",
    ".rss": "application/rss+xml",
    ".xml": "application/xml",
    ".vtt": "text/vtt; charset=utf-8",
    ".srt": "application/x-subrip",
    ".json": "application/json",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
    ".svg": "image/svg+xml",
    ".ico": "image/x-icon",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
    ".css": "text/css",
    ".js": "text/javascript; charset=utf-8",
    ".txt": "text/plain; charset=utf-8",
}
_MEDIA = {".mp3", ".m4a", ".ogg", ".opus", ".wav", ".png", ".jpg", ".jpeg", ".gif", ".webp"}
_ALWAYS_REVALIDATE = {".xml", ".rss", ".html", ".htm"}

_RANGE_SPEC = compiled(r"(\d*)-(\d*)")
_ENTITY_TAG = compiled(r'(?:W/)?("[^"]*")')
_CONTROL_CHARS = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F]}
_HUGE = 10**18


class _Unsatisfiable(Exception):
    """The Range header is well formed but selects no byte of the file (answer 416)."""


def _content_type(name: str, at_root: bool) -> str:
    """Type from a fixed table: ``mimetypes`` reads system files that differ per machine."""
    suffix = Path(name).suffix.lower()
    if suffix == ".xml" and at_root:
        return "application/rss+xml"  # feed.xml and friends in the site root are the feeds
    return _TYPES.get(suffix, "application/octet-stream")


def _cache_control(name: str) -> str:
    """Feeds and pages must be rechecked so new episodes show up; media rarely change."""
    suffix = Path(name).suffix.lower()
    if suffix in _ALWAYS_REVALIDATE:
        return "no-cache"
    if suffix in _MEDIA:
        return "public, max-age=86400"
    return "public, max-age=3600"


def _to_int(digits: str) -> int:
    """Parse a decimal without tripping over the interpreter's limit on huge digit strings."""
    digits = digits.lstrip("0") or "0"
    return int(digits) if len(digits) <= 18 else _HUGE


def _parse_range(header: str, size: int) -> tuple[int, int] | None:
    """Return the inclusive ``(first, last)`` to send, or None to send the whole file.

    Raises _Unsatisfiable when the single range lies wholly outside the file.
    """
    unit, equals, spec = header.partition("=")
    if not equals or unit.strip().lower() != "bytes":
        return None
    specs: list[tuple[int | None, int | None]] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue  # RFC 9110 list syntax tolerates empty elements
        match = _RANGE_SPEC.fullmatch(part)
        if match is None or not (match[1] or match[2]):
            return None
        first = _to_int(match[1]) if match[1] else None
        last = _to_int(match[2]) if match[2] else None
        if first is not None and last is not None and last < first:
            return None
        specs.append((first, last))
    if len(specs) != 1:
        return None  # no range, or several: the whole file is a valid answer to both
    first, last = specs[0]
    if first is None:  # suffix range: the last `last` bytes
        assert last is not None
        if last == 0 or size == 0:
            raise _Unsatisfiable
        return max(size - last, 0), size - 1
    if first >= size:
        raise _Unsatisfiable
    return first, size - 1 if last is None else min(last, size - 1)


def _http_date_seconds(value: str) -> int | None:
    """Seconds since the epoch for an HTTP date, or None when it is not one."""
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return int(when.timestamp())


def _split_target(target: str) -> tuple[list[str], bool] | None:
    """Decode a request target into safe path segments and whether it ended in a slash.

    Returns None for anything that must not reach the file system: dot segments (so ``..``
    and dotfiles), separators or NUL hidden by percent-encoding, backslashes, bad UTF-8.
    Segments are split before decoding and decoded once, so ``%2f`` never becomes a
    separator and ``%252e`` stays the literal name ``%2e``.
    """
    if target[:8].lower().startswith(("http://", "https://")):
        try:
            target = urlsplit(target).path or "/"  # absolute-form, as proxies send it
        except ValueError:  # such as an unclosed "[" in the host
            return None
    if not target.startswith("/"):
        return None
    path = target.split("?", 1)[0].split("#", 1)[0]
    try:
        raw = path.encode("latin-1")  # http.server decoded the request line as latin-1
    except UnicodeEncodeError:
        return None
    segments = []
    for part in raw.split(b"/"):
        if not part:
            continue
        try:
            name = unquote_to_bytes(part).decode("utf-8")
        except UnicodeDecodeError:
            return None
        if name.startswith(".") or any(c in name for c in "/\\\x00"):
            return None
        if os.name == "nt" and ":" in name:
            return None  # drive letters and alternate data streams
        segments.append(name)
    return segments, path.endswith("/")


def _inside(root: Path, candidate: Path) -> Path | None:
    """The real path of an existing candidate if it stays in root and off dot-paths."""
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError, ValueError):  # missing, symlink loop, odd name
        return None
    if not real.is_relative_to(root):
        return None
    if any(part.startswith(".") for part in real.relative_to(root).parts):
        return None  # a symlink inside the folder pointing at .podcastify/ or similar
    return real


class _Handler(BaseHTTPRequestHandler):
    """GET/HEAD of files under ``server.directory`` with ranges, validators and strict paths."""

    server: _Server
    protocol_version = "HTTP/1.1"  # keep-alive: players send many range requests in a row
    server_version = f"podcastify/{__version__}"
    timeout = 60  # drop idle keep-alive connections and half-sent requests eventually
    disable_nagle_algorithm = True  # headers and body go out as separate writes

    def version_string(self) -> str:
        return self.server_version

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except _DISCONNECTS:
            self.close_connection = True

    def parse_request(self) -> bool:
        if not super().parse_request():
            return False
        if self.command not in ("GET", "HEAD"):
            self.close_connection = True  # an unread request body would follow
            self._send_plain(HTTPStatus.METHOD_NOT_ALLOWED, {"Allow": "GET, HEAD"})
            return False
        length = self.headers.get("Content-Length", "0").strip()
        if self.headers.get("Transfer-Encoding") or length not in ("", "0"):
            self.close_connection = True  # a GET body we do not read would desync the stream
        return True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """Answer a garbled request line with a real status line, not HTTP/0.9's bare body."""
        if self.request_version == "HTTP/0.9":
            self.request_version = "HTTP/1.0"
        super().send_error(code, message, explain)

    def do_GET(self) -> None:
        self._respond(head=False)

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        if self.server.quiet:
            return
        message = (format % args).translate(_CONTROL_CHARS)
        sys.stderr.write(f"{self.address_string()} [{self.log_date_time_string()}] {message}\n")

    def log_error(self, format: str, *args: object) -> None:
        """Silent: every response already gets its one log line from log_request."""

    def _authorised(self) -> bool:
        """With basic auth on, only the right user and password get anything at all."""
        wanted = self.server.auth
        if wanted is None:
            return True
        given = self.headers.get("Authorization", "")
        scheme, _, encoded = given.partition(" ")
        try:
            user, _, password = base64.b64decode(encoded, validate=True).decode().partition(":")
        except (ValueError, UnicodeDecodeError):
            user, password = "", ""
        ok = scheme.lower() == "basic" and all(
            hmac.compare_digest(a.encode(), b.encode())
            for a, b in ((user, wanted[0]), (password, wanted[1]))
        )
        if not ok:
            self._send_plain(
                HTTPStatus.UNAUTHORIZED, {"WWW-Authenticate": 'Basic realm="podcastify"'}
            )
        return ok

    def _respond(self, *, head: bool) -> None:
        if not self._authorised():
            return
        split = _split_target(self.path)
        if split is None:
            self._send_plain(HTTPStatus.NOT_FOUND)
            return
        segments, trailing_slash = split
        try:
            # Per request, so a folder that is a symlink swapped on publish is followed.
            root = self.server.directory.resolve(strict=True)
        except (OSError, RuntimeError):
            self._send_plain(HTTPStatus.NOT_FOUND)
            return
        requested = root.joinpath(*segments)
        real = _inside(root, requested)
        if real is not None and real.is_dir():
            requested = requested / "index.html"
            real = _inside(root, requested)
            if real is not None and real.is_file() and not trailing_slash:
                # Relative links in the page only work from the slash-terminated URL.
                location = "".join(f"/{quote(s)}" for s in segments) + "/"
                self._send_plain(HTTPStatus.MOVED_PERMANENTLY, {"Location": location})
                return
        elif trailing_slash:
            real = None  # a file is not a folder
        if real is None or not real.is_file():  # is_file also keeps FIFOs from blocking us
            self._send_plain(HTTPStatus.NOT_FOUND)
            return
        try:
            file = real.open("rb")
        except OSError:
            self._send_plain(HTTPStatus.NOT_FOUND)
            return
        with file:
            self._send_file(file, requested.name, at_root=len(segments) <= 1, head=head)

    def _send_file(self, file: BinaryIO, name: str, *, at_root: bool, head: bool) -> None:
        stat = os.fstat(file.fileno())  # of the open file, so headers match the bytes sent
        size = stat.st_size
        etag = f'"{size:x}-{stat.st_mtime_ns:x}"'
        mtime = int(stat.st_mtime)
        validators = {
            "ETag": etag,
            "Last-Modified": formatdate(mtime, usegmt=True),
            "Cache-Control": _cache_control(name),
        }
        if self._not_modified(etag, mtime):
            self.send_response(HTTPStatus.NOT_MODIFIED)
            for key, value in validators.items():
                self.send_header(key, value)
            self.end_headers()
            return

        status, first, last = HTTPStatus.OK, 0, size - 1
        range_header = self.headers.get("Range")
        if range_header and not head and self._if_range_holds(etag, mtime):
            try:
                selected = _parse_range(range_header, size)
            except _Unsatisfiable:
                self._send_plain(
                    HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE,
                    {"Content-Range": f"bytes */{size}", "Accept-Ranges": "bytes", **validators},
                )
                return
            if selected is not None:
                status, (first, last) = HTTPStatus.PARTIAL_CONTENT, selected

        length = last - first + 1
        self.send_response(status)
        self.send_header("Content-Type", _content_type(name, at_root))
        self.send_header("Content-Length", str(length))
        if status == HTTPStatus.PARTIAL_CONTENT:
            self.send_header("Content-Range", f"bytes {first}-{last}/{size}")
        self.send_header("Accept-Ranges", "bytes")
        for key, value in validators.items():
            self.send_header(key, value)
        self.end_headers()
        if head or length == 0:
            return
        # sendfile streams from the kernel (or in 8 KiB chunks where it is missing).
        sent = self.connection.sendfile(file, first, length)
        if sent < length:
            self.close_connection = True  # file shrank under us: the client must not wait

    def _not_modified(self, etag: str, mtime: int) -> bool:
        """RFC 9110 13.2.2: If-None-Match decides when present, else If-Modified-Since."""
        if_none_match = ", ".join(self.headers.get_all("If-None-Match", []))
        if if_none_match:
            if if_none_match.strip() == "*":
                return True
            return any(tag == etag for tag in _ENTITY_TAG.findall(if_none_match))
        since = self.headers.get("If-Modified-Since")
        if since:
            seconds = _http_date_seconds(since)
            return seconds is not None and mtime <= seconds
        return False

    def _if_range_holds(self, etag: str, mtime: int) -> bool:
        """If-Range: honour Range only if the client's copy is still this file."""
        value = self.headers.get("If-Range")
        if value is None:
            return True
        value = value.strip()
        if value.startswith('"'):
            return value == etag  # strong comparison; weak tags never match
        if value.startswith("W/"):
            return False
        return _http_date_seconds(value) == mtime

    def _send_plain(self, status: HTTPStatus, headers: dict[str, str] | None = None) -> None:
        """A short text response for errors and redirects, keeping the connection usable."""
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    """A threading HTTP server that knows its folder and whether to log."""

    daemon_threads = True  # a stuck client never blocks shutdown
    request_queue_size = 128  # the default backlog of 5 drops bursts of parallel connects
    allow_reuse_address = os.name != "nt"  # on Windows it would let two servers share a port

    def __init__(
        self,
        address: tuple[str, int],
        directory: Path,
        *,
        quiet: bool,
        auth: tuple[str, str] | None = None,
    ) -> None:
        self.directory = directory
        self.quiet = quiet
        self.auth = auth
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, _Handler)

    def server_bind(self) -> None:
        """Bind without HTTPServer's getfqdn(), a reverse DNS lookup that can stall startup."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: object, client_address: object) -> None:
        if isinstance(sys.exception(), _DISCONNECTS):
            return
        super().handle_error(request, client_address)  # a real bug: keep its traceback


def make_server(
    directory: Path,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    quiet: bool = False,
    auth: tuple[str, str] | None = None,
) -> ThreadingHTTPServer:
    """Bind a server for ``directory`` without starting it; port 0 picks a free port.

    Binding here, not in serve(), lets callers and tests learn the real port from
    ``server.server_address`` and get a PublishError before anything runs.
    """
    root = Path(directory).expanduser()
    if not root.is_dir():
        raise PublishError(f"cannot serve {directory}: no such folder")
    if not 0 <= port <= 65535:
        raise PublishError(f"cannot serve on port {port}: ports go from 0 to 65535")
    try:
        return _Server((host, port), root.absolute(), quiet=quiet, auth=auth)
    except OSError as exc:
        if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", None)):
            raise PublishError(f"port {port} on {host} is already in use") from exc
        raise PublishError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve(
    directory: Path,
    host: str,
    port: int,
    *,
    quiet: bool = False,
    auth: tuple[str, str] | None = None,
) -> None:
    """Serve ``directory`` until Ctrl-C, then close the socket and return normally."""
    server = make_server(directory, host, port, quiet=quiet, auth=auth)
    with server:
        bound_host, bound_port = server.server_address[:2]
        shown = f"[{bound_host}]" if ":" in str(bound_host) else bound_host
        if not quiet:
            print(
                f"Serving {directory} at http://{shown}:{bound_port}/ (Ctrl-C to stop)",
                file=sys.stderr,
                flush=True,
            )
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            if not quiet:
                print("Stopped.", file=sys.stderr)
