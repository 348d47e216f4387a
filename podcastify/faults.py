"""Crash points for testing crash safety: kill this very process at a named step.

``PODCASTIFY_KILL_AT=encode`` makes a run SIGKILL itself right after the MP3 of the first
new article is encoded; ``encode:2`` at the second time it gets there. The tests use it to
prove that a run killed at any step leaves a valid feed and the next run finishes the work.
Unset (always, for users), a checkpoint costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal

ENV = "PODCASTIFY_KILL_AT"
POINTS = ("fetched", "synthesis", "encode", "tag", "side-files", "commit", "state", "feed")
_seen: dict[str, int] = {}


def checkpoint(name: str) -> None:
    wanted = os.environ.get(ENV)
    if not wanted:
        return
    point, _, count = wanted.partition(":")
    if point != name:
        return
    _seen[name] = _seen.get(name, 0) + 1
    if _seen[name] == (int(count) if count.isdigit() else 1):
        os.kill(os.getpid(), signal.SIGKILL)
