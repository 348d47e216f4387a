"""The built-in engines, registered explicitly through the same call plugins use."""

from podcastify.speech import gtts_engine, piper_engine
from podcastify.speech.base import EngineRegistry


def register_builtins(registry: EngineRegistry) -> None:
    registry.register("piper", piper_engine.create, piper_engine.check_voice)
    registry.register("gtts", gtts_engine.create, gtts_engine.check_voice)
