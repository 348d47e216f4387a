"""Validators and 304s: feed readers poll feed.xml and must get cheap "nothing new" answers."""

from __future__ import annotations

import os
from email.utils import formatdate

import pytest

MTIME = 1_700_000_000  # 2023-11-14 22:13:20 UTC
LAST_MODIFIED = "Tue, 14 Nov 2023 22:13:20 GMT"


@pytest.fixture
def feed(site):
    """feed.xml with a known mtime; returns its ETag."""
    os.utime(site.root / "feed.xml", (MTIME, MTIME))
    return site.request("/feed.xml", method="HEAD").headers["etag"]


def test_validators_are_sent(site, feed):
    resp = site.request("/feed.xml")
    assert resp.status == 200
    assert resp.headers["last-modified"] == LAST_MODIFIED == formatdate(MTIME, usegmt=True)
    assert resp.headers["etag"] == feed
    assert feed.startswith('"') and feed.endswith('"')  # strong, not W/"..."


def test_etag_changes_with_size_and_with_mtime(site, feed):
    path = site.root / "feed.xml"
    os.utime(path, ns=(MTIME * 10**9 + 1, MTIME * 10**9 + 1))  # same second, other ns
    touched = site.request("/feed.xml", method="HEAD").headers["etag"]
    assert touched != feed
    path.write_bytes(path.read_bytes() + b"\n")
    os.utime(path, (MTIME, MTIME))
    grown = site.request("/feed.xml", method="HEAD").headers["etag"]
    assert grown not in (feed, touched)


def test_etag_is_stable_between_requests(site, feed):
    assert site.request("/feed.xml").headers["etag"] == feed


@pytest.mark.parametrize(
    "if_none_match",
    [
        "{etag}",
        "*",
        '"other", {etag}',
        '"a","b",{etag}',
        "W/{etag}",  # If-None-Match uses the weak comparison
    ],
)
def test_if_none_match_gives_304(site, feed, if_none_match):
    resp = site.request("/feed.xml", {"If-None-Match": if_none_match.format(etag=feed)})
    assert resp.status == 304
    assert resp.body == b""
    assert resp.headers["etag"] == feed
    assert resp.headers["cache-control"] == "no-cache"


def test_if_none_match_other_etag_gives_200(site, feed):
    resp = site.request("/feed.xml", {"If-None-Match": '"something-else"'})
    assert resp.status == 200
    assert resp.body == site.files["feed.xml"]


@pytest.mark.parametrize(
    "since", [LAST_MODIFIED, "Wed, 15 Nov 2023 00:00:00 GMT", "Wednesday, 15-Nov-23 00:00:00 GMT"]
)
def test_if_modified_since_not_older_gives_304(site, feed, since):
    resp = site.request("/feed.xml", {"If-Modified-Since": since})
    assert resp.status == 304
    assert resp.body == b""
    assert resp.headers["last-modified"] == LAST_MODIFIED


@pytest.mark.parametrize(
    "since",
    [
        "Tue, 14 Nov 2023 22:13:19 GMT",
        "garbage",
        "",
        "Mon, 01 Jan 99999 00:00:00 GMT",
        "Mon, 99 Foo 2023 99:99:99 GMT",
    ],
)
def test_if_modified_since_older_or_invalid_gives_200(site, feed, since):
    resp = site.request("/feed.xml", {"If-Modified-Since": since})
    assert resp.status == 200
    assert resp.body == site.files["feed.xml"]


def test_if_none_match_takes_precedence_over_if_modified_since(site, feed):
    resp = site.request(
        "/feed.xml", {"If-None-Match": '"stale"', "If-Modified-Since": LAST_MODIFIED}
    )
    assert resp.status == 200
    assert resp.body == site.files["feed.xml"]


def test_head_gets_304_too(site, feed):
    resp = site.request("/feed.xml", {"If-None-Match": feed}, method="HEAD")
    assert resp.status == 304


def test_304_beats_range(site):
    etag = site.request("/episode.mp3", method="HEAD").headers["etag"]
    resp = site.request("/episode.mp3", {"If-None-Match": etag, "Range": "bytes=0-1"})
    assert resp.status == 304
    assert resp.body == b""


def test_304_keeps_the_connection_usable(site, feed):
    conn = site.connection()
    try:
        assert site.request("/feed.xml", {"If-None-Match": feed}, conn=conn).status == 304
        resp = site.request("/feed.xml", conn=conn)
        assert resp.status == 200
        assert resp.body == site.files["feed.xml"]
    finally:
        conn.close()
