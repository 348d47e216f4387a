"""Many clients, rude clients and broken requests never take the server down."""

from __future__ import annotations

import os
import random
import socket
import threading
import time
import tracemalloc
from concurrent.futures import ThreadPoolExecutor

import pytest

BIG = 32 * 1024 * 1024


@pytest.fixture
def big_file(site):
    """A 32 MiB file (sparse, so quick to make) with known bytes at both ends."""
    head, tail = random.Random(1).randbytes(4096), random.Random(2).randbytes(4096)
    with (site.root / "big.mp3").open("wb") as f:
        f.write(head)
        f.truncate(BIG - len(tail))
        f.seek(BIG - len(tail))
        f.write(tail)
    return head, tail


def wait_for_handlers_to_finish(timeout: float = 5) -> None:
    """Let handler threads of closed connections end, so their errors would be printed."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not any("process_request_thread" in t.name for t in threading.enumerate()):
            return
        time.sleep(0.02)


def test_twenty_concurrent_clients_get_correct_bodies(site):
    episode = site.files["episode.mp3"]
    barrier = threading.Barrier(20)

    def client(i: int) -> bool:
        barrier.wait()
        if i % 2:
            first = i * 37
            resp = site.request("/episode.mp3", {"Range": f"bytes={first}-{first + 999}"})
            return resp.status == 206 and resp.body == episode[first : first + 1000]
        resp = site.request("/episode.mp3")
        return resp.status == 200 and resp.body == episode

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(client, range(20)))
    assert results == [True] * 20


def test_a_stalled_client_does_not_block_others(site):
    with socket.create_connection(("127.0.0.1", site.port), timeout=10) as stalled:
        stalled.sendall(b"GET /episode.mp3 HTTP/1.1\r\nHost: x\r\n")  # never finishes
        resp = site.request("/feed.xml")
        assert resp.status == 200
        assert resp.body == site.files["feed.xml"]


@pytest.mark.parametrize(
    "partial",
    [
        b"GET /episode.mp3 HTTP/1.1\r\nHost: x\r\n",  # headers never end
        b"GET /epis",  # request line cut short
        b"",  # connect and leave
    ],
)
def test_client_that_sends_half_a_request_and_closes(site, partial, capfd):
    with socket.create_connection(("127.0.0.1", site.port), timeout=10) as sock:
        sock.sendall(partial)
    resp = site.request("/episode.mp3")
    assert resp.status == 200
    assert resp.body == site.files["episode.mp3"]
    wait_for_handlers_to_finish()
    assert "Traceback" not in capfd.readouterr().err


def test_client_that_closes_mid_transfer(site, big_file, capfd):
    for _ in range(3):
        with socket.create_connection(("127.0.0.1", site.port), timeout=10) as sock:
            sock.sendall(b"GET /big.mp3 HTTP/1.1\r\nHost: x\r\n\r\n")
            assert sock.recv(16).startswith(b"HTTP/1.1 200")
        # closing with unread data makes the kernel reset the connection mid-sendfile
    head, _ = big_file
    resp = site.request("/big.mp3", {"Range": "bytes=0-4095"})
    assert resp.status == 206
    assert resp.body == head
    wait_for_handlers_to_finish()
    err = capfd.readouterr().err
    assert "Traceback" not in err
    assert "Broken pipe" not in err and "reset" not in err


def test_large_file_is_streamed_not_read_into_memory(site, big_file):
    head, tail = big_file
    tracemalloc.start()
    try:
        with socket.create_connection(("127.0.0.1", site.port), timeout=10) as sock:
            sock.sendall(b"GET /big.mp3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            received, first, last = 0, b"", b""
            while chunk := sock.recv(65536):
                if len(first) < 8192:
                    first += chunk
                received += len(chunk)
                last = (last + chunk)[-4096:]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    header_end = first.index(b"\r\n\r\n") + 4
    assert received - header_end == BIG
    assert first[header_end : header_end + 4096] == head
    assert last == tail
    assert peak < 8 * 1024 * 1024, f"peak Python memory {peak} bytes for a {BIG}-byte file"


@pytest.mark.parametrize(
    ("request_bytes", "expected_status"),
    [
        (b"GARBAGE\r\n\r\n", 400),
        (b"GET\r\n\r\n", 400),
        (b"GET / HTTP/1.1 extra\r\n\r\n", 400),
        (b"GET / HTTP/x.y\r\n\r\n", 400),
        (b"GET / HTTP/9.9\r\n\r\n", 505),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\n\r\n", 414),
        (b"GET / HTTP/1.1\r\nHost: x\r\n" + b"X-A: b\r\n" * 200 + b"\r\n", 431),
        (b"GET / HTTP/1.1\r\nConnection: close\r\nBad header line\r\n\r\n", None),
        (b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + bytes(range(256)) + b"\r\n\r\n", 400),
        (bytes(range(256)) * 4 + b"\r\n\r\n", 400),
        (b"\r\n\r\n", None),  # blank lines only: the stdlib just hangs up
    ],
)
def test_malformed_requests_get_an_error_and_the_server_lives(
    site, request_bytes, expected_status, capfd
):
    reply = site.raw(request_bytes)
    if expected_status is not None:
        assert reply.startswith(f"HTTP/1.1 {expected_status} ".encode())
    assert b"Traceback" not in reply
    resp = site.request("/feed.xml")
    assert resp.status == 200
    assert resp.body == site.files["feed.xml"]
    wait_for_handlers_to_finish()
    assert "Traceback" not in capfd.readouterr().err


def test_http_1_0_client_gets_the_body_and_a_close(site):
    reply = site.raw(b"GET /feed.xml HTTP/1.0\r\n\r\n")
    assert reply.startswith(b"HTTP/1.1 200 ")
    assert reply.endswith(site.files["feed.xml"])


def test_keep_alive_serves_many_requests_on_one_connection(site):
    conn = site.connection()
    try:
        for name in ("feed.xml", "episode.mp3", "cover.png", "missing.mp3", "feed.xml"):
            resp = site.request("/" + name, conn=conn)
            assert resp.body == site.files.get(name, resp.body)
            assert resp.status == (404 if name == "missing.mp3" else 200)
    finally:
        conn.close()


def test_pipelined_requests_are_answered_in_order(site):
    reply = site.raw(
        b"GET /cover.png HTTP/1.1\r\nHost: x\r\n\r\n"
        b"GET /feed.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    png, feed = site.files["cover.png"], site.files["feed.xml"]
    assert reply.count(b"HTTP/1.1 200 OK") == 2
    assert reply.index(png) < reply.index(feed)
    assert reply.endswith(feed)


def test_get_with_a_body_closes_instead_of_desyncing(site):
    reply = site.raw(
        b"GET /cover.png HTTP/1.1\r\nHost: x\r\nContent-Length: 27\r\n\r\n"
        b"GET /feed.xml HTTP/1.1\r\n\r\n"
    )
    assert reply.count(b"HTTP/1.1 ") == 1
    assert reply.endswith(site.files["cover.png"])


def test_file_deleted_after_listing_is_a_clean_404(site):
    (site.root / "feed.xml").unlink()
    assert site.request("/feed.xml").status == 404


def test_fifo_is_not_opened(site):
    os.mkfifo(site.root / "pipe.mp3")
    resp = site.request("/pipe.mp3")  # opening a FIFO would block the handler forever
    assert resp.status == 404
