"""Assembly: pauses and sentence lengths decide every cue and chapter time, to the sample."""

from __future__ import annotations

import pytest

from podcastify.audio.assemble import Pauses, assemble
from podcastify.models import Script, Section
from podcastify.settings import VoiceSettings
from podcastify.speech import speak_script
from tests.helpers.fake_engine import MS_PER_WORD, WordClock


def _engine() -> WordClock:
    return WordClock(VoiceSettings())


SCRIPT = Script(
    title="T",
    sections=(
        Section("Introduction", (("one two", "three"),)),
        Section("Body", (("a b c",), ("d e", "f")), spoken_heading="Body"),
        Section("Credits", (("bye now",),)),
    ),
)


@pytest.mark.parametrize(
    ("sentence", "paragraph", "section"), [(300, 700, 1300), (0, 0, 0), (123, 456, 789)]
)
def test_cue_and_chapter_times_follow_the_configured_pauses(sentence, paragraph, section):
    spoken = speak_script(SCRIPT, _engine())
    pauses = Pauses(
        sentence_ms=sentence,
        paragraph_ms=paragraph,
        section_ms=section,
        lead_in_ms=200,
        tail_ms=500,
    )
    track = assemble(spoken, pauses)
    expected: list[tuple[str, float]] = []
    clock = 200
    plan = [
        ("Introduction", [["one two", "three"]]),
        ("Body", [["Body"], ["a b c"], ["d e", "f"]]),
        ("Credits", [["bye now"]]),
    ]
    chapter_starts = []
    for index, (title, blocks) in enumerate(plan):
        if index:
            clock += section
        chapter_starts.append((title, clock / 1000 if index else 0.0))
        for b, block in enumerate(blocks):
            if b:
                clock += paragraph
            for s, text in enumerate(block):
                if s:
                    clock += sentence
                expected.append((text, clock / 1000))
                clock += len(text.split()) * MS_PER_WORD
    clock += 500
    assert [(c.text, round(c.start, 4)) for c in track.cues] == [
        (t, round(v, 4)) for t, v in expected
    ]
    assert [(c.title, round(c.start, 4)) for c in track.chapters] == [
        (t, round(v, 4)) for t, v in chapter_starts
    ]
    assert track.chapters[-1].end == pytest.approx(clock / 1000)
    assert len(track.audio) == pytest.approx(clock, abs=1)
    for earlier, later in zip(track.chapters, track.chapters[1:], strict=False):
        assert earlier.end == later.start


def test_progress_counts_every_sentence():
    seen: list[tuple[int, int]] = []
    speak_script(SCRIPT, _engine(), lambda d, t: seen.append((d, t)))
    assert seen == [(i, 7) for i in range(1, 8)]


@pytest.mark.parametrize("words", [1, 7, 10, 23])
def test_episodes_are_padded_to_whole_seconds_without_moving_any_cue(words):
    from podcastify.audio import pad_to_whole_second

    script = Script(title="T", sections=(Section("Body", ((" ".join(["w"] * words),),)),))
    track = assemble(speak_script(script, _engine()), Pauses())
    padded = pad_to_whole_second(track)
    assert len(padded.audio) % 1000 == 0
    assert 0 <= len(padded.audio) - len(track.audio) < 1000
    assert padded.cues == track.cues
