"""Each enclosure as Apple's player opens it: HEAD, then ``Range: bytes=0-1`` expecting 206.

Only headers and two bytes are transferred; the file's size is read from the 206's
``Content-Range`` (else HEAD's Content-Length) and compared with the feed's ``length``.
"""

from __future__ import annotations

import re
from posixpath import splitext
from urllib.parse import unquote, urlsplit

from podcastify.check.fetch import Fetcher, Unreachable
from podcastify.check.media_types import (
    APPLE_EXTENSIONS,
    ENCLOSURE_TYPES,
    GENERIC_TYPES,
    MP3_TYPES,
    is_media_type,
)
from podcastify.check.parse import Element, Item, base_type
from podcastify.check.problems import Problem
from podcastify.check.rules import problem
from podcastify.errors import FetchError
from podcastify.patterns import compiled
from podcastify.sources.fetch import Reply, is_http_url

_NOT_PLAIN = compiled(r"[\s\"<>\\^`{|}]")
_CONTENT_RANGE = compiled(r"bytes\s+(\d+)-(\d+)/(\d+|\*)", re.I)


def url_extension(url: str) -> str:
    """``.mp3`` for ``https://host/a/b.MP3?x=1``; ``""`` when the path has none."""
    return splitext(unquote(urlsplit(url).path))[1].lower()


def private_problem(url: str, fetcher: Fetcher, where: str, what: str) -> Problem | None:
    """The public feed names ``url`` on a host subscribers cannot reach (not contacted)."""
    kind = fetcher.unreachable(url)
    if kind is None:
        return None
    host = urlsplit(url).hostname
    return problem(
        "private-address", where, f"{what} {url} is on {host}, {kind}: subscribers cannot reach it"
    )


def fetch_problem(exc: FetchError, where: str, what: str, rule: str) -> Problem:
    """A failed request as a problem; a refused private host under its own rule."""
    if isinstance(exc, Unreachable):
        return problem("private-address", where, f"{what}: {exc}")
    return problem(rule, where, f"{what}: {exc}")


def first_enclosure(item: Item) -> Element | None:
    found = item.element.findall("enclosure")
    return found[0] if found else None


def static_problems(item: Item) -> list[Problem]:
    """What the feed's own ``<enclosure>`` says wrong, before any request."""
    where = item.label
    enclosures = item.element.findall("enclosure")
    if not enclosures:
        return [problem("item-no-enclosure", where, "no <enclosure>")]
    problems = []
    if len(enclosures) > 1:
        problems.append(problem("item-enclosures", where, f"{len(enclosures)} enclosures"))
    enclosure = enclosures[0]
    url = (enclosure.get("url") or "").strip()
    if not is_http_url(url):
        return [*problems, problem("enclosure-url", where, f"enclosure url is {url!r}")]
    if _NOT_PLAIN.search(url) or not url.isascii():
        wrong = "characters outside ASCII" if not url.isascii() else "spaces or quotes"
        message = f"the enclosure URL {url!r} has {wrong}"
        problems.append(problem("enclosure-url-plain", where, message))
    extension = url_extension(url)
    if extension not in ENCLOSURE_TYPES:
        shown = f'"{extension}"' if extension else "no extension"
        problems.append(problem("enclosure-extension", where, f"{url} has {shown}"))
    elif extension not in APPLE_EXTENSIONS:
        problems.append(problem("enclosure-not-apple", where, f"{url} is {extension}"))
    length = (enclosure.get("length") or "").strip()
    if not length.isdigit():
        problems.append(
            problem("enclosure-length-missing", where, f"enclosure length is {length!r}")
        )
    problems += _declared_type(enclosure, extension, where)
    return problems


def _declared_type(enclosure: Element, extension: str, where: str) -> list[Problem]:
    declared = base_type(enclosure.get("type") or "")
    expected = ENCLOSURE_TYPES.get(extension, ())
    if declared in expected:
        return []
    if not is_media_type(declared):
        shown = f'type "{declared}"' if declared else "no type"
        return [problem("enclosure-type", where, f"the enclosure has {shown}")]
    if extension == ".mp3" and declared in MP3_TYPES:
        return [problem("enclosure-type-odd", where, f'type "{declared}" for an MP3')]
    if expected:
        message = f'type "{declared}" for a {extension} file (expected "{expected[0]}")'
        return [problem("enclosure-type-odd", where, message)]
    return []


