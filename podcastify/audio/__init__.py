"""Audio: spoken sentences become a mastered, tagged MP3 with chapter and cue timings.

:func:`render` is the whole stage: it reads the spoken stream as synthesis produces it
(:func:`~podcastify.audio.timeline.record`: sentences to a temporary file, measured on
the way), then masters and encodes in one pass (:func:`~podcastify.audio.master.master`).
The two halves are separate so a caller can finish one episode in the background while
the next is spoken (:class:`Finisher`). :func:`write_tags` adds the ID3 tag.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from podcastify.audio.master import Progress
from podcastify.audio.tags import EpisodeTags, mp3_duration, write_tags
from podcastify.models import Chapter, Cue, RenderedAudio, SpokenSection, Utterance

if TYPE_CHECKING:
    from collections.abc import Iterable

    from podcastify.audio.timeline import Recording

__all__ = [
    "AudioTarget",
    "EpisodeTags",
    "Finisher",
    "Mastering",
    "Pauses",
    "Progress",
    "Sound",
    "finish",
    "fit_timings",
    "record",
    "render",
    "write_tags",
]


class AudioTarget(Protocol):
    """What the audio stage reads from the [audio] settings (``settings.AudioSettings``)."""

    @property
    def sentence_pause_ms(self) -> int: ...
    @property
    def paragraph_pause_ms(self) -> int: ...
    @property
    def section_pause_ms(self) -> int: ...
    @property
    def loudness_lufs(self) -> float: ...
    @property
    def true_peak_db(self) -> float: ...
    @property
    def bitrate_kbps(self) -> int: ...
    @property
    def sample_rate(self) -> int: ...
    @property
    def intro_music(self) -> str: ...
    @property
    def outro_music(self) -> str: ...


# -- the settings as the pipeline builds them today (until settings.AudioSettings) --------


@dataclass(frozen=True)
class Pauses:
    """Silences that give the listener the structure a reader sees."""

    sentence_ms: int = 350
    """Between sentences of a paragraph."""
    paragraph_ms: int = 700
    """Between paragraphs."""
    section_ms: int = 1300
    """Before a new section."""


@dataclass(frozen=True)
class Mastering:
    """Target loudness and encoding of the published MP3."""

    loudness_lufs: float = -16.0
    """Integrated loudness target (Apple's spoken-word guidance: −16)."""
    true_peak_db: float = -1.0
    """True-peak ceiling in dBTP."""
    bitrate_kbps: int = 64
    """Constant bitrate."""
    sample_rate: int = 44100
    """Output sample rate in Hz."""


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

    # The flat names of AudioTarget, so a Sound is an AudioTarget.
    sentence_pause_ms = property(lambda self: self.pauses.sentence_ms)
    paragraph_pause_ms = property(lambda self: self.pauses.paragraph_ms)
    section_pause_ms = property(lambda self: self.pauses.section_ms)
    loudness_lufs = property(lambda self: self.mastering.loudness_lufs)
    true_peak_db = property(lambda self: self.mastering.true_peak_db)
    bitrate_kbps = property(lambda self: self.mastering.bitrate_kbps)
    sample_rate = property(lambda self: self.mastering.sample_rate)


# -- the stage ----------------------------------------------------------------------------


def fit_timings(
    chapters: list[Chapter], cues: list[Cue], duration: float
) -> tuple[list[Chapter], list[Cue]]:
    """Clamp timings to the encoded file's duration; the last chapter ends exactly there."""
    cues = [Cue(min(c.start, duration), min(c.end, duration), c.text) for c in cues]
    chapters = [Chapter(c.title, min(c.start, duration), min(c.end, duration)) for c in chapters]
    if chapters:
        chapters[-1] = Chapter(chapters[-1].title, chapters[-1].start, duration)
    return chapters, cues


def record(
    spoken: Iterable[Utterance | SpokenSection], settings: AudioTarget, scratch: Path | None
) -> Recording:
    """Read the spoken stream (synthesis runs as it is read) into a measured recording."""
    from podcastify.audio.timeline import record as record_stream

    return record_stream(spoken, settings, scratch)


def finish(
    recording: Recording, settings: AudioTarget, path: Path, progress: Progress | None = None
) -> RenderedAudio:
    """Master and encode ``recording`` to ``path`` (untagged), then close the recording."""
    from podcastify.audio.master import master

    try:
        master(recording, settings, path, progress)
    finally:
        recording.close()
    duration = mp3_duration(path)
    chapters, cues = fit_timings(recording.chapters, recording.cues, duration)
    return RenderedAudio(duration=duration, chapters=chapters, cues=cues)


def render(
    spoken: Iterable[Utterance | SpokenSection],
    settings: AudioTarget,
    path: Path,
    progress: Progress | None = None,
) -> RenderedAudio:
    """Record, master and encode to ``path`` (untagged); return timings and duration.

    ``spoken`` is read once, lazily: the stream from ``speech.speak_script`` (or a list
    of whole sections). ``progress`` hears how far mastering and encoding are.
    """
    return finish(record(spoken, settings, path.parent), settings, path, progress)


class Finisher:
    """Masters and encodes recordings one after another on a worker thread.

    The encoder runs in its own process and numpy releases the interpreter while it
    works, so the next episode can be synthesised meanwhile. Use as a context manager;
    leaving it waits for what was submitted.
    """

    def __init__(self) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="podcastify-audio")

    def submit(
        self,
        recording: Recording,
        settings: AudioTarget,
        path: Path,
        progress: Progress | None = None,
    ) -> Future[RenderedAudio]:
        return self._worker.submit(finish, recording, settings, path, progress)

    def close(self) -> None:
        self._worker.shutdown(wait=True)

    def __enter__(self) -> Finisher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
