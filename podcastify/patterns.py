"""Regular expressions compiled once per machine, not at every start.

podcastify's rules (nearly all the script stage's) are some 280 regular expressions;
compiling them was about 0.15 s of every `podcastify script`, as much as the rest of its
own work. Python's :mod:`re` compiles in two steps: parsing the pattern and generating
sre's code, pure Python and nearly all of the time; then ``_sre.compile``, which builds the
pattern object from that code at once. :func:`compiled` keeps the generated code in the
user's cache folder, so later starts only take the second step. The object it returns is
the one :func:`re.compile` returns (the tests compare them with ``==``, which compares the
code).

Only the Python build that wrote a file reads it: the file's name carries the build and
sre's version (a file an earlier build of the same Python left is removed at the next
save). Like ``__pycache__``, the folder is trusted as the user's own. A file that will not
load, code that sre rejects, no home folder, or a Python whose compiler is not built this
way: each falls back to :func:`re.compile`, silently, so a problem with the cache costs
time, never a wrong match or a failed command. A hit costs about 3 µs, not re's own 0.7 µs
cache lookup: compile at import or once per object, never per call.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import threading
import zlib
from pathlib import Path
from typing import Any, AnyStr

from podcastify.fsutil import atomic_write_bytes, cache_home

try:
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - a Python whose re is built otherwise
    _sre = None

MOST_SAVED = 1000
"""Entries a cache file may hold (a run of podcastify compiles about 300; a thousand load in
about 10 ms); past it, a save keeps only what this process used, so old releases' and old
lexicons' patterns are dropped instead of piling up."""

FORMAT = 2
"""The layout of a cache file's entries; part of its name, so an older layout is never read."""

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[bool, str | bytes, int]
"""(bytes or not, pattern, flags): ``"ab"`` and ``b"ab"`` must never be compared."""

_lock = threading.Lock()
_saved: dict[_Key, _Entry] | None = None
_used: dict[_Key, _Entry] = {}
_unsaved = False


def cache_file() -> Path:
    """This Python's file of compiled patterns, in podcastify's cache folder."""
    build = zlib.crc32(sys.version.encode()) & 0xFFFFFFFF
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{build:08x}-{FORMAT}"
    return cache_home() / "patterns" / f"{tag}.marshal"


def _load() -> dict[_Key, _Entry]:
    try:  # loads() of the whole file: load() from a file reads it in small pieces, 15 times slower
        saved = marshal.loads(cache_file().read_bytes())
    except Exception:  # no file, a damaged one, no home folder to find it in (RuntimeError)
        return {}
    return saved if isinstance(saved, dict) else {}


def _generate(pattern: str | bytes, flags: int) -> _Entry:
    """What ``re.compile`` hands ``_sre.compile``: the slow, pure-Python part."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names = parsed.state.groupdict
    by_index: list[str | None] = [None] * parsed.state.groups
    for name, index in names.items():
        by_index[index] = name
    # Plain ints: the code holds sre's named constants, which marshal cannot write.
    return (
        int(flags | parsed.state.flags),
        [int(op) for op in code],
        parsed.state.groups - 1,
        dict(names),
        tuple(by_index),
    )


def compiled(pattern: AnyStr, flags: int | re.RegexFlag = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)``, from the saved code when this machine has it."""
    global _saved, _unsaved
    if _sre is None or flags & re.DEBUG:  # re prints a DEBUG pattern's code as it compiles it
        return re.compile(pattern, flags)
    key = (isinstance(pattern, bytes), pattern, int(flags))
    with _lock:
        if _saved is None:
            _saved = _load()
        entry = _saved.get(key)
    if entry is not None:
        try:
            made = _sre.compile(pattern, *entry)
        except Exception:  # damaged or foreign code: compile it afresh
            entry = None
        else:
            _used[key] = entry
            return made
    try:
        entry = _generate(pattern, key[2])
        made = _sre.compile(pattern, *entry)
    except re.error:
        raise
    except Exception:  # pragma: no cover - this Python's compiler works otherwise
        return re.compile(pattern, flags)
    with _lock:
        _used[key] = entry
        _saved[key] = entry
        _unsaved = True
    return made


def save() -> None:
    """Write what this process compiled afresh (at exit); a failure only costs time."""
    global _unsaved
    with _lock:
        if not _unsaved or _saved is None:
            return
        keep = _saved if len(_saved) <= MOST_SAVED else dict(_used)
        try:
            target = cache_file()
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, marshal.dumps(keep))
            # An earlier build of this same Python (it was upgraded), or an older layout: never
            # read again. Another Python (3.12 beside 3.11) keeps its own file.
            for other in target.parent.glob(f"{sys.implementation.cache_tag}-*.marshal"):
                if other != target:
                    other.unlink(missing_ok=True)
        except Exception:  # unwritable, full, or no home folder: the next start compiles again
            return
        _unsaved = False


atexit.register(save)


def forget() -> None:
    """Drop what this process loaded or compiled (for tests that move the cache folder)."""
    global _saved, _unsaved
    with _lock:
        _saved, _unsaved = None, False
        _used.clear()


def cached_entries() -> dict[_Key, Any]:
    """What the cache file holds now, as loaded afresh (for tests)."""
    return _load()
