"""A cache of synthesised sentences on disk: unchanged text is never spoken twice.

A sentence's audio depends only on its text, the engine, the voice and the voice's
settings, so those make the key. When an article is refreshed with one paragraph changed,
every other sentence comes back from here instead of from the engine.

The folder is bounded: past ``max_bytes`` the least recently used sentences go (by file
modification time, which a hit renews). Files are written under a temporary name and
renamed into place, so a killed run never leaves half a sentence behind.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import struct
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from podcastify.models import Speech
from podcastify.speech.base import Engine, release_memory

FORMAT = b"podcastify-speech-1\n"
"""First bytes of every cached file; a change of layout changes this and every key."""
CHUNK_HEADER = struct.Struct("<II")
"""Sample rate and byte count before each chunk's PCM."""
SUFFIX = ".pcm"
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
"""About an hour and a half of 22 kHz speech."""
PRUNE_TO = 0.9
"""Pruning goes a little under the bound, so it does not run again at the next sentence."""


def sentence_key(
    text: str, engine: str, voice: str, settings: Mapping[str, object] | None = None
) -> str:
    """The cache key of ``text`` spoken by ``engine`` with ``voice`` and its ``settings``.

    ``voice`` should name the voice exactly (a model path with its size and date, say),
    ``settings`` hold whatever else changes the sound (speed, noise, volume).
    """
    identity = [FORMAT.decode().strip(), engine, voice, dict(settings or {}), text]
    encoded = json.dumps(identity, ensure_ascii=False, sort_keys=True, default=str).encode()
    return hashlib.sha256(encoded).hexdigest()


def file_identity(path: Path) -> str:
    """A voice model named so that replacing the file changes every key made with it."""
    stat = Path(path).stat()
    return f"{Path(path).resolve()}:{stat.st_size}:{stat.st_mtime_ns}"


class SentenceCache:
    """Synthesised sentences in ``folder``, at most ``max_bytes`` of them."""

    def __init__(self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self._size: int | None = None

    def _path(self, key: str) -> Path:
        return self.folder / f"{key}{SUFFIX}"

    def _entries(self) -> list[os.DirEntry[str]]:
        if not self.folder.is_dir():
            return []
        with os.scandir(self.folder) as entries:
            return [e for e in entries if e.name.endswith(SUFFIX) and e.is_file()]

    def size(self) -> int:
        """Bytes the cache holds now."""
        if self._size is None:
            self._size = sum(e.stat().st_size for e in self._entries())
        return self._size

    def get(self, key: str) -> tuple[Speech, ...] | None:
        """The cached speech for ``key``, or None; a hit counts as a use."""
        path = self._path(key)
        try:
            data = path.read_bytes()
            os.utime(path)
        except OSError:
            return None
        speech = _decode(data)
        if speech is None:  # damaged: forget it, it will be spoken again
            self._remove(path)
        return speech

    def put(self, key: str, speech: Sequence[Speech]) -> None:
        """Keep ``speech`` under ``key`` (replacing any), then stay within the bound."""
        data = _encode(speech)
        self.folder.mkdir(parents=True, exist_ok=True)
        path = self._path(key)
        with contextlib.suppress(OSError):
            self._size = self.size() - path.stat().st_size
        fd, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        self._size = self.size() + len(data)
        if self._size > self.max_bytes:
            self.prune()

    def prune(self, max_bytes: int | None = None) -> int:
        """Remove the least recently used sentences until under the bound; how many went."""
        bound = self.max_bytes if max_bytes is None else max_bytes
        entries = sorted(self._entries(), key=lambda e: e.stat().st_mtime_ns)
        total = sum(e.stat().st_size for e in entries)
        goal = bound * PRUNE_TO if total > bound else total
        removed = 0
        for entry in entries:
            if total <= goal:
                break
            size = entry.stat().st_size
            if self._remove(Path(entry.path)):
                total -= size
                removed += 1
        self._size = total
        return removed

    def clear(self) -> int:
        """Remove every cached sentence (and any half-written one); how many went."""
        removed = 0
        if self.folder.is_dir():
            for path in self.folder.iterdir():
                if path.suffix == ".part":
                    self._remove(path)
                elif path.suffix == SUFFIX and self._remove(path):
                    removed += 1
        self._size = 0
        return removed

    @staticmethod
    def _remove(path: Path) -> bool:
        try:
            path.unlink()
        except OSError:
            return False
        return True


def _encode(speech: Sequence[Speech]) -> bytes:
    parts = [FORMAT]
    for chunk in speech:
        parts.append(CHUNK_HEADER.pack(chunk.sample_rate, len(chunk.pcm)))
        parts.append(chunk.pcm)
    return b"".join(parts)


def _decode(data: bytes) -> tuple[Speech, ...] | None:
    if not data.startswith(FORMAT):
        return None
    chunks = []
    offset = len(FORMAT)
    while offset < len(data):
        if offset + CHUNK_HEADER.size > len(data):
            return None
        rate, length = CHUNK_HEADER.unpack_from(data, offset)
        offset += CHUNK_HEADER.size
        if offset + length > len(data) or not rate:
            return None
        chunks.append(Speech(pcm=data[offset : offset + length], sample_rate=rate))
        offset += length
    return tuple(chunks)


class CachedEngine:
    """An engine that answers from the cache when it can and fills it when it cannot."""

    def __init__(
        self,
        engine: Engine,
        cache: SentenceCache,
        voice: str,
        settings: Mapping[str, object] | None = None,
    ) -> None:
        self.engine = engine
        self.cache = cache
        self.voice = voice
        self.settings = dict(settings or {})
        self.name = engine.name
        self.language = engine.language
        self.hits = 0
        self.misses = 0

    def synthesize(self, text: str) -> Iterator[Speech]:
        key = sentence_key(text, self.engine.name, self.voice, self.settings)
        speech = self.cache.get(key)
        if speech is None:
            self.misses += 1
            speech = tuple(self.engine.synthesize(text))
            self.cache.put(key, speech)
        else:
            self.hits += 1
        yield from speech

    def release_memory(self) -> None:
        release_memory(self.engine)
