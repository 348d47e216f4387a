"""Issue 9, case 2: a run that publishes nothing leaves the podcast exactly as it was, and
a run whose every source failed creates no podcast at all."""

from __future__ import annotations

import pytest

from tests.realuse.conftest import BASE, assert_kept, podcastify, snapshot

pytestmark = pytest.mark.realuse


def test_a_failed_run_from_an_empty_folder_does_not_touch_the_feed(place):
    out = place["root"] / "work" / "pod"
    podcastify(
        "build", str(place["feed"]), "--out", str(out), "--base-url", BASE, cwd=place["home"]
    )
    before = snapshot(out)
    failed = podcastify(
        "build",
        "missing.md",
        "--out",
        str(out),
        "--base-url",
        BASE,
        cwd=place["elsewhere"],
        ok=False,
    )
    assert failed.returncode == 1
    assert "0 added, 0 skipped, 1 failed" in failed.stderr
    after = snapshot(out)
    assert after.feed == before.feed and after.index == before.index
    assert_kept(before, after)


def test_a_first_run_where_everything_failed_creates_no_podcast(place):
    out = place["root"] / "work" / "pod"
    failed = podcastify(
        "build",
        "missing.md",
        "https://127.0.0.1:9/feed.xml",
        "--out",
        str(out),
        cwd=place["home"],
        ok=False,
    )
    assert failed.returncode == 1
    assert not (out / "feed.xml").exists() and not (out / "index.html").exists()
    assert not (place["root"] / "work" / ".podcastify").exists()
    listed = podcastify("list", "--out", str(out), cwd=place["elsewhere"])
    assert "no episodes published yet" in listed.stderr


def test_a_deleted_mp3_is_an_error_even_when_quiet_and_its_episode_stays(place):
    out = place["root"] / "work" / "pod"
    build = ["build", str(place["feed"]), "--out", str(out), "--base-url", BASE, "--quiet"]
    podcastify(*build, cwd=place["home"])
    before = snapshot(out)
    gone = next(item for item in before.items.values() if item.guid == "maps")
    name = gone.url.removeprefix(BASE)
    kept = (out / name).read_bytes()
    (out / name).unlink()

    failed = podcastify(*build, cwd=place["elsewhere"], ok=False)
    assert failed.returncode == 1
    assert name in failed.stderr and "podcastify remove 'maps'" in failed.stderr
    assert (out / "feed.xml").read_bytes() == before.feed  # still listed, same GUID and URL

    (out / name).write_bytes(kept)  # the owner puts it back
    restored = podcastify(*build, cwd=place["home"])
    assert restored.stderr.strip() == ""
    assert_kept(before, snapshot(out))
