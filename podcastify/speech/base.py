"""The engine interface and the registry that built-in and plugin engines share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from importlib.metadata import entry_points
from typing import Protocol

from podcastify.errors import EngineError
from podcastify.models import Speech
from podcastify.settings import VoiceSettings

ENTRY_POINT_GROUP = "podcastify.engines"
"""Plugin packages name a callable here; it receives ``register(name, factory)``."""


class Engine(Protocol):
    """A loaded speech engine: text in, mono 16-bit PCM chunks out."""

    name: str
    """The name it is registered under."""
    language: str
    """Language the voice speaks (``en-us``), to warn about articles in another one."""

    def synthesize(self, text: str) -> Iterator[Speech]:
        """Speak one sentence (or a short run of text); may yield several chunks."""
        ...


def release_memory(engine: object) -> None:
    """Let an engine give back what it kept for the next sentence: a script is spoken.

    Optional for engines: one that keeps memory between sentences (Piper's decoder does)
    defines ``release_memory()``; the others need nothing.
    """
    release = getattr(engine, "release_memory", None)
    if callable(release):
        release()


EngineFactory = Callable[[VoiceSettings, str], Engine]
"""Makes a loaded engine from the [voice] settings and the podcast's language."""
VoiceCheck = Callable[[VoiceSettings, str], None]
"""Raises EngineError, quickly and without loading anything, if the engine cannot use the
voice (or speak the language) it is given."""


class EngineRegistry:
    """Engines by name. Built-ins and plugins register the same way; a plugin that fails
    to load is remembered with its error instead of breaking the others."""

    def __init__(self) -> None:
        self._factories: dict[str, EngineFactory] = {}
        self._checks: dict[str, VoiceCheck] = {}
        self.broken: dict[str, str] = {}
        """Plugin name → why it failed to load."""

    def register(self, name: str, factory: EngineFactory, check: VoiceCheck | None = None) -> None:
        """Make an engine selectable by name (``--engine NAME``); ``check`` vets a voice
        before any work starts."""
        self._factories[name] = factory
        if check is not None:
            self._checks[name] = check
        self.broken.pop(name, None)

    def unregister(self, name: str) -> None:
        self._factories.pop(name, None)
        self._checks.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._factories)

    def __contains__(self, name: object) -> bool:
        return name in self._factories

    def check(self, voice: VoiceSettings, language: str = "en") -> None:
        """EngineError unless the engine exists and can use the voice (nothing is loaded)."""
        name = voice.engine
        if name not in self._factories:
            if name in self.broken:
                raise EngineError(f"engine plugin {name!r} failed to load: {self.broken[name]}")
            raise EngineError(f"unknown engine {name!r}; available: {', '.join(self.names())}")
        if name in self._checks:
            self._checks[name](voice, language)

    def create(self, voice: VoiceSettings, language: str) -> Engine:
        """Load the engine ``voice.engine``; EngineError if unknown, broken or unable to start."""
        self.check(voice, language)
        return self._factories[voice.engine](voice, language)

    def load_plugins(self, group: str = ENTRY_POINT_GROUP) -> None:
        """Let every installed plugin register its engines."""
        for point in entry_points(group=group):
            try:
                point.load()(self.register)
            except Exception as exc:  # a broken plugin must not break the other engines
                self.broken[point.name] = f"{type(exc).__name__}: {exc}"
