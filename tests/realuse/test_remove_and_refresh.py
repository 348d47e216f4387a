"""Commands to mend mistakes: remove an episode (feed first, files after), refresh by file
name or title, list with GUIDs; a kill at every step of remove loses nothing."""

from __future__ import annotations

import signal

import pytest

from tests.helpers.feeds import Item, write_feed
from tests.realuse.conftest import BASE, ITEMS, assert_kept, podcastify, snapshot

pytestmark = pytest.mark.realuse


def _built(place):
    out = place["root"] / "work" / "pod"
    podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    return out


@pytest.mark.parametrize("how", ["guid", "file", "title"])
def test_remove_unpublishes_one_episode_for_good(place, how):
    out = _built(place)
    before = snapshot(out)
    maps = before.items["maps"]
    name = maps.url.removeprefix(BASE)
    wanted = {"guid": "maps", "file": name, "title": "a short history of maps"}[how]
    removed = podcastify(
        "remove", wanted, "--out", str(out), "--base-url", BASE, cwd=place["elsewhere"]
    )
    assert "removed A Short History of Maps" in removed.stderr
    after = snapshot(out)
    assert set(after.items) == {"lighthouse"}
    assert not any(n.startswith(name.removesuffix(".mp3")) for n in after.files)
    assert_kept(
        type(before)({"lighthouse": before.items["lighthouse"]}, before.files, b"", b""), after
    )
    # Still in the source: never published again.
    again = podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    assert "0 added" in again.stderr and set(snapshot(out).items) == {"lighthouse"}


@pytest.mark.parametrize("point", ["remove", "feed", "remove-feed"])
def test_a_kill_at_every_step_of_remove_loses_nothing(place, point):
    out = _built(place)
    before = snapshot(out)
    killed = podcastify(
        "remove",
        "maps",
        "--out",
        str(out),
        "--base-url",
        BASE,
        cwd=place["home"],
        ok=False,
        env={"PODCASTIFY_KILL_AT": point},
    )
    assert killed.returncode == -signal.SIGKILL
    middle = snapshot(out)
    assert middle.items["lighthouse"] == before.items["lighthouse"]
    again = podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    assert "0 added" in again.stderr
    after = snapshot(out)
    assert set(after.items) == {"lighthouse"}
    assert not [n for n in after.files if "maps" in n]
    assert_kept(
        type(before)({"lighthouse": before.items["lighthouse"]}, before.files, b"", b""), after
    )


def test_an_unknown_or_ambiguous_episode_is_one_line(place):
    out = _built(place)
    result = podcastify("remove", "no such thing", "--out", str(out), cwd=place["home"], ok=False)
    assert result.returncode == 1 and "list --long" in result.stderr
    assert result.stderr.count("\n") == 1


def test_build_says_when_a_published_article_changed_and_refresh_by_title(place):
    out = _built(place)
    before = snapshot(out)
    changed = [
        ITEMS[0],
        Item(
            ITEMS[1].title,
            "maps",
            "<p>The first maps were scratched on bone and clay.</p>",
            link=ITEMS[1].link,
            published=ITEMS[1].published,
        ),
    ]
    write_feed(place["feed"], changed)
    again = podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    assert "has changed since it was published" in again.stderr
    assert "podcastify refresh 'maps'" in again.stderr
    assert snapshot(out).feed == before.feed
    podcastify(
        "refresh",
        "A Short History of Maps",
        str(place["feed"]),
        "--out",
        str(out),
        "--base-url",
        BASE,
        cwd=place["elsewhere"],
    )
    after = snapshot(out)
    assert after.items["maps"].url != before.items["maps"].url
    assert after.items["maps"].guid == "maps"
    assert after.items["lighthouse"] == before.items["lighthouse"]
