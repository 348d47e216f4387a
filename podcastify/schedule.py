"""`podcastify watch`: build every podcast, sleep, repeat, until told to stop.

A failing source or podcast is one log line and the loop goes on; SIGTERM or SIGINT let
the article being made finish, publish it, and end the loop (the caller exits 0). A
watcher holds a lock of its own on each podcast it watches, so two watchers of one folder
cannot both run, while a one-off `build` still can between two cycles.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime

from podcastify.config import state_dir
from podcastify.errors import ConfigError, PodcastifyError
from podcastify.patterns import compiled
from podcastify.settings import Settings
from podcastify.state import release_lock, take_lock

WATCH_LOCK_SUFFIX = ".watch.lock"
"""Beside the state folder, not in it: a podcast with nothing published yet has its state
folder removed after each run, and the watcher's lock must outlive that."""
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = compiled(r"(\d+(?:\.\d+)?)\s*([smhd])")


def parse_every(text: str) -> float:
    """``90s``, ``30m``, ``1h``, ``2h30m``, ``1d`` → seconds (at least one second)."""
    compact = text.strip().lower().replace(" ", "")
    parts = _EVERY.findall(compact)
    if not parts or "".join(f"{n}{u}" for n, u in parts) != compact:
        raise ConfigError(f"cannot read the interval {text!r}; write it like 30m, 1h or 2h30m")
    seconds = sum(float(number) * _UNITS[unit] for number, unit in parts)
    if seconds < 1:
        raise ConfigError(f"the interval {text!r} is shorter than a second")
    return seconds


@contextlib.contextmanager
def watching(podcasts: tuple[Settings, ...]) -> Iterator[None]:
    """Hold every podcast's watch lock for as long as the loop runs."""
    handles: list[int] = []
    try:
        for settings in podcasts:
            folder = state_dir(settings)
            handles.append(take_lock(folder.with_name(folder.name + WATCH_LOCK_SUFFIX), "watch"))
        yield
    finally:
        for handle in handles:
            release_lock(handle)


BuildOne = Callable[[Settings, threading.Event], str]
"""Builds one podcast (stopping between articles once the event is set); returns its
summary line."""


def watch(
    podcasts: tuple[Settings, ...],
    every: float,
    build: BuildOne,
    log: Callable[[str], None],
    stop: threading.Event,
    *,
    cycles: int = 0,
    clock: Callable[[], datetime] = datetime.now,
) -> int:
    """Run cycles until ``stop`` is set (or ``cycles`` are done); returns how many ran."""
    done = 0
    with watching(podcasts):
        while not stop.is_set():
            started = time.monotonic()
            lines = []
            for settings in podcasts:
                if stop.is_set():
                    break
                name = settings.name or settings.podcast.title
                try:
                    lines.append(f"{name}: {build(settings, stop)}")
                except PodcastifyError as exc:
                    lines.append(f"{name}: failed: {exc}")
            done += 1
            log(f"{clock():%Y-%m-%d %H:%M:%S} run {done}: " + "; ".join(lines))
            if cycles and done >= cycles:
                break
            stop.wait(max(0.0, every - (time.monotonic() - started)))
    return done
