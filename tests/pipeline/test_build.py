"""Whole runs in-process with the fake engine: what a subscriber would notice in the feed
and the folder after build, a second build, refresh, retention and a killed run's leftovers."""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, datetime

import feedparser
import podcastparser
from mutagen.id3 import ID3

from podcastify.config import state_dir
from podcastify.models import SIDE_FILES, EpisodeFiles
from podcastify.pipeline import EPISODE_STEPS, remove_orphans
from tests.pipeline.conftest import NOW, Recorder, item


def _items(feed_path):
    with open(feed_path, "rb") as handle:
        return podcastparser.parse("https://pods.example.org/show/feed.xml", handle)["episodes"]


def test_the_declared_steps_run_in_order():
    assert [s.name for s in EPISODE_STEPS] == [
        "script",
        "speak",
        "encode",
        "tag",
        "side-files",
        "commit",
        "state",
    ]


def test_a_first_build_publishes_every_article_with_all_its_files(podcast):
    source = podcast.feed([item(1), item(2)])
    result = podcast.build(source)
    assert [e.guid for e in result.added] == ["story-1", "story-2"]
    assert result.failed == [] and result.feed_path == podcast.out / "feed.xml"
    for episode in result.added:
        for name in episode.files.names():
            assert (podcast.out / name).is_file(), name
        assert ID3(podcast.out / episode.filename)["TIT2"].text == [episode.title]
    episodes = _items(result.feed_path)
    assert [e["guid"] for e in episodes] == ["story-2", "story-1"]
    assert all(e["transcript_url"] and e["chapters_json_url"] for e in episodes)
    parsed = feedparser.parse(result.feed_path.read_bytes())
    assert parsed.feed.title == "Test Show" and not parsed.bozo


def test_a_second_build_with_nothing_new_changes_nothing(podcast):
    source = podcast.feed([item(1), item(2)])
    podcast.build(source)
    before = podcast.published()
    stamps = {p.name: p.stat().st_mtime_ns for p in podcast.out.iterdir()}
    podcast.spoken.clear()
    podcast.clock[0] = datetime(2025, 7, 1, tzinfo=UTC)
    result = podcast.build(source)
    assert result.added == [] and result.skipped == 2
    assert podcast.spoken == []
    assert podcast.published() == before
    assert {p.name: p.stat().st_mtime_ns for p in podcast.out.iterdir()} == stamps


def test_an_undated_article_is_dated_by_the_clock(podcast):
    source = podcast.feed([item(1, published=None)])
    (episode,) = podcast.build(source).added
    assert episode.published == NOW
    assert episode.filename.startswith("2025-06-01-")


def test_refresh_gives_a_new_url_and_keeps_the_guid(podcast):
    source = podcast.feed([item(1)])
    (old,) = podcast.build(source).added
    podcast.feed([item(1, text="The text has changed since it was first read aloud.")])
    new = podcast.builder().refresh("story-1", [source])
    assert new.guid == old.guid and new.filename != old.filename
    assert not any((podcast.out / name).exists() for name in old.files.names())
    assert all((podcast.out / name).exists() for name in new.files.names())
    (entry,) = _items(podcast.out / "feed.xml")
    assert entry["guid"] == "story-1" and entry["enclosures"][0]["url"].endswith(new.filename)


def test_retention_removes_the_oldest_for_good(podcast):
    source = podcast.feed([item(1), item(2), item(3)])
    result = podcast.build(source, max_episodes=2)
    assert [e.guid for e in result.added] == ["story-2", "story-3"]
    result = podcast.build(podcast.feed([item(1), item(2), item(3), item(4)]), max_episodes=2)
    assert [e.guid for e in result.added] == ["story-4"]
    assert [e.guid for e in result.removed] == ["story-2"]
    assert not any((podcast.out / n).exists() for n in result.removed[0].files.names())
    assert [e["guid"] for e in _items(podcast.out / "feed.xml")] == ["story-4", "story-3"]
    # Still in the source, but removed by retention: never made again.
    podcast.spoken.clear()
    assert podcast.build(source, max_episodes=2).added == []
    assert podcast.spoken == []


def test_orphans_of_this_state_go_and_other_files_stay(podcast, tmp_path):
    podcast.out.mkdir()
    mine = EpisodeFiles("2025-05-01-left-behind")
    theirs = EpisodeFiles("2025-05-02-someone-elses")
    for files in (mine, theirs):
        for name in files.names():
            (podcast.out / name).write_bytes(b"x")
    removed = remove_orphans(podcast.out, [], {mine.stem})
    assert removed == 1 + len(SIDE_FILES)
    assert not any((podcast.out / n).exists() for n in mine.names())
    assert all((podcast.out / n).exists() for n in theirs.names())


def test_a_file_name_taken_on_disk_is_never_overwritten(podcast):
    podcast.out.mkdir()
    stranger = podcast.out / "2025-05-01-story-number-1.mp3"
    stranger.write_bytes(b"someone else's audio")
    (episode,) = podcast.build(podcast.feed([item(1)])).added
    assert episode.filename == "2025-05-01-story-number-1-2.mp3"
    assert stranger.read_bytes() == b"someone else's audio"


def test_failures_are_records_and_a_failed_first_run_creates_no_podcast(podcast):
    reporter = Recorder()
    missing = str(podcast.root / "missing.md")
    result = podcast.builder(reporter).run([missing])
    (failure,) = result.failed
    assert failure.where == missing and "no such file" in failure.message
    assert reporter.failures == result.failed
    assert result.feed_path is None
    assert not (podcast.out / "feed.xml").exists()
    assert not state_dir(podcast.settings).exists()


