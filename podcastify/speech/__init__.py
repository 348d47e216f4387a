"""Speech: a script's sentences become PCM through a named engine from a registry.

Takes a :class:`~podcastify.models.Script` and a loaded :class:`Engine`; returns
:class:`~podcastify.models.SpokenSection` values, one PCM run per sentence so that every
sentence's place in the audio is known. Engines come from an :class:`EngineRegistry`:
:func:`default_registry` holds the built-ins (piper, gtts) and any installed plugins.
"""

from collections.abc import Callable, Iterator

from podcastify.models import Script, SpokenSentence, Utterance
from podcastify.speech.base import (
    ENTRY_POINT_GROUP,
    Engine,
    EngineFactory,
    EngineRegistry,
    release_memory,
)
from podcastify.speech.piper_engine import VoiceInfo, installed_voices

__all__ = [
    "ENTRY_POINT_GROUP",
    "Engine",
    "EngineFactory",
    "EngineRegistry",
    "VoiceInfo",
    "default_registry",
    "installed_voices",
    "speak_script",
]


def default_registry(*, plugins: bool = True) -> EngineRegistry:
    """The built-in engines, then every installed plugin's."""
    from podcastify.speech.builtin import register_builtins

    registry = EngineRegistry()
    register_builtins(registry)
    if plugins:
        registry.load_plugins()
    return registry


Progress = Callable[[int, int], None]


def speak_script(
    script: Script, engine: Engine, progress: Progress | None = None
) -> Iterator[Utterance]:
    """Synthesise ``script`` one sentence at a time, as the stream is read.

    Nothing is spoken until the caller reads, and each sentence's audio can be written
    away before the next is made, so memory does not grow with the article. ``progress``
    hears (sentences done, sentences in all) after each one. Once the last is read, the
    engine gives back what it kept between sentences (:func:`release_memory`), before the
    audio stage masters the episode.
    """
    total = len(script.sentences())
    done = 0
    for index, section in enumerate(script.sections):
        blocks: list[tuple[tuple[str, str], ...]] = []
        if section.spoken_heading:
            heading = section.written_heading or section.spoken_heading
            blocks.append(((section.spoken_heading, heading),))
        pairs = zip(section.paragraphs, section.written_paragraphs(), strict=True)
        blocks.extend(tuple(zip(spoken, written, strict=True)) for spoken, written in pairs)
        for block, sentences in enumerate(blocks):
            for text, written in sentences:
                speech = tuple(engine.synthesize(text))
                spoken = SpokenSentence(text=text, speech=speech, written=written)
                done += 1
                if progress is not None:
                    progress(done, total)
                yield Utterance(section=index, title=section.title, block=block, sentence=spoken)
    release_memory(engine)
