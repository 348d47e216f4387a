"""Crash-safe file writing shared by every stage.

Published files are written to a temporary name in the same folder and renamed into
place, so a reader (a web server, a podcast app) never sees half a file.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

TEMP_PREFIX = ".tmp-"


def cache_home() -> Path:
    """podcastify's cache folder, ``$XDG_CACHE_HOME/podcastify``: what can be made again
    (a voice cut in two, compiled patterns), never anything a podcast needs."""
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "podcastify"


def atomic_write_bytes(
    path: Path, data: bytes, before_commit: Callable[[], None] | None = None
) -> None:
    with temporary_sibling(path) as temp:
        temp.write_bytes(data)
        if before_commit is not None:
            before_commit()
        commit_file(temp, path)


def atomic_write_text(
    path: Path, text: str, before_commit: Callable[[], None] | None = None
) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), before_commit)


@contextlib.contextmanager
def temporary_sibling(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; removed on failure unless it was committed."""
    path.parent.mkdir(parents=True, exist_ok=True)
    import tempfile  # not at import: `podcastify script` writes nothing

    fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent)
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def commit_file(temp: Path, path: Path, *, new: bool = False) -> None:
    """Flush ``temp`` to disk and rename it over ``path`` in one step.

    With ``new``, ``path`` must not exist yet (FileExistsError otherwise): a published
    episode's bytes never change, whoever made the file in the way.
    """
    with open(temp, "rb+") as handle:
        os.fsync(handle.fileno())
    os.chmod(temp, 0o644)
    if new:
        os.link(temp, path)  # fails if the name is taken, atomically
        temp.unlink()
    else:
        os.replace(temp, path)
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporaries left by a run that was killed; returns how many."""
    count = 0
    if folder.is_dir():
        for stale in folder.glob(TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                stale.unlink()
                count += 1
    return count
