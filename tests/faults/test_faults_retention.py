"""--keep N: the oldest episodes go (files and feed entries), nothing else does."""

from __future__ import annotations

import signal

import pytest

from tests.faults.conftest import SIDE_SUFFIXES, Project, assert_feed_healthy, day, tree_snapshot
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site

pytestmark = pytest.mark.faults

ITEMS = [
    Item("Ants Carry Leaves", "ants", "<p>Ants are strong.</p>", published=day(1)),
    Item("Bats Fly at Dusk", "bats", "<p>Bats eat moths.</p>", published=day(2)),
    Item("Crows Are Clever", "crows", "<p>Crows use tools.</p>", published=day(3)),
]
NEWEST = Item("Deer Run Fast", "deer", "<p>Deer leap fences.</p>", published=day(4))


def _files_of(out, stem: str) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith(stem + "."))


def test_keep_removes_only_the_oldest_episodes(project: Project, site: Site, fault):
    fault("retention: --keep 2 with four episodes")
    url = site.add("/feed.xml", rss(ITEMS), "application/rss+xml")
    first = project.run("build", url)
    assert first.returncode == 0, first.stderr
    out = project.out
    (out / "notes.txt").write_text("the user's own file")
    (out / "README.md").write_text("also the user's")
    stems = [e.filename.removesuffix(".mp3") for e in assert_feed_healthy(out)]
    crows, bats, ants = stems
    before = tree_snapshot(out)

    site.add("/feed.xml", rss([*ITEMS, NEWEST]), "application/rss+xml")
    result = project.run("build", url, "--keep", "2")
    assert result.returncode == 0, result.stderr
    assert "1 added, 3 skipped, 0 failed, 2 removed" in result.stderr

    episodes = assert_feed_healthy(out)
    assert [e.guid for e in episodes] == ["deer", "crows"]
    for gone in (ants, bats):
        assert _files_of(out, gone) == []
    kept = [f"{crows}.mp3", *(crows + s for s in SIDE_SUFFIXES)]
    assert _files_of(out, crows) == sorted(kept)
    after = tree_snapshot(out)
    assert {n: after[n] for n in kept} == {n: before[n] for n in kept}  # untouched
    for name in ("cover.png", "index.html", "feed.xml", "notes.txt", "README.md"):
        assert (out / name).is_file(), name
    assert "Ants" not in (out / "index.html").read_text()

    listed = project.run("list")
    assert len(listed.stdout.splitlines()) == 2


def test_removed_episodes_are_not_made_again(project: Project, site: Site, fault):
    """The feed still lists old items after --keep removed them: they stay removed."""
    fault("retention: source still lists removed items")
    url = site.add("/feed.xml", rss(ITEMS), "application/rss+xml")
    first = project.run("build", url)
    assert first.returncode == 0, first.stderr
    trim = project.run("build", url, "--keep", "1")
    assert "0 added, 3 skipped, 0 failed, 2 removed" in trim.stderr
    (kept,) = assert_feed_healthy(project.out)
    before = tree_snapshot(project.out)

    again = project.run("build", url, "--keep", "1", env={"PODCASTIFY_KILL_AT": "synthesis"})
    assert again.returncode == 0, again.stderr
    assert "0 added, 3 skipped, 0 failed" in again.stderr
    assert assert_feed_healthy(project.out) == [kept]
    after = tree_snapshot(project.out)
    assert after[kept.filename] == before[kept.filename]


def test_kill_while_applying_retention_keeps_the_feed_playable(project: Project, site: Site, fault):
    fault("retention: kill at feed while --keep removes episodes")
    url = site.add("/feed.xml", rss(ITEMS), "application/rss+xml")
    first = project.run("build", url)
    assert first.returncode == 0, first.stderr
    killed = project.run("build", url, "--keep", "1", env={"PODCASTIFY_KILL_AT": "feed"})
    assert killed.returncode == -signal.SIGKILL
    assert_feed_healthy(project.out, tidy=False)  # every listed enclosure still there


def test_keep_does_not_synthesise_what_it_would_remove_at_once(project: Project, site: Site, fault):
    fault("retention: more new articles than --keep")
    url = site.add("/feed.xml", rss(ITEMS), "application/rss+xml")
    result = project.run("build", url, "--keep", "1")
    assert result.returncode == 0, result.stderr
    assert [e.guid for e in assert_feed_healthy(project.out)] == ["crows"]
    assert "[2/" not in result.stderr, "synthesised episodes only to delete them"
