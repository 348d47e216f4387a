"""HTTP fetching limits, against a real local server."""

from __future__ import annotations

import socket
import threading
import time

import pytest

from podcastify.errors import FetchError
from podcastify.sources.fetch import USER_AGENT, FetchLimits, fetch, request


def test_plain_fetch_sends_a_clear_user_agent(site):
    seen: list[str] = []
    url = site.add("/a", b"hello", "text/plain")
    original = site.server.RequestHandlerClass.do_GET

    def spy(handler):
        seen.append(handler.headers.get("User-Agent", ""))
        original(handler)

    site.server.RequestHandlerClass.do_GET = spy
    response = fetch(url)
    assert response.body == b"hello" and response.content_type == "text/plain"
    assert seen == [USER_AGENT] and USER_AGENT.startswith("podcastify/")


def test_redirects_are_followed_a_bounded_number_of_times(site):
    site.add("/end", b"done", "text/plain")
    site.add("/r1", b"", status=302, headers={"Location": "/end"})
    assert fetch(site.url("/r1")).body == b"done"
    for i in range(10):
        site.add(f"/hop{i}", b"", status=301, headers={"Location": f"/hop{i + 1}"})
    with pytest.raises(FetchError, match="redirects"):
        fetch(site.url("/hop0"), FetchLimits(max_redirects=3))


def test_redirect_loop_is_reported(site):
    site.add("/a", b"", status=302, headers={"Location": "/b"})
    site.add("/b", b"", status=302, headers={"Location": "/a"})
    with pytest.raises(FetchError, match="redirect loop"):
        fetch(site.url("/a"))


def test_redirect_to_another_scheme_is_refused(site):
    site.add("/a", b"", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="only http and https"):
        fetch(site.url("/a"))


def test_body_over_the_cap_is_refused(site):
    url = site.add("/big", b"x" * 5000, "text/plain")
    with pytest.raises(FetchError, match="larger than 1000 bytes"):
        fetch(url, FetchLimits(max_bytes=1000))


def test_trickling_server_is_cut_off_by_the_total_deadline(site):
    url = site.add("/slow", b"y" * 100, "text/plain", trickle=0.2)
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(url, FetchLimits(timeout=1.0))
    assert time.monotonic() - started < 3


def test_server_that_never_answers_times_out():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held: list[socket.socket] = []
    threading.Thread(target=lambda: held.append(listener.accept()[0]), daemon=True).start()
    started = time.monotonic()
    with pytest.raises(FetchError, match="timed out"):
        fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/", FetchLimits(timeout=1.0))
    assert time.monotonic() - started < 3
    listener.close()


@pytest.mark.parametrize("status", [404, 410, 500])
def test_error_status_is_named(site, status):
    url = site.add("/x", b"no", status=status)
    with pytest.raises(FetchError, match=f"HTTP {status}"):
        fetch(url)


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/", "gopher://x/"])
def test_only_http_and_https(url):
    with pytest.raises(FetchError, match="only http and https"):
        fetch(url)


def test_request_returns_an_error_status_with_its_headers_instead_of_raising(site):
    url = site.add("/gone", b"not here", status=410, headers={"X-Why": "moved"})
    reply = request(url)
    assert (reply.status, reply.reason, reply.header("x-why")) == (410, "Gone", "moved")
    assert reply.body == b""


def test_request_reads_only_the_first_bytes_of_a_large_body(site):
    url = site.add("/big.mp3", b"ID3" + b"x" * 50_000, "audio/mpeg")
    reply = request(url, FetchLimits(max_bytes=1000), max_body=10)
    assert (reply.body, reply.complete) == (b"ID3xxxxxxx", False)
    whole = request(url, max_body=60_000)
    assert whole.complete and len(whole.body) == 50_003


def test_request_guard_sees_every_hop_and_can_refuse_one(site):
    site.add("/end", b"done", "text/plain")
    site.add("/start", b"", status=302, headers={"Location": "/end"})
    seen: list[str] = []

    def refuse_end(url: str) -> None:
        seen.append(url)
        if url.endswith("/end"):
            raise FetchError(f"{url}: refused")

    with pytest.raises(FetchError, match="refused"):
        request(site.url("/start"), guard=refuse_end)
    assert seen == [site.url("/start"), site.url("/end")]
    assert site.hits.get("/end", 0) == 0


def test_a_non_ascii_path_is_sent_percent_encoded_as_browsers_do(site):
    site.add("/caf%C3%A9.mp3", b"ok", "audio/mpeg")
    assert fetch(site.url("/café.mp3")).body == b"ok"


@pytest.mark.parametrize("url", ["http://[::1/x", "http://127.0.0.1:99999/", "http://host:port/"])
def test_a_malformed_url_is_a_fetch_error(url):
    with pytest.raises(FetchError, match="not a valid URL"):
        fetch(url)


@pytest.mark.parametrize(
    ("written", "served"),
    [
        ("/caffè-crema", "/caff%C3%A8-crema"),
        ("/two words", "/two%20words"),
        ("/already%20encoded", "/already%20encoded"),
        ("/q?name=café&x=1", "/q"),
    ],
)
def test_addresses_with_spaces_and_accents_are_fetched(site, written: str, served: str):
    site.add(served, b"ok", "text/plain")
    response = fetch(site.base + written, FetchLimits())
    assert response.body == b"ok"
    assert site.hits[served] == 1


def test_address_with_an_impossible_host_is_one_error():
    with pytest.raises(FetchError, match="not a valid URL"):
        fetch("http://" + "a" * 70 + ".example/", FetchLimits())
