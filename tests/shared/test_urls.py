"""canonical_url and readable_host: one identity for every address of a page."""

from __future__ import annotations

import pytest

from podcastify.urls import canonical_url, readable_host


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://example.com/post", "https://example.com/post"),
        ("http://example.com/post", "https://example.com/post"),
        ("https://www.Example.COM/post/", "https://example.com/post"),
        ("https://example.com/post#comments", "https://example.com/post"),
        ("https://example.com/post?utm_source=rss&utm_medium=feed", "https://example.com/post"),
        ("https://example.com/post?fbclid=abc&gclid=x&mc_cid=1", "https://example.com/post"),
        ("https://example.com/?p=12&utm_campaign=x", "https://example.com?p=12"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "https://example.com/a"),
        ("http://127.0.0.1:8765/a/", "https://127.0.0.1:8765/a"),
        ("https://example.com", "https://example.com"),
        ("https://example.com/", "https://example.com"),
        ("https://example.com/caf%c3%a9", "https://example.com/caf%C3%A9"),
        ("  https://example.com/x  ", "https://example.com/x"),
        ("https://example.com/Post", "https://example.com/Post"),  # paths keep their case
        ("tag:example.com,2024:post-1", "tag:example.com,2024:post-1"),
        ("urn:uuid:1234", "urn:uuid:1234"),
        ("file:///home/me/a.md", "file:///home/me/a.md"),
        ("", ""),
        ("http://[::1]:8000/x", "https://[::1]:8000/x"),
        ("http://example.com:notaport/x", "http://example.com:notaport/x"),
    ],
)
def test_canonical_url(url: str, canonical: str) -> None:
    assert canonical_url(url) == canonical


def test_canonical_url_is_idempotent() -> None:
    url = "http://www.example.com/a/?utm_source=x&b=2&a=1#top"
    assert canonical_url(canonical_url(url)) == canonical_url(url)


@pytest.mark.parametrize(
    ("url", "host"),
    [
        ("https://www.example.com/feed", "example.com"),
        ("https://blog.example.co.uk/", "blog.example.co.uk"),
        ("http://127.0.0.1:8765/feed.xml", ""),
        ("http://[::1]:8000/", ""),
        ("http://localhost:8000/", ""),
        ("file:///home/me/feed.xml", ""),
        ("/home/me/feed.xml", ""),
        ("", ""),
    ],
)
def test_readable_host(url: str, host: str) -> None:
    assert readable_host(url) == host
