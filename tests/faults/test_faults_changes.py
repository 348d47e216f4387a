"""An article that changes after publication: left alone by build, redone by refresh."""

from __future__ import annotations

import signal

import pytest

from tests.faults.conftest import (
    Project,
    assert_feed_healthy,
    day,
    error_lines,
    no_traceback,
    tree_snapshot,
)
from tests.helpers.feeds import Item, rss
from tests.helpers.web import Site

pytestmark = pytest.mark.faults

V1 = Item("Tea Cools Slowly", "tea-1", "<p>Hot tea cools slowly.</p>", published=day(3))
V2 = Item("Tea Cools Slowly", "tea-1", "<p>Hot tea cools slowly. Milk helps.</p>", published=day(3))
V3 = Item("Tea Cools Slowly", "tea-1", "<p>Hot tea cools. Ice helps more.</p>", published=day(3))
OTHER = Item("Rain Is Wet", "rain-1", "<p>Rain falls down.</p>", published=day(2))


@pytest.fixture
def published(project: Project, site: Site) -> tuple[Project, str]:
    url = site.add("/feed.xml", rss([V1, OTHER]), "application/rss+xml")
    first = project.run("build", url)
    assert first.returncode == 0, first.stderr
    return project, url


def _serve(site: Site, *items: Item) -> None:
    site.add("/feed.xml", rss(list(items)), "application/rss+xml")


def _tea(proj: Project) -> str:
    return next(e.filename for e in assert_feed_healthy(proj.out) if e.guid == "tea-1")


def test_changed_article_is_not_resynthesised_by_build(published, site: Site, fault):
    fault("changes: article text edited after publication")
    proj, url = published
    before = tree_snapshot(proj.out)
    episodes = assert_feed_healthy(proj.out)
    _serve(site, V2, OTHER)
    result = proj.run("build", url)
    assert result.returncode == 0, result.stderr
    assert "0 added, 2 skipped, 0 failed" in result.stderr
    assert assert_feed_healthy(proj.out) == episodes
    after = tree_snapshot(proj.out)
    assert {n: after[n] for n in before if n.endswith(".mp3")} == {
        n: s for n, s in before.items() if n.endswith(".mp3")
    }


def test_refresh_makes_a_new_file_with_the_same_guid(published, site: Site, fault):
    fault("changes: refresh after an edit")
    proj, url = published
    old = _tea(proj)
    old_stem = old.removesuffix(".mp3")
    rain_before = {n: s for n, s in tree_snapshot(proj.out).items() if "rain" in n}
    _serve(site, V2, OTHER)
    result = proj.run("refresh", "tea-1", url)
    assert result.returncode == 0, result.stderr
    no_traceback(result)
    new = _tea(proj)
    assert new != old
    assert f"now {new}" in result.stderr
    assert not [p.name for p in proj.out.iterdir() if p.name.startswith(old_stem + ".")]
    assert "milk" in (proj.out / new.replace(".mp3", ".vtt")).read_text().lower()
    episodes = assert_feed_healthy(proj.out)
    assert sorted(e.guid for e in episodes) == ["rain-1", "tea-1"]
    rain_after = {n: s for n, s in tree_snapshot(proj.out).items() if "rain" in n}
    assert rain_after == rain_before


def test_every_refresh_gets_a_url_never_used_before(published, site: Site, fault):
    """Apps cache audio by URL: a second refresh must not go back to the first URL."""
    fault("changes: refresh twice")
    proj, url = published
    names = [_tea(proj)]
    for version in (V2, V3):
        _serve(site, version, OTHER)
        result = proj.run("refresh", "tea-1", url)
        assert result.returncode == 0, result.stderr
        names.append(_tea(proj))
    assert len(set(names)) == 3, names
    assert_feed_healthy(proj.out)


@pytest.mark.parametrize(
    ("guid", "items", "message"),
    [
        ("nope-9", (V2, OTHER), "no published episode has the GUID, file name or title 'nope-9'"),
        ("tea-1", (OTHER,), "the article 'Tea Cools Slowly' is no longer in the sources"),
    ],
    ids=["unknown GUID", "article gone from the feed"],
)
def test_refresh_that_cannot_work_says_why_and_keeps_the_episode(
    published, site: Site, guid, items, message, fault
):
    fault(f"changes: refresh impossible: {message}")
    proj, url = published
    before = tree_snapshot(proj.out)
    _serve(site, *items)
    result = proj.run("refresh", guid, url)
    assert result.returncode == 1
    (line,) = error_lines(result.stderr)
    assert message in line
    assert tree_snapshot(proj.out) == before


@pytest.mark.parametrize("point", ["commit", "state"])
def test_refresh_killed_midway_leaves_a_valid_feed(published, site: Site, point, fault):
    fault(f"changes: refresh killed at {point}")
    proj, url = published
    feed = (proj.out / "feed.xml").read_bytes()
    _serve(site, V2, OTHER)
    killed = proj.run("refresh", "tea-1", url, env={"PODCASTIFY_KILL_AT": point})
    assert killed.returncode == -signal.SIGKILL
    assert (proj.out / "feed.xml").read_bytes() == feed
    assert_feed_healthy(proj.out, tidy=False)

    tidy = proj.run("build", url)
    assert tidy.returncode == 0, tidy.stderr
    assert "0 added, 2 skipped" in tidy.stderr
    episodes = assert_feed_healthy(proj.out)
    assert sorted(e.guid for e in episodes) == ["rain-1", "tea-1"]


def test_refresh_killed_before_the_feed_is_written_keeps_it_playable(published, site: Site, fault):
    fault("changes: refresh killed at feed")
    proj, url = published
    _serve(site, V2, OTHER)
    killed = proj.run("refresh", "tea-1", url, env={"PODCASTIFY_KILL_AT": "feed"})
    assert killed.returncode == -signal.SIGKILL
    assert_feed_healthy(proj.out, tidy=False)
