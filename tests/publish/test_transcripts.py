"""Transcript and chapter files from cue and chapter timings."""

from __future__ import annotations

import itertools

import pytest

from podcastify.models import Chapter, Cue
from podcastify.publish.transcripts import (
    SRT_LINE,
    SRT_LINES,
    split_cue,
    to_json_chapters,
    to_json_transcript,
    to_srt,
    to_vtt,
    transcript_text,
)
from tests.publish.transcript_formats import (
    assert_monotonic,
    parse_json_chapters,
    parse_json_transcript,
    parse_srt,
    parse_vtt,
)

CUES = [
    Cue(0.25, 1.318, "My Articles."),
    Cue(1.668, 3.154, "Salt & pepper, a < b, and x --> y."),
    Cue(
        3.504,
        12.9,
        "When the rhythm of those pushes matches the cable's natural swing, the push adds up "
        "and the whole bridge begins to hum like a cello in a very large concert hall.",
    ),
    Cue(13.25, 14.0, "Extraordinarily-long-hyphenated-compound-words-need-breaking."),
]


def test_vtt_has_a_header_escapes_text_and_keeps_times():
    cues = parse_vtt(to_vtt(CUES))
    assert [c.text for c in cues] == [c.text for c in CUES]
    assert [(c.start, c.end) for c in cues] == [(c.start, c.end) for c in CUES]
    assert "Salt &amp; pepper, a &lt; b, and x --&gt; y." in to_vtt(CUES)
    assert_monotonic(cues)


def test_srt_cues_have_at_most_two_lines_of_32_characters():
    cues = parse_srt(to_srt(CUES))
    for cue in cues:
        lines = cue.text.split("\n")
        assert len(lines) <= SRT_LINES == 2
        assert all(len(line) <= SRT_LINE == 32 for line in lines), lines
    assert len(cues) > len(CUES)  # the long sentence was split
    assert_monotonic(cues)
    # Every character is still there, in order (lines may break inside hyphenated words).
    assert "".join("".join(c.text.split()) for c in cues) == "".join(
        "".join(c.text.split()) for c in CUES
    )
    assert cues[0].start == CUES[0].start and cues[-1].end == CUES[-1].end


@pytest.mark.parametrize("cue", CUES)
def test_split_cue_shares_the_sentence_time_without_gaps(cue):
    parts = split_cue(cue)
    assert parts[0].start == cue.start and parts[-1].end == cue.end
    for before, after in itertools.pairwise(parts):
        assert before.end == after.start


def test_json_transcript_has_segments_with_times_and_body():
    segments = parse_json_transcript(to_json_transcript(CUES))
    assert [(s.start, s.end, s.text) for s in segments] == [
        (round(c.start, 3), round(c.end, 3), c.text) for c in CUES
    ]


def test_json_chapters_have_start_and_end_seconds():
    chapters = [Chapter("Introduction", 0.25, 8.9854), Chapter("Credits", 8.9854, 20.0)]
    title, items = parse_json_chapters(to_json_chapters(chapters, "Why Bridges Sing"))
    assert title == "Why Bridges Sing"
    assert items == [
        {"startTime": 0.25, "endTime": 8.985, "title": "Introduction"},
        {"startTime": 8.985, "endTime": 20.0, "title": "Credits"},
    ]


def test_plain_transcript_is_one_sentence_per_line():
    assert transcript_text(CUES).split("\n") == [c.text for c in CUES]
