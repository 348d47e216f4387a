"""Shared text helpers: safe file names, durations, byte-bounded text."""

from __future__ import annotations

import pytest

from podcastify.text import (
    format_duration,
    html_to_plain,
    looks_like_email,
    slugify,
    truncate_bytes,
)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Why Bridges Sing in the Wind", "why-bridges-sing-in-the-wind"),
        ("Héllo Wörld: a story", "hello-world-a-story"),
        ("../../etc/passwd", "etc-passwd"),
        ("CON", "episode-con"),
        ("nul", "episode-nul"),
        ("😀" * 300, "episode"),
        ("", "episode"),
        ("a\x00b\nc", "a-b-c"),
        ("C++ & Rust: 2024's best", "c-rust-2024-s-best"),
    ],
)
def test_slugify(title, slug):
    assert slugify(title) == slug


def test_slugify_is_bounded_and_cut_on_a_word():
    slug = slugify("word " * 100)
    assert len(slug) <= 60 and not slug.endswith("-") and slug.endswith("word")


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (59.4, "0:59"),
        (59.6, "1:00"),
        (754, "12:34"),
        (3600, "1:00:00"),
        (3725, "1:02:05"),
    ],
)
def test_format_duration(seconds, shown):
    assert format_duration(seconds) == shown


@pytest.mark.parametrize(
    ("markup", "plain"),
    [("<b>Bold</b> &amp; plain", "Bold & plain"), ("  a \n b  ", "a b"), ("x &lt; y", "x < y")],
)
def test_html_to_plain(markup, plain):
    assert html_to_plain(markup) == plain


def test_truncate_bytes_respects_the_limit_in_utf8():
    text = "é" * 3000
    cut = truncate_bytes(text, 4000)
    assert len(cut.encode("utf-8")) <= 4000 and cut.endswith("…")
    assert truncate_bytes("short", 4000) == "short"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("owner@bench.example.org", True),
        ("a.b+c@host.co", True),
        ("", False),
        ("owner", False),
        ("owner@localhost", False),
        ("two@at@signs.org", False),
        ("space in@name.org", False),
        ("owner@host.org ", False),
    ],
)
def test_looks_like_email(value, expected):
    assert looks_like_email(value) is expected
