"""Audio: spoken sections become a mastered, tagged MP3 with chapter and cue timings."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from podcastify.audio.assemble import Pauses, Track, add_music, assemble
from podcastify.audio.master import Mastering, encode
from podcastify.audio.tags import EpisodeTags, mp3_duration, write_tags
from podcastify.models import Chapter, Cue, RenderedAudio, SpokenSection

__all__ = [
    "EpisodeTags",
    "Mastering",
    "Pauses",
    "Sound",
    "fit_timings",
    "render",
    "write_tags",
]


@dataclass(frozen=True)
class Sound:
    """How every episode sounds: pauses, mastering and optional music."""

    pauses: Pauses = field(default_factory=Pauses)
    """Silences between sentences, paragraphs and sections."""
    mastering: Mastering = field(default_factory=Mastering)
    """Loudness target, true-peak ceiling and MP3 encoding."""
    intro_music: str = ""
    """Audio file played before the narration (empty: none)."""
    outro_music: str = ""
    """Audio file played after the narration (empty: none)."""


def fit_timings(track: Track, duration: float) -> tuple[list[Chapter], list[Cue]]:
    """Clamp timings to the encoded file's duration; the last chapter ends exactly there."""
    cues = [Cue(min(c.start, duration), min(c.end, duration), c.text) for c in track.cues]
    chapters = [
        Chapter(c.title, min(c.start, duration), min(c.end, duration)) for c in track.chapters
    ]
    if chapters:
        chapters[-1] = Chapter(chapters[-1].title, chapters[-1].start, duration)
    return chapters, cues


def pad_to_whole_second(track: Track) -> Track:
    """Lengthen the closing silence so the episode lasts a whole number of seconds.

    Feeds state itunes:duration in whole seconds; with this the stated duration, TLEN and
    what a player decodes agree to within the MP3 encoder's few milliseconds.
    """
    from pydub import AudioSegment

    missing_ms = -len(track.audio) % 1000
    if not missing_ms:
        return track
    rate = track.audio.frame_rate
    silence = AudioSegment.silent(duration=missing_ms, frame_rate=rate).set_channels(1)
    return Track(
        audio=track.audio + silence.set_sample_width(2), cues=track.cues, chapters=track.chapters
    )


def render(sections: list[SpokenSection], sound: Sound, path: Path) -> RenderedAudio:
    """Assemble, master and encode to ``path`` (untagged); return timings and duration."""
    track = assemble(sections, sound.pauses)
    track = add_music(track, sound.intro_music, sound.outro_music)
    track = pad_to_whole_second(track)
    encode(track.audio, path, sound.mastering)
    duration = mp3_duration(path)
    chapters, cues = fit_timings(track, duration)
    return RenderedAudio(duration=duration, chapters=chapters, cues=cues)
