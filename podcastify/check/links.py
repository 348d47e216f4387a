"""Transcript and chapter links: each resolves, is served with its type, and holds it.

Both ``podcast:`` namespace URIs are read (apps read one or the other), and a URL named
under both is fetched once.
"""

from __future__ import annotations

import json

from podcastify.check.enclosures import fetch_problem, private_problem
from podcastify.check.fetch import Fetcher
from podcastify.check.parse import Item, base_type
from podcastify.check.problems import Problem
from podcastify.check.rules import problem
from podcastify.errors import FetchError
from podcastify.patterns import compiled
from podcastify.publish.podcast_ns import PODCAST_LEGACY_NS, PODCAST_NS
from podcastify.sources.fetch import decode_body, is_http_url

MAX_LINKED_BYTES = 2 * 1024 * 1024
"""Read this much of a transcript or chapters file; longer ones are judged by their start."""
SAME_TYPES = (
    frozenset({"application/json+chapters", "application/json"}),
    frozenset({"application/x-subrip", "application/srt", "text/srt", "text/x-srt"}),
    frozenset({"text/vtt", "text/x-vtt"}),
)
"""Types that name the same format (chapters are declared +chapters, served as JSON)."""
_SRT_START = compiled(r"\s*\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3}\s*-->")


def linked_files(item: Item) -> list[tuple[str, str, str]]:
    """(kind, url, declared type) of the item's transcripts and chapters, each once."""
    seen: set[tuple[str, str]] = set()
    found = []
    for namespace in (PODCAST_NS, PODCAST_LEGACY_NS):
        for kind in ("transcript", "chapters"):
            for element in item.element.iter(f"{{{namespace}}}{kind}"):
                url = (element.get("url") or "").strip()
                if is_http_url(url) and (kind, url) not in seen:
                    seen.add((kind, url))
                    found.append((kind, url, base_type(element.get("type") or "")))
    return found


def _same_type(a: str, b: str) -> bool:
    return a == b or any(a in group and b in group for group in SAME_TYPES)


def link_problems(item: Item, fetcher: Fetcher) -> list[Problem]:
    problems = []
    for kind, url, declared in linked_files(item):
        problems += _one_link(kind, url, declared, item.label, fetcher)
    return problems


def _one_link(kind: str, url: str, declared: str, where: str, fetcher: Fetcher) -> list[Problem]:
    private = private_problem(url, fetcher, where, kind)
    if private is not None:
        return [private]
    try:
        reply = fetcher.get(url, max_body=MAX_LINKED_BYTES)
    except FetchError as exc:
        return [fetch_problem(exc, where, f"{kind} {url}", "link-unreachable")]
    if reply.status >= 400:
        message = f"{kind} {url} answers HTTP {reply.status} {reply.reason}".rstrip()
        return [problem("link-unreachable", where, message)]
    problems = []
    served = base_type(reply.header("Content-Type"))
    if declared and not _same_type(served, declared):
        message = f"{kind} {url} is served as {served or 'no type'}, the feed says {declared}"
        problems.append(problem("link-type", where, message))
    wrong = _content_error(kind, declared, reply.body, reply.complete)
    if wrong:
        problems.append(problem("link-content", where, f"{kind} {url} {wrong}"))
    return problems


def _content_error(kind: str, declared: str, body: bytes, complete: bool) -> str:
    """What is wrong with the file's content for its declared type, or ""."""
    text = decode_body(body).lstrip("\ufeff")
    if declared == "text/vtt" and not text.startswith("WEBVTT"):
        return "does not start with WEBVTT"
    if declared in SAME_TYPES[1] and not _SRT_START.match(text):
        return "does not start with an SRT cue"
    if kind == "chapters" or declared == "application/json":
        if not complete:
            return ""  # too long to judge as a whole; its start was served with its type
        try:
            data = json.loads(text)
        except ValueError:
            return "is not JSON"
        return _json_error(kind, data)
    return ""


def _json_error(kind: str, data: object) -> str:
    key = "chapters" if kind == "chapters" else "segments"
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        return f'has no "{key}" list'
    times = [e.get("startTime") for e in entries if isinstance(e, dict)]
    if len(times) != len(entries) or not all(isinstance(t, int | float) for t in times):
        return f'has {key} without a numeric "startTime"'
    if kind == "chapters" and times != sorted(times):
        return "lists chapters out of order"
    return ""
