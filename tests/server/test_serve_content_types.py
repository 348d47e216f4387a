"""Content types and caching headers come from a fixed table, the same on every machine."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("path", "content_type"),
    [
        ("/episode.mp3", "audio/mpeg"),
        ("/feed.xml", "application/rss+xml"),
        ("/sub/feed.xml", "application/xml"),  # only root-level .xml files are feeds
        ("/episode.vtt", "text/vtt; charset=utf-8"),
        ("/episode.srt", "application/x-subrip"),
        ("/episode.json", "application/json"),
        ("/episode.chapters.json", "application/json"),
        ("/cover.png", "image/png"),
        ("/cover.jpg", "image/jpeg"),
        ("/cover.jpeg", "image/jpeg"),
        ("/index.html", "text/html; charset=utf-8"),
        ("/", "text/html; charset=utf-8"),
        ("/style.css", "text/css"),
        ("/data.bin", "application/octet-stream"),
        ("/README", "application/octet-stream"),
    ],
)
def test_content_type(site, path, content_type):
    resp = site.request(path)
    assert resp.status == 200
    assert resp.headers["content-type"] == content_type
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_suffix_match_ignores_case(site):
    (site.root / "LOUD.MP3").write_bytes(b"x")
    assert site.request("/LOUD.MP3").headers["content-type"] == "audio/mpeg"


@pytest.mark.parametrize(
    ("path", "cache_control"),
    [
        ("/feed.xml", "no-cache"),
        ("/index.html", "no-cache"),
        ("/", "no-cache"),
        ("/episode.mp3", "public, max-age=86400"),
        ("/cover.png", "public, max-age=86400"),
        ("/episode.vtt", "public, max-age=3600"),
        ("/episode.chapters.json", "public, max-age=3600"),
    ],
)
def test_cache_control(site, path, cache_control):
    assert site.request(path).headers["cache-control"] == cache_control


def test_errors_are_nosniff_too(site):
    resp = site.request("/missing.mp3")
    assert resp.status == 404
    assert resp.headers["x-content-type-options"] == "nosniff"


def test_get_returns_the_exact_file(site):
    for name in ("episode.mp3", "feed.xml", "episode.chapters.json", "cover.png"):
        resp = site.request("/" + name)
        assert resp.status == 200, name
        assert resp.body == site.files[name], name
        assert resp.headers["content-length"] == str(len(site.files[name]))


def test_empty_file(site):
    resp = site.request("/empty.mp3")
    assert resp.status == 200
    assert resp.body == b""
    assert resp.headers["content-length"] == "0"


def test_head_has_the_headers_and_no_body(site):
    get = site.request("/episode.mp3")
    head = site.request("/episode.mp3", method="HEAD")
    assert head.status == 200
    assert head.body == b""
    for name in ("content-type", "content-length", "etag", "last-modified", "accept-ranges"):
        assert head.headers[name] == get.headers[name], name
    # http.client would hide a stray body on HEAD; a raw socket would not.
    reply = site.raw(b"HEAD /episode.mp3 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    assert reply.endswith(b"\r\n\r\n")
    assert b"Content-Length: 10000" in reply


def test_root_serves_index_html(site):
    resp = site.request("/")
    assert resp.status == 200
    assert resp.body == site.files["index.html"]


def test_query_string_is_ignored(site):
    resp = site.request("/feed.xml?nocache=123")
    assert resp.status == 200
    assert resp.body == site.files["feed.xml"]


def test_subfolder_with_slash_serves_its_index(site):
    resp = site.request("/sub/")
    assert resp.status == 200
    assert resp.body == site.files["sub/index.html"]


def test_subfolder_without_slash_redirects(site):
    resp = site.request("/sub")
    assert resp.status == 301
    assert resp.headers["location"] == "/sub/"


def test_folder_without_index_is_404_not_a_listing(site):
    for path in ("/noindex/", "/noindex"):
        resp = site.request(path)
        assert resp.status == 404, path
        assert b"file.txt" not in resp.body


def test_root_without_index_is_404(site):
    (site.root / "index.html").unlink()
    resp = site.request("/")
    assert resp.status == 404
    assert b"episode.mp3" not in resp.body


def test_missing_file_and_file_with_trailing_slash_are_404(site):
    assert site.request("/nope.mp3").status == 404
    assert site.request("/feed.xml/").status == 404


def test_percent_encoded_names_are_decoded(site):
    assert site.request("/with%20space.mp3").body == b"spaced"
    assert site.request("/%C3%A9pisode.mp3").body == b"accented"


def test_raw_utf8_in_the_request_line(site):
    status, reply = site.raw_get("/épisode.mp3")
    assert status == 200
    assert reply.endswith(b"accented")


@pytest.mark.parametrize("method", ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW"])
def test_other_methods_are_405_with_allow(site, method):
    resp = site.request("/feed.xml", method=method)
    assert resp.status == 405
    assert resp.headers["allow"] == "GET, HEAD"
    assert (site.root / "feed.xml").read_bytes() == site.files["feed.xml"]


def test_405_with_a_body_does_not_desync_the_next_request(site):
    reply = site.raw(
        b"POST /feed.xml HTTP/1.1\r\nHost: x\r\nContent-Length: 27\r\n\r\n"
        b"GET /cover.png HTTP/1.1\r\n\r\n"
    )
    assert status_line_count(reply) == 1
    assert reply.startswith(b"HTTP/1.1 405")


def status_line_count(reply: bytes) -> int:
    return reply.count(b"HTTP/1.1 ")
