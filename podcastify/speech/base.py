"""The engine interface and the one registry that built-in and plugin engines share."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Protocol

from podcastify.errors import EngineError
from podcastify.models import Speech

ENTRY_POINT_GROUP = "podcastify.engines"


@dataclass(frozen=True)
class EngineOptions:
    """What every engine is told about the podcast when it is loaded."""

    voice: str = ""
    """Engine-specific voice name or model path; empty = the engine's default."""
    language: str = "en"
    """ISO 639 code of the podcast's language."""
    retry_seconds: float = 120.0
    """Longest an online engine keeps retrying one request before giving up."""


class Engine(Protocol):
    """A loaded speech engine: text in, mono 16-bit PCM chunks out."""

    name: str
    """The name it is registered under."""
    language: str
    """Language the voice speaks (``en-us``), to warn about articles in another one."""

    def synthesize(self, text: str) -> Iterator[Speech]:
        """Speak one sentence (or a short run of text); may yield several chunks."""
        ...


EngineFactory = Callable[[EngineOptions], Engine]

_REGISTRY: dict[str, EngineFactory] = {}
_BROKEN: dict[str, str] = {}
_PLUGINS_LOADED = False


def register_engine(name: str, factory: EngineFactory) -> None:
    """Make an engine selectable by name (``--engine NAME``)."""
    _REGISTRY[name] = factory


def _load_plugins() -> None:
    global _PLUGINS_LOADED
    if _PLUGINS_LOADED:
        return
    _PLUGINS_LOADED = True
    for point in entry_points(group=ENTRY_POINT_GROUP):
        try:
            register = point.load()
            register(register_engine)
        except Exception as exc:  # a broken plugin must not break the other engines
            _BROKEN[point.name] = f"{type(exc).__name__}: {exc}"


def engine_names() -> list[str]:
    from podcastify.speech import builtin  # noqa: F401  (registers the built-ins)

    _load_plugins()
    return sorted(_REGISTRY)


def load_engine(name: str, options: EngineOptions) -> Engine:
    """Instantiate the engine registered as ``name``; EngineError if unknown or broken."""
    names = engine_names()
    factory = _REGISTRY.get(name)
    if factory is None:
        if name in _BROKEN:
            raise EngineError(f"engine plugin {name!r} failed to load: {_BROKEN[name]}")
        raise EngineError(f"unknown engine {name!r}; available: {', '.join(names)}")
    return factory(options)
