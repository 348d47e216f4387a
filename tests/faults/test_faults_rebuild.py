"""--rebuild-feed: feed.xml and index.html come back from the state, nothing is spoken."""

from __future__ import annotations

import signal

import pytest

from tests.faults.conftest import Project, assert_feed_healthy, day, no_traceback, tree_snapshot
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site

pytestmark = pytest.mark.faults

ITEMS = [
    Item("Owls See at Night", "owls", "<p>Owls have large eyes.</p>", published=day(1)),
    Item("Moss Grows North", "moss", "<p>Moss likes shade.</p>", published=day(2)),
]
# If anything were synthesised, the run would be killed at the first sentence.
NO_SYNTHESIS = {"PODCASTIFY_KILL_AT": "synthesis"}


@pytest.fixture
def built(project: Project, site: Site) -> Project:
    url = site.add("/feed.xml", rss(ITEMS), "application/rss+xml")
    first = project.run("build", url)
    assert first.returncode == 0, first.stderr
    del site.routes["/feed.xml"]  # the sources are gone: a rebuild must not need them
    return project


@pytest.mark.parametrize(
    "damage",
    ["feed and index deleted", "feed truncated, index deleted", "cover deleted too"],
)
def test_rebuild_feed_restores_feed_and_index_without_synthesis(built: Project, damage, fault):
    fault(f"rebuild: {damage}")
    out = built.out
    before = assert_feed_healthy(out)
    episodes_before = {n: s for n, s in tree_snapshot(out).items() if n.startswith("2024-")}
    if damage == "feed truncated, index deleted":
        feed = out / "feed.xml"
        feed.write_bytes(feed.read_bytes()[:300])
    else:
        (out / "feed.xml").unlink()
    (out / "index.html").unlink()
    if damage == "cover deleted too":
        (out / "cover.png").unlink()

    result = built.run("build", "--rebuild-feed", env=NO_SYNTHESIS, timeout=30)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    assert "0 added" in result.stderr
    assert assert_feed_healthy(out) == before
    assert (out / "cover.png").is_file()
    after = {n: s for n, s in tree_snapshot(out).items() if n.startswith("2024-")}
    assert after == episodes_before  # no MP3 or side file touched


def test_rebuild_killed_before_the_feed_is_committed_keeps_the_old_feed(built: Project, fault):
    fault("rebuild: kill at feed during --rebuild-feed")
    old = (built.out / "feed.xml").read_bytes()
    # A rebuild writes the feed only when it changes: move the podcast to another address.
    moved = ("--base-url", "https://elsewhere.example/show/")
    killed = built.run(
        "build", "--rebuild-feed", *moved, env={"PODCASTIFY_KILL_AT": "feed"}, timeout=30
    )
    assert killed.returncode == -signal.SIGKILL
    assert (built.out / "feed.xml").read_bytes() == old
    assert list(built.out.glob(".tmp-*"))
    again = built.run("build", "--rebuild-feed", *moved, timeout=30)
    assert again.returncode == 0, again.stderr
    assert len(assert_feed_healthy(built.out, "https://elsewhere.example/show/")) == 2


def test_a_rebuild_with_nothing_to_change_rewrites_nothing(built: Project, fault):
    fault("rebuild: nothing changed")
    before = tree_snapshot(built.out)
    result = built.run("build", "--rebuild-feed", env={"PODCASTIFY_KILL_AT": "feed"}, timeout=30)
    assert result.returncode == 0, result.stderr
    assert tree_snapshot(built.out) == before
