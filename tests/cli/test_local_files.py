"""Local article files (.txt, .md, .html) become episodes, each with its own title."""

from __future__ import annotations

import feedparser
import pytest
from mutagen.id3 import ID3

pytestmark = pytest.mark.e2e


def test_txt_and_html_files_each_become_an_episode(cli, tmp_path):
    (tmp_path / "walk.txt").write_text(
        "A Walk After Rain\n\nThe pavements shine and the air smells of wet stone.\n"
    )
    (tmp_path / "owls.html").write_text(
        "<html><head><title>How Owls Hear</title></head><body><article>"
        "<h1>How Owls Hear</h1><p>An owl's ears sit at different heights on its head, so a "
        "mouse's rustle reaches one ear a moment before the other. That tiny delay tells the "
        "owl exactly where to strike, even in complete darkness.</p></article></body></html>"
    )
    result = cli("build", "walk.txt", "owls.html", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "2 added" in result.stderr
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    assert sorted(e.title for e in feed.entries) == ["A Walk After Rain", "How Owls Hear"]
    titles = sorted(str(ID3(p)["TIT2"]) for p in (tmp_path / "out").glob("*.mp3"))
    assert titles == ["A Walk After Rain", "How Owls Hear"]


def test_quiet_build_prints_nothing_but_still_publishes(cli, tmp_path):
    (tmp_path / "walk.txt").write_text("Fog\n\nThe fog came in over the hills.\n")
    result = cli("build", "walk.txt", "--out", "out", "--quiet", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stderr == "" and result.stdout == ""
    assert len(list((tmp_path / "out").glob("*.mp3"))) == 1


def test_progress_lines_name_each_article_and_end_with_a_summary(cli, tmp_path):
    (tmp_path / "a.txt").write_text("First Light\n\nThe sun rose late.\n")
    (tmp_path / "b.txt").write_text("Last Light\n\nThe sun set early.\n")
    result = cli("build", "a.txt", "b.txt", "--out", "out", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert any(line.startswith("[1/2] ") for line in lines)
    assert any(line.startswith("[2/2] ") for line in lines)
    assert lines[-1] == "2 added, 0 skipped, 0 failed"
    assert "feed:" in result.stdout and "podcastify serve" in result.stdout


def _on_a_terminal(tmp_path, columns: int) -> str:
    """Build a.txt with stdout and stderr on a pseudo-terminal ``columns`` wide."""
    import fcntl
    import os
    import pty
    import struct
    import subprocess
    import termios

    from tests.helpers.cli import cli_env, command

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
    process = subprocess.Popen(
        command("build", "a.txt", "--out", "out"),
        cwd=tmp_path,
        stdout=follower,
        stderr=follower,
        stdin=subprocess.DEVNULL,
        env={k: v for k, v in cli_env().items() if k not in ("COLUMNS", "LINES")},
    )
    os.close(follower)
    chunks: list[bytes] = []
    while True:
        try:
            data = os.read(leader, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    assert process.wait(timeout=120) == 0
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


def test_on_a_terminal_synthesis_progress_is_shown(tmp_path):
    (tmp_path / "a.txt").write_text("Tea\n\nThe kettle sang. The cups were warm. We sat down.\n")
    screen = _on_a_terminal(tmp_path, 120)
    assert "speaking [" in screen and "sentences" in screen and "left)" in screen
    assert "mastering and encoding [" in screen and "100%" in screen
    assert "mastering and encoding" in screen and "reading a.txt" in screen
    assert "\r" in screen
    assert "1 added, 0 skipped, 0 failed" in screen


def test_on_a_narrow_terminal_the_live_line_fits(tmp_path):
    (tmp_path / "a.txt").write_text("Tea\n\nThe kettle sang. The cups were warm. We sat down.\n")
    screen = _on_a_terminal(tmp_path, 40)
    parts = [
        part.replace("\x1b[K", "") for line in screen.split("\r\n") for part in line.split("\r")
    ]
    live = [p for p in parts if p.startswith(("  speaking [", "  mastering"))]
    assert live and all(len(part) <= 40 for part in live), live


def test_in_a_log_each_article_says_how_long_it_took(cli, tmp_path):
    (tmp_path / "a.txt").write_text("First Light\n\nThe sun rose late.\n")
    result = cli("build", "a.txt", "--out", "out", cwd=tmp_path)
    (done,) = [line for line in result.stderr.splitlines() if "added" in line and "made in" in line]
    assert "of audio" in done and "\r" not in result.stderr
