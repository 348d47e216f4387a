"""Fetching over HTTP with the limits an unattended run needs.

Built on :mod:`http.client` rather than a higher-level client so that the deadline is
total: a server that accepts and never answers, or trickles one byte a second, is cut off
when the deadline passes, not merely when one socket read stalls.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from podcastify import __version__
from podcastify.errors import FetchError

USER_AGENT = f"podcastify/{__version__} (+https://github.com/podcastify/podcastify)"
MAX_REDIRECTS = 5
_READ_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchLimits:
    """Bounds on one fetch, so a hostile or broken server cannot stall or flood a run."""

    timeout: float = 20.0
    """Total seconds for the whole fetch, redirects included."""
    max_bytes: int = 10_000_000
    """Largest body read; a longer one is refused, not truncated."""
    max_redirects: int = MAX_REDIRECTS
    """Redirects followed before giving up."""


@dataclass(frozen=True)
class Response:
    """A complete, successful response."""

    url: str
    """Final URL after redirects."""
    body: bytes
    content_type: str


def is_http_url(value: str) -> bool:
    return urlsplit(value).scheme.lower() in ("http", "https")


def _connection(url: str, timeout: float) -> tuple[http.client.HTTPConnection, str]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"refusing to fetch {url}: only http and https URLs are allowed")
    if not parts.hostname:
        raise FetchError(f"not a valid URL: {url}")
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    if scheme == "https":
        conn: http.client.HTTPConnection = http.client.HTTPSConnection(
            parts.hostname, parts.port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout)
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
    return b"".join(parts)


def fetch(url: str, limits: FetchLimits | None = None) -> Response:
    """GET ``url`` following a bounded number of redirects; raise FetchError on any failure."""
    limits = limits or FetchLimits()
    deadline = time.monotonic() + limits.timeout
    current = url
    seen: list[str] = []
    for _hop in range(limits.max_redirects + 1):
        conn, path = _connection(current, _remaining(deadline, url))
        try:
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
                if conn.sock is not None:
                    conn.sock.settimeout(_remaining(deadline, url))
                response = conn.getresponse()
                status = response.status
                if status in (301, 302, 303, 307, 308):
                    location = response.getheader("Location")
                    if not location:
                        raise FetchError(f"{url}: redirect without a Location header")
                    seen.append(current)
                    current = urljoin(current, location)
                    if current in seen:
                        raise FetchError(f"{url}: redirect loop")
                    continue
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
        finally:
            conn.close()
    raise FetchError(f"{url}: more than {limits.max_redirects} redirects")
