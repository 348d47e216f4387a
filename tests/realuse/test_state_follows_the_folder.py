"""Issue 9, case 1: the state follows the output folder, not the working folder."""

from __future__ import annotations

import time

import pytest

from tests.helpers.cli import start_podcastify
from tests.realuse.conftest import BASE, assert_kept, podcastify, snapshot

pytestmark = pytest.mark.realuse


def test_list_and_build_from_another_folder_see_the_same_podcast(place):
    home, elsewhere = place["home"], place["elsewhere"]
    feed = str(place["feed"])
    podcastify("build", feed, "--out", "../work/pod", "--base-url", BASE, cwd=home)
    out = place["root"] / "work" / "pod"
    before = snapshot(out)
    assert len(before.items) == 2

    listed = podcastify("list", "--out", str(out), cwd=elsewhere)
    assert listed.stdout.count("\n") == 2 and "Lighthouses Still Matter" in listed.stdout

    again = podcastify("build", feed, "--out", "../work/pod", "--base-url", BASE, cwd=elsewhere)
    assert "0 added, 2 skipped" in again.stderr
    after = snapshot(out)
    assert_kept(before, after)
    assert after.feed == before.feed and after.index == before.index
    assert not (place["root"] / "elsewhere" / ".podcastify").exists()
    assert not (place["root"] / "home" / ".podcastify").exists()


def test_the_lock_stops_a_second_run_from_another_folder(place):
    home, elsewhere = place["home"], place["elsewhere"]
    out = place["root"] / "work" / "pod"
    (place["root"] / "long.txt").write_text(
        "A Long Walk\n\n" + " ".join(["We walked on and on along the shore."] * 60) + "\n"
    )
    first = start_podcastify("build", str(place["root"] / "long.txt"), "--out", str(out), cwd=home)
    try:
        deadline = time.monotonic() + 60
        while not list((place["root"] / "work" / ".podcastify").glob("*/lock")):
            assert time.monotonic() < deadline, "the first run never took its lock"
            time.sleep(0.1)
        second = podcastify(
            "build", str(place["feed"]), "--out", "../work/pod", cwd=elsewhere, ok=False
        )
        assert second.returncode == 1
        assert "another podcastify run" in second.stderr
        assert second.stderr.count("\n") == 1
    finally:
        first.kill()
        first.communicate()
