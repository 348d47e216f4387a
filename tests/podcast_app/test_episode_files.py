"""Real Piper episodes: ID3 chapters, durations, transcripts, chapters JSON and loudness agree.

One build of two short articles (one without a lead paragraph, one with), then every
claim the files make about time and text is checked against the decoded audio and the
script the pipeline spoke.
"""

from __future__ import annotations

import itertools
import re
from datetime import UTC, datetime
from pathlib import Path

import lxml.html
import pytest
from mutagen.id3 import ID3, CTOCFlags
from mutagen.mp3 import MP3

from podcastify.audio.master import decoded_duration
from podcastify.publish.transcripts import SRT_LINE, SRT_LINES
from tests.podcast_app.conftest import (
    Story,
    build,
    loudness_lufs,
    scripts_of,
    true_peak_dbtp,
    write_config,
    write_feed,
)
from tests.publish import feed_rules as rules
from tests.publish.transcript_formats import (
    assert_monotonic,
    parse_json_chapters,
    parse_json_transcript,
    parse_srt,
    parse_vtt,
)

pytestmark = pytest.mark.e2e

BASE = "https://pods.example.org/shelf/"
STORIES = [
    Story(
        title="Lighthouses at Dusk",
        guid="shelf-lighthouse",
        link="https://shelf.example/lighthouses",
        summary="Why lighthouse keepers climbed so many steps & what they saw.",
        published=datetime(2024, 4, 1, 7, 0, tzinfo=UTC),
        sections=(
            (
                "The Climb",
                (
                    "Since 1914 the keeper climbed 112 steps every evening "
                    "to light the lamp before the ships came in.",
                ),
            ),
            ("The Light", ("A single flame, magnified by glass, reached ships far away.",)),
        ),
    ),
    Story(
        title="How Kettles Sing",
        guid="shelf-kettle",
        link="https://shelf.example/kettles",
        summary="A kettle hums before it boils.",
        published=datetime(2024, 4, 9, 18, 30, tzinfo=UTC),
        lead="Put a kettle on and listen.",
        sections=(
            ("Bubbles", ("Tiny bubbles form and collapse at the bottom.",)),
            ("The Whistle", ("Then steam rushes through the spout and the note rises.",)),
        ),
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    work = tmp_path_factory.mktemp("episodes")
    source = write_feed(work / "shelf.xml", STORIES)
    write_config(work)
    build(work, str(source), "--out", "public", "--base-url", BASE)
    out = work / "public"
    scripts = scripts_of(work, source)
    root = rules.parse_strict((out / "feed.xml").read_bytes())
    episodes = {}
    for item in rules.items(root):
        guid = item.find("guid").text
        path = out / item.find("enclosure").get("url").removeprefix(BASE)
        episodes[guid] = {
            "item": item,
            "mp3": path,
            "stem": path.name.removesuffix(".mp3"),
            "script": scripts[guid],
            "decoded": decoded_duration(path),
        }
    return {"work": work, "out": out, "root": root, "episodes": episodes}


@pytest.fixture(params=[s.guid for s in STORIES])
def episode(request, built):
    return built["episodes"][request.param]


def _side(episode, suffix: str) -> str:
    return (episode["mp3"].parent / f"{episode['stem']}{suffix}").read_text(encoding="utf-8")


def _chapters(path: Path) -> list[tuple[str, int, int]]:
    """(title, start ms, end ms) of the CHAP frames, in the order the CTOC lists them."""
    tags = ID3(path)
    (toc,) = tags.getall("CTOC")
    assert toc.flags & CTOCFlags.TOP_LEVEL and toc.flags & CTOCFlags.ORDERED
    chaps = {chap.element_id: chap for chap in tags.getall("CHAP")}
    assert sorted(toc.child_element_ids) == sorted(chaps), "CTOC and CHAP frames differ"
    out = []
    for element_id in toc.child_element_ids:
        chap = chaps[element_id]
        out.append((str(chap.sub_frames["TIT2"]), chap.start_time, chap.end_time))
    return out


def test_build_made_every_file(built):
    for episode in built["episodes"].values():
        for suffix in (".mp3", ".vtt", ".srt", ".transcript.json", ".chapters.json"):
            assert (episode["mp3"].parent / f"{episode['stem']}{suffix}").stat().st_size > 0
    assert len(built["episodes"]) == len(STORIES)


def test_feed_of_this_build_follows_apples_rules_and_the_config(built):
    root = built["root"]
    rules.check_all(root)
    rules.check_explicit(root, False)
    rules.check_locked(root, False)
    rules.check_category(root, "Education > How To")
    rules.check_owner(root, "owner@shelf.example")
    rules.check_image(root, built["out"], BASE)
    rules.check_podcast_guid(root, BASE + "feed.xml")


def test_id3_chapters_are_intro_sections_credits_in_order(episode):
    chapters = _chapters(episode["mp3"])
    titles = [title for title, _, _ in chapters]
    assert titles == [section.title for section in episode["script"].sections]
    assert titles[0] == "Introduction" and titles[-1] == "Credits"
    story = next(s for s in STORIES if s.guid == episode["item"].find("guid").text)
    body = [heading for heading, _ in story.sections]
    assert titles[1:-1] == ([story.title] if story.lead else []) + body
    starts = [start for _, start, _ in chapters]
    assert starts == sorted(starts)


def test_id3_chapters_are_contiguous_and_end_at_the_audio_end(episode):
    chapters = _chapters(episode["mp3"])
    for (_, _, end), (_, start, _) in itertools.pairwise(chapters):
        assert end == start, "a gap or an overlap between chapters"
    for title, start, end in chapters:
        assert isinstance(start, int) and isinstance(end, int) and start < end, title
    assert abs(chapters[-1][2] / 1000 - episode["decoded"]) <= 0.1
    assert chapters[0][1] < 1000  # the intro starts in the first second


def test_first_chapter_starts_at_zero(episode):
    assert _chapters(episode["mp3"])[0][1] == 0


def test_durations_agree_tlen_mutagen_decoder_and_feed(episode):
    decoded = episode["decoded"]
    tlen = int(str(ID3(episode["mp3"])["TLEN"])) / 1000
    length = MP3(episode["mp3"]).info.length
    itunes = int(episode["item"].find("itunes:duration", rules.NS).text)
    assert abs(tlen - decoded) <= 0.1, (tlen, decoded)
    assert abs(length - decoded) <= 0.1, (length, decoded)
    assert abs(itunes - decoded) <= 0.1, (itunes, decoded)  # episodes last whole seconds
    assert itunes == round(length)


def test_chapters_json_matches_id3_chapters(episode):
    title, chapters = parse_json_chapters(_side(episode, ".chapters.json"))
    assert title == episode["item"].find("title").text
    id3 = _chapters(episode["mp3"])
    assert [c["title"] for c in chapters] == [t for t, _, _ in id3]
    for chapter, (_, start, end) in zip(chapters, id3, strict=True):
        assert abs(chapter["startTime"] - start / 1000) <= 0.001
        assert abs(chapter["endTime"] - end / 1000) <= 0.001


def test_psc_chapters_in_the_feed_match_id3_chapters(episode):
    psc = rules.one(episode["item"], "psc:chapters")
    id3 = _chapters(episode["mp3"])
    assert [c.get("title") for c in psc] == [t for t, _, _ in id3]
    for chapter, (_, start, _) in zip(psc, id3, strict=True):
        h, m, s = chapter.get("start").split(":")
        assert round((int(h) * 3600 + int(m) * 60 + float(s)) * 1000) == start


def test_vtt_parses_with_ordered_cues_inside_the_audio(episode):
    cues = parse_vtt(_side(episode, ".vtt"))
    assert_monotonic(cues, episode["decoded"] + 0.05)
    assert cues[0].start >= 0


def test_srt_cues_are_short_ordered_and_inside_the_audio(episode):
    cues = parse_srt(_side(episode, ".srt"))
    for cue in cues:
        lines = cue.text.split("\n")
        assert len(lines) <= SRT_LINES and all(len(line) <= SRT_LINE for line in lines), lines
    assert_monotonic(cues, episode["decoded"] + 0.05)
    written = "".join("".join(s.split()) for s in episode["script"].written_sentences())
    assert "".join("".join(c.text.split()) for c in cues) == written


def test_every_transcript_shows_the_written_words_of_the_spoken_script(episode):
    sentences = episode["script"].written_sentences()
    assert len(sentences) == len(episode["script"].sentences())
    vtt = parse_vtt(_side(episode, ".vtt"))
    segments = parse_json_transcript(_side(episode, ".transcript.json"))
    assert [c.text for c in vtt] == sentences
    assert [s.text for s in segments] == sentences
    assert_monotonic(segments, episode["decoded"] + 0.05)
    for cue, segment in zip(vtt, segments, strict=True):
        assert abs(cue.start - segment.start) <= 0.001 and abs(cue.end - segment.end) <= 0.001
    # ...and the chapter starts fall on the first sentence of their section (the first
    # chapter at zero, since the lead-in silence belongs to it).
    id3 = _chapters(episode["mp3"])
    firsts, index = [], 0
    for section in episode["script"].sections:
        firsts.append(vtt[index].start if index else 0.0)
        index += bool(section.spoken_heading) + sum(len(p) for p in section.paragraphs)
    assert [start / 1000 for _, start, _ in id3] == pytest.approx(firsts, abs=0.002)


def test_uslt_carries_the_transcript_text(episode):
    (lyrics,) = ID3(episode["mp3"]).getall("USLT")
    assert lyrics.text.split("\n") == episode["script"].written_sentences()


def test_transcripts_show_the_articles_digits_where_the_voice_says_words(built):
    script = built["episodes"]["shelf-lighthouse"]["script"]
    vtt = [c.text for c in parse_vtt(_side(built["episodes"]["shelf-lighthouse"], ".vtt"))]
    line = next(t for t in vtt if "keeper" in t)
    assert line.startswith("Since 1914 the keeper climbed 112 steps")
    spoken = next(s for s in script.sentences() if "keeper" in s)
    assert spoken.startswith("Since nineteen fourteen the keeper climbed one hundred twelve steps")


def test_script_command_prints_the_same_sentences(built, cli):
    """`podcastify script` is what the user sees; the transcripts must say the same."""
    source = built["work"] / "shelf.xml"
    result = cli("script", str(source), cwd=built["work"])
    assert result.returncode == 0, result.stderr
    printed = result.stdout
    for episode in built["episodes"].values():
        for sentence in episode["script"].sentences():
            assert sentence in printed


def test_show_notes_have_summary_link_and_the_real_chapter_times(episode):
    story = next(s for s in STORIES if s.guid == episode["item"].find("guid").text)
    notes = rules.one(episode["item"], "description").text
    fragment = lxml.html.fragment_fromstring(notes, create_parent="div")
    assert fragment.find("p").text_content() == story.summary
    assert fragment.find(".//a").get("href") == story.link
    entries = [li.text_content() for li in fragment.iter("li")]
    id3 = _chapters(episode["mp3"])
    assert len(entries) == len(id3)
    for entry, (title, start, _) in zip(entries, id3, strict=True):
        match = re.fullmatch(r"(\d+):(\d{2}) (.+)", entry)
        assert match, entry
        assert match.group(3) == title
        assert abs(int(match.group(1)) * 60 + int(match.group(2)) - start / 1000) <= 0.5


def test_loudness_is_minus_16_lufs(episode):
    lufs = loudness_lufs(episode["mp3"])
    print(f"{episode['stem']}: {lufs:.2f} LUFS")
    assert -17.0 <= lufs <= -15.0, lufs


def test_true_peak_is_at_most_minus_1_dbtp(episode):
    peak = true_peak_dbtp(episode["mp3"])
    print(f"{episode['stem']}: true peak {peak:.2f} dBTP")
    assert peak <= -1.0, peak


def test_articles_of_different_length_are_equally_loud(built):
    levels = [loudness_lufs(e["mp3"]) for e in built["episodes"].values()]
    durations = [e["decoded"] for e in built["episodes"].values()]
    assert abs(durations[0] - durations[1]) > 1.0  # really different lengths
    assert abs(levels[0] - levels[1]) <= 1.0, levels
