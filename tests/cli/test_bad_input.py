"""Bad input gets a one-line error and a non-zero exit, never a traceback."""

from __future__ import annotations

import socket

import feedparser
import pytest

from tests.helpers.feeds import Item, rss

pytestmark = pytest.mark.e2e


def _one_error_line(stderr: str) -> list[str]:
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith(("error:", "Error:"))]
    assert errors, stderr
    return errors


def test_missing_file(cli, tmp_path):
    result = cli("build", "nope.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = _one_error_line(result.stderr)
    assert "nope.txt" in line and "no such file" in line


def test_url_that_does_not_answer(cli, tmp_path):
    with socket.socket() as probe:  # a port on which nothing listens
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = cli("build", f"http://127.0.0.1:{port}/feed.xml", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = _one_error_line(result.stderr)
    assert f"127.0.0.1:{port}" in line and "connect" in line


def test_feed_that_is_not_xml(cli, site, tmp_path):
    url = site.add("/feed.xml", b"\x00\x01 this is not a feed {]", "application/rss+xml")
    result = cli("build", url, "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = _one_error_line(result.stderr)
    assert "feed" in line or "web page" in line


def test_http_error_status_is_reported(cli, site, tmp_path):
    url = site.add("/gone.xml", b"gone", "text/plain", status=410)
    result = cli("build", url, "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = _one_error_line(result.stderr)
    assert "410" in line


def test_article_with_no_text_does_not_stop_the_others(cli, site, tmp_path):
    items = [
        Item(title="Empty One", guid="empty", html="<p>   </p><figure><img src=x></figure>"),
        Item(title="Real One", guid="real", html="<p>Clouds are made of tiny drops.</p>"),
    ]
    url = site.add("/feed.xml", rss(items), "application/rss+xml")
    result = cli("build", url, "--out", "out", cwd=tmp_path)
    assert result.returncode == 3  # something published, something failed
    (line,) = _one_error_line(result.stderr)
    assert "Empty One" in line and "no text" in line
    assert "1 added, 0 skipped, 1 failed" in result.stderr
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    assert [e.title for e in feed.entries] == ["Real One"]


def test_bad_source_does_not_stop_good_source(cli, site, tmp_path):
    good = site.add(
        "/feed.xml",
        rss([Item(title="Fine", guid="fine", html="<p>All is well here.</p>")]),
        "application/rss+xml",
    )
    result = cli("build", "missing.xml", good, "--out", "out", cwd=tmp_path)
    assert result.returncode == 3
    assert "1 added" in result.stderr


def test_unsupported_scheme_is_refused(cli, tmp_path):
    result = cli("build", "ftp://example.org/feed.xml", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = _one_error_line(result.stderr)
    assert "http" in line


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--base-url", "ftp://x/"], "--base-url must start with http"),
        (["--engine", "nosuch"], "unknown engine"),
        (["--limit", "-1"], "-1"),
    ],
)
def test_bad_options_are_one_line_errors(cli, tmp_path, args, message):
    (tmp_path / "a.txt").write_text("Title\n\nSome words to say.\n")
    result = cli("build", "a.txt", "--out", "out", *args, cwd=tmp_path)
    assert result.returncode == 2  # bad usage, like a mistyped option
    (line,) = _one_error_line(result.stderr)
    assert message in line
    assert not (tmp_path / "out").exists()


def test_a_bad_value_in_the_config_file_is_not_bad_usage(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nSome words to say.\n")
    (tmp_path / "podcastify.toml").write_text('[publish]\nbase_url = "ftp://x/"\n')
    result = cli("build", "a.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 1
    (line,) = _one_error_line(result.stderr)
    assert "podcastify.toml:2:" in line and "must start with http" in line


def test_unknown_piper_voice_is_a_one_line_error(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nSome words to say.\n")
    result = cli("build", "a.txt", "--out", "out", "--voice", "marvin", cwd=tmp_path)
    assert result.returncode == 2  # bad usage, said before anything is read
    (line,) = _one_error_line(result.stderr)
    assert "unknown Piper voice 'marvin'" in line


def test_bundled_voice_can_be_named(cli, tmp_path):
    (tmp_path / "a.txt").write_text("Title\n\nSome words to say.\n")
    result = cli("build", "a.txt", "--out", "out", "--voice", "en_US-joe-medium", cwd=tmp_path)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["watch", "--every", "5x"], "cannot read the interval '5x'"),
        (["build", "--rebuild-feed", "a.txt"], "--rebuild-feed reads no sources"),
    ],
)
def test_bad_usage_exits_2(cli, tmp_path, args, message):
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
