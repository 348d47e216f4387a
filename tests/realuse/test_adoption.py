"""The published feed is the record of last resort: a deleted, moved or stray state never
republishes or drops an episode."""

from __future__ import annotations

import shutil
import signal

import pytest

from tests.helpers.feeds import Item, write_feed
from tests.realuse.conftest import BASE, ITEMS, assert_kept, day, podcastify, snapshot

pytestmark = pytest.mark.realuse


def _built(place):
    out = place["root"] / "work" / "pod"
    podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    return out


def test_a_deleted_state_is_rebuilt_from_the_feed(place):
    out = _built(place)
    before = snapshot(out)
    shutil.rmtree(place["root"] / "work" / ".podcastify")
    again = podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["elsewhere"]
    )
    assert "adopted 2 episode(s)" in again.stderr and "0 added, 2 skipped" in again.stderr
    after = snapshot(out)
    assert_kept(before, after)
    assert after.feed == before.feed
    listed = podcastify("list", "--long", "--out", str(out), cwd=place["home"])
    assert "GUID lighthouse" in listed.stdout and "GUID maps" in listed.stdout


def test_a_moved_folder_keeps_its_episodes_and_adds_only_what_is_new(place):
    out = _built(place)
    before = snapshot(out)
    moved = place["root"] / "site" / "pod"
    moved.parent.mkdir()
    shutil.move(out, moved)
    newer = [
        *ITEMS,
        Item("Rivers Remember", "rivers", "<p>Water finds its old path.</p>", published=day(3)),
    ]
    write_feed(place["feed"], newer)
    again = podcastify(
        "build", str(place["feed"]), "--out", str(moved), "--base-url", BASE, cwd=place["elsewhere"]
    )
    assert "1 added, 2 skipped" in again.stderr
    after = snapshot(moved)
    assert_kept(before, after)
    assert set(after.items) == {"lighthouse", "maps", "rivers"}


def test_a_feed_podcastify_did_not_write_is_never_replaced(place):
    out = place["root"] / "work" / "pod"
    out.mkdir(parents=True)
    theirs = b"<?xml version='1.0'?><rss version='2.0'><channel><title>Mine</title></channel></rss>"
    (out / "feed.xml").write_bytes(theirs)
    result = podcastify("build", str(place["feed"]), "--out", str(out), cwd=place["home"], ok=False)
    assert result.returncode == 1 and "not written by podcastify" in result.stderr
    assert (out / "feed.xml").read_bytes() == theirs


@pytest.mark.parametrize("point", ["adopt", "feed"])
def test_a_kill_during_adoption_loses_nothing(place, point):
    out = _built(place)
    before = snapshot(out)
    shutil.rmtree(place["root"] / "work" / ".podcastify")
    killed = podcastify(
        "build",
        str(place["feed"]),
        "--out",
        str(out),
        "--base-url",
        BASE,
        cwd=place["home"],
        ok=False,
        env={"PODCASTIFY_KILL_AT": point},
    )
    assert killed.returncode in (-signal.SIGKILL, 0)
    assert_kept(before, snapshot(out))
    again = podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    assert "0 added, 2 skipped" in again.stderr
    assert_kept(before, snapshot(out))
