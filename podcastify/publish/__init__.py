"""Publish: episode side files, the cover, feed.xml and index.html in the output folder."""

from __future__ import annotations

from pathlib import Path

from podcastify.faults import checkpoint
from podcastify.fsutil import atomic_write_text
from podcastify.models import Chapter, Cue, Episode
from podcastify.publish.cover import publish_cover
from podcastify.publish.feed import Channel, build_feed
from podcastify.publish.podcast_ns import podcast_guid
from podcastify.publish.site import build_index
from podcastify.publish.transcripts import (
    to_json_chapters,
    to_json_transcript,
    to_srt,
    to_vtt,
    transcript_text,
)

__all__ = [
    "Channel",
    "podcast_guid",
    "publish_cover",
    "publish_site",
    "transcript_text",
    "write_side_files",
]

FEED_FILENAME = "feed.xml"
INDEX_FILENAME = "index.html"


def write_side_files(
    out_dir: Path, stem: str, title: str, chapters: list[Chapter], cues: list[Cue]
) -> tuple[tuple[str, ...], str]:
    """Transcripts and chapters JSON beside the MP3; returns (transcript names, chapters name)."""
    files = {
        f"{stem}.vtt": to_vtt(cues),
        f"{stem}.srt": to_srt(cues),
        f"{stem}.transcript.json": to_json_transcript(cues),
        f"{stem}.chapters.json": to_json_chapters(chapters, title),
    }
    for name, text in files.items():
        atomic_write_text(out_dir / name, text)
    return (f"{stem}.vtt", f"{stem}.srt", f"{stem}.transcript.json"), f"{stem}.chapters.json"


def publish_site(out_dir: Path, channel: Channel, episodes: list[Episode]) -> None:
    """Write index.html, then feed.xml last, listing only episodes whose files exist."""
    complete = [e for e in episodes if (out_dir / e.filename).is_file()]
    atomic_write_text(out_dir / INDEX_FILENAME, build_index(channel, complete))
    atomic_write_text(
        out_dir / FEED_FILENAME,
        build_feed(channel, complete).decode("utf-8"),
        before_commit=lambda: checkpoint("feed"),
    )
