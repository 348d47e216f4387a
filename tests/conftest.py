"""Fixtures shared by the whole suite: a real local web server, the real CLI, engines."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from podcastify.speech import EngineRegistry, default_registry
from tests.helpers.cli import run_podcastify
from tests.helpers.fake_engine import WordClock
from tests.helpers.web import Site, start_site


@pytest.fixture(scope="session", autouse=True)
def voice_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Voices cut in two go to the suite's own cache (the CLI's children inherit it)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("xdg-cache")))
        yield


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
