"""Speech: a script's sentences become PCM through a named engine from a registry.

Takes a :class:`~podcastify.models.Script` and a loaded :class:`Engine`; returns
:class:`~podcastify.models.SpokenSection` values, one PCM run per sentence so that every
sentence's place in the audio is known. Engines come from an :class:`EngineRegistry`:
:func:`default_registry` holds the built-ins (piper, gtts) and any installed plugins.
"""

from collections.abc import Callable

from podcastify.models import Script, SpokenSection, SpokenSentence
from podcastify.speech.base import ENTRY_POINT_GROUP, Engine, EngineFactory, EngineRegistry
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
