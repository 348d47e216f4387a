"""Speech: sentences become PCM through a named engine from one registry."""

from collections.abc import Callable

from podcastify.models import Script, SpokenSection, SpokenSentence
from podcastify.speech.base import (
    Engine,
    EngineOptions,
    engine_names,
    load_engine,
    register_engine,
)

__all__ = [
    "Engine",
    "EngineOptions",
    "engine_names",
    "load_engine",
    "register_engine",
    "speak_script",
]

Progress = Callable[[int, int], None]


def speak_script(
    script: Script, engine: Engine, progress: Progress | None = None
) -> list[SpokenSection]:
    """Synthesise every sentence of ``script`` one by one, so each one's timing is known."""
    total = len(script.sentences())
    done = 0

    def say(text: str, written: str) -> SpokenSentence:
        nonlocal done
        spoken = SpokenSentence(text=text, speech=tuple(engine.synthesize(text)), written=written)
        done += 1
        if progress is not None:
            progress(done, total)
        return spoken

    sections: list[SpokenSection] = []
    for section in script.sections:
        heading = (
            say(section.spoken_heading, section.written_heading) if section.spoken_heading else None
        )
        paragraphs = tuple(
            tuple(say(s, w) for s, w in zip(spoken, written, strict=True))
            for spoken, written in zip(
                section.paragraphs, section.written_paragraphs(), strict=True
            )
        )
        sections.append(SpokenSection(title=section.title, heading=heading, paragraphs=paragraphs))
    return sections
