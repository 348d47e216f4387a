"""`podcastify check URL` from the command line: one line per problem, the exit status."""

from __future__ import annotations

import socket

import pytest

from tests.check.conftest import FEEDS, publish_fixture


def _published(host, media, name: str) -> str:
    return publish_fixture(host, media, FEEDS / name)


def test_a_clean_feed_prints_nothing_and_exits_0(cli, host, media, tmp_path):
    result = cli("check", _published(host, media, "clean.xml"), cwd=tmp_path)
    assert (result.returncode, result.stdout) == (0, "")
    assert result.stderr.strip() == "no problems found"


def test_warnings_alone_exit_0_with_one_line_each(cli, host, media, tmp_path):
    result = cli("check", _published(host, media, "mp3-missing-ctoc.xml"), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert line.startswith('warning: episode 1 "First episode": ') and "CTOC" in line
    assert "; fix: add a CTOC frame" in line
    assert result.stderr.strip() == "0 errors, 1 warning"


def test_what_would_break_an_app_exits_1(cli, host, media, tmp_path):
    result = cli("check", _published(host, media, "enclosure-no-range.xml"), cwd=tmp_path)
    assert result.returncode == 1
    (line,) = result.stdout.splitlines()
    assert line.startswith("error: ") and "not 206" in line and "fix: serve byte ranges" in line


def test_a_public_feed_on_the_command_line_contacts_nothing_on_the_lan(cli, host, media, tmp_path):
    url = _published(host, media, "private-loopback-files.xml")
    host.reset()
    result = cli("check", url, cwd=tmp_path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 8 and all("subscribers cannot reach it" in line for line in lines)
    assert host.targets() == ["/feeds/private-loopback-files.xml"]


def test_episodes_option(cli, host, media, tmp_path):
    url = _published(host, media, "guids-duplicate.xml")
    host.reset()
    result = cli("check", url, "--episodes", "1", cwd=tmp_path)
    assert result.returncode == 1 and "share the GUID" in result.stdout
    assert "/ok/episode.mp3" not in host.targets()


def test_a_feed_file_on_disk_is_checked_too(cli, host, media, tmp_path):
    url = _published(host, media, "artwork-not-square.xml")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(host.feeds["artwork-not-square.xml"])
    result = cli("check", str(feed), cwd=tmp_path)
    assert result.returncode == 1 and "1500×1400" in result.stdout, url


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize(
    ("target", "says"),
    [
        ("http://127.0.0.1:{port}/feed.xml", "cannot connect"),
        ("{base}/ok/gone.xml", "HTTP 404"),
        ("{base}/ok/episode.vtt", "is not XML"),
        ("{base}/ok/page.html", "is a web page, not a podcast feed"),
        ("nothing-here.xml", "no such file (for a web address, write it with https://)"),
        ("ftp://example.org/feed.xml", "only http(s) URLs and files"),
    ],
)
def test_an_unreadable_feed_is_one_line_without_traceback(cli, host, tmp_path, target, says):
    url = target.format(port=_free_port(), base=host.base)
    result = cli("check", url, cwd=tmp_path)
    assert result.returncode == 1 and result.stdout == ""
    assert "Traceback" not in result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: ") and says in line, line
