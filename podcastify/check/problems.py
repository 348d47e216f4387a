"""What the feed doctor reports: one :class:`Problem` per thing to fix.

Every problem comes from a rule in :data:`~podcastify.check.rules.RULES`, which says how
bad it is and what to do about it, so the same fault always reads the same way.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    """Something would break in a podcast app (or a directory would refuse the feed)."""
    WARNING = "warning"
    """Apps cope, but a listener would notice something missing or wrong."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a feed, as a listener's app would meet it."""

    severity: Severity
    rule: str
    """Short stable name of the rule broken (``enclosure-no-range``)."""
    where: str
    """The part of the feed: ``feed``, ``channel``, ``episode 3 "Title"``."""
    message: str
    """What is wrong, with the values found."""
    fix: str
    """What to change so it no longer happens."""

    def line(self) -> str:
        """The one line the command prints."""
        return f"{self.severity}: {self.where}: {self.message}; fix: {self.fix}"


def has_errors(problems: Iterable[Problem]) -> bool:
    return any(p.severity is Severity.ERROR for p in problems)
