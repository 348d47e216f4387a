"""Readers for the transcript and chapter files, strict enough to catch a broken file.

Used by the unit tests and by the end-to-end tests on real episodes.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass

_VTT_TIME = re.compile(r"^(\d{2,}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2,}):(\d{2}):(\d{2})\.(\d{3})$")
_SRT_TIME = re.compile(r"^(\d{2,}):(\d{2}):(\d{2}),(\d{3}) --> (\d{2,}):(\d{2}):(\d{2}),(\d{3})$")


@dataclass(frozen=True)
class TimedText:
    start: float
    end: float
    text: str


def _seconds(h: str, m: str, s: str, ms: str) -> float:
    assert int(m) < 60 and int(s) < 60
    return (int(h) * 3_600_000 + int(m) * 60_000 + int(s) * 1000 + int(ms)) / 1000


def parse_vtt(text: str) -> list[TimedText]:
    """WebVTT cues (text unescaped); asserts the header and the cue syntax."""
    assert text.startswith("WEBVTT\n"), text[:20]
    blocks = [b for b in text.split("\n\n") if b.strip()]
    assert blocks[0].strip() == "WEBVTT"
    cues = []
    for block in blocks[1:]:
        timing, *lines = block.strip("\n").split("\n")
        match = _VTT_TIME.match(timing)
        assert match, f"bad VTT timing line {timing!r}"
        assert lines and all(lines), f"cue without text at {timing}"
        body = "\n".join(lines)
        assert "<" not in body and "-->" not in body, body
        assert not re.search(r"&(?!amp;|lt;|gt;)", body), body
        g = match.groups()
        cues.append(TimedText(_seconds(*g[:4]), _seconds(*g[4:]), html.unescape(body)))
    return cues


def parse_srt(text: str) -> list[TimedText]:
    """SRT cues, numbered from 1; the text keeps its line breaks."""
    blocks = [b for b in text.split("\n\n") if b.strip()]
    cues = []
    for number, block in enumerate(blocks, start=1):
        index, timing, *lines = block.strip("\n").split("\n")
        assert index == str(number), f"cue {index!r} where {number} was expected"
        match = _SRT_TIME.match(timing)
        assert match, f"bad SRT timing line {timing!r}"
        assert lines and all(line.strip() for line in lines)
        g = match.groups()
        cues.append(TimedText(_seconds(*g[:4]), _seconds(*g[4:]), "\n".join(lines)))
    return cues


def parse_json_transcript(text: str) -> list[TimedText]:
    data = json.loads(text)
    assert data["version"] == "1.0.0"
    segments = data["segments"]
    for segment in segments:
        assert set(segment) >= {"startTime", "endTime", "body"}, segment
        assert isinstance(segment["startTime"], int | float)
        assert isinstance(segment["endTime"], int | float)
    return [TimedText(s["startTime"], s["endTime"], s["body"]) for s in segments]


def parse_json_chapters(text: str) -> tuple[str, list[dict]]:
    data = json.loads(text)
    assert data["version"] == "1.2.0"
    for chapter in data["chapters"]:
        assert isinstance(chapter["startTime"], int | float) and chapter["title"]
    return data["title"], data["chapters"]


def assert_monotonic(cues: list[TimedText], duration: float | None = None) -> None:
    """Cues in order, none overlapping the next, none before 0 or after ``duration``."""
    previous_end = 0.0
    for cue in cues:
        assert cue.start >= previous_end - 1e-9, f"{cue} starts before the previous end"
        assert cue.end >= cue.start, cue
        previous_end = cue.end
    if duration is not None and cues:
        assert cues[-1].end <= duration + 1e-6, (cues[-1].end, duration)
