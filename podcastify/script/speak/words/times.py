"""Words that decide how a time with a colon is read.

Plain data for :mod:`podcastify.script.speak.times`.
"""

from __future__ import annotations

#: Words before "2:34" that make it a score or a ratio ("won 2:34" is rare, "odds of 3:1").
SCORE_CUES: frozenset[str] = frozenset(
    {"won", "lost", "beat", "beating", "score", "scored", "scores", "ratio", "odds", "margin"}
    | {"vote", "votes", "voted", "drew", "draw", "led", "leads", "trailed", "final", "split"}
)

#: Words before "2:34:56" or "2:05" that make it a duration, not a time of day.
DURATION_CUES: frozenset[str] = frozenset(
    {"in", "time", "clocked", "ran", "runs", "lasted", "lasts", "length", "finished", "record"}
    | {"duration", "runtime", "took", "best", "of"}
)
