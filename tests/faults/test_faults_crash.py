"""Crash safety: a build killed at any step leaves the previous feed valid, and the next
run finishes the work with no duplicate episode and no file left behind."""

from __future__ import annotations

import random
import shutil
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from podcastify.faults import POINTS
from tests.faults.conftest import (
    Project,
    assert_feed_healthy,
    day,
    no_traceback,
    wait_for_lock,
)
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site, start_site

pytestmark = pytest.mark.faults

APPLES = Item("Apples Fall Down", "apples", "<p>An apple fell.</p>", published=day(1))
BEES = Item("Bees Make Honey", "bees", "<p>Bees hum softly.</p>", published=day(2))
CATS = Item("Cats Nap Often", "cats", "<p>The cat naps.</p>", published=day(3))
DUCKS = Item("Ducks Can Swim", "ducks", "<p>A duck swam. It was wet.</p>", published=day(4))
EELS = Item("Eels Are Long", "eels", "<p>An eel is long. It is thin.</p>", published=day(5))
FROGS = Item("Frogs Can Jump", "frogs", "<p>A frog jumped. It was fast.</p>", published=day(6))


@pytest.fixture(scope="module")
def site() -> Iterator[Site]:
    web = start_site()
    web.add("/seed.xml", rss([APPLES]), "application/rss+xml")
    web.add("/more.xml", rss([APPLES, BEES, CATS]), "application/rss+xml")
    web.add("/many.xml", rss([APPLES, BEES, CATS, DUCKS, EELS, FROGS]), "application/rss+xml")
    yield web
    assert web.server is not None
    web.server.shutdown()
    web.server.server_close()


@pytest.fixture(scope="module")
def seeded(site: Site, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A podcast with one published episode (Apples), built once and copied per test."""
    proj = Project(tmp_path_factory.mktemp("seed") / "podcast")
    first = proj.run("build", site.url("/seed.xml"))
    assert first.returncode == 0, first.stderr
    return proj.root


@pytest.fixture
def podcast(seeded: Path, tmp_path: Path) -> Iterator[Project]:
    root = tmp_path / "podcast"
    shutil.copytree(seeded, root)
    proj = Project(root)
    yield proj
    proj.stop_children()


def _apples_file(proj: Project) -> Path:
    (apples,) = proj.out.glob("2024-01-01-*.mp3")
    return apples


# What a kill at each point leaves in out/ besides the published files. Speech streams
# into the episode's temporary MP3 as it is made, so a kill while speaking leaves it.
LEFT_BEHIND = {
    "fetched": (0, 0),
    "synthesis": (1, 0),
    "encode": (1, 0),
    "tag": (1, 0),
    "side-files": (1, 4),
    "commit": (0, 5),
    "state": (0, 5),
    "feed": (1, 10),
    "encode:2": (1, 5),
}


@pytest.mark.parametrize("point", [*POINTS, "encode:2"])
def test_kill_at_each_step_keeps_the_feed_and_the_next_run_finishes(
    podcast: Project, site: Site, point: str, fault
):
    fault(f"crash: kill at {point}")
    before = assert_feed_healthy(podcast.out)
    assert [e.guid for e in before] == ["apples"]
    feed_bytes = (podcast.out / "feed.xml").read_bytes()
    apples = _apples_file(podcast)
    apples_stat = apples.stat()

    killed = podcast.run("build", site.url("/more.xml"), env={"PODCASTIFY_KILL_AT": point})
    assert killed.returncode == -signal.SIGKILL, f"never reached {point}: {killed.stderr}"

    # Subscribers still see the previous feed, byte for byte, and its audio.
    assert (podcast.out / "feed.xml").read_bytes() == feed_bytes
    assert assert_feed_healthy(podcast.out, tidy=False) == before
    temporaries = list(podcast.out.glob(".tmp-*"))
    strays = [
        p
        for p in podcast.out.iterdir()
        if p.name.startswith("2024-01-0") and not p.name.startswith("2024-01-01")
    ]
    assert (len(temporaries), len(strays)) == LEFT_BEHIND[point], (temporaries, strays)

    again = podcast.run("build", site.url("/more.xml"))
    assert again.returncode == 0, again.stderr
    no_traceback(again)
    after = assert_feed_healthy(podcast.out)
    assert [e.guid for e in after] == ["cats", "bees", "apples"]
    assert apples.stat().st_mtime_ns == apples_stat.st_mtime_ns  # never re-made
    # One more run has nothing to do and changes nothing.
    idle = podcast.run("build", site.url("/more.xml"))
    assert "0 added, 3 skipped, 0 failed" in idle.stderr
    assert assert_feed_healthy(podcast.out) == after


@pytest.mark.parametrize("seed", [7, 21])
def test_sigkill_from_outside_at_a_random_moment(podcast: Project, site: Site, seed: int, fault):
    fault("crash: SIGKILL from outside at a random moment")
    moment = random.Random(seed).uniform(0.1, 1.5)
    before = assert_feed_healthy(podcast.out)
    child = podcast.start("build", site.url("/many.xml"))
    wait_for_lock(podcast, child)  # the run is past start-up and into its work
    time.sleep(moment)
    child.send_signal(signal.SIGKILL)
    _, stderr = child.communicate(timeout=30)
    assert child.returncode == -signal.SIGKILL, f"finished before {moment:.2f} s: {stderr}"

    # Whatever the moment, what the feed lists is complete.
    during = assert_feed_healthy(podcast.out, tidy=False)
    assert {e.guid for e in before} <= {e.guid for e in during}

    again = podcast.run("build", site.url("/many.xml"))
    assert again.returncode == 0, f"killed at {moment:.2f} s: {again.stderr}"
    after = assert_feed_healthy(podcast.out)
    assert [e.guid for e in after] == ["frogs", "eels", "ducks", "cats", "bees", "apples"]


def test_ctrl_c_publishes_what_is_finished(podcast: Project, site: Site, fault):
    fault("crash: Ctrl-C (SIGINT) after the first new episode")
    child = podcast.start("build", site.url("/many.xml"))
    assert child.stderr is not None
    seen: list[str] = []
    for line in child.stderr:
        seen.append(line)
        if line.strip().startswith("added "):
            child.send_signal(signal.SIGINT)
            break
    rest = child.communicate(timeout=60)[1]
    stderr = "".join(seen) + rest
    assert child.returncode == 130, stderr
    assert "interrupted: episodes finished so far are published" in stderr
    assert "Traceback" not in stderr
    finished = {line.split()[1] for line in seen if line.strip().startswith("added ")}
    listed = {e.filename for e in assert_feed_healthy(podcast.out, tidy=False)}
    assert finished <= listed, f"finished {finished} but the feed lists {listed}"
