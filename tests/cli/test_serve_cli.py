"""`podcastify serve` from the command line: a real process on a real socket."""

from __future__ import annotations

import http.client
import re
import signal
import time

from tests.helpers.cli import start_podcastify


def test_serve_command_serves_the_folder_with_ranges_and_stops_cleanly(tmp_path):
    out = tmp_path / "audio"
    out.mkdir()
    (out / "feed.xml").write_text("<rss/>")
    (out / "a.mp3").write_bytes(bytes(range(256)) * 10)
    process = start_podcastify("serve", "--port", "0", cwd=tmp_path, stdout=None)
    try:
        assert process.stderr is not None
        banner = process.stderr.readline()
        port = int(re.search(r":(\d+)/", banner).group(1))
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        connection.request("GET", "/feed.xml")
        response = connection.getresponse()
        assert response.status == 200
        assert response.getheader("Content-Type").startswith("application/rss+xml")
        assert response.read() == b"<rss/>"
        connection.request("GET", "/a.mp3", headers={"Range": "bytes=0-1"})
        response = connection.getresponse()
        assert (response.status, response.read()) == (206, b"\x00\x01")
        assert response.getheader("Content-Range") == "bytes 0-1/2560"
    finally:
        process.send_signal(signal.SIGINT)
        started = time.monotonic()
        code = process.wait(timeout=10)
        rest = process.stderr.read()
    assert code == 0 and "Traceback" not in rest
    assert time.monotonic() - started < 10


def test_serve_refuses_a_missing_folder_in_one_line(cli, tmp_path):
    result = cli("serve", "--dir", "nothing-here", "--port", "0", cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
