"""ID3v2.3 tags on a real MP3, read back with mutagen as players read them."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3

from podcastify.audio.tags import EpisodeTags, mp3_duration, write_tags
from podcastify.errors import AudioError
from podcastify.ffmpeg import ffmpeg_exe
from podcastify.models import Chapter
from podcastify.publish.cover import draw_cover


@pytest.fixture(scope="module")
def mp3(tmp_path_factory) -> Path:
    """Three seconds of a real CBR MP3, encoded by ffmpeg."""
    path = tmp_path_factory.mktemp("tags") / "episode.mp3"
    source = ["-f", "lavfi", "-i", "sine=frequency=330:duration=3"]
    encoding = ["-ac", "1", "-ar", "22050", "-b:a", "32k", "-write_xing", "1"]
    subprocess.run([ffmpeg_exe(), "-loglevel", "error", *source, *encoding, str(path)], check=True)
    return path


def _tags(**changes: object) -> EpisodeTags:
    values: dict[str, object] = {
        "title": "Bridges That Hum — Part 2",
        "author": "Mara Oyelaran",
        "podcast": "The Reading Room",
        "published": datetime(2024, 3, 7, 9, 30, tzinfo=UTC),
        "description": "Why bridges hum & sing.",
        "guid": "essay-2",
        "feed_url": "https://pods.example.net/feed.xml",
        "duration": 3.0,
        "cover": draw_cover("The Reading Room"),
        "chapters": (Chapter("Introduction", 0.0, 1.25), Chapter("The Hum", 1.25, 3.0)),
        "lyrics": "First sentence.\nSecond sentence.",
    }
    values.update(changes)
    return EpisodeTags(**values)  # type: ignore[arg-type]


def test_every_frame_reads_back_in_a_v23_tag(mp3, tmp_path):
    target = tmp_path / "e.mp3"
    target.write_bytes(mp3.read_bytes())
    write_tags(target, _tags())
    tag = ID3(target, translate=False)  # as a v2.3 reader sees it, not upgraded to v2.4
    assert tag.version[:2] == (2, 3)
    assert tag["TIT2"].text == ["Bridges That Hum — Part 2"]
    assert tag["TPE1"].text == ["Mara Oyelaran"] and tag["TALB"].text == ["The Reading Room"]
    assert tag["TYER"].text == ["2024"] and tag["TDAT"].text == ["0703"]
    assert tag["TCON"].text == ["Podcast"] and tag["TGID"].text == ["essay-2"]
    assert tag["WFED"].url == "https://pods.example.net/feed.xml"
    assert tag["TLEN"].text == ["3000"]
    assert tag.getall("COMM")[0].text == ["Why bridges hum & sing."]
    assert tag.getall("USLT")[0].text == "First sentence.\nSecond sentence."
    (cover,) = tag.getall("APIC")
    assert cover.type == 3 and cover.mime == "image/png" and cover.data[:4] == b"\x89PNG"
    (toc,) = tag.getall("CTOC")
    assert toc.child_element_ids == ["chp0", "chp1"]
    chapters = sorted(tag.getall("CHAP"), key=lambda c: c.start_time)
    assert [(c.start_time, c.end_time, c.sub_frames["TIT2"].text[0]) for c in chapters] == [
        (0, 1250, "Introduction"),
        (1250, 3000, "The Hum"),
    ]
    assert "TDRC" not in tag  # a v2.4-only frame would not belong in a v2.3 tag


def test_tagging_twice_replaces_the_tag_and_keeps_the_audio(mp3, tmp_path):
    target = tmp_path / "e.mp3"
    target.write_bytes(mp3.read_bytes())
    write_tags(target, _tags(title="First"))
    write_tags(target, _tags(title="Second", chapters=(), cover=b""))
    tag = ID3(target)
    assert tag["TIT2"].text == ["Second"]
    assert not tag.getall("APIC") and not tag.getall("CHAP") and not tag.getall("CTOC")
    assert MP3(target).info.length == pytest.approx(3.0, abs=0.1)


def test_duration_is_read_from_the_frames(mp3):
    assert mp3_duration(mp3) == pytest.approx(3.0, abs=0.1)


def test_a_file_that_is_not_mp3_is_an_audio_error(tmp_path):
    bad = tmp_path / "bad.mp3"
    bad.write_bytes(b"not audio at all" * 10)
    with pytest.raises(AudioError, match=r"bad\.mp3"):
        mp3_duration(bad)
