"""Which hosts a subscriber's app can never reach, decided without contacting them.

A feed built on a laptop often names ``http://localhost:8000/`` or a LAN address; the
author's own player works, everyone else's fails. The host is classified from its text
alone: an IP literal (also the short forms ``127.1`` and ``2130706433`` that the system's
resolver accepts without DNS), ``localhost``, or a name that only a local network resolves.
Nothing is resolved here, so nothing is sent to such a host.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from podcastify.patterns import compiled

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

LAN_ONLY_SUFFIXES = (
    ".localhost",  # RFC 6761
    ".local",  # multicast DNS, RFC 6762
    ".home.arpa",  # home networks, RFC 8375
    ".internal",  # reserved by ICANN for private use
    ".localdomain",
    ".lan",
    ".intranet",
    ".test",  # RFC 6761: never in public DNS
    ".invalid",
    ".example",
)
"""Name endings that public DNS never answers (what routers and mDNS hand out)."""

_NUMERIC_HOST = compiled(r"[0-9a-fx.]+")


def address_kind(address: IPAddress) -> str | None:
    """Why ``address`` is out of a subscriber's reach, or None for a public address."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        return "a link-local address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_private:
        return "a private address"
    if address.is_multicast or address.is_reserved or not address.is_global:
        return "not a public address"
    return None


def parse_address(host: str) -> IPAddress | None:
    """``host`` as an IP address when it is one (IPv6 zone and IPv4 short forms included)."""
    literal = host.strip("[]").split("%", 1)[0]
    try:
        return ipaddress.ip_address(literal)
    except ValueError:
        pass
    if _NUMERIC_HOST.fullmatch(literal) and any(c.isdigit() for c in literal):
        try:
            # The C resolver reads "127.1" or "0x7f000001" as an address, without DNS.
            return ipaddress.IPv4Address(socket.inet_aton(literal))
        except OSError:
            return None
    return None


def host_kind(host: str) -> str | None:
    """Why subscribers cannot reach ``host``, or None when it may be public. Never resolves."""
    name = host.lower().rstrip(".")
    if not name:
        return None
    address = parse_address(name)
    if address is not None:
        return address_kind(address)
    if name == "localhost" or name.endswith(LAN_ONLY_SUFFIXES):
        if name == "localhost" or name.endswith(".localhost"):
            return "the name of the listener's own computer"
        return "a name only a local network resolves"
    if "." not in name:
        return "a name only a local network resolves"
    return None


def url_host(url: str) -> str:
    """The URL's host, lower case and without brackets; empty when it has none."""
    try:
        return urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
