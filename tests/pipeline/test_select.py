"""The selection policy: a pure function of the articles, what is published and the time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from podcastify.models import Article
from podcastify.pipeline import past_retention, select_new
from tests.state.test_state import _episode

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def _article(day: int | None, guid: str | None = None) -> Article:
    published = None if day is None else datetime(2025, 5, day, tzinfo=UTC)
    return Article(guid=guid or f"a-{day}", title=f"Day {day}", published=published)


def _select(articles, published=(), *, known=(), limit=0, keep=0):
    selection = select_new(
        articles,
        lambda a: a.guid in known,
        list(published),
        limit=limit,
        keep=keep,
        now=NOW,
    )
    return [a.guid for a in selection.make], selection.already


@pytest.mark.parametrize(
    ("days", "known", "limit", "keep", "published", "expected"),
    [
        # New articles are published oldest first, so dates read in order in the feed.
        ([3, 1, 2], (), 0, 0, (), ["a-1", "a-2", "a-3"]),
        # Known ones are skipped and counted.
        ([3, 1, 2], ("a-2",), 0, 0, (), ["a-1", "a-3"]),
        # --limit takes the newest first; the rest wait for the next run.
        ([1, 2, 3, 4], (), 2, 0, (), ["a-3", "a-4"]),
        # --keep makes only what would stay among the newest N.
        ([1, 2, 3], (), 0, 2, (), ["a-2", "a-3"]),
        # ... counting what is already published and newer.
        ([1, 2], (), 0, 2, (datetime(2025, 5, 20, tzinfo=UTC),), ["a-2"]),
        # An old article arriving late would be dropped at once: not made at all.
        ([1], (), 0, 1, (datetime(2025, 5, 20, tzinfo=UTC),), []),
        # Nothing new: nothing made.
        ([1, 2], ("a-1", "a-2"), 5, 5, (), []),
    ],
)
def test_selection(days, known, limit, keep, published, expected):
    made, already = _select(
        [_article(d) for d in days], published, known=known, limit=limit, keep=keep
    )
    assert made == expected
    assert already == len(known)


def test_an_undated_article_counts_as_published_now():
    made, _ = _select([_article(None, "undated"), _article(30)], limit=1)
    assert made == ["undated"]


def test_retention_keeps_the_newest():
    episodes = [_episode(n) for n in (5, 4, 3, 2, 1)]
    assert [e.guid for e in past_retention(episodes, 2)] == ["g-3", "g-2", "g-1"]
    assert past_retention(episodes, 0) == []
    assert past_retention(episodes, 9) == []


def test_selection_is_pure():
    articles = [_article(d) for d in (2, 1)]
    before = list(articles)
    first = _select(articles, limit=1)
    assert articles == before and _select(articles, limit=1) == first
    assert NOW - timedelta(0) == NOW
