"""Fetching over HTTP with the limits an unattended run needs.

Built on :mod:`http.client` rather than a higher-level client so that the deadline is
total: a server that accepts and never answers, or trickles one byte a second (in its
headers or its body), is cut off when the deadline passes, not merely when one socket read
stalls. A watchdog shuts the socket down at the deadline, whatever the fetch is waiting for.
"""

from __future__ import annotations

import contextlib
import http.client
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote, urljoin, urlsplit

from podcastify import __version__
from podcastify.errors import FetchError
from podcastify.text import is_web_link

USER_AGENT = f"podcastify/{__version__} (+https://github.com/podcastify/podcastify)"
MAX_REDIRECTS = 5
_READ_CHUNK = 64 * 1024
_PATH_SAFE = "/%:@!$&'()*+,;=~-._"
"""Characters a path keeps as they are; the rest (spaces, non-ASCII) are percent-encoded."""
_QUERY_SAFE = _PATH_SAFE + "?"


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on one fetch, so a hostile or broken server cannot stall or flood a run, and
    what to do when a feed item's full article cannot be fetched."""

    timeout: float = 20.0
    """Total seconds for the whole fetch, redirects included."""
    max_bytes: int = 10_000_000
    """Largest body read; a longer one is refused, not truncated."""
    max_redirects: int = MAX_REDIRECTS
    """Redirects followed before giving up."""
    allow_summaries: bool = False
    """Publish a feed item's summary when its full article cannot be fetched, instead of
    refusing it (TeaserError) until a later run can fetch it."""


@dataclass(frozen=True)
class Response:
    """A complete, successful response."""

    url: str
    """Final URL after redirects."""
    body: bytes
    content_type: str


def is_http_url(value: str) -> bool:
    """Only http(s) is ever fetched or published (one rule, shared with publishing)."""
    return is_web_link(value)


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"refusing to fetch {url}: only http and https URLs are allowed")
    if not parts.hostname:
        raise FetchError(f"not a valid URL: {url}")
    try:
        # An address as people write it (caffè, bücher.example) as HTTP sends it.
        host = parts.hostname.encode("idna").decode("ascii")
        port = parts.port
    except (UnicodeError, ValueError):
        raise FetchError(f"not a valid URL: {url}") from None
    path = quote(parts.path or "/", safe=_PATH_SAFE)
    if parts.query:
        path += "?" + quote(parts.query, safe=_QUERY_SAFE)
    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=timeout)
    return conn, path


def _remaining(deadline: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise FetchError(f"{url}: timed out")
    return left


def _read_body(
    conn: http.client.HTTPConnection,
    response: http.client.HTTPResponse,
    url: str,
    deadline: float,
    limits: FetchLimits,
) -> bytes:
    declared = response.getheader("Content-Length")
    if declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"{url}: response is larger than {limits.max_bytes} bytes")
    parts: list[bytes] = []
    total = 0
    while True:
        if conn.sock is not None:
            conn.sock.settimeout(_remaining(deadline, url))
        chunk = response.read1(_READ_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        if total > limits.max_bytes:
            raise FetchError(f"{url}: response is larger than {limits.max_bytes} bytes")
        parts.append(chunk)
        _remaining(deadline, url)
    if declared and declared.isdigit() and total < int(declared) and not response.chunked:
        # A body cut short is not a smaller document: never parse half a feed.
        raise FetchError(
            f"{url}: the server closed the connection after {total} of {declared} bytes"
        )
    return b"".join(parts)


class _Watchdog:
    """Shuts a connection's socket down at the deadline, so any blocked read returns."""

    def __init__(self, conn: http.client.HTTPConnection, seconds: float) -> None:
        self.conn = conn
        self.sock: socket.socket | None = None
        """The socket once connected (a response may outlive ``conn.sock``)."""
        self.fired = threading.Event()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True
        self._timer.start()

    def _fire(self) -> None:
        self.fired.set()
        sock = self.sock or self.conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                # The plain socket's shutdown, also for TLS: it leaves the SSL object
                # alone while another thread may be reading through it.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


def _exchange(
    conn: http.client.HTTPConnection,
    watchdog: _Watchdog,
    path: str,
    current: str,
    url: str,
    deadline: float,
    limits: FetchLimits,
) -> Response | str:
    """One request: the complete response, or the URL a redirect points to."""
    try:
        conn.request(
            "GET",
            path,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "application/rss+xml, application/atom+xml, "
                "application/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
                "Accept-Encoding": "identity",
            },
        )
        watchdog.sock = conn.sock
        if conn.sock is not None:
            conn.sock.settimeout(_remaining(deadline, url))
        response = conn.getresponse()
        status = response.status
        if status in (301, 302, 303, 307, 308):
            location = response.getheader("Location")
            if not location:
                raise FetchError(f"{url}: redirect without a Location header")
            return urljoin(current, location)
        if status >= 400:
            reason = response.reason or http.client.responses.get(status, "")
            raise FetchError(f"{url}: HTTP {status} {reason}".rstrip())
        body = _read_body(conn, response, url, deadline, limits)
        content_type = response.getheader("Content-Type", "") or ""
        return Response(url=current, body=body, content_type=content_type)
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {limits.timeout:g} s") from None
    except ssl.SSLError as exc:
        raise FetchError(f"{url}: TLS error: {exc.reason or exc}") from None
    except (ConnectionError, socket.gaierror, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise FetchError(f"{url}: cannot connect: {reason}") from None
    except http.client.HTTPException as exc:
        raise FetchError(f"{url}: bad HTTP response ({type(exc).__name__})") from None


def fetch(url: str, limits: FetchLimits | None = None) -> Response:
    """GET ``url`` following a bounded number of redirects; raise FetchError on any failure."""
    limits = limits or FetchLimits()
    deadline = time.monotonic() + limits.timeout
    current = url
    seen: list[str] = []
    for _hop in range(limits.max_redirects + 1):
        conn, path = _connection(current, _remaining(deadline, url))
        watchdog = _Watchdog(conn, _remaining(deadline, url))
        try:
            outcome: Response | str | FetchError = _exchange(
                conn, watchdog, path, current, url, deadline, limits
            )
        except FetchError as exc:
            outcome = exc
        finally:
            watchdog.cancel()
            conn.close()
        if watchdog.fired.is_set():
            # Cut off mid-way: whatever was read (or failed) is not the whole answer.
            raise FetchError(f"{url}: timed out after {limits.timeout:g} s")
        if isinstance(outcome, FetchError):
            raise outcome
        if isinstance(outcome, Response):
            return outcome
        seen.append(current)
        current = outcome
        if current in seen:
            raise FetchError(f"{url}: redirect loop")
    raise FetchError(f"{url}: more than {limits.max_redirects} redirects")


_CHARSET_PARAM = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)


def decode_body(body: bytes, content_type: str = "") -> str:
    """A page's text in its declared encoding: the header's charset, else a BOM, else the
    page's own ``<meta charset>``, else UTF-8 (undecodable bytes replaced, never fatal)."""
    candidates: list[str] = []
    if match := _CHARSET_PARAM.search(content_type):
        candidates.append(match.group(1))
    if body.startswith(b"\xef\xbb\xbf"):
        candidates.append("utf-8-sig")
    elif body.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.append("utf-16")
    if match := _META_CHARSET.search(body[:4096]):
        candidates.append(match.group(1).decode("ascii", "ignore"))
    for encoding in [*candidates, "utf-8"]:
        try:
            return body.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")
