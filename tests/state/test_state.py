"""The state database: columns from the Episode dataclass, a schema version with named
migrations, an old state that opens and migrates, and one-line StateErrors."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import fields
from datetime import UTC, datetime
from pathlib import Path

import pytest

from podcastify.errors import StateError
from podcastify.models import Chapter, Episode
from podcastify.state import DB_NAME, MIGRATIONS, SCHEMA_VERSION, State

OLD_STATE = Path(__file__).resolve().parents[1] / "fixtures" / "state" / "v0-state.db"
"""Written by podcastify before states had a version (commit 539b16c), with two published
episodes, one removed by retention, and the podcast GUID."""


def _episode(number: int, **changes: object) -> Episode:
    values: dict[str, object] = {
        "guid": f"g-{number}",
        "title": f"Title {number}",
        "author": "A. Writer",
        "link": f"https://example.org/{number}",
        "published": datetime(2025, 1, number, 8, 0, tzinfo=UTC),
        "filename": f"2025-01-{number:02d}-title-{number}.mp3",
        "size": 1000 + number,
        "duration": 60.0 + number,
        "chapters": (Chapter("Introduction", 0.0, 3.0), Chapter("Body", 3.0, 60.0 + number)),
        "summary": f"Summary {number}",
        "content_hash": f"sha256:{number}",
    }
    values.update(changes)
    return Episode(**values)  # type: ignore[arg-type]


def _columns(db_path: Path, table: str) -> list[str]:
    with sqlite3.connect(db_path) as db:
        return [row[1] for row in db.execute(f"PRAGMA table_info({table})")]


def test_episode_columns_are_the_episode_fields(tmp_path):
    with State(tmp_path):
        pass
    assert set(_columns(tmp_path / DB_NAME, "episodes")) == {
        *(f.name for f in fields(Episode)),
        "created_at",
    }


def test_an_episode_comes_back_as_it_went_in(tmp_path):
    episode = _episode(3)
    with State(tmp_path) as state:
        state.add(episode)
    with State(tmp_path) as state:
        assert state.episodes() == [episode]
        assert state.get("g-3") == episode


def test_episodes_come_newest_first(tmp_path):
    with State(tmp_path) as state:
        for number in (2, 5, 1):
            state.add(_episode(number))
        assert [e.guid for e in state.episodes()] == ["g-5", "g-2", "g-1"]


def test_a_new_state_has_the_current_schema_version(tmp_path):
    with State(tmp_path):
        pass
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == len(MIGRATIONS)


def test_an_old_state_opens_and_migrates_keeping_everything(tmp_path):
    shutil.copy(OLD_STATE, tmp_path / DB_NAME)
    with State(tmp_path) as state:
        episodes = state.episodes()
        assert [e.guid for e in episodes] == ["essay-2", "essay-1"]
        assert episodes[1].filename == "2024-03-01-essay-1.mp3"
        assert episodes[1].summary == "Summary of essay 1."
        assert episodes[1].chapters == (
            Chapter("Introduction", 0.0, 8.4),
            Chapter("Body", 8.4, 131.0),
        )
        assert state.get_meta("podcast_guid") == "0c5b6f7e-1b7a-5d0e-9d3a-4b2f3c1d2e10"
        # Retention's memory survives: the removed GUID is not made again, its name not reused.
        assert state.has("essay-3")
        assert "2024-03-03-essay-3.mp3" in state.filenames()
    assert "description" not in _columns(tmp_path / DB_NAME, "episodes")
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_state_from_a_newer_podcastify_is_refused_in_one_line(tmp_path):
    with State(tmp_path):
        pass
    with sqlite3.connect(tmp_path / DB_NAME) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StateError, match="newer podcastify") as caught:
        State(tmp_path)
    assert "\n" not in str(caught.value)


def test_a_corrupt_database_is_a_state_error(tmp_path):
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(StateError, match="cannot open the state database"):
        State(tmp_path)


def test_sqlite_failures_later_are_state_errors(tmp_path):
    state = State(tmp_path)
    state.add(_episode(1))
    with pytest.raises(StateError, match="the state database failed"):
        state.add(_episode(1))  # same GUID: a constraint error inside SQLite
    state.db.close()
    with pytest.raises(StateError, match="the state database failed"):
        state.episodes()


def test_replace_keeps_the_guid_and_retires_the_old_name(tmp_path):
    with State(tmp_path) as state:
        state.add(_episode(1))
        new = _episode(1, filename="2025-01-01-title-1-2.mp3", size=5)
        state.replace(new)
        assert state.episodes() == [new]
        assert "2025-01-01-title-1.mp3" in state.filenames()
        assert "2025-01-01-title-1" in state.pending_stems()


def test_remove_is_for_good(tmp_path):
    with State(tmp_path) as state:
        state.add(_episode(1))
        state.remove("g-1")
        assert state.episodes() == []
        assert state.has("g-1")
        assert "2025-01-01-title-1.mp3" in state.filenames()
        assert not state.is_empty()


def test_changed_at_comes_from_the_injected_clock(tmp_path):
    moment = datetime(2030, 5, 6, 7, 8, 9, tzinfo=UTC)
    with State(tmp_path, clock=lambda: moment) as state:
        assert state.changed_at() is None
        state.add(_episode(1))
        assert state.changed_at() == moment


def test_unnarratable_articles_are_remembered(tmp_path):
    with State(tmp_path) as state:
        assert state.is_empty()
        state.mark_unnarratable("g-9", "Empty", "no text")
    with State(tmp_path) as state:
        assert state.unnarratable() == {"g-9"}
        assert not state.is_empty()


def test_a_second_lock_is_refused_with_the_holders_pid(tmp_path):
    import os

    with State(tmp_path) as first, State(tmp_path) as second:
        first.lock()
        with pytest.raises(StateError, match=f"pid {os.getpid()}"):
            second.lock()
