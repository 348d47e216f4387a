"""A plugin module as a third-party package would write it (used by test_registry)."""

from tests.helpers.fake_engine import WordClock


def register(register_engine):  # type: ignore[no-untyped-def]
    register_engine("wordclock-plugin", WordClock)