def network_problems(item: Item, fetcher: Fetcher) -> tuple[list[Problem], Reply | None]:
    """HEAD and the two-byte Range request; the ranged reply when the file answered."""
    enclosure = first_enclosure(item)
    url = (enclosure.get("url") or "").strip() if enclosure is not None else ""
    if not is_http_url(url):
        return [], None
    where = item.label
    private = private_problem(url, fetcher, where, "enclosure")
    if private is not None:
        return [private], None
    try:
        ranged = fetcher.get(url, first=0, last=1, max_body=2)
    except FetchError as exc:
        return [fetch_problem(exc, where, "enclosure", "enclosure-unreachable")], None
    if ranged.status >= 400:
        message = f"{url} answers HTTP {ranged.status} {ranged.reason}".rstrip()
        return [problem("enclosure-unreachable", where, message)], None
    problems = []
    head: Reply | None = None
    try:
        head = fetcher.head(url)
    except FetchError as exc:
        problems.append(fetch_problem(exc, where, "HEAD of the enclosure", "enclosure-head"))
    if head is not None and head.status >= 400:
        message = f"{url} answers HEAD with HTTP {head.status} {head.reason}".rstrip()
        problems.append(problem("enclosure-head", where, message))
        head = None
    size = _served_size(ranged, head)
    if ranged.status == 200:
        message = f"{url} answers Range: bytes=0-1 with 200 and the whole file, not 206"
        problems.append(problem("enclosure-no-range", where, message))
    elif ranged.status != 206 or _body_size(ranged) != 2 or not _two_bytes_ranged(ranged):
        message = (
            f"{url} answers Range: bytes=0-1 with {ranged.status}, {_body_size(ranged)} bytes"
            f" and Content-Range {ranged.header('Content-Range') or 'missing'}"
        )
        problems.append(problem("enclosure-range", where, message))
    declared = (enclosure.get("length") or "").strip() if enclosure is not None else ""
    if declared.isdigit() and size is not None and int(declared) != size:
        message = f"enclosure length is {declared} bytes, the file is {size} bytes"
        problems.append(problem("enclosure-length", where, message))
    problems += _served_type(ranged, head, enclosure, url, where)
    return problems, ranged


def _two_bytes_ranged(reply: Reply) -> bool:
    """The 206 says it holds bytes 0 to 1 (RFC 9110 requires Content-Range on a 206)."""
    match = _CONTENT_RANGE.fullmatch(reply.header("Content-Range").strip())
    return match is not None and (match.group(1), match.group(2)) == ("0", "1")


def _body_size(reply: Reply) -> int:
    """The body's size as sent (only its first bytes may have been read)."""
    length = reply.header("Content-Length").strip()
    return int(length) if length.isdigit() else len(reply.body)


def _served_size(ranged: Reply, head: Reply | None) -> int | None:
    """The file's size: the total of a 206's Content-Range, else a whole answer's length."""
    replies = (head, ranged)
    if ranged.status == 206:
        match = _CONTENT_RANGE.fullmatch(ranged.header("Content-Range").strip())
        if match and match.group(3).isdigit():
            return int(match.group(3))
        replies = (head, None)  # "bytes 0-1/*": the total is unknown, HEAD may know it
    for reply in replies:
        length = reply.header("Content-Length").strip() if reply is not None else ""
        if length.isdigit():
            return int(length)
    return None


def _served_type(
    ranged: Reply, head: Reply | None, enclosure: Element | None, url: str, where: str
) -> list[Problem]:
    fallback = head.header("Content-Type") if head is not None else ""
    served = base_type(ranged.header("Content-Type") or fallback)
    declared = base_type(enclosure.get("type") or "") if enclosure is not None else ""
    expected = ENCLOSURE_TYPES.get(url_extension(url), ())
    if served == declared or served in expected:
        return []
    if served.startswith("text/"):
        message = f"{url} is served as {served}"
        return [problem("enclosure-served-type", where, message)]
    shown = served or "no Content-Type"
    if served in GENERIC_TYPES or is_media_type(served) or served in MP3_TYPES:
        message = f"{url} is served as {shown}, the feed says {declared or 'nothing'}"
        return [problem("enclosure-served-type-odd", where, message)]
    return [problem("enclosure-served-type", where, f"{url} is served as {shown}")]
