"""Fixtures shared by the whole suite: a real local web server, the real CLI, engines."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from podcastify import patterns
from podcastify.speech import EngineRegistry, default_registry
from tests.helpers.cli import run_podcastify
from tests.helpers.fake_engine import WordClock
from tests.helpers.web import Site, start_site


def pytest_configure(config: pytest.Config) -> None:
    """The suite's own cache folder (voices cut in two, compiled patterns), inherited by the
    CLI's children and kept to the very end: the pattern cache saves at interpreter exit,
    after any fixture has put the environment back, and must not write into the user's."""
    folder = Path(tempfile.mkdtemp(prefix="podcastify-tests-cache-"))
    os.environ["XDG_CACHE_HOME"] = str(folder)
    patterns.forget()  # loaded from the user's cache when this file imported podcastify

    def remove() -> None:
        patterns.forget()  # nothing left for the save at exit to write
        shutil.rmtree(folder, ignore_errors=True)

    config.add_cleanup(remove)


@pytest.fixture(autouse=True)
def _no_state_outside_the_test_folders(tmp_path_factory) -> Iterator[None]:
    """A test that leaves a ``.podcastify/`` above pytest's folders (in /tmp, say) changes
    where every later test's state lives, and leaves litter on the machine: fail it."""
    base = tmp_path_factory.getbasetemp()
    watched = [folder / ".podcastify" for folder in (base, *base.parents)]
    before = {path for path in watched if path.exists()}
    yield
    left = [str(path) for path in watched if path.exists() and path not in before]
    assert not left, f"this test left private state outside its own folder: {left}"


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
