"""Two runs at once on one podcast: the second stops at once with a clear message."""

from __future__ import annotations

import signal
import socket
import threading

import pytest

from tests.faults.conftest import (
    Project,
    RawServer,
    assert_feed_healthy,
    day,
    error_lines,
    wait_for_lock,
)
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site

pytestmark = pytest.mark.faults

ITEM = Item("Slow News Day", "slow-1", "<p>Nothing much happened.</p>", published=day(9))


def test_second_run_is_refused_while_the_first_works(project: Project, raw_server, fault):
    gate = threading.Event()
    body = rss([ITEM]).encode()

    def slow_feed(server: RawServer, conn: socket.socket) -> None:
        conn.recv(4096)
        gate.wait(30)  # the first run waits here, holding the lock
        head = "HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n"
        head += f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n"
        conn.sendall(head.encode() + body)

    server = raw_server(slow_feed)
    slow = server.url
    first = project.start("build", slow)
    wait_for_lock(project, first)

    elsewhere = project.root.parent / "elsewhere"
    elsewhere.mkdir()
    attempts = {
        "same folder": project.run("build", slow, timeout=30),
        "same config from another folder": project.run(
            "build", slow, "--config", str(project.config), cwd=elsewhere, timeout=30
        ),
        "--rebuild-feed": project.run("build", "--rebuild-feed", timeout=30),
        "refresh": project.run("refresh", "slow-1", slow, timeout=30),
    }
    fault(*(f"lock: concurrent run ({name})" for name in attempts))
    assert first.poll() is None, "the first run should still be fetching"
    for name, second in attempts.items():
        assert second.returncode == 1, (name, second.stderr)
        (line,) = error_lines(second.stderr)
        assert f"another podcastify run (pid {first.pid}) is using" in line, (name, line)
        assert second.elapsed < 10, f"{name}: waited for the lock instead of failing at once"
    # Nothing of the refused runs reached the published folder or the source.
    assert not (project.out / "feed.xml").exists()
    assert not (project.out / "index.html").exists()
    assert server.connections == 1

    gate.set()
    _, stderr = first.communicate(timeout=60)
    assert first.returncode == 0, stderr
    assert "1 added, 0 skipped, 0 failed" in stderr
    (episode,) = assert_feed_healthy(project.out)
    assert episode.guid == "slow-1"


def test_a_killed_runs_lock_does_not_block_the_next(project: Project, site: Site, fault):
    fault("lock: holder killed while holding the lock")
    slow = site.add("/slow.xml", rss([ITEM]), "application/rss+xml", delay=5)
    first = project.start("build", slow)
    wait_for_lock(project, first)
    first.send_signal(signal.SIGKILL)
    first.communicate(timeout=30)

    site.add("/fast.xml", rss([ITEM]), "application/rss+xml")
    again = project.run("build", site.url("/fast.xml"), timeout=60)
    assert again.returncode == 0, again.stderr
    assert_feed_healthy(project.out)


def test_a_run_with_another_state_never_deletes_published_episodes(
    project: Project, site: Site, fault
):
    fault("lock: same output folder, different state folder")
    url = site.add("/feed.xml", rss([ITEM]), "application/rss+xml")
    first = project.run("build", url)
    assert first.returncode == 0, first.stderr
    (published,) = assert_feed_healthy(project.out)

    elsewhere = Project(project.root.parent / "elsewhere")
    elsewhere.write_config(out=str(project.out))
    other = Item("Another Day", "other-1", "<p>Something else.</p>", published=day(10))
    second_url = site.add("/other.xml", rss([other]), "application/rss+xml")
    elsewhere.run("build", second_url)
    assert (project.out / published.filename).is_file(), "a published episode was deleted"
