"""Reading: the pipeline's first two stages, sources -> script, which need no voice.

`podcastify script` runs only these, so it imports neither the speech, audio nor publish
stage; :mod:`podcastify.pipeline` builds on them for everything it makes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from podcastify.errors import PodcastifyError
from podcastify.script import ScriptStyle, build_script, format_script
from podcastify.sources import FetchLimits, complete_article, read_sources

if TYPE_CHECKING:
    from podcastify.models import Article, Episode, Script
    from podcastify.settings import Settings

__all__ = [
    "Failure",
    "Reporter",
    "format_script",
    "gather",
    "record_failure",
    "script_style",
    "scripts_for",
]


@dataclass(frozen=True)
class Failure:
    """Something that could not be published, as a record the CLI can word as it likes."""

    where: str
    """The source (URL or path) it came from."""
    message: str
    """One line saying what went wrong."""
    title: str = ""
    """The article's title, when an article (not a whole source) failed."""

    def __str__(self) -> str:
        if self.title and self.title not in self.message:
            return f"{self.title}: {self.message}"
        return self.message


class Reporter:
    """Receives progress; the CLI shows it, the library default stays silent."""

    def step(self, message: str) -> None:
        """A long step without a counter has started (fetching, mastering)."""

    def note(self, message: str) -> None:
        """Something the user should know that is not a problem (an adopted feed)."""

    def warn(self, message: str) -> None: ...
    def failed(self, failure: Failure) -> None: ...
    def article_started(self, index: int, total: int, article: Article) -> None: ...
    def sentence_done(self, done: int, total: int) -> None: ...

    def mastering(self, fraction: float) -> None:
        """How far mastering and encoding of the episode being made are (0 to 1)."""

    def article_done(self, episode: Episode) -> None: ...


# -- settings the stages take ------------------------------------------------------------


def script_style(settings: Settings) -> ScriptStyle:
    """The script stage's settings, taken from the podcast's."""
    return ScriptStyle.of(settings.script, settings.podcast)


# -- gather ------------------------------------------------------------------------------


def gather(
    sources: list[str], limits: FetchLimits, reporter: Reporter, failures: list[Failure]
) -> list[Article]:
    """Every article of every source, each GUID once; a failing source is a Failure.

    The sources are read at once (see :func:`read_sources`); what each said is reported in
    the order the sources were given.
    """
    several = f"reading {len(sources)} sources"
    reporter.step(f"reading {sources[0]}" if len(sources) == 1 else several)
    seen: set[str] = set()
    articles: list[Article] = []
    for read in read_sources(sources, limits):
        for warning in read.warnings:
            reporter.warn(warning)
        if read.error is not None:
            record_failure(Failure(where=read.source, message=str(read.error)), reporter, failures)
            continue
        for article in read.articles:
            if article.guid not in seen:
                seen.add(article.guid)
                articles.append(article)
    return articles


def record_failure(failure: Failure, reporter: Reporter, failures: list[Failure]) -> None:
    """Keep ``failure`` for the run's result and tell the reporter at once."""
    failures.append(failure)
    reporter.failed(failure)


def scripts_for(
    sources: list[str], settings: Settings, reporter: Reporter
) -> tuple[list[tuple[Article, Script]], list[Failure]]:
    """Scripts of every article in ``sources``, for `podcastify script`; nothing is spoken."""
    failures: list[Failure] = []
    style = script_style(settings)
    limits = settings.fetch
    out: list[tuple[Article, Script]] = []
    for found in gather(sources, limits, reporter, failures):
        article = found
        try:
            article = complete_article(found, limits, reporter.warn)
            out.append((article, build_script(article, style)))
        except PodcastifyError as exc:
            failure = Failure(where=article.link or article.guid, message=str(exc))
            record_failure(replace(failure, title=article.title), reporter, failures)
    return out, failures
