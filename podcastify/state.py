"""Private state in SQLite: which articles are published, and the podcast's fixed GUID.

It lives in ``.podcastify/`` beside the output folder (never in the published folder) and
is only changed inside transactions, so a killed run leaves it as it was before or after.

The episodes table's columns are the fields of :class:`~podcastify.models.Episode`, declared
once there; rows go in and come out by column name. The schema has a version
(``PRAGMA user_version``) and an ordered list of named migrations, so a state written by an
older podcastify opens and is brought up to date, and one written by a newer one is refused
with a message rather than misread.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import json
import os
import sqlite3
import typing
from collections.abc import Callable, Iterator
from dataclasses import asdict, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from podcastify.errors import StateError
from podcastify.models import Article, Chapter, Episode

DB_NAME = "state.db"
LOCK_NAME = "lock"

Clock = Callable[[], datetime]
P = ParamSpec("P")
R = TypeVar("R")


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


# -- the episodes table, from the Episode dataclass ----------------------------------------

_SQL_TYPES: dict[Any, tuple[str, Callable[[Any], Any], Callable[[Any], Any]]] = {
    str: ("TEXT", str, str),
    int: ("INTEGER", int, int),
    float: ("REAL", float, float),
    datetime: ("TEXT", datetime.isoformat, datetime.fromisoformat),
    tuple[str, ...]: (
        "TEXT",
        lambda items: json.dumps(list(items)),
        lambda text: tuple(json.loads(text)),
    ),
    tuple[Chapter, ...]: (
        "TEXT",
        lambda chapters: json.dumps(
            [[c.title, c.start, c.end, *([c.url] if c.url else [])] for c in chapters]
        ),
        lambda text: tuple(Chapter(*item) for item in json.loads(text)),
    ),
}
"""How each field type of Episode is stored: SQL type, encode, decode."""


@functools.cache
def episode_columns() -> dict[str, tuple[str, Callable[[Any], Any], Callable[[Any], Any]]]:
    """Column name → (SQL type, encode, decode), one per Episode field, in field order."""
    hints = typing.get_type_hints(Episode)
    return {f.name: _SQL_TYPES[hints[f.name]] for f in fields(Episode)}


def _article_json(article: Article) -> str:
    values = asdict(article)
    values["published"] = article.published.isoformat() if article.published else None
    return json.dumps(values, ensure_ascii=False)


def _article_from_json(text: str) -> Article:
    values = json.loads(text)
    if values.get("published"):
        values["published"] = datetime.fromisoformat(values["published"])
    values["aliases"] = tuple(values.get("aliases", ()))
    names = {f.name for f in fields(Article)}
    return Article(**{k: v for k, v in values.items() if k in names})


def _encode(episode: Episode) -> dict[str, Any]:
    return {
        column: encode(getattr(episode, column))
        for column, (_, encode, _) in episode_columns().items()
    }


def _decode(row: sqlite3.Row) -> Episode:
    return Episode(
        **{column: decode(row[column]) for column, (_, _, decode) in episode_columns().items()}
    )


# -- migrations ----------------------------------------------------------------------------


def _first_schema(db: sqlite3.Connection) -> None:
    """The schema podcastify used before states had a version (user_version 0)."""
    for statement in (
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS episodes ("
        " guid TEXT PRIMARY KEY, title TEXT NOT NULL, author TEXT NOT NULL,"
        " link TEXT NOT NULL, published TEXT NOT NULL, description TEXT NOT NULL,"
        " summary TEXT NOT NULL, source_title TEXT NOT NULL, filename TEXT NOT NULL UNIQUE,"
        " size INTEGER NOT NULL, duration REAL NOT NULL, chapters TEXT NOT NULL,"
        " transcripts TEXT NOT NULL, chapters_file TEXT NOT NULL, created_at TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS pending (stem TEXT PRIMARY KEY)",
        "CREATE TABLE IF NOT EXISTS retired ("
        " filename TEXT PRIMARY KEY, guid TEXT NOT NULL, removed INTEGER NOT NULL)",
    ):
        db.execute(statement)


def _episode_columns_by_name(db: sqlite3.Connection) -> None:
    """Episodes keep only what is read back: side-file names follow from the MP3's stem,
    and the description and source title were stored but never read."""
    kept = "guid, title, author, link, published, filename, size, duration, chapters, summary"
    db.execute(
        "CREATE TABLE episodes_new (guid TEXT NOT NULL PRIMARY KEY, title TEXT NOT NULL,"
        " author TEXT NOT NULL, link TEXT NOT NULL, published TEXT NOT NULL,"
        " filename TEXT NOT NULL UNIQUE, size INTEGER NOT NULL, duration REAL NOT NULL,"
        " chapters TEXT NOT NULL, summary TEXT NOT NULL, created_at TEXT NOT NULL)"
    )
    db.execute(
        f"INSERT INTO episodes_new ({kept}, created_at) SELECT {kept}, created_at FROM episodes"
    )
    db.execute("DROP TABLE episodes")
    db.execute("ALTER TABLE episodes_new RENAME TO episodes")


def _remember_unnarratable(db: sqlite3.Connection) -> None:
    """Articles with nothing to narrate are reported once, not retried on every run."""
    db.execute(
        "CREATE TABLE unnarratable (guid TEXT PRIMARY KEY, title TEXT NOT NULL,"
        " reason TEXT NOT NULL, at TEXT NOT NULL)"
    )


def _remember_what_each_article_said(db: sqlite3.Connection) -> None:
    """A fingerprint of the article's text, so a later build can say it has changed."""
    db.execute("ALTER TABLE episodes ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''")


