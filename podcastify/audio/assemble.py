"""Assembly: spoken sentences and pauses become one pydub track, with exact timings.

Every sentence was synthesised on its own, so its start and end in the track are known to
the sample; those become the transcript cues and the chapter starts.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydub import AudioSegment

from podcastify.errors import AudioError
from podcastify.ffmpeg import configure_pydub, decode_audio
from podcastify.models import Chapter, Cue, SpokenSection, SpokenSentence

SAMPLE_WIDTH = 2  # 16-bit PCM throughout


@dataclass(frozen=True)
class Pauses:
    """Silences that give the listener the structure a reader sees."""

    sentence_ms: int = 350
    """Between sentences of a paragraph."""
    paragraph_ms: int = 700
    """Between paragraphs."""
    section_ms: int = 1300
    """Before a new section."""
    lead_in_ms: int = 250
    """Before the first word, so players do not clip it."""
    tail_ms: int = 600
    """After the last word."""


@dataclass
class Track:
    """The assembled narration and where each sentence and section lies in it."""

    audio: AudioSegment
    cues: list[Cue]
    chapters: list[Chapter]


def _sentence_pcm(sentence: SpokenSentence, rate: int) -> bytes:
    """One sentence's chunks joined, resampled to ``rate`` when an engine differs."""
    parts: list[bytes] = []
    for chunk in sentence.speech:
        if chunk.sample_rate == rate:
            parts.append(chunk.pcm)
        else:
            segment = AudioSegment(
                data=chunk.pcm, sample_width=SAMPLE_WIDTH, frame_rate=chunk.sample_rate, channels=1
            )
            parts.append(segment.set_frame_rate(rate).raw_data)
    return b"".join(parts)


def _track_rate(sections: list[SpokenSection]) -> int:
    for section in sections:
        for sentence in _sentences(section):
            for chunk in sentence.speech:
                return chunk.sample_rate
    raise AudioError("the engine produced no audio")


def _sentences(section: SpokenSection) -> list[SpokenSentence]:
    out = [section.heading] if section.heading else []
    for paragraph in section.paragraphs:
        out.extend(paragraph)
    return out


def assemble(sections: list[SpokenSection], pauses: Pauses) -> Track:
    """Join sentences with pauses into one mono track; record cue and chapter times."""
    configure_pydub()
    rate = _track_rate(sections)
    bytes_per_ms = rate * SAMPLE_WIDTH / 1000

    def silence(ms: int) -> bytes:
        return bytes(int(ms * bytes_per_ms) // SAMPLE_WIDTH * SAMPLE_WIDTH)

    parts: list[bytes] = [silence(pauses.lead_in_ms)]
    position = len(parts[0])
    cues: list[Cue] = []
    starts: list[tuple[str, float]] = []

    def seconds(offset: int) -> float:
        return offset / SAMPLE_WIDTH / rate

    def add(data: bytes) -> None:
        nonlocal position
        parts.append(data)
        position += len(data)

    for index, section in enumerate(sections):
        if index:
            add(silence(pauses.section_ms))
        starts.append((section.title, seconds(position)))
        blocks: list[tuple[SpokenSentence, ...]] = []
        if section.heading:
            blocks.append((section.heading,))
        blocks.extend(section.paragraphs)
        for block_index, paragraph in enumerate(blocks):
            if block_index:
                add(silence(pauses.paragraph_ms))
            for sentence_index, sentence in enumerate(paragraph):
                if sentence_index:
                    add(silence(pauses.sentence_ms))
                start = seconds(position)
                add(_sentence_pcm(sentence, rate))
                cues.append(Cue(start, seconds(position), sentence.written or sentence.text))
    add(silence(pauses.tail_ms))

    total = seconds(position)
    # The first chapter starts at zero: the lead-in silence belongs to it.
    starts[0] = (starts[0][0], 0.0)
    chapters = [
        Chapter(title=title, start=start, end=starts[i + 1][1] if i + 1 < len(starts) else total)
        for i, (title, start) in enumerate(starts)
    ]
    audio = AudioSegment(
        data=b"".join(parts), sample_width=SAMPLE_WIDTH, frame_rate=rate, channels=1
    )
    return Track(audio=audio, cues=cues, chapters=chapters)


def _load_music(path: str, rate: int) -> AudioSegment:
    try:
        music = decode_audio(path=path)
    except AudioError as exc:
        raise AudioError(f"cannot read music file {path}: {exc}") from None
    return music.set_channels(1).set_frame_rate(rate).set_sample_width(SAMPLE_WIDTH)


def add_music(track: Track, intro: str = "", outro: str = "", overlap_ms: int = 1500) -> Track:
    """Mix optional intro/outro music: the voice comes in as the intro fades under it."""
    if not intro and not outro:
        return track
    rate = track.audio.frame_rate
    audio = track.audio
    shift = 0.0
    if intro:
        music = _load_music(intro, rate)
        overlap = min(overlap_ms, len(music))
        lead = len(music) - overlap
        music = music.fade_out(overlap) if overlap else music
        bed = AudioSegment.silent(duration=lead + len(audio), frame_rate=rate).set_channels(1)
        audio = bed.overlay(music).overlay(audio, position=lead)
        shift = lead / 1000
    if outro:
        music = _load_music(outro, rate)
        audio = audio + music.fade_in(min(500, len(music)))
    end = len(audio) / 1000
    cues = [Cue(c.start + shift, c.end + shift, c.text) for c in track.cues]
    chapters = [Chapter(c.title, c.start + shift, c.end + shift) for c in track.chapters]
    if chapters:
        chapters[0] = Chapter(chapters[0].title, 0.0, chapters[0].end)
        chapters[-1] = Chapter(chapters[-1].title, chapters[-1].start, end)
    return Track(audio=audio, cues=cues, chapters=chapters)
