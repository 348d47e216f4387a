"""Bounded HTTP for the doctor, on :mod:`podcastify.sources.fetch`, with one rule on top:
when the feed is public, a host subscribers cannot reach is never contacted.

Such a URL is reported from its text (:mod:`podcastify.check.addresses`). A public-looking
name is resolved before the first request, and refused when it leads to a private address
(a router's ``nas.fritz.box``), as is any redirect to one. Answers are cached by request,
so artwork shared by every episode is fetched once.
"""

from __future__ import annotations

import socket
import threading
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from podcastify.check.addresses import address_kind, host_kind, parse_address, url_host
from podcastify.errors import FetchError
from podcastify.sources.fetch import FetchLimits, Reply, request


class Unreachable(FetchError):
    """The URL names a host that subscribers cannot reach; it was not contacted."""


def resolved_kind(host: str, port: int) -> str | None:
    """Why a name leads out of subscribers' reach (it resolves to a private address)."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return None  # the request itself will say it cannot connect
    for *_, sockaddr in found:
        address = parse_address(str(sockaddr[0]))
        kind = address_kind(address) if address is not None else None
        if kind:
            return f"a name that resolves to {sockaddr[0]}, {kind}"
    return None


@dataclass
class Fetcher:
    """Every request the doctor makes goes through one of these."""

    limits: FetchLimits = field(default_factory=FetchLimits)
    """Bounds on each request."""
    public: bool = False
    """The feed is public: refuse (and report) hosts subscribers cannot reach."""
    mirror: tuple[str, str] | None = None
    """(public prefix, local prefix): URLs under the first are read from the second, as
    when checking a build's output folder through a local server."""
    _cache: dict[tuple[str, str, str, int | None], Reply | FetchError] = field(
        default_factory=dict, repr=False
    )
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def unreachable(self, url: str) -> str | None:
        """Why subscribers cannot reach ``url`` when the feed is public (from its text)."""
        if not self.public:
            return None
        host = url_host(url)
        return host_kind(host) if host else None

    def head(self, url: str) -> Reply:
        return self._ask(url, "HEAD", "", None)

    def get(
        self,
        url: str,
        *,
        first: int | None = None,
        last: int | None = None,
        max_body: int | None = None,
    ) -> Reply:
        """GET ``url``; with ``first``/``last`` as ``Range: bytes=first-last``."""
        byte_range = f"bytes={first}-{last}" if first is not None else ""
        return self._ask(url, "GET", byte_range, max_body)

    def _ask(self, url: str, method: str, byte_range: str, max_body: int | None) -> Reply:
        key = (url, method, byte_range, max_body)
        with self._lock:
            cached = self._cache.get(key)
        if cached is None:
            try:
                cached = request(
                    self._local(url),
                    self.limits,
                    method=method,
                    headers={"Accept": "*/*", **({"Range": byte_range} if byte_range else {})},
                    max_body=max_body,
                    guard=self._guard if self.public else None,
                )
            except FetchError as exc:
                cached = exc
            with self._lock:
                self._cache[key] = cached
        if isinstance(cached, FetchError):
            raise cached
        return cached

    def public_url(self, url: str) -> str:
        """``url`` as subscribers name it (a mirrored URL mapped back)."""
        if self.mirror and url.startswith(self.mirror[1]):
            return self.mirror[0] + url[len(self.mirror[1]) :]
        return url

    def _local(self, url: str) -> str:
        if self.mirror and url.startswith(self.mirror[0]):
            return self.mirror[1] + url[len(self.mirror[0]) :]
        return url

    def _guard(self, url: str) -> None:
        if self.mirror and url.startswith(self.mirror[1]):
            return  # our own local server standing in for the public address
        host = url_host(url)
        if not host:
            return
        kind = host_kind(host)
        if kind is None and parse_address(host) is None:
            kind = resolved_kind(
                host, urlsplit(url).port or (443 if url.startswith("https") else 80)
            )
        if kind:
            raise Unreachable(f"{url} is on {host}, {kind}; it was not contacted")
