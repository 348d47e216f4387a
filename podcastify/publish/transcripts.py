"""Transcripts (WebVTT, SRT, JSON) and Podcasting 2.0 chapters, from the real timings.

Formats:

- WebVTT: one cue per sentence; ``&``, ``<`` and ``>`` are written as character
  references, because a bare ``<`` starts a cue tag and a bare ``&`` an entity.
- SRT: at most :data:`SRT_LINES` lines of :data:`SRT_LINE` characters per cue, as
  subtitle renderers and Apple's transcript import expect; long sentences become several
  cues, time shared out in proportion to their characters.
- JSON transcript 1.0.0 (Podcasting 2.0): ``segments`` with ``startTime``, ``endTime``
  and ``body``, one per sentence.
- JSON chapters 1.2.0 (Podcasting 2.0): ``startTime`` and ``endTime`` in seconds, the same
  times as the MP3's ID3 CHAP frames.
"""

from __future__ import annotations

import html
import json
import textwrap

from podcastify.models import Chapter, Cue

SRT_LINE = 32
SRT_LINES = 2


def _clock(seconds: float, separator: str) -> str:
    millis = max(0, round(seconds * 1000))
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    secs, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def split_cue(cue: Cue, width: int = SRT_LINE, lines: int = SRT_LINES) -> list[Cue]:
    """Break a long sentence into cues of at most ``lines`` lines of ``width`` characters.

    Time is shared out in proportion to characters, so the text stays near the voice.
    """
    wrapped = textwrap.wrap(cue.text, width=width, break_long_words=True) or [""]
    groups = ["\n".join(wrapped[i : i + lines]) for i in range(0, len(wrapped), lines)]
    total_chars = sum(len(g) for g in groups) or 1
    out: list[Cue] = []
    start = cue.start
    span = cue.end - cue.start
    for index, group in enumerate(groups):
        end = cue.end if index == len(groups) - 1 else start + span * len(group) / total_chars
        out.append(Cue(start=start, end=end, text=group))
        start = end
    return out


def to_srt(cues: list[Cue]) -> str:
    blocks: list[str] = []
    number = 0
    for cue in cues:
        for part in split_cue(cue):
            number += 1
            blocks.append(
                f"{number}\n{_clock(part.start, ',')} --> {_clock(part.end, ',')}\n{part.text}\n"
            )
    return "\n".join(blocks)


def to_vtt(cues: list[Cue]) -> str:
    blocks = ["WEBVTT\n"]
    for cue in cues:
        text = html.escape(cue.text, quote=False)  # also turns "-->" into "--&gt;"
        blocks.append(f"{_clock(cue.start, '.')} --> {_clock(cue.end, '.')}\n{text}\n")
    return "\n".join(blocks)


def to_json_transcript(cues: list[Cue]) -> str:
    segments = [
        {"startTime": round(c.start, 3), "endTime": round(c.end, 3), "body": c.text} for c in cues
    ]
    return json.dumps({"version": "1.0.0", "segments": segments}, ensure_ascii=False, indent=1)


def to_json_chapters(chapters: list[Chapter], title: str) -> str:
    items = [
        {"startTime": round(c.start, 3), "endTime": round(c.end, 3), "title": c.title}
        | ({"url": c.url} if c.url else {})
        for c in chapters
    ]
    return json.dumps(
        {"version": "1.2.0", "title": title, "chapters": items}, ensure_ascii=False, indent=1
    )


def transcript_text(cues: list[Cue]) -> str:
    """Plain text of the narration, for the MP3's USLT frame."""
    return "\n".join(c.text for c in cues)
