"""Publish: episode side files, the cover, feed.xml and index.html in the output folder.

Takes the episodes the state records (:class:`~podcastify.models.Episode`, newest first) and
a :class:`Channel` (the [podcast] settings, the base URL, the cover and the podcast GUID);
writes, each atomically, the side files of a new episode (:func:`write_side_files`), and the
cover, index.html, then feed.xml (:func:`publish_site`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from podcastify.faults import checkpoint
from podcastify.fsutil import atomic_write_bytes, atomic_write_text
from podcastify.models import SIDE_FILES, Chapter, Cue, Episode, EpisodeFiles
from podcastify.publish.channel import Channel, SideFiles, podcast_guid
from podcastify.publish.cover import load_cover, write_cover
from podcastify.publish.site import INDEX_FOOTER, build_index
from podcastify.publish.transcripts import (
    to_json_chapters,
    to_json_transcript,
    to_srt,
    to_vtt,
    transcript_text,
)

__all__ = [
    "FEED_FILENAME",
    "INDEX_FILENAME",
    "Channel",
    "foreign_index",
    "load_cover",
    "podcast_guid",
    "publish_site",
    "transcript_text",
    "write_side_files",
]

FEED_FILENAME = "feed.xml"
INDEX_FILENAME = "index.html"

SideWriter = Callable[[str, list[Chapter], list[Cue]], str]
WRITERS: dict[str, SideWriter] = {
    ".vtt": lambda title, chapters, cues: to_vtt(cues),
    ".srt": lambda title, chapters, cues: to_srt(cues),
    ".transcript.json": lambda title, chapters, cues: to_json_transcript(cues),
    ".chapters.json": lambda title, chapters, cues: to_json_chapters(chapters, title),
}
"""How each kind of side file in :data:`~podcastify.models.SIDE_FILES` is written."""
assert set(WRITERS) == {s.suffix for s in SIDE_FILES}, "every side file needs a writer"


def write_side_files(
    out_dir: Path, files: EpisodeFiles, title: str, chapters: list[Chapter], cues: list[Cue]
) -> None:
    """Transcripts and chapters beside the MP3, each written atomically."""
    for name, kind in files.side():
        atomic_write_text(out_dir / name, WRITERS[kind.suffix](title, chapters, cues))


def present_side_files(out_dir: Path, episodes: list[Episode]) -> SideFiles:
    """The side files that exist for each episode (an adopted one may lack some)."""
    return {
        e.guid: [(name, kind) for name, kind in e.files.side() if (out_dir / name).is_file()]
        for e in episodes
    }


def _write_if_changed(path: Path, data: bytes, before_commit: Callable[[], None] | None) -> bool:
    """Rewrite ``path`` only when its bytes would change, so a run with nothing new leaves
    the published files (and their dates, which HTTP caches use) exactly as they were."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    atomic_write_bytes(path, data, before_commit)
    return True


def foreign_index(out_dir: Path) -> bool:
    """Whether out_dir holds an index.html that podcastify did not write (a landing page
    the owner made): it is left alone, and the podcast's page is not written."""
    try:
        return INDEX_FOOTER.encode() not in (out_dir / INDEX_FILENAME).read_bytes()
    except OSError:
        return False


def publish_site(
    out_dir: Path, channel: Channel, cover: bytes, episodes: list[Episode], *, index: bool = True
) -> bool:
    """Write the cover, index.html (when ``index``: not over a page of the owner's, see
    :func:`foreign_index`), then feed.xml last. Every episode is listed, even one whose MP3
    has gone missing (the caller reports it), so that no episode leaves the feed by
    accident; side files are linked only when present. Returns whether feed.xml changed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    write_cover(out_dir, channel.cover_file, cover)
    present = present_side_files(out_dir, episodes)
    if index:
        page = build_index(channel, episodes, present).encode("utf-8")
        _write_if_changed(out_dir / INDEX_FILENAME, page, None)
    from podcastify.publish.feed import build_feed  # feedgen and lxml, only to write

    feed = build_feed(channel, episodes, present)
    return _write_if_changed(out_dir / FEED_FILENAME, feed, lambda: checkpoint("feed"))
