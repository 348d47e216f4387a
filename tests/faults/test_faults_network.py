"""Faults from outside: real misbehaving servers on 127.0.0.1, and sources that are not
what they claim. Each is cut off or refused with one clear line, and the others go on."""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass

import pytest

from tests.faults.conftest import (
    Project,
    RawServer,
    assert_feed_healthy,
    assert_no_podcast,
    day,
    error_lines,
    no_traceback,
)
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site

pytestmark = pytest.mark.faults

TIMEOUT = 2  # [fetch] timeout: the total deadline of one fetch
MAX_BYTES = 20_000
# Start-up, fetch deadline and the rest of a run with nothing to synthesise.
BOUND = TIMEOUT + 6

GOOD = Item("Good Morning", "good-1", "<p>The sun came up.</p>", published=day(5))
EMPTY = Item("Nothing Here", "empty-1", "<p> </p><figure><img src=x></figure>", published=day(4))
FEED_HEAD = b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"


def _hang(server: RawServer, conn: socket.socket) -> None:
    conn.recv(4096)
    server.wait(60)


def _trickle_headers(server: RawServer, conn: socket.socket) -> None:
    conn.recv(4096)
    conn.sendall(FEED_HEAD + b"X-Slow: ")
    while not server.closed.is_set():
        conn.sendall(b"a")
        server.wait(0.1)


def _endless_body(server: RawServer, conn: socket.socket) -> None:
    conn.recv(4096)
    conn.sendall(FEED_HEAD + b"Connection: close\r\n\r\n<rss version='2.0'><channel>")
    chunk = b"<!-- filler -->" * 4096
    while not server.closed.is_set():
        conn.sendall(chunk)


def _truncated(server: RawServer, conn: socket.socket) -> None:
    """Promises a two-item feed, sends half of it, and hangs up."""
    conn.recv(4096)
    body = rss(
        [
            GOOD,
            Item("Cut Short", "cut-1", "<p>This sentence is cut off right in the middle.</p>"),
        ]
    ).encode()
    half = body[: body.index(b"right in the")]
    conn.sendall(FEED_HEAD + f"Content-Length: {len(body)}\r\n\r\n".encode() + half)


def _many_headers(server: RawServer, conn: socket.socket) -> None:
    conn.recv(4096)
    conn.sendall(FEED_HEAD + b"".join(b"X-H%d: v\r\n" % i for i in range(200)) + b"\r\n")


def _not_http(server: RawServer, conn: socket.socket) -> None:
    conn.recv(4096)
    conn.sendall(b"SSH-2.0-OpenSSH_9.0\r\n")


def _hang_up(server: RawServer, conn: socket.socket) -> None:
    pass  # accepts and closes at once


@dataclass(frozen=True)
class Bad:
    make: Callable[[Site, Callable[..., RawServer]], str]
    says: tuple[str, ...]
    """The one-line error contains at least one of these."""


def _raw(behaviour) -> Callable[[Site, Callable[..., RawServer]], str]:
    return lambda site, raw: raw(behaviour).url


def _redirects(site: Site, count: int, loop: bool) -> str:
    for n in range(count):
        target = 0 if loop and n == count - 1 else n + 1
        site.add(f"/r{n}", b"", status=302, headers={"Location": f"/r{target}"})
    return site.url("/r0")


