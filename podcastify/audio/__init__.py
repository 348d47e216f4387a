"""Audio: spoken sections become a mastered, tagged MP3 with chapter and cue timings.

Takes the :class:`~podcastify.models.SpokenSection` values from speech and the [audio]
settings (:class:`~podcastify.settings.AudioSettings`); :func:`render` writes an untagged,
mastered CBR MP3 and returns its duration, chapters and cues; :func:`write_tags` adds the
ID3 tag.
"""

from __future__ import annotations

from pathlib import Path

from podcastify.audio.assemble import Pauses, Track, add_music, assemble
from podcastify.audio.master import encode
from podcastify.audio.tags import EpisodeTags, mp3_duration, write_tags
from podcastify.models import Chapter, Cue, RenderedAudio, SpokenSection
from podcastify.settings import AudioSettings

__all__ = [
    "EpisodeTags",
    "Pauses",
    "fit_timings",
    "render",
    "write_tags",
]


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


def render(
    sections: list[SpokenSection], settings: AudioSettings, path: Path, *, tempo: float = 1.0
) -> RenderedAudio:
    """Assemble, master and encode to ``path`` (untagged); return timings and duration.

    ``tempo`` is the voice's speed: a faster reader pauses for less time too.
    """
    pauses = Pauses(
        sentence_ms=round(settings.sentence_pause_ms / tempo),
        paragraph_ms=round(settings.paragraph_pause_ms / tempo),
        section_ms=round(settings.section_pause_ms / tempo),
    )
    track = assemble(sections, pauses)
    track = add_music(track, settings.intro_music, settings.outro_music)
    track = pad_to_whole_second(track)
    encode(track.audio, path, settings)
    duration = mp3_duration(path)
    chapters, cues = fit_timings(track, duration)
    return RenderedAudio(duration=duration, chapters=chapters, cues=cues)
