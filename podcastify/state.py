"""Private state in SQLite: which articles are published, and the podcast's fixed GUID.

It lives in ``.podcastify/`` beside the config (never in the published folder) and is
only changed inside transactions, so a killed run leaves it as it was before or after.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from podcastify.errors import StateError
from podcastify.models import Chapter, Episode

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS episodes (
    guid TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT NOT NULL,
    link TEXT NOT NULL,
    published TEXT NOT NULL,
    description TEXT NOT NULL,
    summary TEXT NOT NULL,
    source_title TEXT NOT NULL,
    filename TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    duration REAL NOT NULL,
    chapters TEXT NOT NULL,
    transcripts TEXT NOT NULL,
    chapters_file TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS pending (
    stem TEXT PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS retired (
    filename TEXT PRIMARY KEY,
    guid TEXT NOT NULL,
    removed INTEGER NOT NULL
);
"""
# ``retired`` remembers every file name once published, so that no later episode reuses
# its URL (podcast apps cache audio by URL), and with ``removed`` the GUIDs the retention
# setting took out, so that an article still listed by its feed is not made again.
# ``pending`` holds the stems whose files this state began writing or unpublished and no
# episode owns yet: the only files a tidy-up after a killed run may delete.


class State:
    """The state database of one podcast: one output folder, in its own state folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(folder / "state.db", timeout=30, isolation_level=None)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.executescript(SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StateError(f"cannot open state database in {folder}: {exc}") from None
        self._lock_handle: int | None = None

    def close(self) -> None:
        self.unlock()
        self.db.close()

    def __enter__(self) -> State:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- locking ------------------------------------------------------------------------

    def lock(self) -> None:
        """Take the run lock, or fail at once with a clear message if another run holds it."""
        handle = os.open(self.folder / "lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.read(handle, 32).decode(errors="replace").strip() or "unknown"
            os.close(handle)
            raise StateError(
                f"another podcastify run (pid {holder}) is using {self.folder}; try again later"
            ) from None
        os.ftruncate(handle, 0)
        os.write(handle, str(os.getpid()).encode())
        self._lock_handle = handle

    def unlock(self) -> None:
        if self._lock_handle is not None:
            fcntl.flock(self._lock_handle, fcntl.LOCK_UN)
            os.close(self._lock_handle)
            self._lock_handle = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    # -- meta ---------------------------------------------------------------------------

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta_once(self, key: str, value: str) -> str:
        """Store ``value`` unless a value is already stored; return the stored one."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value))
        stored = self.get_meta(key)
        assert stored is not None
        return stored

    # -- episodes -----------------------------------------------------------------------

    def has(self, guid: str) -> bool:
        """Whether the article is published, or was and the retention setting removed it."""
        return (
            self.db.execute(
                "SELECT 1 FROM episodes WHERE guid = ?"
                " UNION ALL SELECT 1 FROM retired WHERE guid = ? AND removed",
                (guid, guid),
            ).fetchone()
            is not None
        )

    def filenames(self) -> set[str]:
        """Every MP3 name in use or ever published: a new episode must not reuse one."""
        return {
            row[0]
            for row in self.db.execute(
                "SELECT filename FROM episodes UNION SELECT filename FROM retired"
            )
        }

    def begin_files(self, stem: str) -> None:
        """Files named ``stem.*`` are about to be written; until the episode is added they
        are a killed run's leftovers."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO pending (stem) VALUES (?)", (stem,))

    def pending_stems(self) -> set[str]:
        """Stems whose files this state wrote or unpublished and no episode owns now."""
        return {row[0] for row in self.db.execute("SELECT stem FROM pending")}

    def clear_pending(self) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM pending")

    @staticmethod
    def _retire(db: sqlite3.Connection, guid: str, removed: bool) -> None:
        db.execute(
            "INSERT OR IGNORE INTO pending (stem)"
            " SELECT substr(filename, 1, length(filename) - 4) FROM episodes WHERE guid = ?",
            (guid,),
        )
        db.execute(
            "INSERT OR REPLACE INTO retired (filename, guid, removed)"
            " SELECT filename, guid, ? FROM episodes WHERE guid = ?",
            (int(removed), guid),
        )

    @staticmethod
    def _owned(db: sqlite3.Connection, episode: Episode) -> None:
        """The episode's files are published: they are no longer a run's leftovers."""
        db.execute("DELETE FROM pending WHERE stem = ?", (episode.filename.removesuffix(".mp3"),))

    @staticmethod
    def _row(episode: Episode) -> tuple[object, ...]:
        return (
            episode.guid,
            episode.title,
            episode.author,
            episode.link,
            episode.published.isoformat(),
            episode.description,
            episode.summary,
            episode.source_title,
            episode.filename,
            episode.size,
            episode.duration,
            json.dumps([[c.title, c.start, c.end] for c in episode.chapters]),
            json.dumps(list(episode.transcripts)),
            episode.chapters_file,
            datetime.now().astimezone().isoformat(),
        )

    @staticmethod
    def _changed(db: sqlite3.Connection) -> None:
        """Remember when the list of episodes last changed (the feed's lastBuildDate)."""
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('changed_at', ?)",
            (datetime.now(UTC).replace(microsecond=0).isoformat(),),
        )

    def changed_at(self) -> datetime | None:
        value = self.get_meta("changed_at")
        return datetime.fromisoformat(value) if value else None

    def add(self, episode: Episode) -> None:
        with self.transaction() as db:
            self._changed(db)
            self._owned(db, episode)
            db.execute(
                "INSERT INTO episodes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self._row(episode)
            )

    def replace(self, episode: Episode) -> None:
        """Swap a published episode's row for a new one with the same GUID, atomically."""
        with self.transaction() as db:
            self._changed(db)
            self._retire(db, episode.guid, removed=False)
            self._owned(db, episode)
            db.execute("DELETE FROM episodes WHERE guid = ?", (episode.guid,))
            db.execute(
                "INSERT INTO episodes VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self._row(episode)
            )

    def get(self, guid: str) -> Episode | None:
        return next((e for e in self.episodes() if e.guid == guid), None)

    def remove(self, guid: str) -> None:
        """Unpublish an episode for good: its GUID is not made again, its name not reused."""
        with self.transaction() as db:
            self._changed(db)
            self._retire(db, guid, removed=True)
            db.execute("DELETE FROM episodes WHERE guid = ?", (guid,))

    def episodes(self) -> list[Episode]:
        """All published episodes, newest first."""
        rows = self.db.execute(
            "SELECT guid, title, author, link, published, description, summary, source_title,"
            " filename, size, duration, chapters, transcripts, chapters_file FROM episodes"
        ).fetchall()
        episodes = [
            Episode(
                guid=r[0],
                title=r[1],
                author=r[2],
                link=r[3],
                published=datetime.fromisoformat(r[4]),
                description=r[5],
                summary=r[6],
                source_title=r[7],
                filename=r[8],
                size=r[9],
                duration=r[10],
                chapters=tuple(Chapter(t, s, e) for t, s, e in json.loads(r[11])),
                transcripts=tuple(json.loads(r[12])),
                chapters_file=r[13],
            )
            for r in rows
        ]
        episodes.sort(key=lambda e: (e.published, e.guid), reverse=True)
        return episodes
