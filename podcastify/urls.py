"""Web addresses as identities: one canonical form for the same page, and a readable site name.

Pure functions, shared: the sources stage puts canonical links in
:attr:`~podcastify.models.Article.aliases`, and the pipeline compares them with what is
already published, so the same article reached by different addresses is one episode.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from podcastify.patterns import compiled
from podcastify.text import bare_host

TRACKING_PARAMETERS: frozenset[str] = frozenset(
    {
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "ref_src",
        "ref_url",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "wickedid",
        "_ga",
        "_gl",
        "spm",
    }
)
"""Query parameters that say how a reader came to a page, not which page it is."""
TRACKING_PREFIXES: tuple[str, ...] = ("utm_", "pk_", "mtm_")
"""Prefixes of campaign-tracking parameters (Google Analytics, Matomo/Piwik)."""

_PERCENT_ESCAPE = compiled(r"%[0-9a-f]{2}")
_DEFAULT_PORTS = {80, 443}


def _is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIXES)


def canonical_url(url: str) -> str:
    """One spelling for every address of the same web page.

    http and https are one; the host is lower case without ``www.`` or a default port; no
    trailing slash, no fragment; tracking parameters (``utm_*``, ``fbclid``, ``gclid``…)
    dropped and the rest sorted. Anything that is not an http(s) URL (``tag:``, ``urn:``)
    comes back as given, only stripped.
    """
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return url
    host = bare_host(parts.hostname)
    if ":" in host:
        host = f"[{host}]"
    if port is not None and port not in _DEFAULT_PORTS:
        host = f"{host}:{port}"
    path = _PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), parts.path).rstrip("/")
    query = sorted(
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(name)
    )
    return urlunsplit(("https", host, path, urlencode(query), ""))


def readable_host(url: str) -> str:
    """The site's name as a listener may hear it (``example.com``), from a URL.

    Empty for anything that names no public site: a file, an IP address or ``localhost``
    (``127.0.0.1:8765`` is said as nothing rather than as numbers).
    """
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:
        return ""
    return public_host(host) if parts.scheme.lower() in ("http", "https") else ""


def public_host(host: str) -> str:
    """``host`` without ``www.``, or empty when it is an IP address or a local name."""
    host = bare_host(host.strip().strip("[]"))
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return ""
    if not host or "." not in host or host.endswith((".localhost", ".local")):
        return ""
    return host
