"""Audio: spoken sentences become a mastered, tagged MP3 with chapter and cue timings.

:func:`render` is the whole stage: it reads the spoken stream as synthesis produces it
(:func:`~podcastify.audio.timeline.record`: sentences to a temporary file, measured on
the way), then masters and encodes in one pass (:func:`~podcastify.audio.master.master`).
The two halves are separate so a caller can finish one episode in the background while
the next is spoken (:class:`Finisher`). :func:`write_tags` adds the ID3 tag.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from podcastify.audio.tags import EpisodeTags, mp3_duration, write_tags
from podcastify.models import Chapter, Cue, RenderedAudio, SpokenSection, Utterance
from podcastify.settings import AudioSettings

if TYPE_CHECKING:
    from collections.abc import Iterable

    from podcastify.audio.master import Progress
    from podcastify.audio.timeline import Recording

__all__ = [
    "EpisodeTags",
    "Finisher",
    "at_tempo",
    "finish",
    "fit_timings",
    "record",
    "render",
    "write_tags",
]


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
    spoken: Iterable[Utterance | SpokenSection], settings: AudioSettings, scratch: Path | None
) -> Recording:
    """Read the spoken stream (synthesis runs as it is read) into a measured recording."""
    from podcastify.audio.timeline import record as record_stream

    return record_stream(spoken, settings, scratch)


def finish(
    recording: Recording, settings: AudioSettings, path: Path, progress: Progress | None = None
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


def at_tempo(settings: AudioSettings, tempo: float) -> AudioSettings:
    """The settings for a voice read at ``tempo``: a faster reader pauses less too."""
    if tempo == 1.0:
        return settings
    return replace(
        settings,
        sentence_pause_ms=round(settings.sentence_pause_ms / tempo),
        paragraph_pause_ms=round(settings.paragraph_pause_ms / tempo),
        section_pause_ms=round(settings.section_pause_ms / tempo),
    )


def render(
    spoken: Iterable[Utterance | SpokenSection],
    settings: AudioSettings,
    path: Path,
    progress: Progress | None = None,
    *,
    tempo: float = 1.0,
) -> RenderedAudio:
    """Record, master and encode to ``path`` (untagged); return timings and duration.

    ``spoken`` is read once, lazily: the stream from ``speech.speak_script`` (or a list
    of whole sections). ``progress`` hears how far mastering and encoding are; ``tempo``
    is the voice's speed, which the pauses follow.
    """
    settings = at_tempo(settings, tempo)
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
        settings: AudioSettings,
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
