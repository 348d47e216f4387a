"""Fixtures shared by the whole suite: a real local web server, the real CLI, engines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from podcastify.speech import EngineRegistry, default_registry
from tests.helpers.cli import run_podcastify
from tests.helpers.fake_engine import WordClock
from tests.helpers.web import Site, start_site


@pytest.fixture
def site() -> Iterator[Site]:
    web = start_site()
    yield web
    assert web.server is not None
    web.server.shutdown()
    web.server.server_close()


@pytest.fixture
def cli():
    return run_podcastify


@pytest.fixture
def engines() -> Iterator[EngineRegistry]:
    """The real registry (built-ins, no plugins) with the fast fake engine added."""
    registry = default_registry(plugins=False)
    registry.register("wordclock", WordClock)
    yield registry
    registry.unregister("wordclock")
