"""make_server() and serve(): binding, errors a user can act on, logging, clean Ctrl-C."""

from __future__ import annotations

import http.client
import re
import signal
import socket
import subprocess
import sys
import time

import pytest

from podcastify.errors import PodcastifyError, PublishError
from podcastify.server import make_server


def test_port_zero_picks_a_free_port(tmp_path):
    server = make_server(tmp_path, "127.0.0.1", 0, quiet=True)
    try:
        host, port = server.server_address[:2]
        assert host == "127.0.0.1"
        assert port > 0
    finally:
        server.server_close()


def test_missing_folder_is_a_publish_error(tmp_path):
    with pytest.raises(PublishError, match="no such folder") as excinfo:
        make_server(tmp_path / "nope", "127.0.0.1", 0)
    assert isinstance(excinfo.value, PodcastifyError)
    assert "\n" not in str(excinfo.value)


def test_a_file_is_not_a_folder(tmp_path):
    (tmp_path / "feed.xml").write_text("<rss/>")
    with pytest.raises(PublishError):
        make_server(tmp_path / "feed.xml", "127.0.0.1", 0)


def test_port_in_use_is_a_publish_error(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(PublishError, match=f"port {port} .*already in use") as excinfo:
            make_server(tmp_path, "127.0.0.1", port)
    assert "\n" not in str(excinfo.value)


@pytest.mark.parametrize("port", [-1, 65536])
def test_impossible_port_is_a_publish_error(tmp_path, port):
    with pytest.raises(PublishError):
        make_server(tmp_path, "127.0.0.1", port)


def test_one_log_line_per_request_unless_quiet(tmp_path, start_server, capfd):
    (tmp_path / "feed.xml").write_bytes(b"<rss/>")
    loud = start_server(tmp_path, quiet=False)
    loud.request("/feed.xml")
    loud.request("/feed.xml", {"Range": "bytes=0-1"})
    loud.request("/missing.mp3")
    loud.raw(b"GARBAGE\x1b[31m\r\n\r\n")
    lines = capfd.readouterr().err.splitlines()
    assert len(lines) == 4, lines
    assert '"GET /feed.xml HTTP/1.1" 200' in lines[0]
    assert '"GET /feed.xml HTTP/1.1" 206' in lines[1]
    assert '"GET /missing.mp3 HTTP/1.1" 404' in lines[2]
    assert "400" in lines[3]
    assert "\x1b" not in lines[3]  # control characters from the wire are escaped

    quiet = start_server(tmp_path, quiet=True)
    quiet.request("/feed.xml")
    quiet.request("/missing.mp3")
    quiet.raw(b"GARBAGE\r\n\r\n")
    assert capfd.readouterr().err == ""


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT")
def test_serve_runs_until_ctrl_c_and_exits_cleanly(tmp_path):
    (tmp_path / "feed.xml").write_bytes(b"<rss/>")
    script = (
        "import signal, sys\n"
        "from pathlib import Path\n"
        "from podcastify.server import serve\n"
        # a shell may start background jobs with SIGINT ignored; act like a terminal
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "serve(Path(sys.argv[1]), '127.0.0.1', 0)\n"
        "print('returned normally', file=sys.stderr)\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script, str(tmp_path)],
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        banner = proc.stderr.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
        assert match, banner
        conn = http.client.HTTPConnection("127.0.0.1", int(match[1]), timeout=10)
        conn.request("GET", "/feed.xml")
        resp = conn.getresponse()
        assert (resp.status, resp.read()) == (200, b"<rss/>")
        # an idle keep-alive connection must not hold the shutdown up
        time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=10)
        conn.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    assert "KeyboardInterrupt" not in err
    assert "returned normally" in err
    assert '"GET /feed.xml HTTP/1.1" 200' in err


def test_folder_that_is_a_swapped_symlink_is_followed(tmp_path, start_server):
    """Publishing by swapping an ``audio -> v1`` link to ``v2`` is seen without a restart."""
    for version in ("v1", "v2"):
        (tmp_path / version).mkdir()
        (tmp_path / version / "feed.xml").write_text(f"<rss>{version}</rss>")
    link = tmp_path / "audio"
    link.symlink_to("v1")
    served = start_server(link)
    assert served.request("/feed.xml").body == b"<rss>v1</rss>"
    (tmp_path / "audio.new").symlink_to("v2")
    (tmp_path / "audio.new").replace(link)
    assert served.request("/feed.xml").body == b"<rss>v2</rss>"
    assert served.request("/../v1/feed.xml").status == 404