BAD: dict[str, Bad] = {
    "server accepts and never answers": Bad(_raw(_hang), ("timed out",)),
    "server trickles the body": Bad(
        lambda site, raw: site.add("/slow.xml", rss([GOOD]), "application/rss+xml", trickle=0.05),
        ("timed out",),
    ),
    "server trickles the headers": Bad(_raw(_trickle_headers), ("timed out",)),
    "body over max_bytes (Content-Length)": Bad(
        lambda site, raw: site.add("/big.xml", b"<rss>" + b" " * 50_000, "application/rss+xml"),
        (f"larger than {MAX_BYTES} bytes",),
    ),
    "endless body without Content-Length": Bad(
        _raw(_endless_body), (f"larger than {MAX_BYTES} bytes",)
    ),
    "body cut short of its Content-Length": Bad(_raw(_truncated), ("closed",)),
    "redirect loop": Bad(lambda site, raw: _redirects(site, 3, loop=True), ("redirect loop",)),
    "endless redirects": Bad(
        lambda site, raw: _redirects(site, 20, loop=False), ("more than 5 redirects",)
    ),
    "HTTP 404": Bad(lambda site, raw: site.url("/nowhere.xml"), ("HTTP 404",)),
    "HTTP 410": Bad(
        lambda site, raw: site.add("/gone.xml", b"gone", "text/plain", status=410), ("HTTP 410",)
    ),
    "HTTP 500": Bad(
        lambda site, raw: site.add("/err.xml", b"oops", "text/plain", status=500), ("HTTP 500",)
    ),
    "HTML page without article text": Bad(
        lambda site, raw: site.add(
            "/page.html",
            "<html><head><title>Menu</title></head><body><nav><a href=/>Home</a></nav></body>"
            "</html>",
        ),
        ("no article text",),
    ),
    "feed that is not XML": Bad(
        lambda site, raw: site.add("/feed.json", b'{"items": []}', "application/rss+xml"),
        ("neither a feed nor a web page",),
    ),
    "200 headers": Bad(_raw(_many_headers), ("bad HTTP response",)),
    "not HTTP at all": Bad(_raw(_not_http), ("bad HTTP response",)),
    "connection closed without an answer": Bad(
        _raw(_hang_up), ("closed connection", "reset by peer")
    ),
}


@pytest.fixture
def net_project(project: Project) -> Project:
    project.write_config(timeout=TIMEOUT, max_bytes=MAX_BYTES)
    return project


@pytest.mark.parametrize("name", list(BAD))
def test_bad_source_alone_fails_fast_with_one_line(
    net_project: Project, site: Site, raw_server, name: str, fault
):
    fault(f"network: {name}")
    bad = BAD[name]
    url = bad.make(site, raw_server)
    result = net_project.run("build", url, timeout=BOUND + 20)
    assert result.elapsed < BOUND, f"took {result.elapsed:.1f} s"
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert any(fragment in line for fragment in bad.says), line
    assert "0 added" in result.stderr
    assert not list(net_project.out.glob("*.mp3"))
    assert_no_podcast(net_project.out)


def test_bad_sources_do_not_stop_the_good_one(net_project: Project, site: Site, raw_server, fault):
    chosen = [
        "server accepts and never answers",
        "server trickles the headers",
        "endless body without Content-Length",
        "redirect loop",
        "HTTP 500",
        "feed that is not XML",
        "HTML page without article text",
    ]
    fault(*(f"network: {name} (beside a good source)" for name in chosen))
    fault("network: item with no text (beside a good one)")
    urls = [BAD[name].make(site, raw_server) for name in chosen]
    good = site.add("/good.xml", rss([GOOD, EMPTY]), "application/rss+xml")
    result = net_project.run("build", *urls, good, timeout=60)
    # Two sources wait for the deadline; the rest fail at once.
    assert result.elapsed < 2 * TIMEOUT + 12, f"took {result.elapsed:.1f} s"
    assert result.returncode == 3, result.stderr
    errors = error_lines(result.stderr)
    assert len(errors) == len(chosen) + 1, errors
    assert "Nothing Here" in errors[-1] and "no text" in errors[-1]
    assert f"1 added, 0 skipped, {len(chosen) + 1} failed" in result.stderr
    (episode,) = assert_feed_healthy(net_project.out)
    assert episode.guid == "good-1"


def test_feed_with_no_items_is_a_failed_source(net_project: Project, site: Site, fault):
    fault("network: valid feed with no items")
    url = site.add("/empty.xml", rss([]), "application/rss+xml")
    result = net_project.run("build", url, timeout=30)
    assert result.returncode == 1, result.stderr
    (line,) = error_lines(result.stderr)
    assert "no items" in line
    assert not list(net_project.out.glob("*.mp3"))
    assert_no_podcast(net_project.out)


def test_article_in_another_language_is_warned_about_and_published(
    net_project: Project, site: Site, fault
):
    fault("network: article in a language the voice does not speak")
    french = Item("Bonjour", "fr-1", "<p>Le chat dort.</p>", published=day(6))
    body = rss([french]).replace("<language>en</language>", "<language>fr</language>")
    url = site.add("/fr.xml", body, "application/rss+xml")
    result = net_project.run("build", url, timeout=60)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    (warning,) = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert "Bonjour" in warning and "'fr'" in warning
    (episode,) = assert_feed_healthy(net_project.out)
    assert episode.guid == "fr-1"
