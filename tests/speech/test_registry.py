"""One registry for built-in and plugin engines: explicit, listed, and never broken by one
bad plugin."""

from __future__ import annotations

from importlib.metadata import EntryPoint

import pytest

from podcastify.errors import EngineError
from podcastify.settings import VoiceSettings
from podcastify.speech import EngineRegistry, default_registry
from tests.helpers.fake_engine import WordClock


def test_built_ins_and_an_added_engine_share_the_registry(engines):
    assert {"piper", "gtts", "wordclock"} <= set(engines.names())
    made = engines.create(VoiceSettings(engine="wordclock"), "en")
    assert isinstance(made, WordClock)


def test_registering_in_one_registry_does_not_leak_into_another(engines):
    assert "wordclock" not in default_registry(plugins=False)


def test_unknown_engine_names_the_available_ones(engines):
    with pytest.raises(EngineError, match=r"unknown engine 'espeak'; available: .*gtts.*piper"):
        engines.check(VoiceSettings(engine="espeak"))


def _fake_entry_points(monkeypatch, points: list[EntryPoint]) -> None:
    monkeypatch.setattr(
        "podcastify.speech.base.entry_points", lambda group: [p for p in points if p.group == group]
    )


def test_a_plugin_registers_through_the_same_call(monkeypatch):
    point = EntryPoint("clock", "tests.speech.plugin_sample:register", "podcastify.engines")
    _fake_entry_points(monkeypatch, [point])
    registry = default_registry()
    assert "wordclock-plugin" in registry.names()
    assert registry.broken == {}


def test_a_broken_plugin_is_listed_not_fatal(monkeypatch):
    points = [
        EntryPoint("broken", "tests.speech.no_such_module:register", "podcastify.engines"),
        EntryPoint("clock", "tests.speech.plugin_sample:register", "podcastify.engines"),
    ]
    _fake_entry_points(monkeypatch, points)
    registry = default_registry()
    assert "wordclock-plugin" in registry.names() and "piper" in registry.names()
    assert "ModuleNotFoundError" in registry.broken["broken"]
    with pytest.raises(EngineError, match="engine plugin 'broken' failed to load"):
        registry.check(VoiceSettings(engine="broken"))


def test_a_registry_starts_empty():
    assert EngineRegistry().names() == []