def test_an_article_with_nothing_to_narrate_is_reported_once(podcast):
    source = podcast.feed([item(1), item(2, text="", html="<p> </p>")])
    first = podcast.build(source)
    assert [e.guid for e in first.added] == ["story-1"]
    assert [f.title for f in first.failed] == ["Story number 2"]
    second = podcast.build(source)
    assert second.failed == [] and second.added == [] and second.skipped == 2


def test_a_kill_between_steps_leaves_nothing_half_published(podcast, monkeypatch):
    """Each step's checkpoint is where PODCASTIFY_KILL_AT stops a run; here a failure
    injected right after "tag" must leave no episode file and the feed as it was."""
    source = podcast.feed([item(1)])
    podcast.build(source)
    before = podcast.published()

    import podcastify.pipeline as pipeline

    real = pipeline.checkpoint

    def fail_after_tag(name: str) -> None:
        real(name)
        if name == "tag":
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline, "checkpoint", fail_after_tag)
    with contextlib.suppress(OSError):
        podcast.build(podcast.feed([item(1), item(2)]))
    assert podcast.published() == before
    assert not [p for p in os.listdir(podcast.out) if p.startswith(".tmp-")]


def test_a_deleted_mp3_keeps_its_episode_in_the_feed_and_fails_the_run(podcast):
    source = podcast.feed([item(1), item(2)])
    first = podcast.build(source)
    feed = (podcast.out / "feed.xml").read_bytes()
    gone = next(e for e in first.added if e.guid == "story-1")
    (podcast.out / gone.filename).unlink()
    reporter = Recorder()
    again = podcast.builder(reporter).run([source])
    assert (podcast.out / "feed.xml").read_bytes() == feed  # nothing taken from subscribers
    (failure,) = again.failed
    assert failure.title == gone.title and gone.filename in failure.message
    assert "podcastify remove 'story-1'" in failure.message
    assert reporter.failures == again.failed


def test_a_moved_folder_lists_its_episodes_from_its_feed_before_any_build(podcast, tmp_path):
    from podcastify.published import published_episodes

    built = podcast.build(podcast.feed([item(1), item(2)]))
    moved = tmp_path / "elsewhere" / "show"
    moved.parent.mkdir()
    podcast.out.rename(moved)
    settings = podcast.settings.with_values({"out": str(moved)})
    listed = published_episodes(settings)
    assert sorted(e.guid for e in listed) == sorted(e.guid for e in built.added)
    assert all((moved / e.filename).is_file() for e in listed)
    assert not (tmp_path / "elsewhere" / ".podcastify").exists()  # listing wrote nothing


def test_the_values_init_writes_are_placeholders_too(podcast):
    from podcastify.starter import STARTER_VALUES

    reporter = Recorder()
    starter = {key: STARTER_VALUES[key] for key in ("title", "author", "owner_email")}
    podcast.builder(reporter, **starter).run([podcast.feed([item(1)])])
    (warning,) = [w for w in reporter.warnings if "placeholder" in w]
    for key, value in starter.items():
        assert f"{key} = {value!r}" in warning
    reporter = Recorder()
    mine = {"title": "Evening Papers", "author": "Ada", "owner_email": "ada@example.org"}
    podcast.builder(reporter, **mine).run([podcast.feed([item(2)])])
    assert not [w for w in reporter.warnings if "placeholder" in w]


def test_an_article_met_again_through_its_page_is_not_called_changed(podcast, site):
    body = "".join(
        f"<p>Paragraph {n}: the night ferry crossed the estuary while the town slept.</p>"
        for n in range(1, 12)
    )
    page = site.add(
        "/ferry/",
        f"<html><head><title>The Night Ferry</title></head><body><article><h1>The Night "
        f"Ferry</h1><p>By Ana Reis</p>{body}</article></body></html>",
        "text/html",
    )
    feed = podcast.feed([item(1, text=body, link=page, title="The Night Ferry")])
    assert len(podcast.build(feed).added) == 1
    reporter = Recorder()
    notes: list[str] = []
    reporter.note = notes.append  # type: ignore[method-assign]
    again = podcast.builder(reporter).run([page])
    assert again.added == [] and again.skipped == 1
    assert not [n for n in notes if "has changed" in n]


def test_an_index_page_of_the_owners_is_left_alone(podcast):
    podcast.out.mkdir(parents=True)
    mine = b"<html><body>Welcome to my site</body></html>"
    (podcast.out / "index.html").write_bytes(mine)
    reporter = Recorder()
    built = podcast.builder(reporter).run([podcast.feed([item(1)])])
    assert len(built.added) == 1 and (podcast.out / "feed.xml").is_file()
    assert (podcast.out / "index.html").read_bytes() == mine
    assert [w for w in reporter.warnings if "index.html is not podcastify's" in w]
    (podcast.out / "index.html").unlink()  # gone: podcastify's own page is written again
    podcast.build(podcast.feed([item(1)]))
    assert b"Made with podcastify." in (podcast.out / "index.html").read_bytes()


def test_a_refresh_after_one_paragraph_changed_speaks_only_that_paragraph(podcast):
    paragraphs = [
        "The harbour wall was built of granite blocks.",
        "Each winter the storms moved a few of them.",
        "In spring the masons set them back in place.",
    ]

    def html(middle: str) -> str:
        return "".join(f"<p>{p}</p>" for p in [paragraphs[0], middle, paragraphs[2]])

    source = podcast.feed([item(1, html=html(paragraphs[1]))])
    podcast.build(source)
    assert set(paragraphs) <= set(podcast.spoken)
    podcast.spoken.clear()
    podcast.feed([item(1, html=html("This winter the storms moved none of them."))])
    podcast.builder().refresh("story-1", [source])
    assert podcast.spoken == ["This winter the storms moved none of them."]
