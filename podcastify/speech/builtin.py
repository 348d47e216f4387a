"""Registers the built-in engines through the same registry plugins use."""

from podcastify.speech import gtts_engine, piper_engine
from podcastify.speech.base import register_engine

register_engine("piper", piper_engine.create)
register_engine("gtts", gtts_engine.create)
