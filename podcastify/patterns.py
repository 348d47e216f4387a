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

Other libraries' patterns are kept too. pysbd, which finds the sentences, hands its rules to
``re.sub`` as strings: some 230 of them in a `podcastify script`, 40 ms of compiling at every
start. At exit the patterns in re's own cache are saved beside podcastify's, and at the next
start they are put back into that cache, so re finds them there as if it had compiled them.
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

LIBRARY_MOST = 400
"""Other libraries' patterns a cache file may hold; below re's own cache (512 entries), so
putting them back never pushes out what re holds already. The first saved stay: pysbd's
rules come with every `script` and `build`, so they are among them, and a full file is not
rewritten at every exit."""

FORMAT = 3
"""The layout of a cache file (podcastify's entries, then other libraries'); part of its
name, so an older layout is never read."""

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[bool, str | bytes, int]
"""(bytes or not, pattern, flags): ``"ab"`` and ``b"ab"`` must never be compared."""

_lock = threading.Lock()
_saved: dict[_Key, _Entry] | None = None
_used: dict[_Key, _Entry] = {}
_unsaved = False
_library: dict[_Key, _Entry] = {}
"""Other libraries' patterns as loaded, and put back into re's cache."""


def cache_file() -> Path:
    """This Python's file of compiled patterns, in podcastify's cache folder."""
    build = zlib.crc32(sys.version.encode()) & 0xFFFFFFFF
    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}-{build:08x}-{FORMAT}"
    return cache_home() / "patterns" / f"{tag}.marshal"


def _load_file() -> tuple[dict[_Key, _Entry], dict[_Key, _Entry]]:
    """podcastify's entries and other libraries', as the cache file holds them."""
    try:  # loads() of the whole file: load() from a file reads it in small pieces, 15 times slower
        own, library = marshal.loads(cache_file().read_bytes())
    except Exception:  # no file, a damaged one, no home folder to find it in (RuntimeError)
        return {}, {}
    if not isinstance(own, dict) or not isinstance(library, dict):
        return {}, {}
    return own, library


def _load() -> dict[_Key, _Entry]:
    """podcastify's saved entries; other libraries' go back into re's cache on the way."""
    global _library
    own, _library = _load_file()
    _seed_re_cache(_library)
    return own


def _re_cache() -> dict | None:
    """re's own cache of compiled patterns, where this Python has one as a dict."""
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def _seed_re_cache(library: dict[_Key, _Entry]) -> None:
    """Put saved patterns into re's cache, keyed as ``re._compile`` looks them up."""
    cache = _re_cache()
    if cache is None or _sre is None:
        return
    room = getattr(re, "_MAXCACHE", 512) - len(cache)
    for (_, pattern, flags), entry in list(library.items())[: max(0, room)]:
        key = (type(pattern), pattern, flags)
        if key not in cache:
            try:
                cache[key] = _sre.compile(pattern, *entry)
            except Exception:  # damaged or foreign code: re compiles it when it is asked
                continue


def _new_library_patterns(room: int) -> dict[_Key, _Entry]:
    """Up to ``room`` patterns that re compiled for this process and the file lacks, as entries."""
    found: dict[_Key, _Entry] = {}
    cache = _re_cache() or {}
    for key in [*cache, *(getattr(re, "_cache2", None) or {})]:
        if len(found) >= room:
            break
        if not (isinstance(key, tuple) and len(key) == 3):
            continue
        kind, pattern, flags = key
        # A plain int only: a library's own IntFlag would make marshal refuse the whole file.
        if kind not in (str, bytes) or type(flags) is not int or flags & re.DEBUG:
            continue
        entry_key = (kind is bytes, pattern, flags)
        if entry_key in found or entry_key in _library:
            continue
        try:
            found[entry_key] = _generate(pattern, flags)
        except Exception:  # pragma: no cover - re compiled it, so this compiles too
            continue
    return found


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
    global _unsaved, _library
    with _lock:
        if _saved is None:
            return
        try:  # the saved ones stay first: once the file is full, it is not rewritten at every exit
            added = _new_library_patterns(LIBRARY_MOST - len(_library))
        except Exception:  # pragma: no cover - re's cache changed under us; nothing is lost
            added = {}
        if not _unsaved and not added:
            return
        keep = _saved if len(_saved) <= MOST_SAVED else dict(_used)
        merged = {**_library, **added}
        try:
            target = cache_file()
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(target, marshal.dumps((keep, merged)))
            _library = merged
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
    global _saved, _unsaved, _library
    with _lock:
        _saved, _unsaved, _library = None, False, {}
        _used.clear()


def cached_entries() -> dict[_Key, Any]:
    """podcastify's entries in the cache file now, as loaded afresh (for tests)."""
    return _load_file()[0]


def cached_library_entries() -> dict[_Key, Any]:
    """Other libraries' entries in the cache file now (for tests)."""
    return _load_file()[1]
