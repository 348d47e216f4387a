"""The doctor's fetcher: a public feed's requests never reach a private address, even by
a redirect or a name that resolves to one; mirrored URLs are read from the local copy."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from podcastify.check import check_feed
from podcastify.check.fetch import Fetcher, Unreachable, resolved_kind
from podcastify.sources.fetch import FetchLimits
from tests.check.conftest import FEEDS, publish_fixture
from tests.check.host import Host, start_host, stop_host

PUBLIC = "https://podcasts.example.com/show/"


@pytest.fixture
def lan_host(media) -> Iterator[Host]:
    """A second host, standing for a machine on the listener's LAN."""
    running = start_host(media)
    yield running
    stop_host(running)


def test_a_public_url_is_read_from_its_mirror(host):
    fetcher = Fetcher(public=True, mirror=(PUBLIC, host.base + "/"))
    host.reset()
    reply = fetcher.get(PUBLIC + "ok/episode.vtt")
    assert reply.status == 200 and reply.body.startswith(b"WEBVTT")
    assert host.targets() == ["/ok/episode.vtt"]
    assert fetcher.public_url(host.base + "/ok/episode.vtt") == PUBLIC + "ok/episode.vtt"


def test_a_redirect_from_a_public_url_to_a_private_one_is_refused(host, lan_host):
    fetcher = Fetcher(public=True, mirror=(PUBLIC, host.base + "/"))
    private = lan_host.base + "/ok/episode.mp3"
    lan_host.reset()
    with pytest.raises(Unreachable, match="a loopback address; it was not contacted"):
        fetcher.head(PUBLIC + "redirect?to=" + quote(private, safe=""))
    assert lan_host.hits == []


def test_the_same_redirect_is_followed_for_a_feed_that_is_not_public(host, lan_host):
    fetcher = Fetcher(public=False)
    reply = fetcher.head(host.base + "/redirect?to=" + quote(lan_host.base + "/ok/episode.mp3"))
    assert reply.status == 200 and reply.header("Content-Type") == "audio/mpeg"


def test_a_name_is_judged_by_the_addresses_it_resolves_to():
    kind = resolved_kind("localhost", 80)  # from the hosts file: no DNS query leaves
    assert kind and kind.startswith("a name that resolves to ")
    assert kind.endswith(", a loopback address")


def test_answers_are_cached_per_request(host):
    fetcher = Fetcher()
    host.reset()
    for _ in range(3):
        fetcher.get(host.base + "/ok/cover.png", first=0, last=9, max_body=10)
    fetcher.head(host.base + "/ok/cover.png")
    assert [hit.method for hit in host.hits] == ["GET", "HEAD"]


def test_a_file_server_that_never_answers_is_reported_in_bounded_time(host, media, tmp_path):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    threading.Thread(
        target=lambda: held.extend(listener.accept()[0] for _ in range(16)), daemon=True
    ).start()
    silent = f"http://127.0.0.1:{listener.getsockname()[1]}"
    feed = tmp_path / "silent.xml"
    clean = (FEEDS / "clean.xml").read_text(encoding="utf-8")
    feed.write_text(clean.replace("{base}/ok/episode.mp3", silent + "/episode.mp3"))
    started = time.monotonic()
    try:
        problems = check_feed(publish_fixture(host, media, feed), limits=FetchLimits(timeout=1))
    finally:
        listener.close()
    assert time.monotonic() - started < 10
    assert {p.rule for p in problems} == {"enclosure-unreachable"}
    assert all("timed out" in p.message for p in problems) and len(problems) == 2
