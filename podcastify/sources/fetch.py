"""Fetching over HTTP with the limits an unattended run needs.

:func:`fetch` GETs a whole document (feeds, pages); :func:`request` is the same bounded
exchange for probes that need the status and headers of any answer, another method
(HEAD), extra headers (Range) or only the first bytes of a large body.

Built on :mod:`http.client` rather than a higher-level client so that the deadline is
total: a server that accepts and never answers, or trickles one byte a second (in its
headers or its body), is cut off when the deadline passes, not merely when one socket read
stalls. A watchdog shuts the socket down at the deadline, whatever the fetch is waiting for.
"""

from __future__ import annotations

import contextlib
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

from podcastify import __version__
from podcastify.errors import FetchError
from podcastify.patterns import compiled
from podcastify.settings import FetchSettings
from podcastify.text import is_web_link

if TYPE_CHECKING:
    import http.client
    import socket

USER_AGENT = f"podcastify/{__version__} (+https://github.com/podcastify/podcastify)"
_READ_CHUNK = 64 * 1024
_PATH_SAFE = "/%:@!$&'()*+,;=~-._"
"""Characters a path keeps as they are; the rest (spaces, non-ASCII) are percent-encoded."""
_QUERY_SAFE = _PATH_SAFE + "?"


FetchLimits = FetchSettings
"""The [fetch] settings are what every fetch is bounded by."""


@dataclass(frozen=True)
class Response:
    """A complete, successful response."""

    url: str
    """Final URL after redirects."""
    body: bytes
    content_type: str


@dataclass(frozen=True)
class Reply:
    """Any final answer (error statuses included), with as much body as was asked for."""

    url: str
    """Final URL after redirects."""
    status: int
    reason: str
    headers: Mapping[str, str]
    """Response headers by lower-case name."""
    body: bytes
    """The body, or its first ``max_body`` bytes; empty for HEAD and error statuses."""
    complete: bool
    """Whether ``body`` is the whole body (False when reading stopped at ``max_body``)."""

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


Guard = Callable[[str], None]
"""Called with every URL before it is contacted (redirects too); raises to refuse it."""

_DEFAULT_HEADERS = {
    "User-Agent": USER_AGENT,
    "Accept": "application/rss+xml, application/atom+xml, "
    "application/xml;q=0.9, text/html;q=0.8, */*;q=0.5",
    "Accept-Encoding": "identity",
}


def is_http_url(value: str) -> bool:
    """Only http(s) is ever fetched or published (one rule, shared with publishing)."""
    return is_web_link(value)


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    # http.client, ssl and socket load when something is fetched, not when `podcastify
    # script` reads a local file (with them, a sixth of its start).
    import http.client
    import ssl

    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018  (raises on a port that is not a number)
    except ValueError:
        raise FetchError(f"not a valid URL: {url}") from None
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
    max_body: int | None = None,
) -> tuple[bytes, bool]:
    """The body and whether it is whole; with ``max_body``, only that many first bytes."""
    declared = response.getheader("Content-Length")
    if max_body is None and declared and declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(f"{url}: response is larger than {limits.max_bytes} bytes")
    cap = limits.max_bytes if max_body is None else max_body
    parts: list[bytes] = []
    total = 0
    while True:
        if conn.sock is not None:
            conn.sock.settimeout(_remaining(deadline, url))
        chunk = response.read1(_READ_CHUNK)
        if not chunk:
            break
        total += len(chunk)
        parts.append(chunk)
        if total > cap:
            if max_body is None:
                raise FetchError(f"{url}: response is larger than {limits.max_bytes} bytes")
            return b"".join(parts)[:max_body], False
        _remaining(deadline, url)
    if declared and declared.isdigit() and total < int(declared) and not response.chunked:
        # A body cut short is not a smaller document: never parse half a feed.
        raise FetchError(
            f"{url}: the server closed the connection after {total} of {declared} bytes"
        )
    return b"".join(parts), True


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
        import socket

        self.fired.set()
        sock = self.sock or self.conn.sock
        if sock is not None:
            with contextlib.suppress(OSError):
                # The plain socket's shutdown, also for TLS: it leaves the SSL object
                # alone while another thread may be reading through it.
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def cancel(self) -> None:
        self._timer.cancel()


@dataclass(frozen=True)
class _Ask:
    """What to send, and how much of the answer to read."""

    method: str
    headers: Mapping[str, str]
    max_body: int | None


def _exchange(
    conn: http.client.HTTPConnection,
    watchdog: _Watchdog,
    path: str,
    current: str,
    url: str,
    deadline: float,
    limits: FetchLimits,
    ask: _Ask,
) -> Reply | str:
    """One request: the final reply, or the URL a redirect points to."""
    import http.client
    import socket
    import ssl

    try:
        conn.request(ask.method, path, headers={**_DEFAULT_HEADERS, **ask.headers})
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
        body, complete = b"", status < 400
        if status < 400 and ask.method != "HEAD":
            body, complete = _read_body(conn, response, url, deadline, limits, ask.max_body)
        return Reply(
            url=current,
            status=status,
            reason=response.reason or http.client.responses.get(status, ""),
            headers={name.lower(): value for name, value in response.getheaders()},
            body=body,
            complete=complete,
        )
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {limits.timeout:g} s") from None
    except ssl.SSLError as exc:
        raise FetchError(f"{url}: TLS error: {exc.reason or exc}") from None
    except (ConnectionError, socket.gaierror, OSError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise FetchError(f"{url}: cannot connect: {reason}") from None
    except http.client.HTTPException as exc:
        raise FetchError(f"{url}: bad HTTP response ({type(exc).__name__})") from None


def request(
    url: str,
    limits: FetchLimits | None = None,
    *,
    method: str = "GET",
    headers: Mapping[str, str] | None = None,
    max_body: int | None = None,
    guard: Guard | None = None,
) -> Reply:
    """Send ``method`` to ``url`` following a bounded number of redirects; the final reply
    whatever its status. ``max_body`` reads only the body's first bytes (a large file is
    not downloaded to look at its start); ``guard`` may refuse any URL before contact.
    Raises FetchError when there is no reply at all (refused URL, timeout, bad HTTP)."""
    limits = limits or FetchLimits()
    ask = _Ask(method=method, headers=dict(headers or {}), max_body=max_body)
    deadline = time.monotonic() + limits.timeout
    current = url
    seen: list[str] = []
    for _hop in range(limits.max_redirects + 1):
        if guard is not None:
            guard(current)
        conn, path = _connection(current, _remaining(deadline, url))
        watchdog = _Watchdog(conn, _remaining(deadline, url))
        try:
            outcome: Reply | str | FetchError = _exchange(
                conn, watchdog, path, current, url, deadline, limits, ask
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
        if isinstance(outcome, Reply):
            return outcome
        seen.append(current)
        current = outcome
        if current in seen:
            raise FetchError(f"{url}: redirect loop")
    raise FetchError(f"{url}: more than {limits.max_redirects} redirects")


def fetch(url: str, limits: FetchLimits | None = None) -> Response:
    """GET ``url`` following a bounded number of redirects; raise FetchError on any failure."""
    reply = request(url, limits)
    if reply.status >= 400:
        raise FetchError(f"{url}: HTTP {reply.status} {reply.reason}".rstrip())
    return Response(url=reply.url, body=reply.body, content_type=reply.header("Content-Type"))


_CHARSET_PARAM = compiled(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = compiled(rb"<meta[^>]+charset\s*=\s*[\"']?([\w.:-]+)", re.I)


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
