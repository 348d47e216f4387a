"""The built-in engines, registered explicitly through the same call plugins use."""

from podcastify.speech import gtts_engine, piper_engine
from podcastify.speech.base import EngineRegistry


def register_builtins(registry: EngineRegistry) -> None:
    registry.register("piper", piper_engine.create)
    registry.register("gtts", gtts_engine.create)
