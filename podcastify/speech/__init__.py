"""Speech: sentences become PCM through a named engine from one registry."""

from collections.abc import Callable, Iterator

from podcastify.models import Script, SpokenSentence, Utterance
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
) -> Iterator[Utterance]:
    """Synthesise ``script`` one sentence at a time, as the stream is read.

    Nothing is spoken until the caller reads, and each sentence's audio can be written
    away before the next is made, so memory does not grow with the article. ``progress``
    hears (sentences done, sentences in all) after each one.
    """
    total = len(script.sentences())
    done = 0
    for index, section in enumerate(script.sections):
        blocks = [(section.spoken_heading,)] if section.spoken_heading else []
        blocks.extend(section.paragraphs)
        for block, sentences in enumerate(blocks):
            for text in sentences:
                spoken = SpokenSentence(text=text, speech=tuple(engine.synthesize(text)))
                done += 1
                if progress is not None:
                    progress(done, total)
                yield Utterance(section=index, title=section.title, block=block, sentence=spoken)
