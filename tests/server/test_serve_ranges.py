"""Byte ranges: what podcast players use to probe, seek and resume enclosures."""

from __future__ import annotations

import pytest

EPISODE_SIZE = 10_000


def test_apple_probe_gets_206_with_exactly_two_bytes(site):
    episode = site.files["episode.mp3"]
    resp = site.request("/episode.mp3", {"Range": "bytes=0-1"})
    assert resp.status == 206
    assert resp.body == episode[:2]
    assert resp.headers["content-range"] == "bytes 0-1/10000"
    assert resp.headers["content-length"] == "2"
    assert resp.headers["accept-ranges"] == "bytes"
    assert resp.headers["content-type"] == "audio/mpeg"


def test_full_response_advertises_ranges(site):
    resp = site.request("/episode.mp3")
    assert resp.status == 200
    assert resp.body == site.files["episode.mp3"]
    assert resp.headers["accept-ranges"] == "bytes"
    assert resp.headers["content-length"] == str(EPISODE_SIZE)
    assert "content-range" not in resp.headers


@pytest.mark.parametrize(
    ("header", "first", "last"),
    [
        ("bytes=100-199", 100, 199),  # middle
        ("bytes=9990-", 9990, 9999),  # open-ended
        ("bytes=0-", 0, 9999),  # open-ended from the start
        ("bytes=-500", 9500, 9999),  # suffix
        ("bytes=-20000", 0, 9999),  # suffix longer than the file: whole file
        ("bytes=9000-99999", 9000, 9999),  # end past the file is clamped
        ("bytes=9999-9999", 9999, 9999),  # last byte alone
        ("bytes=0-99999999999999999999999999999", 0, 9999),  # absurd end, clamped
        ("Bytes=5-6", 5, 6),  # the unit is case-insensitive
        ("bytes=5-6,", 5, 6),  # empty list elements are allowed
        ("bytes= 5-6", 5, 6),
    ],
)
def test_satisfiable_range_returns_exact_bytes(site, header, first, last):
    resp = site.request("/episode.mp3", {"Range": header})
    assert resp.status == 206
    assert resp.body == site.files["episode.mp3"][first : last + 1]
    assert resp.headers["content-range"] == f"bytes {first}-{last}/{EPISODE_SIZE}"
    assert resp.headers["content-length"] == str(last - first + 1)


@pytest.mark.parametrize(
    "header",
    [
        "bytes=10000-",  # starts exactly at the end
        "bytes=10000-10005",
        "bytes=20000-30000",
        "bytes=-0",  # a zero-length suffix selects nothing
        "bytes=" + "9" * 5000 + "-",  # more digits than int() accepts by default
    ],
)
def test_unsatisfiable_range_is_416_with_size(site, header):
    resp = site.request("/episode.mp3", {"Range": header})
    assert resp.status == 416
    assert resp.headers["content-range"] == f"bytes */{EPISODE_SIZE}"
    assert site.files["episode.mp3"][:16] not in resp.body


def test_any_range_of_an_empty_file_is_416(site):
    for header in ("bytes=0-1", "bytes=0-", "bytes=-5"):
        resp = site.request("/empty.mp3", {"Range": header})
        assert resp.status == 416, header
        assert resp.headers["content-range"] == "bytes */0"


@pytest.mark.parametrize(
    "header",
    [
        "bytes=abc",
        "bytes=1-2-3",
        "bytes=--5",
        "bytes=-",
        "bytes=",
        "bytes 0-1",
        "0-1",
        "items=0-1",  # unknown unit
        "bytes=5-2",  # last before first: invalid, not unsatisfiable
        "bytes=0x10-0x20",
    ],
)
def test_invalid_range_header_is_ignored(site, header):
    resp = site.request("/episode.mp3", {"Range": header})
    assert resp.status == 200
    assert resp.body == site.files["episode.mp3"]
    assert "content-range" not in resp.headers


def test_multi_range_is_answered_with_the_whole_file(site):
    # Documented choice: RFC 9110 lets a server ignore Range; no multipart/byteranges.
    resp = site.request("/episode.mp3", {"Range": "bytes=0-1,5-6"})
    assert resp.status == 200
    assert resp.body == site.files["episode.mp3"]
    assert resp.headers["content-length"] == str(EPISODE_SIZE)


def test_head_with_range_ignores_it(site):
    resp = site.request("/episode.mp3", {"Range": "bytes=0-1"}, method="HEAD")
    assert resp.status == 200
    assert resp.body == b""
    assert resp.headers["content-length"] == str(EPISODE_SIZE)
    assert resp.headers["accept-ranges"] == "bytes"


def test_ranges_on_one_keep_alive_connection(site):
    """A player seeks with many range requests on one connection, 416 included."""
    episode = site.files["episode.mp3"]
    conn = site.connection()
    try:
        assert site.request("/episode.mp3", {"Range": "bytes=0-1"}, conn=conn).body == episode[:2]
        assert site.request("/episode.mp3", {"Range": "bytes=50000-"}, conn=conn).status == 416
        assert site.request("/episode.mp3", {"Range": "bytes=-3"}, conn=conn).body == episode[-3:]
        assert site.request("/episode.mp3", conn=conn).body == episode
    finally:
        conn.close()


def test_range_through_a_symlink_inside_the_folder(site):
    resp = site.request("/latest.mp3", {"Range": "bytes=10-19"})
    assert resp.status == 206
    assert resp.body == site.files["episode.mp3"][10:20]


class TestIfRange:
    def _validators(self, site):
        headers = site.request("/episode.mp3", method="HEAD").headers
        return headers["etag"], headers["last-modified"]

    def test_matching_etag_applies_the_range(self, site):
        etag, _ = self._validators(site)
        resp = site.request("/episode.mp3", {"Range": "bytes=0-1", "If-Range": etag})
        assert resp.status == 206
        assert resp.body == site.files["episode.mp3"][:2]

    def test_matching_date_applies_the_range(self, site):
        _, last_modified = self._validators(site)
        resp = site.request("/episode.mp3", {"Range": "bytes=0-1", "If-Range": last_modified})
        assert resp.status == 206

    @pytest.mark.parametrize(
        "if_range", ['"stale-etag"', "Mon, 01 Jan 2001 00:00:00 GMT", "not a date"]
    )
    def test_changed_file_gets_the_whole_body(self, site, if_range):
        resp = site.request("/episode.mp3", {"Range": "bytes=0-1", "If-Range": if_range})
        assert resp.status == 200
        assert resp.body == site.files["episode.mp3"]

    def test_weak_etag_never_matches(self, site):
        etag, _ = self._validators(site)
        resp = site.request("/episode.mp3", {"Range": "bytes=0-1", "If-Range": "W/" + etag})
        assert resp.status == 200
