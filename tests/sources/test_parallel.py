"""Sources are read at once (slow servers overlap) and reported in the order they were given."""

from __future__ import annotations

from pathlib import Path

import pytest

from podcastify.pipeline import Reporter, gather
from podcastify.settings import FetchSettings
from podcastify.sources import read_source, read_sources
from tests.helpers.feeds import Item, rss

BODY = "<p>{name} has a paragraph that is long enough to be read aloud as an article.</p>"


def _feeds(site, names: list[str], delay: float = 0.3) -> list[str]:
    """A slow feed per name, each with one article titled after it."""
    return [
        site.add(
            f"/{name}.xml",
            rss([Item(name, f"guid-{name}", BODY.format(name=name))], title=name),
            "application/rss+xml",
            delay=delay,
        )
        for name in names
    ]


class _Said(Reporter):
    def __init__(self) -> None:
        super().__init__()
        self.warnings: list[str] = []
        self.failures: list[str] = []

    def warn(self, message: str) -> None:
        self.warnings.append(message)

    def failed(self, failure) -> None:
        self.failures.append(failure.where)


def test_slow_feeds_are_read_at_once_and_kept_in_order(site):
    # The first feed is the slowest: it still comes first.
    urls = _feeds(site, ["first"], delay=0.6) + _feeds(site, ["second", "third", "fourth"])
    reads = read_sources(urls, FetchSettings(parallel_fetches=4))
    assert [r.source for r in reads] == urls
    assert [r.articles[0].title for r in reads] == ["first", "second", "third", "fourth"]
    assert site.most_in_flight >= 2
    assert site.most_in_flight <= 4


def test_parallel_fetches_bounds_how_many_at_once(site):
    urls = _feeds(site, ["a", "b", "c", "d", "e"], delay=0.15)
    read_sources(urls, FetchSettings(parallel_fetches=2))
    assert site.most_in_flight == 2


def test_one_at_a_time_when_asked(site):
    urls = _feeds(site, ["a", "b", "c"], delay=0.1)
    read_sources(urls, FetchSettings(parallel_fetches=1))
    assert site.most_in_flight == 1


def test_a_failing_source_is_reported_in_its_place(site, tmp_path: Path):
    urls = _feeds(site, ["one"], delay=0.4)
    missing = site.url("/gone.xml")  # answers 404 at once, before the slow feed
    urls += [missing, *_feeds(site, ["three"])]
    said = _Said()
    failures: list = []
    articles = gather(urls, FetchSettings(), said, failures)
    assert [a.title for a in articles] == ["one", "three"]
    assert said.failures == [missing]
    assert [f.where for f in failures] == [missing]


def test_an_opml_lists_feeds_are_read_at_once(site, tmp_path: Path):
    urls = _feeds(site, ["red", "green", "blue"], delay=0.3)
    outlines = "".join(f'<outline type="rss" text="{u}" xmlUrl="{u}"/>' for u in urls)
    listing = tmp_path / "feeds.opml"
    listing.write_text(f'<opml version="2.0"><body>{outlines}</body></opml>', encoding="utf-8")
    warnings: list[str] = []
    articles = read_source(str(listing), FetchSettings(), warnings.append)
    assert [a.title for a in articles] == ["red", "green", "blue"]
    assert site.most_in_flight >= 2


@pytest.mark.parametrize("bad", [0, -1])
def test_parallel_fetches_must_be_positive(tmp_path: Path, cli, bad: int):
    (tmp_path / "podcastify.toml").write_text(f"[fetch]\nparallel_fetches = {bad}\n")
    result = cli("list", cwd=tmp_path)
    assert result.returncode == 1
    assert "podcastify.toml:2:" in result.stderr and "parallel_fetches" in result.stderr