def _remember_other_identities(db: sqlite3.Connection) -> None:
    """An article's canonical links and older GUIDs, to know it again by any of them."""
    db.execute("ALTER TABLE episodes ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'")


def _hold_articles_for_digests(db: sqlite3.Connection) -> None:
    """A digest podcast keeps each new article until its day is over."""
    db.execute(
        "CREATE TABLE held (guid TEXT PRIMARY KEY, period TEXT NOT NULL,"
        " article TEXT NOT NULL, at TEXT NOT NULL)"
    )


MIGRATIONS: tuple[tuple[str, Callable[[sqlite3.Connection], None]], ...] = (
    ("first schema", _first_schema),
    ("episode columns by name", _episode_columns_by_name),
    ("remember unnarratable articles", _remember_unnarratable),
    ("remember what each article said", _remember_what_each_article_said),
    ("remember other identities", _remember_other_identities),
    ("hold articles for digests", _hold_articles_for_digests),
)
"""Ordered; a state's ``user_version`` is how many of these it has had. Append, never edit:
each one is written against the schema of its day, not today's dataclass."""
SCHEMA_VERSION = len(MIGRATIONS)


def _state_errors(method: Callable[P, R]) -> Callable[P, R]:
    """Any SQLite failure becomes a StateError with one line."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except sqlite3.Error as exc:
            raise StateError(f"the state database failed: {exc}") from None

    return wrapper


class State:
    """The state database of one podcast: one output folder, in its own state folder."""

    def __init__(self, folder: Path, clock: Clock = utc_now) -> None:
        self.folder = folder
        self.clock = clock
        self._lock_handle: int | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(folder / DB_NAME, timeout=30, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA journal_mode=WAL")
            self._migrate()
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise StateError(f"cannot open the state database in {folder}: {reason}") from None

    def _migrate(self) -> None:
        version = self.db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StateError(
                f"the state in {self.folder} was written by a newer podcastify "
                f"(schema {version}, this one knows {SCHEMA_VERSION}); upgrade podcastify"
            )
        for number, (_name, migrate) in enumerate(MIGRATIONS[version:], start=version + 1):
            with self.transaction() as db:
                migrate(db)
                db.execute(f"PRAGMA user_version = {number}")

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
        self._lock_handle = take_lock(self.folder / LOCK_NAME, "run")

    def unlock(self) -> None:
        if self._lock_handle is not None:
            release_lock(self._lock_handle)
            self._lock_handle = None

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
            yield self.db
            self.db.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            raise

    # -- meta ---------------------------------------------------------------------------

    @_state_errors
    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    @_state_errors
    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    @_state_errors
    def set_meta_once(self, key: str, value: str) -> str:
        """Store ``value`` unless a value is already stored; return the stored one."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)", (key, value))
        stored = self.get_meta(key)
        assert stored is not None
        return stored

    # -- episodes -----------------------------------------------------------------------

    @_state_errors
    def has(self, guid: str) -> bool:
        """Whether the article is published, or was and has been unpublished for good."""
        return (
            self.db.execute(
                "SELECT 1 FROM episodes WHERE guid = ?"
                " UNION ALL SELECT 1 FROM retired WHERE guid = ? AND removed",
                (guid, guid),
            ).fetchone()
            is not None
        )

    @_state_errors
    def filenames(self) -> set[str]:
        """Every MP3 name in use or ever published: a new episode must not reuse one."""
        return {
            row[0]
            for row in self.db.execute(
                "SELECT filename FROM episodes UNION SELECT filename FROM retired"
            )
        }

    @_state_errors
    def begin_files(self, stem: str) -> None:
        """Files named ``stem.*`` are about to be written; until the episode is added they
        are a killed run's leftovers."""
        with self.transaction() as db:
            db.execute("INSERT OR IGNORE INTO pending (stem) VALUES (?)", (stem,))

    @_state_errors
    def pending_stems(self) -> set[str]:
        """Stems whose files this state wrote or unpublished and no episode owns now."""
        return {row[0] for row in self.db.execute("SELECT stem FROM pending")}

    @_state_errors
    def clear_pending(self) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM pending")

    def _retire(self, db: sqlite3.Connection, episode: Episode, removed: bool) -> None:
        """The episode's name is never reused, and its files may be tidied up later."""
        db.execute("INSERT OR IGNORE INTO pending (stem) VALUES (?)", (episode.files.stem,))
        db.execute(
            "INSERT OR REPLACE INTO retired (filename, guid, removed) VALUES (?, ?, ?)",
            (episode.filename, episode.guid, int(removed)),
        )

    def _insert(self, db: sqlite3.Connection, episode: Episode) -> None:
        values = {**_encode(episode), "created_at": self.clock().isoformat()}
        names = ", ".join(values)
        marks = ", ".join(f":{name}" for name in values)
        db.execute(f"INSERT INTO episodes ({names}) VALUES ({marks})", values)
        # The episode's files are published: they are no longer a run's leftovers.
        db.execute("DELETE FROM pending WHERE stem = ?", (episode.files.stem,))

    def _changed(self, db: sqlite3.Connection) -> None:
        """Remember when the list of episodes last changed (the feed's lastBuildDate)."""
        db.execute(
            "INSERT OR REPLACE INTO meta (key, value) VALUES ('changed_at', ?)",
            (self.clock().replace(microsecond=0).isoformat(),),
        )

    @_state_errors
    def changed_at(self) -> datetime | None:
        value = self.get_meta("changed_at")
        return datetime.fromisoformat(value) if value else None

    @_state_errors
    def add(self, episode: Episode, *, consumed: tuple[str, ...] = ()) -> None:
        """Record a published episode; ``consumed`` are held articles it now reads."""
        with self.transaction() as db:
            self._changed(db)
            self._insert(db, episode)
            db.executemany("DELETE FROM held WHERE guid = ?", [(g,) for g in consumed])

    @_state_errors
    def replace(self, episode: Episode) -> None:
        """Swap a published episode's row for a new one with the same GUID, atomically."""
        with self.transaction() as db:
            old = self._get(db, episode.guid)
            if old is not None:
                self._retire(db, old, removed=False)
            db.execute("DELETE FROM episodes WHERE guid = ?", (episode.guid,))
            self._changed(db)
            self._insert(db, episode)

    @staticmethod
    def _get(db: sqlite3.Connection, guid: str) -> Episode | None:
        row = db.execute("SELECT * FROM episodes WHERE guid = ?", (guid,)).fetchone()
        return _decode(row) if row else None

    @_state_errors
    def get(self, guid: str) -> Episode | None:
        return self._get(self.db, guid)

    @_state_errors
    def remove(self, guid: str) -> None:
        """Unpublish an episode for good: its GUID is not made again, its name not reused."""
        with self.transaction() as db:
            old = self._get(db, guid)
            if old is None:
                return
            self._changed(db)
            self._retire(db, old, removed=True)
            db.execute("DELETE FROM episodes WHERE guid = ?", (guid,))

    @_state_errors
    def episodes(self) -> list[Episode]:
        """All published episodes, newest first."""
        episodes = [_decode(row) for row in self.db.execute("SELECT * FROM episodes")]
        episodes.sort(key=lambda e: (e.published, e.guid), reverse=True)
        return episodes

    @_state_errors
    def is_empty(self) -> bool:
        """Nothing published, unpublished or learnt: the state could be thrown away."""
        return not any(
            self.db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone()
            for table in ("episodes", "retired", "unnarratable", "held")
        )

    @_state_errors
    def unpublished_for_good(self) -> set[str]:
        """GUIDs removed by retention or ``podcastify remove``: never made or adopted again."""
        return {row[0] for row in self.db.execute("SELECT guid FROM retired WHERE removed")}

    @_state_errors
    def adopt(
        self, episodes: list[Episode], *, podcast_guid: str = "", updated: datetime | None = None
    ) -> None:
        """Take in episodes the published feed lists, in one transaction; the feed's podcast
        GUID and date are kept so the feed it rebuilds says the same."""
        with self.transaction() as db:
            for episode in episodes:
                self._insert(db, episode)
            if podcast_guid:
                db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('podcast_guid', ?)",
                    (podcast_guid,),
                )
            if updated is not None:
                db.execute(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES ('changed_at', ?)",
                    (updated.isoformat(),),
                )

    # -- articles held for a digest ------------------------------------------------------

    @_state_errors
    def hold(self, article: Article, period: str) -> None:
        """Keep an article (its text too: feeds move on) for the digest of ``period``."""
        with self.transaction() as db:
            db.execute(
                "INSERT OR IGNORE INTO held (guid, period, article, at) VALUES (?, ?, ?, ?)",
                (article.guid, period, _article_json(article), self.clock().isoformat()),
            )

    @_state_errors
    def held(self) -> list[tuple[str, Article]]:
        """(period, article) of every article waiting for its digest, oldest period first."""
        rows = self.db.execute("SELECT period, article FROM held ORDER BY period, at")
        return [(row[0], _article_from_json(row[1])) for row in rows]

    # -- articles with nothing to narrate ------------------------------------------------

    @_state_errors
    def mark_unnarratable(self, guid: str, title: str, reason: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT OR REPLACE INTO unnarratable (guid, title, reason, at) VALUES (?, ?, ?, ?)",
                (guid, title, reason, self.clock().isoformat()),
            )

    @_state_errors
    def unnarratable(self) -> set[str]:
        """GUIDs of articles already found to have nothing to narrate."""
        return {row[0] for row in self.db.execute("SELECT guid FROM unnarratable")}


def take_lock(path: Path, what: str) -> int:
    """An exclusive lock on ``path`` for this process (StateError at once if taken)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(handle, 32).decode(errors="replace").strip() or "unknown"
        os.close(handle)
        raise StateError(
            f"another podcastify {what} (pid {holder}) is using {path.parent}; try again later"
        ) from None
    os.ftruncate(handle, 0)
    os.write(handle, str(os.getpid()).encode())
    return handle


def release_lock(handle: int) -> None:
    fcntl.flock(handle, fcntl.LOCK_UN)
    os.close(handle)


def read_meta(folder: Path, key: str) -> str | None:
    """One stored value of the state in ``folder``; reading never creates a state."""
    if not (folder / DB_NAME).is_file():
        return None
    with State(folder) as state:
        return state.get_meta(key)


def read_episodes(folder: Path) -> list[Episode]:
    """The published episodes of the state in ``folder``; reading never creates a state."""
    if not (folder / DB_NAME).is_file():
        return []
    with State(folder) as state:
        return state.episodes()
